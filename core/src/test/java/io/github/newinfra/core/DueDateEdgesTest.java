package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.JS;
import static io.github.newinfra.core.Fixture.MEASURE;
import static io.github.newinfra.core.Fixture.NEW_FIRMS;
import static io.github.newinfra.core.Fixture.RADIUS;
import static io.github.newinfra.core.Fixture.SHARE;
import static io.github.newinfra.core.Fixture.STATIONS;
import static io.github.newinfra.core.Fixture.baseline;
import static io.github.newinfra.core.Fixture.catalog;
import static io.github.newinfra.core.Fixture.obs;
import static io.github.newinfra.core.Fixture.only;
import static io.github.newinfra.core.Fixture.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.FactId;
import io.github.newinfra.model.OutcomeLink;
import io.github.newinfra.model.OutcomeRelation;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.ReportedValue;
import io.github.newinfra.model.SourceRef;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.ValueQualifier;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The edges of the due-date rules (SPEC §5b, docs/evaluation.md §4): each example sits on a boundary of one rule —
 * a figure ending on the first day of the due year, an attainment exactly at the share, data exactly as old as the
 * window allows — worked by hand, so that moving the boundary by one changes a result here.
 */
class DueDateEdgesTest {
  /** At least 200 stations by 2025, from 100 at the end of 2020. */
  private static final Target STATIONS_200 = target("stations", STATIONS, Comparator.AT_LEAST)
      .value(Quantity.parse("200座")).baseline(baseline("100座", 2020)).build();
  /** At most 50 km by 2025, from 40 km at the end of 2020: the baseline already meets it. */
  private static final Target RADIUS_50 = target("radius", RADIUS, Comparator.AT_MOST)
      .value(Quantity.parse("50公里")).baseline(baseline("40公里", 2020)).build();
  private static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 31);

  private static TargetResult evaluate(Target t, LocalDate asOf, Observation... observations) {
    return evaluate(t, asOf, EvaluationOptions.defaults(), observations);
  }

  private static TargetResult evaluate(Target t, LocalDate asOf, EvaluationOptions options,
      Observation... observations) {
    return only(Evaluator.of(catalog(t)).asOf(asOf).options(options).evaluate(List.of(observations)));
  }

  private static Observation hedged(Observation o) {
    return Observation.builder().from(o).qualifier(ValueQualifier.MORE_THAN).build();
  }

  // Evidence at the due date: its first day counts

  @Test
  void aFigureEndingOnTheFirstDayOfTheDueYearIsDueYearEvidence() {
    TargetResult r = evaluate(STATIONS_200, MARCH_2026, obs(STATIONS, JS, "2025-01-01", 150));
    assertEquals(Status.MISSED, r.status());
    assertEquals(Rule.MISSED, r.decision().rule());
  }

  @Test
  void aHedgedFigureOfTheDueYearIsALowerBoundNotOldData() {
    // "More than 150" on 2025-01-01: not complete evidence, yet from the due year — LOWER_BOUND, not NO_DUE_YEAR_DATA.
    TargetResult r = evaluate(STATIONS_200, MARCH_2026, hedged(obs(STATIONS, JS, "2025-01-01", 150)));
    assertEquals(Status.INSUFFICIENT_DATA, r.status());
    assertEquals(Rule.LOWER_BOUND, r.decision().rule());
    assertTrue(r.decision().lowerBound());
  }

  @Test
  void theDueYearValueIsGivenInTheTargetsUnit() {
    Target t = target("stations-wan", STATIONS, Comparator.AT_LEAST).value(Quantity.parse("2万座")).build();
    TargetResult r = evaluate(t, MARCH_2026, obs(STATIONS, JS, "2025", 15000));
    assertEquals(Status.MISSED, r.status());
    assertEquals(OptionalDouble.of(1.5), r.decision().dueYearValue());
    assertEquals(OptionalDouble.of(1.5), r.value());
  }

  @Test
  void anAttainmentExactlyAtTheShareIsBasicallyAchieved() {
    // a = 1 − (200 − 175)/(200 − 100) = 0.75, exactly the share set.
    EvaluationOptions options = EvaluationOptions.builder().basicallyAchievedShare(0.75).build();
    TargetResult r = evaluate(STATIONS_200, MARCH_2026, options, obs(STATIONS, JS, "2025", 175));
    assertEquals(Status.BASICALLY_ACHIEVED, r.status());
    assertEquals(Rule.BASICALLY_ACHIEVED_BY_SHARE, r.decision().rule());
    assertEquals(0.75, r.attainment().getAsDouble(), 0);
  }

  @Test
  void aMissedVerdictAndOldDataKeepTheirProjection() {
    TargetResult missed = evaluate(STATIONS_200, MARCH_2026, obs(STATIONS, JS, "2024", 150),
        obs(STATIONS, JS, "2025", 170));
    assertEquals(Status.MISSED, missed.status());
    assertTrue(missed.projection().isPresent(), "a missed target still shows where its line was heading");
    TargetResult old = evaluate(STATIONS_200, MARCH_2026, obs(STATIONS, JS, "2021", 120),
        obs(STATIONS, JS, "2022", 140));
    assertEquals(Rule.NO_DUE_YEAR_DATA, old.decision().rule());
    assertTrue(old.projection().isPresent(), "old data keeps its projection as context");
  }

  // Attainment when the baseline already meets the target

  @Test
  void aValueMovedAwayFromABaselineThatMetTheTargetHasAttainmentZero() {
    TargetResult r = evaluate(RADIUS_50, MARCH_2026, obs(RADIUS, JS, "2025", 60));
    assertEquals(Status.MISSED, r.status());
    assertEquals(OptionalDouble.of(0), r.attainment());
  }

  @Test
  void aValueStillMeetingABaselineThatMetTheTargetHasNoAttainment() {
    TargetResult r = evaluate(RADIUS_50, MARCH_2026, obs(RADIUS, JS, "2025", 45));
    assertEquals(Status.ACHIEVED, r.status());
    assertFalse(r.attainment().isPresent(), "no gap was there to close: " + r.attainment());
  }

  @Test
  void aMissedValueThatIsItsOwnBaselineHasNoAttainment() {
    // No catalog baseline and one figure: the earliest figure is the baseline, and the value closes no gap after it.
    Target t = target("stations-nobase", STATIONS, Comparator.AT_LEAST).value(Quantity.parse("200座")).build();
    TargetResult r = evaluate(t, MARCH_2026, obs(STATIONS, JS, "2025", 150));
    assertEquals(Status.MISSED, r.status());
    assertFalse(r.attainment().isPresent(), r.attainment().toString());
  }

  @Test
  void anObservedBaselineThatIsTheValueItselfIsNotShownAsABaseline() {
    Target t = target("stations-nobase", STATIONS, Comparator.AT_LEAST).value(Quantity.parse("200座")).build();
    TargetResult r = evaluate(t, LocalDate.of(2023, 6, 30), obs(STATIONS, JS, "2022", 150));
    assertFalse(r.baseline().isPresent(), "the only figure is the value, not its baseline: " + r.baseline());
    TargetResult two = evaluate(t, LocalDate.of(2023, 6, 30), obs(STATIONS, JS, "2021", 120),
        obs(STATIONS, JS, "2022", 150));
    assertEquals(OptionalDouble.of(120), two.baseline());
  }

  // Stale data: the window's edges

  @Test
  void insideTheDueYearOldDataIsStale() {
    // Six months' window; on 2025-12-31 a January 2025 figure is eleven months old: stale, though from the due year.
    EvaluationOptions options = EvaluationOptions.builder().staleAfterMonths(6).build();
    TargetResult r = evaluate(STATIONS_200, LocalDate.of(2025, 12, 31), options, obs(STATIONS, JS, "2025-01", 150));
    assertFalse(r.status().isVerdict(), r.status().toString());
    assertEquals(11, r.dataAgeMonths().getAsInt());
    assertTrue(r.stale());
  }

  @Test
  void anEarlyAchievementOnOldDataIsStaleUntilTheDueYearIsOver() {
    // Met in January 2024, as of the last day of 2025: 23 months old, and the due date not yet reached.
    TargetResult r = evaluate(STATIONS_200, LocalDate.of(2025, 12, 31), obs(STATIONS, JS, "2024-01", 210));
    assertEquals(Status.ACHIEVED, r.status());
    assertTrue(r.stale(), "an early achievement is a verdict only once the due year is over");
    TargetResult after = evaluate(STATIONS_200, LocalDate.of(2026, 1, 1), obs(STATIONS, JS, "2024-01", 210));
    assertEquals(Status.ACHIEVED, after.status());
    assertFalse(after.stale());
  }

  @Test
  void aLowerBoundFromTheDueYearIsNotStaleYearsLater() {
    // More than 150 in 2025, as of the end of 2027: 24 months old, but from the due year, which is all a verdict
    // on it could use.
    TargetResult r = evaluate(STATIONS_200, LocalDate.of(2027, 12, 31), hedged(obs(STATIONS, JS, "2025", 150)));
    assertEquals(Status.INSUFFICIENT_DATA, r.status());
    assertEquals(24, r.dataAgeMonths().getAsInt());
    assertFalse(r.stale());
  }

  // A share written as a fraction

  private static boolean suspect(double... values) {
    Target t = target("share-frac", SHARE, Comparator.AT_LEAST).value(Quantity.parse("90%")).build();
    Observation[] rows = new Observation[values.length];
    for (int i = 0; i < values.length; i++) {
      rows[i] = obs(SHARE, JS, Integer.toString(2021 + i), values[i]);
    }
    return evaluate(t, LocalDate.of(2025, 6, 30), rows).decision().suspectFraction();
  }

  @Test
  void aShareAtOrBelowOneAmongPercentagesIsSuspectedToBeAFraction() {
    assertTrue(suspect(50, 0.6), "0.6 after 50%");
    assertTrue(suspect(50, 1), "1 after 50%");
    assertFalse(suspect(50, 0), "0 is zero, written either way");
    assertFalse(suspect(50, 60), "both percentages");
    assertFalse(suspect(1, 0.5), "no value above one: nothing shows the rows are percentages");
  }

  // The documents' figures give way to the user's rows of the same period

  @Test
  void aUsersFlowRowReplacesTheDocumentsFigureOfTheSamePeriodInsteadOfAddingToIt() {
    Target firms = target("firms", NEW_FIRMS, Comparator.AT_LEAST).value(Quantity.parse("3000家")).dueYear(2021)
        .build();
    FactId reported = FactId.of("plan2030/reported/firms");
    CatalogData data = Fixture.base().addIndicators(STATIONS, NEW_FIRMS, SHARE, RADIUS).addTargets(firms)
        .addReportedValues(ReportedValue.builder().id(reported).section(MEASURE.section()).indicator(NEW_FIRMS.id()).region(JS)
            .period(Period.ofYear(2021)).value(Quantity.parse("2000家"))
            .source(SourceRef.of(Fixture.DOC, MEASURE.section(), "新增2000家")).build())
        .addOutcomeLinks(OutcomeLink.builder().target(firms.id()).reported(reported)
            .relation(OutcomeRelation.DIRECT).build())
        .build();
    TargetResult r = only(Evaluator.of(data).asOf(LocalDate.of(2022, 3, 31))
        .evaluate(List.of(obs(NEW_FIRMS, JS, "2021", 2500))));
    assertEquals(OptionalDouble.of(2500), r.value());
    assertEquals(Status.MISSED, r.status());
  }
}
