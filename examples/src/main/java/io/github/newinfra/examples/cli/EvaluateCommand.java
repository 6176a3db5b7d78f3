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
import io.github.newinfra.core.report.Detail;
import io.github.newinfra.model.Document;
import java.io.IOException;
import java.io.OutputStream;
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
  enum Format { text, markdown, json, html, xlsx }

  enum Lang { zh, en }

  enum Show { summary, all }

  @Spec
  CommandSpec spec;

  @Option(names = "--observations", paramLabel = "FILE",
      description = "SDMX-CSV-style observations (.csv) or a JSON array of observations (.json)")
  Path observations;

  @Option(names = "--as-of", paramLabel = "DATE", description = "evaluation date, YYYY-MM-DD (default: today; "
      + "the plan's issue date for the embedded evaluation)")
  LocalDate asOf;

  @Option(names = "--method", defaultValue = "linear", paramLabel = "METHOD",
      description = "linear or cagr (default: ${DEFAULT-VALUE})")
  Method method;

  @Option(names = "--format", defaultValue = "text",
      description = "text, markdown, json, html or xlsx (xlsx needs --out; default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG",
      description = "report language: zh (Chinese) or en (English) (default: ${DEFAULT-VALUE})")
  Lang lang;

  @Option(names = "--show", defaultValue = "summary", paramLabel = "WHAT",
      description = "summary (targets without data as one compact list) or all (every target in full) "
          + "(default: ${DEFAULT-VALUE})")
  Show show;

  @Option(names = "--out", paramLabel = "FILE", description = "write the report to FILE instead of standard output")
  Path out;

  @Mixin
  CatalogOption catalogOption;

  @Override
  public Integer call() {
    if (format == Format.xlsx && out == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--format xlsx writes a workbook: give its file with --out FILE, e.g. --out report.xlsx");
    }
    Locale locale = lang == Lang.en ? Locale.ENGLISH : Reports.DEFAULT_LOCALE;
    Detail detail = show == Show.all ? Detail.ALL : Detail.SUMMARY;
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
      StringBuilder used = new StringBuilder(lang == Lang.en ? "\nThe 2020 measures' targets against the 2020 "
          + "outcomes that the plan reports (linked DIRECT in the catalog):\n"
          : "\n本评估：2020年政策措施的目标，对照规划（苏政办发〔2021〕45号）报告的2020年成果（目录中的直接对应关系）：\n");
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
      report = evaluator.evaluate(json ? ObservationSource.json(observations) : ObservationSource.csv(observations));
    }
    String rendered;
    switch (format) {
      case xlsx:
        try (OutputStream stream = Files.newOutputStream(out)) {
          XlsxReport.write(report, catalog.data(), locale, detail, stream);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot write the workbook to " + out + ": " + e.getMessage(), e);
        }
        rendered = null;
        break;
      case json:
        rendered = Reports.json(report);
        break;
      case markdown:
        rendered = Reports.markdown(report, catalog.data(), locale, detail);
        break;
      case html:
        rendered = Reports.html(report, catalog.data(), locale, detail);
        break;
      default:
        rendered = Reports.text(report, catalog.data(), locale, detail) + preface;
    }
    if (rendered == null) {
      // written above
    } else if (out == null) {
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
