package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.JS;
import static io.github.newinfra.core.Fixture.NANJING;
import static io.github.newinfra.core.Fixture.NEW_FIRMS;
import static io.github.newinfra.core.Fixture.RADIUS;
import static io.github.newinfra.core.Fixture.SHARE;
import static io.github.newinfra.core.Fixture.STATIONS;
import static io.github.newinfra.core.Fixture.WUXI;
import static io.github.newinfra.core.Fixture.baseline;
import static io.github.newinfra.core.Fixture.catalog;
import static io.github.newinfra.core.Fixture.en;
import static io.github.newinfra.core.Fixture.obs;
import static io.github.newinfra.core.Fixture.only;
import static io.github.newinfra.core.Fixture.target;
import static io.github.newinfra.core.Fixture.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Document;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One scenario per comparator and method, each worked out by hand in its comment. Unless said otherwise the
 * target is due 2025 with a baseline at the end of 2020 (day 2020-12-31) and the observation is for 2023 (read
 * at 2023-12-31): elapsed share e = 1095 / 1826 = 0.59967.
 */
class EvaluatorExamplesTest {
  private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);
  private static final Target AT_LEAST_200 = target("stations", STATIONS, Comparator.AT_LEAST)
      .value(Quantity.parse("200座")).baseline(baseline("100座", 2020)).build();

  private static TargetResult evaluate(Target t, LocalDate asOf, Method method, Observation... observations) {
    Evaluator e = Evaluator.of(catalog(t)).asOf(asOf).method(method);
    return only(e, e.evaluate(List.of(observations)));
  }

  private static TargetResult linear(Target t, Observation... observations) {
    return evaluate(t, JAN_2024, Method.LINEAR, observations);
  }

  @Test
  void atLeastOnTrack() {
    // a = (170 - 100) / (200 - 100) = 0.7; r = 0.7 / 0.59967 = 1.1673 >= 0.95
    TargetResult r = linear(AT_LEAST_200, obs(STATIONS, JS, "2023", 170));
    assertEquals(Status.ON_TRACK, r.status());
    assertEquals(0.7, r.attainment().getAsDouble(), 1e-9);
    assertEquals(1095.0 / 1826, r.expected().getAsDouble(), 1e-9);
    assertEquals(0.7 / (1095.0 / 1826), r.ratio().getAsDouble(), 1e-9);
    assertEquals(170, r.value().getAsDouble(), 1e-9);
    assertEquals(100, r.baseline().getAsDouble(), 1e-9);
  }

  @Test
  void atLeastNeedsAcceleration() {
    // a = 0.4; r = 0.667 in [0.5, 0.95)
    assertEquals(Status.NEEDS_ACCELERATION, linear(AT_LEAST_200, obs(STATIONS, JS, "2023", 140)).status());
  }

  @Test
  void atLeastLimitedProgress() {
    // a = 0.05; r = 0.083 in [-0.1, 0.5)
    assertEquals(Status.LIMITED_PROGRESS, linear(AT_LEAST_200, obs(STATIONS, JS, "2023", 105)).status());
  }

  @Test
  void atLeastDeterioration() {
    // a = (80 - 100) / 100 = -0.2; r = -0.334 < -0.1
    assertEquals(Status.DETERIORATION, linear(AT_LEAST_200, obs(STATIONS, JS, "2023", 80)).status());
  }

  @Test
  void atLeastAchievedWhenReached() {
    assertEquals(Status.ACHIEVED, linear(AT_LEAST_200, obs(STATIONS, JS, "2023", 200)).status());
  }

  @Test
  void missedAfterTheDueYear() {
    // evaluated 2026-06-30, after 2025-12-31; 170 < 200
    TargetResult r = evaluate(AT_LEAST_200, LocalDate.of(2026, 6, 30), Method.LINEAR, obs(STATIONS, JS, "2025", 170));
    assertEquals(Status.MISSED, r.status());
    assertTrue(en(r).startsWith("Missed"), en(r));
    assertTrue(zh(r).startsWith("未完成"), zh(r));
  }

  @Test
  void noDataWithoutObservationsOfTheIndicator() {
    assertEquals(Status.NO_DATA, linear(AT_LEAST_200, obs(SHARE, JS, "2023", 50)).status());
  }

  @Test
  void observationsAfterTheEvaluationDateAreNotUsed() {
    assertEquals(Status.NO_DATA, linear(AT_LEAST_200, obs(STATIONS, JS, "2024", 300)).status());
  }

  @Test
  void aSingleLevelWithoutCatalogBaselineIsInsufficientUnlessAchieved() {
    Target noBaseline = AT_LEAST_200.withBaseline(java.util.Optional.empty());
    assertEquals(Status.INSUFFICIENT_DATA, linear(noBaseline, obs(STATIONS, JS, "2023", 150)).status());
    assertEquals(Status.ACHIEVED, linear(noBaseline, obs(STATIONS, JS, "2023", 250)).status());
    // two points: baseline 2021 = 100 (the earliest), 2023 = 150; a = 50/100 = 0.5;
    // e = (2023-12-31 - 2021-12-31) / (2025-12-31 - 2021-12-31) = 730 / 1461 = 0.49966; r = 1.0007
    TargetResult r = linear(noBaseline, obs(STATIONS, JS, "2021", 100), obs(STATIONS, JS, "2023", 150));
    assertEquals(Status.ON_TRACK, r.status());
    assertEquals(0.5 / (730.0 / 1461), r.ratio().getAsDouble(), 1e-9);
  }

  @Test
  void lessThanIsRatedAsLowerIsBetter() {
    Target radius = target("radius", RADIUS, Comparator.LESS_THAN).value(Quantity.parse("1公里"))
        .baseline(baseline("3公里", 2020)).build();
    // d(b) = 3 - 1 = 2, d(x) = 2 - 1 = 1, a = 0.5; r = 0.5 / 0.59967 = 0.834
    assertEquals(Status.NEEDS_ACCELERATION, linear(radius, obs(RADIUS, JS, "2023", 2)).status());
    assertEquals(Status.ACHIEVED, linear(radius, obs(RADIUS, JS, "2023", 0.9)).status());
    // exactly 1 km is not less than 1 km: d(x) = 0, a = 1, r = 1.667, on track but not achieved
    assertEquals(Status.ON_TRACK, linear(radius, obs(RADIUS, JS, "2023", 1)).status());
  }

  @Test
  void greaterThanIsStrict() {
    Target t = target("gt", STATIONS, Comparator.GREATER_THAN).value(Quantity.parse("200座"))
        .baseline(baseline("100座", 2020)).build();
    assertEquals(Status.ACHIEVED, linear(t, obs(STATIONS, JS, "2023", 201)).status());
    assertTrue(linear(t, obs(STATIONS, JS, "2023", 200)).status() != Status.ACHIEVED);
  }

  @Test
  void atMostAchievedAtTheBound() {
    Target t = target("le", RADIUS, Comparator.AT_MOST).value(Quantity.parse("1公里"))
        .baseline(baseline("3公里", 2020)).build();
    assertEquals(Status.ACHIEVED, linear(t, obs(RADIUS, JS, "2023", 1)).status());
  }

  @Test
  void betweenPenalisesOvershoot() {
    Target t = target("between", STATIONS, Comparator.BETWEEN).value(Quantity.parse("1座"))
        .upperValue(Quantity.parse("2座")).baseline(baseline("0座", 2020)).build();
    assertEquals(Status.ACHIEVED, linear(t, obs(STATIONS, JS, "2023", 1)).status());
    assertEquals(Status.ACHIEVED, linear(t, obs(STATIONS, JS, "2023", 2)).status());
    // 3 overshoots: d(b) = 1 - 0 = 1, d(x) = 3 - 2 = 1, a = 0, r = 0: limited progress, not achieved
    TargetResult over = linear(t, obs(STATIONS, JS, "2023", 3));
    assertEquals(Status.LIMITED_PROGRESS, over.status());
    assertTrue(en(over).contains("overshoot"), en(over));
  }

  @Test
  void approximatelyFlowWithinToleranceAndOvershoot() {
    // 3000家左右 (±10%) new firms in 2021 (due 2021; flow period 2021-01-01 to 2021-12-31); band [2700, 3300]
    Target t = target("approx", NEW_FIRMS, Comparator.APPROXIMATELY).value(Quantity.parse("3000家"))
        .tolerance(new BigDecimal("0.1")).dueYear(2021).build();
    LocalDate mid = LocalDate.of(2021, 12, 31);
    TargetResult sum = evaluate(t, mid, Method.LINEAR, obs(NEW_FIRMS, JS, "2021-Q1", 800),
        obs(NEW_FIRMS, JS, "2021-Q2", 800), obs(NEW_FIRMS, JS, "2021-Q3", 800), obs(NEW_FIRMS, JS, "2021-Q4", 800));
    assertEquals(Status.ACHIEVED, sum.status());
    assertEquals(3200, sum.value().getAsDouble(), 1e-9);
    assertEquals(4, sum.observations().size());
    // 3500 after the year: outside the band, missed
    TargetResult over = evaluate(t, LocalDate.of(2022, 3, 1), Method.LINEAR, obs(NEW_FIRMS, JS, "2021", 3500));
    assertEquals(Status.MISSED, over.status());
    // halfway through the year, 1000 of a band starting at 2700: a = 1000/2700 = 0.370, e = 181/365 = 0.4959
    TargetResult half = evaluate(t, LocalDate.of(2021, 7, 1), Method.LINEAR, obs(NEW_FIRMS, JS, "2021-Q1", 400),
        obs(NEW_FIRMS, JS, "2021-Q2", 600));
    assertEquals(1000.0 / 2700, half.attainment().getAsDouble(), 1e-9);
    assertEquals(181.0 / 365, half.expected().getAsDouble(), 1e-9);
    assertEquals(Status.NEEDS_ACCELERATION, half.status());
  }

  @Test
  void flowObservationsOutsideTheTargetPeriodAreNotSummed() {
    Target t = target("flow", NEW_FIRMS, Comparator.AT_LEAST).value(Quantity.parse("100家")).dueYear(2022).build();
    // the document starts in 2021: the 2020 flow lies before the target's period
    TargetResult r = evaluate(t, LocalDate.of(2022, 1, 1), Method.LINEAR, obs(NEW_FIRMS, JS, "2020", 500),
        obs(NEW_FIRMS, JS, "2021", 40));
    assertEquals(40, r.value().getAsDouble(), 1e-9);
    // baseline 0 at 2020-12-31; a = 40/100; e = 365/730; r = 0.8
    assertEquals(0.4 / 0.5, r.ratio().getAsDouble(), 1e-9);
    assertEquals(Status.NEEDS_ACCELERATION, r.status());
  }

  @Test
  void coverageAndBasicCoverage() {
    Target full = target("full", SHARE, Comparator.COVERAGE).build();
    Target basic = target("basic", SHARE, Comparator.COVERAGE).basically(true).build();
    assertEquals(Status.ACHIEVED, linear(full, obs(SHARE, JS, "2023", 100)).status());
    assertTrue(linear(full, obs(SHARE, JS, "2023", 96)).status() != Status.ACHIEVED);
    assertEquals(Status.ACHIEVED, linear(basic, obs(SHARE, JS, "2023", 96)).status());
    assertEquals(Status.MISSED,
        evaluate(full, LocalDate.of(2026, 1, 1), Method.LINEAR, obs(SHARE, JS, "2025", 96)).status());
    EvaluationOptions stricter = EvaluationOptions.builder().basicCoverage(98).build();
    assertTrue(only(Evaluator.of(catalog(basic)).asOf(JAN_2024).options(stricter)
        .evaluate(List.of(obs(SHARE, JS, "2023", 96)))).status() != Status.ACHIEVED);
  }

  @Test
  void cagrComparesActualWithRequiredGrowth() {
    // required = (200/100)^(1/4.99932) - 1 = 0.148724; actual = (150/100)^(1/2.99795) - 1 = 0.144762;
    // r = 0.97336: on track; LINEAR says a = 0.5, r = 0.834, needs acceleration
    TargetResult cagr = evaluate(AT_LEAST_200, JAN_2024, Method.CAGR, obs(STATIONS, JS, "2023", 150));
    double required = Math.pow(2, 1 / (1826 / 365.25)) - 1;
    double actual = Math.pow(1.5, 1 / (1095 / 365.25)) - 1;
    assertEquals(actual / required, cagr.ratio().getAsDouble(), 1e-9);
    assertEquals(Status.ON_TRACK, cagr.status());
    assertEquals(Status.NEEDS_ACCELERATION, linear(AT_LEAST_200, obs(STATIONS, JS, "2023", 150)).status());
  }

  @Test
  void cagrNeedsPositiveValues() {
    Target fromZero = AT_LEAST_200.withBaseline(baseline("0座", 2020));
    assertEquals(Status.INSUFFICIENT_DATA,
        evaluate(fromZero, JAN_2024, Method.CAGR, obs(STATIONS, JS, "2023", 150)).status());
  }

  @Test
  void baselineEqualToTheTargetIsGuarded() {
    Target t = target("eq", RADIUS, Comparator.AT_MOST).value(Quantity.parse("1公里"))
        .baseline(baseline("1公里", 2020)).build();
    assertEquals(Status.ACHIEVED, linear(t, obs(RADIUS, JS, "2023", 1)).status());
    assertEquals(Status.DETERIORATION, linear(t, obs(RADIUS, JS, "2023", 1.5)).status());
  }

  @Test
  void qualitativeTargetsTakeAnAssessment() {
    Target goal = target("goal", STATIONS, Comparator.QUALITATIVE).indicator(java.util.Optional.empty()).build();
    Evaluator e = Evaluator.of(catalog(goal)).asOf(JAN_2024);
    assertEquals(Status.NOT_ASSESSED, only(e.evaluate(List.of())).status());
    assertEquals(Status.ACHIEVED, only(e.assessments(List.of(Assessment.of(goal.id(), Verdict.MET, "done")))
        .evaluate(List.of())).status());
    assertEquals(Status.NEEDS_ACCELERATION, only(e.assessments(List.of(Assessment.of(goal.id(), Verdict.PARTLY_MET,
        "half"))).evaluate(List.of())).status());
    assertEquals(Status.LIMITED_PROGRESS, only(e.assessments(List.of(Assessment.of(goal.id(), Verdict.NOT_MET,
        "not yet"))).evaluate(List.of())).status());
  }

  @Test
  void aQualitativeGoalShortOfMetAfterItsDueYearIsMissed() {
    Target goal = target("goal", STATIONS, Comparator.QUALITATIVE).indicator(java.util.Optional.empty()).build();
    Evaluator e = Evaluator.of(catalog(goal)).asOf(LocalDate.of(goal.dueYear() + 1, 1, 1));
    for (Verdict v : List.of(Verdict.PARTLY_MET, Verdict.NOT_MET)) {
      assertEquals(Status.MISSED, only(e.assessments(List.of(Assessment.of(goal.id(), v, "late"))).evaluate(List.of()))
          .status(), v::toString);
    }
    assertEquals(Status.ACHIEVED, only(e.assessments(List.of(Assessment.of(goal.id(), Verdict.MET, "done")))
        .evaluate(List.of())).status());
    // on the last day of the due year it is still rated as progress
    assertEquals(Status.NEEDS_ACCELERATION, only(e.asOf(LocalDate.of(goal.dueYear(), 12, 31))
        .assessments(List.of(Assessment.of(goal.id(), Verdict.PARTLY_MET, "half"))).evaluate(List.of())).status());
  }

  @Test
  void aProvinceTargetSumsCityCountsWhenTheProvinceReportsNone() {
    // Nanjing 100 + Wuxi 80 = 180 for Jiangsu
    TargetResult r = linear(AT_LEAST_200, obs(STATIONS, NANJING, "2023", 100), obs(STATIONS, WUXI, "2023", 80));
    assertEquals(180, r.value().getAsDouble(), 1e-9);
    assertEquals(2, r.observations().size());
    assertEquals(List.of(NANJING, WUXI), r.regionValues().stream().map(RegionValue::region)
        .collect(java.util.stream.Collectors.toList()));
    assertEquals(80, r.regionValues().get(1).value(), 1e-9);
    // a province figure wins over the cities
    assertEquals(150, linear(AT_LEAST_200, obs(STATIONS, NANJING, "2023", 100), obs(STATIONS, JS, "2023", 150))
        .value().getAsDouble(), 1e-9);
  }

  @Test
  void aCitysLatestValueIsTheOneThatEndsLast() {
    Target t = target("share", SHARE, Comparator.AT_LEAST).value(Quantity.parse("60%")).build();
    // 2023 starts before its third quarter but ends after it
    TargetResult r = linear(t, obs(SHARE, WUXI, "2023", 40), obs(SHARE, WUXI, "2023-Q3", 45));
    assertEquals(40, r.regionValues().get(0).value(), 1e-9);
    assertEquals("2023", r.regionValues().get(0).period().toString());
  }

  @Test
  void sharesAreNotSummedOverCities() {
    Target t = target("share", SHARE, Comparator.AT_LEAST).value(Quantity.parse("60%")).build();
    TargetResult r = linear(t, obs(SHARE, NANJING, "2023", 50), obs(SHARE, WUXI, "2022", 70), obs(SHARE, WUXI, "2023", 40));
    assertEquals(Status.NO_DATA, r.status());
    // but each city's own latest share is reported
    assertEquals(50, r.regionValues().get(0).value(), 1e-9);
    assertEquals(40, r.regionValues().get(1).value(), 1e-9);
    assertEquals("2023", r.regionValues().get(1).period().toString());
  }

  @Test
  void valuesAreConvertedFromTheObservationsUnit() {
    // 0.017万座 = 170座: the same as atLeastOnTrack
    Observation inTenThousands = Observation.builder().from(obs(STATIONS, JS, "2023", 0.017))
        .unit(Unit.parse("万座")).unitMult(4).build();
    TargetResult r = linear(AT_LEAST_200, inTenThousands);
    assertEquals(170, r.value().getAsDouble(), 1e-9);
    assertEquals(Status.ON_TRACK, r.status());
    // a target in 万个 reports in 万个
    Target tenThousands = target("wan", STATIONS, Comparator.AT_LEAST).value(Quantity.parse("5.2万个")).dueYear(2025)
        .build();
    assertEquals(5.2, linear(tenThousands, obs(STATIONS, JS, "2023", 71000)).targetValue().getAsDouble(), 1e-9);
    assertEquals(7.1, linear(tenThousands, obs(STATIONS, JS, "2023", 71000)).value().getAsDouble(), 1e-9);
  }

  @Test
  void projectsTheTrendToTheDueDate() {
    // 100 at end-2020 (baseline), 120 at end-2021, 140 at end-2022: slope ~20/yr; reaches 200 around 2025
    TargetResult r = linear(AT_LEAST_200, obs(STATIONS, JS, "2021", 120), obs(STATIONS, JS, "2022", 140));
    Projection p = r.projection().orElseThrow();
    assertEquals(3, p.points());
    assertEquals(20, p.slopePerYear(), 0.1);
    assertEquals(200, p.valueAtDue(), 0.5);
    assertTrue(p.reachYear().getAsInt() == 2025 || p.reachYear().getAsInt() == 2026, p.toString());
    // 100, 120, 90: the line falls (slope about -5/yr) and never reaches 200
    assertTrue(linear(AT_LEAST_200, obs(STATIONS, JS, "2021", 120), obs(STATIONS, JS, "2022", 90))
        .projection().orElseThrow().reachYear().isEmpty());
  }

  @Test
  void documentsFilterRestrictsTheTargets() {
    Document other = Document.builder().from(catalog().documents().get(0)).build();
    assertEquals(other.id(), Fixture.DOC);
    assertEquals(0, Evaluator.of(catalog(AT_LEAST_200)).documents(io.github.newinfra.model.DocumentId.of("x"))
        .evaluate(List.of()).results().size());
  }
}
