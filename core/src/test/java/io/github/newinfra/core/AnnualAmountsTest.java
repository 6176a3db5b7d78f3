package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.JS;
import static io.github.newinfra.core.Fixture.NANJING;
import static io.github.newinfra.core.Fixture.base;
import static io.github.newinfra.core.Fixture.baseline;
import static io.github.newinfra.core.Fixture.en;
import static io.github.newinfra.core.Fixture.indicator;
import static io.github.newinfra.core.Fixture.only;
import static io.github.newinfra.core.Fixture.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.model.Accumulation;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Direction;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.Target;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Annual amounts (网络零售额, 业务收入): a year's value, compared in the due year; a part-year figure is a lower bound
 * of its year, never its value. The worked example of docs/evaluation.md, "Annual amounts".
 */
class AnnualAmountsTest {
  private static final Indicator SALES = indicator("online_retail_sales", "元", Accumulation.ANNUAL,
      Direction.HIGHER_IS_BETTER);
  /** 网络零售额达到10000亿元 by 2022, from 8000亿元 in 2020. */
  private static final Target AT_LEAST_1E12 = target("online-sales", SALES, Comparator.AT_LEAST)
      .value(Quantity.parse("10000亿元")).dueYear(2022).baseline(baseline("8000亿元", 2020)).build();
  private static final String HEADER = "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MULT\n";

  private static EvaluationReport evaluate(LocalDate asOf, String rows) {
    return evaluator(asOf).evaluate(ObservationSource.csv(new StringReader(HEADER + rows), "sales.csv"));
  }

  private static Evaluator evaluator(LocalDate asOf) {
    return Evaluator.of(base().addIndicators(SALES).addTargets(AT_LEAST_1E12).build()).asOf(asOf);
  }

  /** The only result, its explanations kept ({@link Fixture#en}). */
  private static TargetResult result(LocalDate asOf, String rows) {
    Evaluator e = evaluator(asOf);
    return only(e, e.evaluate(ObservationSource.csv(new StringReader(HEADER + rows), "sales.csv")));
  }

  @Test
  void aPartYearFigureIsNotTheYearsValueTheLatestWholeYearIsRatedAndProjected() {
    TargetResult r = result(LocalDate.of(2022, 12, 1),
        "online_retail_sales,320000,2021,9000,8\n"
            + "online_retail_sales,320000,2022-01/2022-10,8490,8\n");
    assertEquals(Status.ON_TRACK, r.status(), en(r));
    assertEquals(9000, r.value().getAsDouble(), 1e-9);
    assertEquals(Period.parse("2021"), r.valuePeriod().orElseThrow());
    assertEquals(0.5, r.attainment().getAsDouble(), 1e-9);
    assertEquals(1.0, r.ratio().getAsDouble(), 1e-9);
    // The line runs through 8000 (2020) and 9000 (2021) alone: 10000 at the end of 2022, not pulled down by 8490.
    assertEquals(10000, r.projection().orElseThrow().valueAtDue(), 1);
    assertEquals("亿元", r.unit());
  }

  @Test
  void aPartYearFigureThatAlreadyReachesTheTargetProvesIt() {
    TargetResult r = only(evaluate(LocalDate.of(2022, 12, 1),
        "online_retail_sales,320000,2021,9000,8\n"
            + "online_retail_sales,320000,2022-01/2022-10,10200,8\n"));
    assertEquals(Status.ACHIEVED, r.status());
    assertTrue(r.decision().lowerBound());
    assertEquals(Period.parse("2022-01/2022-10"), r.valuePeriod().orElseThrow());
  }

  @Test
  void afterTheDueYearTheDueYearsValueDecidesAndYearToDateFiguresAreSuperseded() {
    EvaluationReport report = evaluate(LocalDate.of(2023, 6, 30),
        "online_retail_sales,320000,2021,9000,8\n"
            + "online_retail_sales,320000,2022-01/2022-10,8490,8\n"
            + "online_retail_sales,320000,2022,9390,8\n");
    TargetResult r = only(report);
    assertEquals(Status.MISSED, r.status());
    assertEquals(9390, r.decision().dueYearValue().getAsDouble(), 1e-9);
    assertEquals(Period.parse("2022"), r.decision().dueYearEvidence().orElseThrow());
    NotUsed ytd = report.unused().stream().filter(u -> u.reason() == NotUsedReason.SUPERSEDED).findFirst()
        .orElseThrow();
    assertEquals("line 3", ytd.location());
    assertTrue(ytd.message().contains("the same year to 2022-12-31"), ytd.message());
    assertEquals(3, report.usedObservations() + report.unusedObservations() + report.rejected().size());
  }

  @Test
  void aPartYearDueYearIsALowerBoundThatNeverMissesTheTarget() {
    TargetResult r = result(LocalDate.of(2023, 6, 30),
        "online_retail_sales,320000,2021,9000,8\n"
            + "online_retail_sales,320000,2022-01/2022-10,8490,8\n");
    assertEquals(Status.INSUFFICIENT_DATA, r.status(), en(r));
    assertTrue(en(r).contains("no data for 2022-11-01 to 2022-12-31"), en(r));
    assertFalse(r.status() == Status.MISSED);
  }

  @Test
  void monthsOfAYearAddUpToItsValueAndARowAcrossTwoYearsIsRejected() {
    StringBuilder months = new StringBuilder();
    for (int m = 1; m <= 12; m++) {
      months.append(String.format("online_retail_sales,320000,2022-%02d,900,8%n", m));
    }
    months.append("online_retail_sales,320000,2021-07/2022-06,5000,8\n");
    EvaluationReport report = evaluate(LocalDate.of(2023, 6, 30), months.toString());
    TargetResult r = only(report);
    assertEquals(Status.ACHIEVED, r.status(), "12 × 900亿元 = 10800亿元 in 2022");
    assertEquals(10800, r.value().getAsDouble(), 1e-9);
    assertEquals(12, r.observations().size());
    assertEquals(1, report.rejected().size());
    assertEquals(RejectionReason.PERIOD_ACROSS_YEARS, report.rejected().get(0).reason());
  }

  @Test
  void aProvinceWithoutItsOwnFigureIsTheSumOfItsCitiesYears() {
    Target nanjing = target("nanjing-sales", SALES, Comparator.AT_LEAST).region(JS).value(Quantity.parse("100亿元"))
        .dueYear(2022).build();
    TargetResult r = only(Evaluator.of(base().addIndicators(SALES).addTargets(nanjing).build())
        .asOf(LocalDate.of(2022, 12, 1)).evaluate(java.util.List.of(
            Observation.of(SALES.id(), NANJING, Period.parse("2022-01/2022-06"), 60e8),
            Observation.of(SALES.id(), NANJING, Period.parse("2022-07/2022-09"), 50e8))));
    assertEquals(Status.ACHIEVED, r.status(), "a lower bound of 110亿元 from one city proves at least 100亿元");
    assertEquals(110, r.regionValues().get(0).value(), 1e-6, "Nanjing's 2022 so far, in the target's 亿元");
  }
}
