package io.github.newinfra.examples.cli;

import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.core.EvaluationOptions;
import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.Evaluations;
import io.github.newinfra.core.Evaluator;
import io.github.newinfra.core.Method;
import io.github.newinfra.core.Observation;
import io.github.newinfra.core.ObservationSource;
import io.github.newinfra.core.Rejection;
import io.github.newinfra.core.Reports;
import io.github.newinfra.model.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newinfra evaluate}: evaluate observations, or the embedded 2020-outcomes evaluation. */
@Command(name = "evaluate", description = {"Evaluate targets against observations (CSV or JSON).",
    "Without --observations: the 2020 measures' targets against the 2020 outcomes the 2021 plan reports."})
final class EvaluateCommand implements Callable<Integer> {
  enum Format { text, markdown, json, html }

  @Spec
  CommandSpec spec;

  @Option(names = "--observations", paramLabel = "FILE",
      description = "SDMX-CSV-style observations (.csv) or a JSON array of observations (.json)")
  Path observations;

  @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
      description = "encoding of the observations file without a byte-order mark, e.g. GB18030 "
          + "(default: ${DEFAULT-VALUE})")
  java.nio.charset.Charset encoding;

  @Option(names = "--as-of", paramLabel = "DATE", description = "evaluation date, YYYY-MM-DD (default: today; "
      + "the plan's issue date for the embedded evaluation)")
  LocalDate asOf;

  @Option(names = "--method", defaultValue = "linear", paramLabel = "METHOD",
      description = "linear or cagr (default: ${DEFAULT-VALUE})")
  Method method;

  @Option(names = "--format", defaultValue = "text", description = "text, markdown, json or html (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "write the report to FILE instead of standard output")
  Path out;

  @Mixin
  CatalogOption catalogOption;

  @Override
  public Integer call() {
    Catalog catalog = catalogOption.load();
    EvaluationReport report;
    String preface = "";
    if (observations == null) {
      EvaluationOptions options = EvaluationOptions.defaults();
      LocalDate date = asOf != null ? asOf : catalog.documents().stream()
          .filter(d -> !d.id().equals(Evaluations.MEASURES_2020)).map(Document::issueDate)
          .max(LocalDate::compareTo).orElse(LocalDate.now());
      List<Observation> outcomes = Evaluations.reportedOutcomes(catalog.data(), Evaluations.MEASURES_2020, options);
      report = Evaluator.of(catalog.data()).asOf(date).method(method).options(options)
          .documents(Evaluations.MEASURES_2020).evaluate(outcomes);
      StringBuilder used = new StringBuilder("The 2020 measures' targets against the 2020 outcomes that the plan "
          + "reports (linked DIRECT in the catalog):\n");
      for (Observation o : outcomes) {
        used.append("  ").append(o.indicator()).append(" = ").append(o.value()).append(o.unit().map(u -> " " + u)
            .orElse("")).append(" (").append(o.period()).append(", ").append(o.status()).append("): ")
            .append(o.comment().orElse("")).append('\n');
      }
      preface = used.append('\n').toString();
    } else {
      Evaluator evaluator = Evaluator.of(catalog.data()).method(method);
      if (asOf != null) {
        evaluator = evaluator.asOf(asOf);
      }
      boolean json = observations.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
      report = evaluator.evaluate(json ? ObservationSource.json(observations, encoding)
          : ObservationSource.csv(observations, encoding));
    }
    String rendered;
    switch (format) {
      case json:
        rendered = Reports.json(report);
        break;
      case markdown:
        rendered = Reports.markdown(report, catalog.data());
        break;
      case html:
        rendered = Reports.html(report, catalog.data());
        break;
      default:
        rendered = preface + Reports.text(report, catalog.data());
    }
    if (out == null) {
      spec.commandLine().getOut().print(rendered);
      spec.commandLine().getOut().flush();
    } else {
      try {
        Files.writeString(out, rendered, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write the report to " + out + ": " + e.getMessage(), e);
      }
    }
    if (report.rejected().isEmpty()) {
      return 0;
    }
    var err = spec.commandLine().getErr();
    err.println("newinfra: " + report.rejected().size() + " of " + report.inputObservations()
        + " observations rejected:");
    for (Rejection r : report.rejected()) {
      err.println("  " + r.location() + ": " + r.reason() + " — " + r.message());
    }
    return NewInfraCli.INVALID_INPUT;
  }
}
