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
import static io.github.newinfra.core.Fixture.obs;
import static io.github.newinfra.core.Fixture.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.ValueQualifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties of the due-date rules (SPEC §5b): as of means as of, and no late or missed verdict rests on evidence
 * that is not there.
 */
class DueDatePropertiesTest {
  private static final List<RegionCode> REGIONS = List.of(JS, JS, NANJING, WUXI);

  /** A random target of a level, a flow or a share, with or without a catalog baseline, due 2021–2025. */
  private static Target randomTarget(RandomGenerator r) {
    int due = 2021 + r.nextInt(5);
    switch (r.nextInt(5)) {
      case 0:
        return target("stations", STATIONS, Comparator.AT_LEAST).value(Quantity.parse("200座")).dueYear(due)
            .baseline(baseline("100座", 2020)).build();
      case 1:
        return target("firms", NEW_FIRMS, Comparator.AT_LEAST).value(Quantity.parse("300家")).dueYear(due).build();
      case 2:
        return target("share", SHARE, Comparator.AT_LEAST).value(Quantity.parse("60%")).dueYear(due).build();
      case 3:
        return target("radius", RADIUS, Comparator.AT_MOST).value(Quantity.parse("1公里")).dueYear(due)
            .baseline(baseline("3公里", 2020)).build();
      default:
        return target("coverage", SHARE, Comparator.COVERAGE).dueYear(due).build();
    }
  }

  private static Indicator indicatorOf(Target t) {
    return List.of(STATIONS, NEW_FIRMS, SHARE, RADIUS).stream().filter(i -> i.id().equals(t.indicator().get()))
        .findFirst().orElseThrow();
  }

  /** Rows of distinct periods per region: years, quarters and months of 2020–2027, some qualified. */
  private static List<Observation> randomRows(RandomGenerator r, Indicator ind) {
    List<Observation> rows = new ArrayList<>();
    int n = r.nextInt(6);
    for (int i = 0; i < n; i++) {
      int year = 2020 + r.nextInt(8);
      String period = r.nextInt(3) == 0 ? year + "-Q" + (1 + r.nextInt(4)) : Integer.toString(year);
      double value = ind == SHARE ? r.nextInt(101) : ind == RADIUS ? r.nextInt(5) : r.nextInt(400);
      Observation o = obs(ind, REGIONS.get(r.nextInt(REGIONS.size())), period, value);
      if (r.nextInt(5) == 0) {
        o = o.withQualifier(ValueQualifier.values()[r.nextInt(ValueQualifier.values().length)]);
      }
      Observation candidate = o;
      if (rows.stream().noneMatch(p -> p.region().equals(candidate.region())
          && p.period().overlaps(candidate.period()))) {
        rows.add(candidate);
      }
    }
    return rows;
  }

  @Test
  void rowsDatedAfterTheEvaluationDateChangeNoResult() {
    qt().withExamples(600).forAll(Gens.of(r -> r)).checkAssert(r -> {
      Target t = randomTarget(r);
      Indicator ind = indicatorOf(t);
      List<Observation> rows = randomRows(r, ind);
      LocalDate asOf = LocalDate.of(2021 + r.nextInt(7), 1 + r.nextInt(12), 1);
      Evaluator e = Evaluator.of(catalog(t)).asOf(asOf);
      List<Observation> kept = rows.stream().filter(o -> !o.period().end().isAfter(asOf))
          .collect(Collectors.toList());
      List<Observation> later = new ArrayList<>(kept);
      for (int i = 1 + r.nextInt(3); i > 0; i--) {
        RegionCode region = REGIONS.get(r.nextInt(REGIONS.size()));
        Period p = Period.ofYear(asOf.getYear() + 1 + i);
        later.add(obs(ind, region, p.toString(), ind == SHARE ? r.nextInt(101) : r.nextInt(400)));
      }
      TargetResult before = e.evaluate(kept).results().get(0);
      EvaluationReport after = e.evaluate(later);
      assertEquals(before, after.results().get(0), kept + " then " + later);
      assertEquals(kept.size(), after.usedObservations() + after.unused().stream()
          .filter(u -> u.reason() != NotUsedReason.AFTER_AS_OF).mapToLong(NotUsed::rows).sum());
    });
  }

  @Test
  void withoutDueYearRowsNoResultIsLateOrMissedOnDueDateEvidence() {
    qt().withExamples(800).forAll(Gens.of(r -> r)).checkAssert(r -> {
      Target t = randomTarget(r);
      Indicator ind = indicatorOf(t);
      List<Observation> rows = randomRows(r, ind);
      LocalDate asOf = LocalDate.of(t.dueYear() + 1 + r.nextInt(3), 1 + r.nextInt(12), 1);
      List<Observation> withoutDueYear = rows.stream().filter(o -> o.period().end().getYear() != t.dueYear())
          .collect(Collectors.toList());
      TargetResult result = Evaluator.of(catalog(t)).asOf(asOf).evaluate(withoutDueYear).results().get(0);
      assertNotEquals(Status.ACHIEVED_LATE, result.status(), withoutDueYear.toString());
      assertNotEquals(Rule.MISSED, result.decision().rule(), withoutDueYear.toString());
      assertFalse(result.decision().dueYearEvidence().isPresent());
      if (result.status() == Status.MISSED) {
        // Only a complete observation after the due year, that fails, can make it missed.
        assertEquals(Rule.MISSED_LATER, result.decision().rule());
        assertTrue(result.valuePeriod().orElseThrow().end().getYear() > t.dueYear(), result.toString());
      }
    });
  }

  @Test
  void everyVerdictAfterTheDueYearRestsOnTheEvidenceItNames() {
    qt().withExamples(800).forAll(Gens.of(r -> r)).checkAssert(r -> {
      Target t = randomTarget(r);
      List<Observation> rows = randomRows(r, indicatorOf(t));
      LocalDate asOf = LocalDate.of(t.dueYear() + 1 + r.nextInt(3), 1 + r.nextInt(12), 1);
      TargetResult result = Evaluator.of(catalog(t)).asOf(asOf).evaluate(rows).results().get(0);
      switch (result.status()) {
        case ACHIEVED_LATE:
        case MISSED:
          if (result.decision().rule() != Rule.MISSED_LATER) {
            Period due = result.decision().dueYearEvidence().orElseThrow();
            assertEquals(t.dueYear(), due.end().getYear(), result.toString());
          }
          break;
        case ACHIEVED_TIMING_UNKNOWN:
          assertFalse(result.decision().dueYearEvidence().isPresent(), result.toString());
          assertTrue(result.decision().achievedIn().orElseThrow().end().getYear() > t.dueYear());
          break;
        default:
          break;
      }
      assertFalse(result.stale() && result.status() == Status.MISSED, "a missed verdict is final, never stale");
    });
  }
}
