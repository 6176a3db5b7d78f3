package io.github.newinfra.examples;

import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.Evaluator;
import io.github.newinfra.core.Observation;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The README's quick start as a program: query the built-in catalog, evaluate two observations, write the report.
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
  }
}
