package io.github.newinfra.examples;

import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.Evaluator;
import io.github.newinfra.core.Observation;
import io.github.newinfra.core.ObservationSource;
import io.github.newinfra.core.progress.Assignments;
import io.github.newinfra.core.progress.FinalEvaluation;
import io.github.newinfra.core.progress.ReturnForms;
import io.github.newinfra.core.progress.Returns;
import io.github.newinfra.core.report.ReportFormat;
import io.github.newinfra.core.report.Reports;
import io.github.newinfra.model.IndicatorId;
import io.github.newinfra.model.Measure;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.PillarId;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.Target;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The README's quick start as a program: query the built-in catalog, evaluate two observations, write the report;
 * then a final evaluation of a department's return with the published statistics, run from the repository's root.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the quick start.
   *
   * @param args ignored
   * @throws IOException if standard output cannot be written
   */
  public static void main(String[] args) throws IOException {
    Catalog catalog = Catalog.builtIn();
    for (Measure m : catalog.measures(PillarId.of("INFORMATION"))) {
      System.out.println(m.id() + "  " + m.titleZh());
    }
    for (Target t : catalog.targets(IndicatorId.of("rsu_road_length"))) {
      System.out.println(t.id() + ": " + t.comparator() + " " + t.value().orElseThrow() + " by " + t.dueYear()
          + " — “" + t.source().quote() + "”");
    }
    EvaluationReport report = Evaluator.of(catalog.data())
        .asOf(LocalDate.of(2024, 1, 31))
        .evaluate(List.of(
            Observation.of(IndicatorId.of("rsu_road_length"), RegionCode.JIANGSU, Period.parse("2022"), 1100),
            Observation.of(IndicatorId.of("rsu_road_length"), RegionCode.JIANGSU, Period.parse("2023"), 1400)));
    Reports.write(report, catalog.data(), ReportFormat.MARKDOWN, Locale.ENGLISH, new PrintWriter(System.out));
    // A final evaluation: the departments' returns (newinfra template → filled in) and the statistics
    Returns returns = Returns.check(Assignments.of(catalog.data()),
        List.of(ReturnForms.read(Path.of("examples/returns/省公安厅.csv"))));
    FinalEvaluation result = FinalEvaluation.of(Evaluator.of(catalog.data()), returns,
        Optional.of(ObservationSource.csv(Path.of("examples/data/jiangsu-published.csv"))));
    Reports.write(result, catalog.data(), ReportFormat.TEXT, Locale.SIMPLIFIED_CHINESE, new PrintWriter(System.out));
  }
}
