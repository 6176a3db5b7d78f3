package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.JS;
import static io.github.newinfra.core.Fixture.NANJING;
import static io.github.newinfra.core.Fixture.NEW_FIRMS;
import static io.github.newinfra.core.Fixture.RADIUS;
import static io.github.newinfra.core.Fixture.STATIONS;
import static io.github.newinfra.core.Fixture.WUXI;
import static io.github.newinfra.core.Fixture.baseline;
import static io.github.newinfra.core.Fixture.catalog;
import static io.github.newinfra.core.Fixture.obs;
import static io.github.newinfra.core.Fixture.only;
import static io.github.newinfra.core.Fixture.target;
import static io.github.newinfra.core.Fixture.withOtherCitiesAtZero;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.Unit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules at their edges: each example sits exactly on a cut-off, a boundary day or a tie, with the expected
 * figure worked out by hand in its comment. Unless said otherwise the target is "at least 200座 by 2025" from a
 * catalog baseline of 100座 for 2020 (day 2020-12-31); the due day is 2025-12-31, 1826 days after the baseline.
 * Day counts from the baseline: end-2021 = 365, end-2022 = 730, end-2023 = 1095.
 */
class RuleEdgesTest {
  private static final LocalDate DEC_31_2025 = LocalDate.of(2025, 12, 31);
  private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);
  private static final Target AT_LEAST_200 = target("stations", STATIONS, Comparator.AT_LEAST)
      .value(Quantity.parse("200座")).baseline(baseline("100座", 2020)).build();
  /** Days from a baseline at the end of 2020 to the due day, 2025-12-31. */
  private static final double DUE = 1826;

  private static TargetResult evaluate(Target t, LocalDate asOf, Observation... observations) {
    return evaluate(t, asOf, EvaluationOptions.defaults(), observations);
  }

  private static TargetResult evaluate(Target t, LocalDate asOf, EvaluationOptions options,
      Observation... observations) {
    return only(Evaluator.of(catalog(t)).asOf(asOf).options(options).evaluate(List.of(observations)));
  }

  private static Observation inUnit(Observation o, String unit) {
    Unit u = Unit.parse(unit);
    return Observation.builder().from(o).unit(u).unitMult(u.unitMult()).build();
  }

  // The status cut-offs: a ratio exactly on one gives the better status.

  @Test
  void aRatioOfExactly95PercentIsOnTrack() {
    // Evaluated on the due day with the due year's value: e = 1826 / 1826 = 1, so r = a.
    // a = 1 - (200 - 195) / (200 - 100) = 1 - 0.05 = 0.95 (exactly the double 0.95)
    TargetResult r = evaluate(AT_LEAST_200, DEC_31_2025, obs(STATIONS, JS, "2025", 195));
    assertEquals(1, r.expected().getAsDouble(), 0);
    assertEquals(0.95, r.ratio().getAsDouble(), 0);
    assertEquals(Status.ON_TRACK, r.status());
  }

  @Test
  void aRatioOfExactlyOneHalfNeedsAcceleration() {
    // a = 1 - (200 - 150) / 100 = 0.5; e = 1; r = 0.5
    TargetResult r = evaluate(AT_LEAST_200, DEC_31_2025, obs(STATIONS, JS, "2025", 150));
    assertEquals(0.5, r.ratio().getAsDouble(), 0);
    assertEquals(Status.NEEDS_ACCELERATION, r.status());
  }

  @Test
  void aRatioExactlyOnTheLimitedProgressCutOffIsLimitedProgress() {
    // The default cut-off -0.1 cannot be hit exactly: a = 1 - d(x)/d(b) with d(x)/d(b) in [1, 2] is a multiple of
    // 2^-52, and the double -0.1 is not. The cut-off is configurable, so this example sets it to -0.25.
    // a = 1 - (200 - 75) / 100 = 1 - 1.25 = -0.25; e = 1; r = -0.25
    EvaluationOptions quarter = EvaluationOptions.builder().limitedProgress(-0.25).build();
    TargetResult r = evaluate(AT_LEAST_200, DEC_31_2025, quarter, obs(STATIONS, JS, "2025", 75));
    assertEquals(-0.25, r.ratio().getAsDouble(), 0);
    assertEquals(Status.LIMITED_PROGRESS, r.status());
    // under the default cut-off, -0.25 < -0.1
    assertEquals(Status.DETERIORATION, evaluate(AT_LEAST_200, DEC_31_2025, obs(STATIONS, JS, "2025", 75)).status());
  }

  @Test
  void aRatioJustBelowACutOffGetsTheLowerStatus() {
    // a = 1 - (200 - 194) / 100 = 0.94; e = 1; r = 0.94 < 0.95
    assertEquals(Status.NEEDS_ACCELERATION,
        evaluate(AT_LEAST_200, DEC_31_2025, obs(STATIONS, JS, "2025", 194)).status());
    // a = 1 - (200 - 149) / 100 = 0.49 < 0.5
    assertEquals(Status.LIMITED_PROGRESS,
        evaluate(AT_LEAST_200, DEC_31_2025, obs(STATIONS, JS, "2025", 149)).status());
  }

  // The due date: the last day of the due year still rates progress; the day after decides.

  @Test
  void onTheLastDayOfTheDueYearProgressIsRatedAndTheNextDayTheTargetIsMissed() {
    // 195 < 200 on 2025-12-31: r = 0.95 (above), ON_TRACK; on 2026-01-01 the due year is over and 195 never met
    // the target: MISSED, on the same value.
    TargetResult lastDay = evaluate(AT_LEAST_200, DEC_31_2025, obs(STATIONS, JS, "2025", 195));
    TargetResult dayAfter = evaluate(AT_LEAST_200, DEC_31_2025.plusDays(1), obs(STATIONS, JS, "2025", 195));
    assertEquals(Status.ON_TRACK, lastDay.status());
    assertEquals(Rule.LINEAR, lastDay.decision().rule());
    assertEquals(Status.MISSED, dayAfter.status());
    assertEquals(195, dayAfter.value().getAsDouble(), 0);
  }

  // Baselines

  @Test
  void aBaselineEndingOnTheDueDayLeavesNothingToRate() {
    // Baseline for 2025, due 2025: the due day is the baseline's own day, and no value before the due year is over
    // ends after it. (The rule NO_ELAPSED_TIME, "due date not after the baseline", is therefore never the one that
    // decides: NOTHING_AFTER_BASELINE comes first.)
    Target t = target("late-baseline", STATIONS, Comparator.AT_LEAST).value(Quantity.parse("200座"))
        .baseline(baseline("100座", 2025)).build();
    TargetResult r = evaluate(t, DEC_31_2025, obs(STATIONS, JS, "2025", 150));
    assertEquals(Status.INSUFFICIENT_DATA, r.status());
    assertEquals(Rule.NOTHING_AFTER_BASELINE, r.decision().rule());
    assertEquals(100, r.baseline().getAsDouble(), 0);
    assertFalse(r.ratio().isPresent());
  }

  @Test
  void aValueEndingOnTheCatalogBaselinesLastDayNeverRatesProgressButTheNextDaysDoes() {
    // Baseline 14 for 2020, its day 2020-12-31. A value for that very day, or for a period ending on it, is no
    // later than the baseline.
    Target nodes = target("nodes", STATIONS, Comparator.AT_LEAST).value(Quantity.parse("20座"))
        .baseline(baseline("14座", 2020)).build();
    LocalDate asOf = LocalDate.of(2021, 6, 30);
    for (String period : List.of("2020-12-31", "2020-12", "2020-Q4")) {
      TargetResult r = evaluate(nodes, asOf, obs(STATIONS, JS, period, 16));
      assertEquals(Status.INSUFFICIENT_DATA, r.status(), period);
      assertEquals(Rule.NOTHING_AFTER_BASELINE, r.decision().rule(), period);
    }
    // nor does a value for that day that meets the target prove it achieved: it is no later than the baseline
    TargetResult met = evaluate(nodes, asOf, obs(STATIONS, JS, "2020-12-31", 25));
    assertEquals(Rule.NOTHING_AFTER_BASELINE, met.decision().rule());
    assertEquals(Rule.NOTHING_AFTER_BASELINE,
        evaluate(nodes, LocalDate.of(2026, 1, 1), obs(STATIONS, JS, "2020-12-31", 25)).decision().rule());
    // 2021-01-01 is one day after it: a = (16 - 14) / (20 - 14) = 1/3; e = 1 / 1826
    TargetResult next = evaluate(nodes, asOf, obs(STATIONS, JS, "2021-01-01", 16));
    assertEquals(Rule.LINEAR, next.decision().rule());
    assertEquals(1.0 / 3, next.attainment().getAsDouble(), 1e-12);
    assertEquals(1 / DUE, next.expected().getAsDouble(), 1e-15);
    assertEquals(Status.ON_TRACK, next.status());
  }

  @Test
  void anEarliestObservationBaselineSkipsDaysWhenCitiesAreMissing() {
    // No catalog baseline: the earliest complete sum over the two cities is the baseline. On 2021-12-31 only
    // Nanjing reported (a lower bound, 50); on 2022-12-31 both did: 60 + 40 = 100.
    Target t = AT_LEAST_200.withBaseline(Optional.empty());
    // Jiangsu's other cities report 0 from 2022 on.
    TargetResult r = evaluate(t, JAN_2024, withOtherCitiesAtZero(STATIONS, "2022", obs(STATIONS, NANJING, "2021", 50),
        obs(STATIONS, NANJING, "2022", 60), obs(STATIONS, WUXI, "2022", 40), obs(STATIONS, NANJING, "2023", 65),
        obs(STATIONS, WUXI, "2023", 45)));
    assertEquals(BaselineOrigin.EARLIEST_OBSERVATION, r.decision().baselineOrigin().orElseThrow());
    assertEquals(Optional.of(Period.parse("2022")), r.decision().baselinePeriod());
    assertEquals(100, r.baseline().getAsDouble(), 0);
    // a = (110 - 100) / (200 - 100) = 0.1; e = (end-2023 - end-2022) / (end-2025 - end-2022) = 365 / 1096
    assertEquals(0.1, r.attainment().getAsDouble(), 1e-12);
    assertEquals(365.0 / 1096, r.expected().getAsDouble(), 1e-12);
  }

  // Projections

  @Test
  void aFlowProjectsItsCumulativeSum() {
    // 20 new firms a year from 2021 (the period starts 2021-01-01, zero on 2020-12-31): the points are
    // (0 days, 0), (365, 20), (730, 40), (1095, 60), on the line y = 20 d / 365.
    // slope per year of 365.25 days = 20 * 365.25 / 365; at the due day (d = 1826): 20 * 1826 / 365 = 100.05;
    // the line reaches 100 at d = 1825, 2025-12-30: reach year 2025.
    Target t = target("firms", NEW_FIRMS, Comparator.AT_LEAST).value(Quantity.parse("100家")).build();
    TargetResult r = evaluate(t, JAN_2024, obs(NEW_FIRMS, JS, "2021", 20), obs(NEW_FIRMS, JS, "2022", 20),
        obs(NEW_FIRMS, JS, "2023", 20));
    assertEquals(60, r.value().getAsDouble(), 0);
    Projection p = r.projection().orElseThrow();
    assertEquals(4, p.points());
    assertEquals(20 * 365.25 / 365, p.slopePerYear(), 1e-9);
    assertEquals(20 * DUE / 365, p.valueAtDue(), 1e-9);
    assertEquals(2025, p.reachYear().getAsInt());
  }

  @Test
  void anAtMostTargetFallingTowardItsBoundReachesIt() {
    // 3 km at end-2020, 2.5 at end-2021, 2 at end-2022: y = 3 - 0.5 d / 365. It reaches 1 km at d = 1460,
    // 2024-12-30: reach year 2024. At the due day (d = 1826): 3 - 0.5 * 1826 / 365 = 0.4986.
    for (Comparator c : List.of(Comparator.AT_MOST, Comparator.LESS_THAN)) {
      Target t = target("radius", RADIUS, c).value(Quantity.parse("1公里")).baseline(baseline("3公里", 2020)).build();
      Projection p = evaluate(t, LocalDate.of(2023, 1, 1), obs(RADIUS, JS, "2021", 2.5), obs(RADIUS, JS, "2022", 2))
          .projection().orElseThrow();
      assertEquals(-0.5 * 365.25 / 365, p.slopePerYear(), 1e-9, c::toString);
      assertEquals(3 - 0.5 * DUE / 365, p.valueAtDue(), 1e-9, c::toString);
      assertEquals(2024, p.reachYear().getAsInt(), c::toString);
      // rising away from the bound, it never reaches it
      assertTrue(evaluate(t, LocalDate.of(2023, 1, 1), obs(RADIUS, JS, "2021", 3.5), obs(RADIUS, JS, "2022", 4))
          .projection().orElseThrow().reachYear().isEmpty(), c::toString);
    }
  }

  @Test
  void aLineThatCrossedTheTargetBeforeTheLatestValueReachesItNoEarlierThanThatValuesYear() {
    // 100 (end-2020), 400 (end-2021), 190 (end-2022) against at least 200. In years u = 365 / 365.25 apart:
    // mean y = 230, slope = (130 u + (-40) u) / (2 u^2) = 45 / u, intercept = 230 - 45 = 185; the line passes 200
    // at (200 - 185) / (45 / u) = u / 3 years (in 2021), before the latest value; 190 is not 200 yet, so the reach
    // year is that of the latest value, 2022.
    TargetResult r = evaluate(AT_LEAST_200, LocalDate.of(2023, 1, 1), obs(STATIONS, JS, "2021", 400),
        obs(STATIONS, JS, "2022", 190));
    Projection p = r.projection().orElseThrow();
    assertEquals(45 * 365.25 / 365, p.slopePerYear(), 1e-9);
    assertEquals(2022, p.reachYear().getAsInt());
  }

  @Test
  void aProvinceSumLeavesDaysWithMissingCitiesOutOfItsProjection() {
    // Baseline 80 (end-2020). Nanjing 50 (2021), 60 (2022), 65 (2023); Wuxi 40 (2022), 45 (2023).
    // End-2021 has Nanjing alone (a lower bound): not a point. The points: (0, 80), (730, 60 + 40 = 100),
    // (1095, 65 + 45 = 110), on y = 80 + 10 d / 365: slope 10 * 365.25 / 365 a year, 80 + 10 * 1826 / 365 at due.
    Target t = target("from80", STATIONS, Comparator.AT_LEAST).value(Quantity.parse("200座"))
        .baseline(baseline("80座", 2020)).build();
    // Jiangsu's other cities report 0 from 2022 on.
    TargetResult r = evaluate(t, JAN_2024, withOtherCitiesAtZero(STATIONS, "2022", obs(STATIONS, NANJING, "2021", 50),
        obs(STATIONS, NANJING, "2022", 60), obs(STATIONS, WUXI, "2022", 40), obs(STATIONS, NANJING, "2023", 65),
        obs(STATIONS, WUXI, "2023", 45)));
    assertEquals(110, r.value().getAsDouble(), 0);
    Projection p = r.projection().orElseThrow();
    assertEquals(3, p.points());
    assertEquals(10 * 365.25 / 365, p.slopePerYear(), 1e-9);
    assertEquals(80 + 10 * DUE / 365, p.valueAtDue(), 1e-9);
  }

  @Test
  void ofTwoRowsEndingTheSameDayALevelTakesTheShorterPeriodWhateverTheirOrder() {
    // 2023 and 2023-Q4 both end 2023-12-31; the quarter is the later news: 150, whichever row comes first.
    for (List<Observation> rows : List.of(List.of(obs(STATIONS, JS, "2023-Q4", 150), obs(STATIONS, JS, "2023", 170)),
        List.of(obs(STATIONS, JS, "2023", 170), obs(STATIONS, JS, "2023-Q4", 150)))) {
      TargetResult r = only(Evaluator.of(catalog(AT_LEAST_200)).asOf(JAN_2024).evaluate(rows));
      assertEquals(150, r.value().getAsDouble(), 0);
      assertEquals(Optional.of(Period.parse("2023-Q4")), r.valuePeriod());
    }
  }

  @Test
  void aSumsRowsAreListedByTheirEndThenByCity() {
    // Nanjing's 2023 and Wuxi's 2022: Wuxi's ends first, so it comes first, though Nanjing comes first in the catalog
    TargetResult r = evaluate(AT_LEAST_200, JAN_2024, obs(STATIONS, NANJING, "2023", 100),
        obs(STATIONS, WUXI, "2022", 80));
    assertEquals(List.of(WUXI, NANJING), r.observations().stream().map(ObservationRef::region)
        .collect(Collectors.toList()));
    assertEquals(List.of(Period.parse("2022"), Period.parse("2023")), r.observations().stream()
        .map(ObservationRef::period).collect(Collectors.toList()));
  }

  @Test
  void aProjectionIsNeverBelowZero() {
    // At most 0.5 km from 3 (2020): 2 (2021), 1 (2022) fall 1 km a year (y = 3 - d / 365); at the due day the line
    // gives 3 - 1826 / 365 = -2.0, shown as 0. It reaches 0.5 km at d = 912.5, in 2023.
    Target t = target("radius", RADIUS, Comparator.AT_MOST).value(Quantity.parse("0.5公里"))
        .baseline(baseline("3公里", 2020)).build();
    Projection p = evaluate(t, LocalDate.of(2023, 1, 1), obs(RADIUS, JS, "2021", 2), obs(RADIUS, JS, "2022", 1))
        .projection().orElseThrow();
    assertEquals(0, p.valueAtDue(), 0);
    assertEquals(-365.25 / 365, p.slopePerYear(), 1e-9);
    assertEquals(2023, p.reachYear().getAsInt());
  }

  @Test
  void aTargetTheLineReachesOnlyAfterTheYear9999HasNoReachYear() {
    // From 100 (2020) by about 1 a year (101 in 2021, 102 in 2022), a billion is reached in about a billion years.
    Target t = target("far", STATIONS, Comparator.AT_LEAST).value(Quantity.parse("1000000000座"))
        .baseline(baseline("100座", 2020)).build();
    Projection p = evaluate(t, LocalDate.of(2023, 1, 1), obs(STATIONS, JS, "2021", 101), obs(STATIONS, JS, "2022", 102))
        .projection().orElseThrow();
    assertEquals(365.25 / 365, p.slopePerYear(), 1e-9);
    assertTrue(p.reachYear().isEmpty(), p::toString);
  }

  @Test
  void aRowEndingOnTheCatalogBaselinesDayIsNoPointOfTheProjection() {
    // Baseline 14 (end-2020); a row for 2020 itself (3) and one for 2021 (16): the line runs through the baseline
    // and 2021 alone, 2 points, 2 a year (2 per 365 days: 2 * 365.25 / 365 per year of 365.25 days).
    Target nodes = target("nodes", STATIONS, Comparator.AT_LEAST).value(Quantity.parse("20座"))
        .baseline(baseline("14座", 2020)).build();
    Projection p = evaluate(nodes, JAN_2024, obs(STATIONS, JS, "2020", 3), obs(STATIONS, JS, "2021", 16))
        .projection().orElseThrow();
    assertEquals(2, p.points());
    assertEquals(2 * 365.25 / 365, p.slopePerYear(), 1e-9);
  }

  @Test
  void anAchievedTargetBeforeItsDueYearHasFullAttainmentAndAProjection() {
    // 100 (end-2020) to 250 (2023) against at least 200: d(x) = 0, a = 1 - 0 / 100 = 1. The line through
    // (0, 100) and (1095, 250) rises 150 per 1095 days.
    TargetResult r = evaluate(AT_LEAST_200, JAN_2024, obs(STATIONS, JS, "2023", 250));
    assertEquals(Status.ACHIEVED, r.status());
    assertEquals(1, r.attainment().getAsDouble(), 0);
    Projection p = r.projection().orElseThrow();
    assertEquals(150 * 365.25 / 1095, p.slopePerYear(), 1e-9);
    assertEquals(2023, p.reachYear().getAsInt());
  }

  @Test
  void aProvinceWhoseOwnRowsWereAllRejectedSumsItsCities() {
    // Jiangsu's two 2023 rows disagree and nothing orders them: both rejected. Its cities give 100 + 80.
    TargetResult r = evaluate(AT_LEAST_200, JAN_2024, withOtherCitiesAtZero(STATIONS, "2023",
        obs(STATIONS, JS, "2023", 150), obs(STATIONS, JS, "2023", 160), obs(STATIONS, NANJING, "2023", 100),
        obs(STATIONS, WUXI, "2023", 80)));
    assertEquals(180, r.value().getAsDouble(), 0);
    assertEquals(13, r.decision().citiesTotal(), "the region registry's cities of Jiangsu");
  }

  @Test
  void aBandsToleranceIsShownInPercent() {
    Target t = target("approx", STATIONS, Comparator.APPROXIMATELY).value(Quantity.parse("200座"))
        .tolerance(new java.math.BigDecimal("0.1")).baseline(baseline("100座", 2020)).build();
    TargetResult r = evaluate(t, JAN_2024, obs(STATIONS, JS, "2023", 150));
    assertEquals(10, r.decision().tolerancePercent().getAsDouble(), 1e-12);
    // the band is [180, 220]: a = 1 - (180 - 150) / (180 - 100) = 0.625
    assertEquals(0.625, r.attainment().getAsDouble(), 1e-12);
  }

  @Test
  void aValueComingDownTowardABandFromAboveIsNoOvershoot() {
    // Between 10 and 20 from 50 (2020): 30 in 2023 is still above the band, closer: a = 1 - (30 - 20) / (50 - 20)
    // = 2/3, r = (2/3) / (1095/1826) = 1.112: on track, no overshoot. 5 has crossed the band: an overshoot.
    Target t = target("band", STATIONS, Comparator.BETWEEN).value(Quantity.parse("10座"))
        .upperValue(Quantity.parse("20座")).baseline(baseline("50座", 2020)).build();
    TargetResult closer = evaluate(t, JAN_2024, obs(STATIONS, JS, "2023", 30));
    assertFalse(closer.decision().overshoot());
    assertEquals(2.0 / 3, closer.attainment().getAsDouble(), 1e-12);
    assertEquals(Status.ON_TRACK, closer.status());
    assertTrue(evaluate(t, JAN_2024, obs(STATIONS, JS, "2023", 5)).decision().overshoot());
  }

  @Test
  void cagrNeedsAPositiveValueAndAPositiveTargetToo() {
    // CAGR compares growth rates: a value of 0, or a target edge of 0, has none.
    TargetResult zero = only(Evaluator.of(catalog(AT_LEAST_200)).asOf(JAN_2024).method(Method.CAGR)
        .evaluate(List.of(obs(STATIONS, JS, "2023", 0))));
    assertEquals(Rule.CAGR_NEEDS_POSITIVE_VALUES, zero.decision().rule());
    Target none = target("none", RADIUS, Comparator.AT_MOST).value(Quantity.parse("0公里"))
        .baseline(baseline("3公里", 2020)).build();
    TargetResult toZero = only(Evaluator.of(catalog(none)).asOf(JAN_2024).method(Method.CAGR)
        .evaluate(List.of(obs(RADIUS, JS, "2023", 1))));
    assertEquals(Rule.CAGR_NEEDS_POSITIVE_VALUES, toZero.decision().rule());
    assertEquals(Status.INSUFFICIENT_DATA, toZero.status());
  }

  @Test
  void aCitysRowForTheEvaluationDayItselfCounts() {
    // Levels: Nanjing's row for 2023-06-30 ends on the evaluation day; Wuxi's only row is for 1965.
    TargetResult level = evaluate(AT_LEAST_200, LocalDate.of(2023, 6, 30), obs(STATIONS, NANJING, "2022", 5),
        obs(STATIONS, NANJING, "2023-06-30", 9), obs(STATIONS, WUXI, "1965", 3));
    assertEquals(List.of(9.0, 3.0), values(level));
    // Flows: Nanjing's 2021 and its row for the evaluation day, 30 + 5; Wuxi's 2021-01, 4.
    Target flow = target("firms", NEW_FIRMS, Comparator.AT_LEAST).value(Quantity.parse("1000家")).build();
    TargetResult sums = evaluate(flow, LocalDate.of(2023, 6, 30), obs(NEW_FIRMS, NANJING, "2021", 30),
        obs(NEW_FIRMS, NANJING, "2023-06-30", 5), obs(NEW_FIRMS, WUXI, "2021-01", 4));
    assertEquals(List.of(35.0, 4.0), values(sums));
  }

  @Test
  void aTargetOnAnIndicatorTheCatalogLacksOrInAnotherDimensionHasNoData() {
    Target unknown = AT_LEAST_200.withIndicator(io.github.newinfra.model.IndicatorId.of("missing"));
    TargetResult r = evaluate(unknown, JAN_2024, obs(STATIONS, JS, "2023", 170));
    assertEquals(Status.NO_DATA, r.status());
    assertEquals(Rule.UNKNOWN_INDICATOR, r.decision().rule());
    Target km = target("km", STATIONS, Comparator.AT_LEAST).value(Quantity.parse("200公里")).build();
    TargetResult mismatch = evaluate(km, JAN_2024, obs(STATIONS, JS, "2023", 170));
    assertEquals(Status.NO_DATA, mismatch.status());
    assertEquals(Rule.UNIT_MISMATCH, mismatch.decision().rule());
    assertEquals(Optional.of("座"), mismatch.decision().indicatorUnit());
  }

  @Test
  void aSumBeyondTheRangeOfNumbersBeforeTheDueYearIsInsufficientData() {
    // 1.7e308 + 1.7e308 overflows to infinity in 2021, well before the due year 2025
    Target t = target("big", NEW_FIRMS, Comparator.AT_LEAST).value(Quantity.parse("10家")).build();
    TargetResult r = evaluate(t, LocalDate.of(2022, 1, 1), obs(NEW_FIRMS, JS, "2021-Q1", 1.7e308),
        obs(NEW_FIRMS, JS, "2021-Q2", 1.7e308));
    assertEquals(Status.INSUFFICIENT_DATA, r.status());
    assertEquals(Rule.OVERFLOW, r.decision().rule());
    assertFalse(r.value().isPresent());
  }

  // Sums over cities

  @Test
  void ofCityRowsEndingTheSameDayTheShorterPeriodDatesTheSum() {
    // Nanjing's 2023-Q4 and Wuxi's 2023 both end 2023-12-31; the sum 10 + 20 = 30 is dated 2023-Q4, in either order
    // of the cities.
    TargetResult a = evaluate(AT_LEAST_200, JAN_2024, obs(STATIONS, NANJING, "2023-Q4", 10),
        obs(STATIONS, WUXI, "2023", 20));
    TargetResult b = evaluate(AT_LEAST_200, JAN_2024, obs(STATIONS, NANJING, "2023", 10),
        obs(STATIONS, WUXI, "2023-Q4", 20));
    for (TargetResult r : List.of(a, b)) {
      assertEquals(30, r.value().getAsDouble(), 0);
      assertEquals(Optional.of(Period.parse("2023-Q4")), r.valuePeriod());
    }
  }

  @Test
  void ofCityContributionsEndingTheSameDayTheFirstCitysIsNamedTheOldest() {
    // Nanjing's 2022 and Wuxi's 2022-Q4, each city's only row, both end 2022-12-31: of contributions equally old,
    // the first city's in catalog order (Nanjing's) is named.
    TargetResult r = evaluate(AT_LEAST_200, JAN_2024, obs(STATIONS, NANJING, "2022", 10),
        obs(STATIONS, WUXI, "2022-Q4", 20));
    assertEquals(Optional.of(Period.parse("2022")), r.decision().oldestContribution());
    TargetResult swapped = evaluate(AT_LEAST_200, JAN_2024, obs(STATIONS, NANJING, "2022-Q4", 10),
        obs(STATIONS, WUXI, "2022", 20));
    assertEquals(Optional.of(Period.parse("2022-Q4")), swapped.decision().oldestContribution());
  }

  @Test
  void eachCitysOwnValueIsItsLatestLevelOrItsFlowOverTheTargetPeriod() {
    // Levels: Nanjing's latest by 2024-01-01 is 2023 (the 2024 row ends after the evaluation date); Wuxi's 2023-Q4
    // ends the same day as its 2023 and starts later: it is Wuxi's latest.
    TargetResult level = evaluate(AT_LEAST_200, JAN_2024, obs(STATIONS, NANJING, "2022", 5),
        obs(STATIONS, NANJING, "2023", 7), obs(STATIONS, NANJING, "2024", 9), obs(STATIONS, WUXI, "2023", 3),
        obs(STATIONS, WUXI, "2023-Q4", 4));
    assertEquals(List.of(7.0, 4.0), values(level));
    assertEquals(List.of(Period.parse("2023"), Period.parse("2023-Q4")),
        level.regionValues().stream().map(RegionValue::period).collect(Collectors.toList()));
    assertEquals(List.of(1, 1), level.regionValues().stream().map(RegionValue::observations)
        .collect(Collectors.toList()));
    // Flows due 2022: Nanjing 2020 (before the period, which starts 2021-01-01) is left out: 30 + 40 = 70 over two
    // rows, dated by the latest, 2022; Wuxi's 2023 ends after the due year: 20 from 2021 alone.
    Target flow = target("firms", NEW_FIRMS, Comparator.AT_LEAST).value(Quantity.parse("1000家")).dueYear(2022)
        .build();
    TargetResult sums = evaluate(flow, JAN_2024, obs(NEW_FIRMS, NANJING, "2020", 1000),
        obs(NEW_FIRMS, NANJING, "2021", 30), obs(NEW_FIRMS, NANJING, "2022", 40), obs(NEW_FIRMS, WUXI, "2021", 20),
        obs(NEW_FIRMS, WUXI, "2023", 500));
    assertEquals(List.of(70.0, 20.0), values(sums));
    assertEquals(List.of(2, 1), sums.regionValues().stream().map(RegionValue::observations)
        .collect(Collectors.toList()));
    assertEquals(Period.parse("2022"), sums.regionValues().get(0).period());
  }

  private static List<Double> values(TargetResult r) {
    return r.regionValues().stream().map(RegionValue::value).collect(Collectors.toList());
  }

  private static void assertClose(List<Double> expected, List<Double> actual) {
    assertEquals(expected.size(), actual.size(), actual::toString);
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), 1e-12, actual::toString);
    }
  }

  // Units: every number a result carries is in the target's unit.

  @Test
  void everyNumberOfALevelIsInTheTargetsUnit() {
    // Target 2万座 from 1万座 (2020); rows in 座: 12000 (2021), 14000 (2022). In 万座: value 1.4, baseline 1,
    // target 2, the row 1.4. a = (1.4 - 1) / (2 - 1) = 0.4; e = 730 / 1826.
    // Projection through (0, 10000), (365, 12000), (730, 14000): y = 10000 + 2000 d / 365 座, i.e. a slope of
    // 0.2 * 365.25 / 365 万座 a year and 1 + 0.2 * 1826 / 365 万座 at the due day.
    Target t = target("wan", STATIONS, Comparator.AT_LEAST).value(Quantity.parse("2万座"))
        .baseline(baseline("1万座", 2020)).build();
    TargetResult r = evaluate(t, LocalDate.of(2023, 1, 1), obs(STATIONS, JS, "2021", 12000),
        obs(STATIONS, JS, "2022", 14000));
    assertEquals("万座", r.unit());
    assertEquals(2, r.targetValue().getAsDouble(), 1e-12);
    assertEquals(1.4, r.value().getAsDouble(), 1e-12);
    assertEquals(1, r.baseline().getAsDouble(), 1e-12);
    assertEquals(1, r.observations().size());
    assertEquals(1.4, r.observations().get(0).value(), 1e-12);
    assertEquals(0.4, r.attainment().getAsDouble(), 1e-12);
    assertEquals(730 / DUE, r.expected().getAsDouble(), 1e-12);
    Projection p = r.projection().orElseThrow();
    assertEquals(0.2 * 365.25 / 365, p.slopePerYear(), 1e-12);
    assertEquals(1 + 0.2 * DUE / 365, p.valueAtDue(), 1e-12);
    // the same rows written in 万座 give the same figures
    TargetResult wan = evaluate(t, LocalDate.of(2023, 1, 1), inUnit(obs(STATIONS, JS, "2021", 1.2), "万座"),
        inUnit(obs(STATIONS, JS, "2022", 1.4), "万座"));
    assertEquals(r.value(), wan.value());
    assertEquals(r.ratio(), wan.ratio());
    assertEquals(r.status(), wan.status());
  }

  @Test
  void aBaselineNothingFollowsIsShownInTheTargetsUnit() {
    // 1万座 for 2020, a row for 2020 itself: nothing after the baseline, which is shown as 1 (万座)
    Target t = target("wan", STATIONS, Comparator.AT_LEAST).value(Quantity.parse("2万座"))
        .baseline(baseline("1万座", 2020)).build();
    TargetResult r = evaluate(t, JAN_2024, obs(STATIONS, JS, "2020", 12000));
    assertEquals(Rule.NOTHING_AFTER_BASELINE, r.decision().rule());
    assertEquals(1, r.baseline().getAsDouble(), 1e-12);
  }

  @Test
  void citiesRowsAndBandsAreInTheTargetsUnit() {
    // Between 1万座 and 2万座; Nanjing 12000 and Wuxi 8000 座: 1.2 + 0.8 = 2 (万座), within the band.
    Target t = target("band", STATIONS, Comparator.BETWEEN).value(Quantity.parse("1万座"))
        .upperValue(Quantity.parse("2万座")).baseline(baseline("0.5万座", 2020)).build();
    // Jiangsu's other cities report 0.
    TargetResult r = evaluate(t, JAN_2024, withOtherCitiesAtZero(STATIONS, "2023", obs(STATIONS, NANJING, "2023", 12000),
        obs(STATIONS, WUXI, "2023", 8000)));
    assertEquals(Status.ACHIEVED, r.status());
    assertEquals(1, r.targetValue().getAsDouble(), 1e-12);
    assertEquals(2, r.decision().targetUpper().getAsDouble(), 1e-12);
    assertEquals(2, r.value().getAsDouble(), 1e-12);
    assertClose(List.of(1.2, 0.8), r.regionValues().stream().map(RegionValue::value).filter(v -> v != 0)
        .collect(Collectors.toList()));
    assertClose(List.of(1.2, 0.8), r.observations().stream().map(ObservationRef::value).filter(v -> v != 0)
        .collect(Collectors.toList()));
  }

  @Test
  void aFlowsPreviousPeriodAndCitySumsAreInTheTargetsUnit() {
    // At least 0.01万家 (100家) from a previous period's 0.008万家 (80家, 2020); Nanjing 30 + 20 and Wuxi 10 家
    // over 2021–2022: 0.006万家 in all; Nanjing's own 0.005, Wuxi's 0.001.
    Target t = target("wanjia", NEW_FIRMS, Comparator.AT_LEAST).value(Quantity.parse("0.01万家"))
        .baseline(baseline("0.008万家", 2020)).build();
    TargetResult r = evaluate(t, JAN_2024, obs(NEW_FIRMS, NANJING, "2021", 30), obs(NEW_FIRMS, NANJING, "2022", 20),
        obs(NEW_FIRMS, WUXI, "2021-01", 4), obs(NEW_FIRMS, WUXI, "2021-02", 6));
    assertEquals(0.008, r.decision().previousPeriodFlow().getAsDouble(), 1e-12);
    assertEquals(0.01, r.targetValue().getAsDouble(), 1e-12);
    assertEquals(0.006, r.value().getAsDouble(), 1e-12);
    assertClose(List.of(0.005, 0.001), values(r));
  }
}
