package io.github.newinfra.examples;

import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.Evaluator;
import io.github.newinfra.core.Observation;
import io.github.newinfra.core.TargetResult;
import io.github.newinfra.model.IndicatorId;
import io.github.newinfra.model.Measure;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.PillarId;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.Target;
import java.time.LocalDate;
import java.util.List;

/** The README's quick start as a program: query the built-in catalog, then evaluate two observations. */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the quick start.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
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
    for (TargetResult r : report.results()) {
      if (r.indicator().equals(java.util.Optional.of(IndicatorId.of("rsu_road_length")))) {
        System.out.println(r.status() + ": " + r.explanationEn());
      }
    }
  }
}
