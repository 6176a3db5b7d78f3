package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.JS;
import static io.github.newinfra.core.Fixture.NANJING;
import static io.github.newinfra.core.Fixture.RADIUS;
import static io.github.newinfra.core.Fixture.SHARE;
import static io.github.newinfra.core.Fixture.STATIONS;
import static io.github.newinfra.core.Fixture.WUXI;
import static io.github.newinfra.core.Fixture.catalog;
import static io.github.newinfra.core.Fixture.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import io.github.newinfra.model.Baseline;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.Unit;
import io.github.newinfra.testing.ModelGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Invariants of the rating rules over generated targets and observations. */
class RulePropertiesTest {
  private static final List<Comparator> QUANTITATIVE = List.of(Comparator.AT_LEAST, Comparator.GREATER_THAN,
      Comparator.AT_MOST, Comparator.LESS_THAN, Comparator.BETWEEN, Comparator.APPROXIMATELY);

  /**
   * A level target with whole-number figures in the indicator's base unit (座): due {@code dueYear}, from a catalog
   * baseline for 2020 or, now and then, none.
   */
  private static final class Case {
    final Comparator comparator;
    final long value;
    final long upper;
    final Long baseline;
    final int dueYear;
    /** Per row: region index (0 Jiangsu, 1 Nanjing, 2 Wuxi), year, whole value. */
    final List<long[]> rows;

    Case(RandomGenerator r, int dueYear, boolean cities) {
      comparator = ModelGenerators.oneOf(r, QUANTITATIVE);
      value = 1 + r.nextInt(10_000);
      upper = value + 1 + r.nextInt(10_000);
      baseline = r.nextInt(5) == 0 ? null : (long) r.nextInt(20_000);
      this.dueYear = dueYear;
      rows = new ArrayList<>();
      for (int year = 2021; year <= dueYear; year++) {
        if (year == dueYear || r.nextBoolean()) {
          rows.add(new long[] {cities ? 1 + r.nextInt(2) : 0, year, r.nextInt(20_000)});
        }
      }
      if (cities && r.nextBoolean()) {
        rows.add(new long[] {1 + r.nextInt(2), 2021 + r.nextInt(dueYear - 2020), r.nextInt(20_000)});
      }
    }

    /** The target, its figures written in 10^k of the base unit. */
    Target target(int k) {
      return target(STATIONS, n -> quantity(n, k));
    }

    /** The target on another indicator, its figures read in that indicator's unit. */
    Target target(Indicator indicator) {
      return target(indicator, n -> Quantity.of(share(indicator, BigDecimal.valueOf(n)), indicator.unit()));
    }

    private Target target(Indicator indicator, LongFunction<Quantity> figure) {
      Target.Builder t = Fixture.target("gen", indicator, comparator).value(figure.apply(value)).dueYear(dueYear);
      if (comparator == Comparator.BETWEEN) {
        t.upperValue(figure.apply(upper));
      }
      if (comparator == Comparator.APPROXIMATELY) {
        t.tolerance(new BigDecimal("0.1"));
      }
      if (baseline != null) {
        t.baseline(Baseline.builder().value(figure.apply(baseline)).period(Period.ofYear(2020)).build());
      }
      return t.build();
    }

    /** The rows, their values written in 10^k of the base unit. */
    List<Observation> observations(int k) {
      List<Observation> out = new ArrayList<>();
      Unit unit = Unit.of("座", k);
      RegionCode[] regions = {JS, NANJING, WUXI};
      for (long[] row : rows) {
        // n / 10^k as the double nearest the decimal: the engine reads it back as exactly n
        double v = BigDecimal.valueOf(row[2]).movePointLeft(k).doubleValue();
        out.add(Observation.builder().indicator(STATIONS.id()).region(regions[(int) row[0]])
            .period(Period.ofYear((int) row[1])).value(v).unit(unit).unitMult(k).build());
      }
      return out;
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder(comparator + " " + value + (comparator == Comparator.BETWEEN ? "–" + upper
          : "") + " due " + dueYear + " from " + baseline + ":");
      for (long[] row : rows) {
        s.append(' ').append(row[0]).append('/').append(row[1]).append('=').append(row[2]);
      }
      return s.toString();
    }
  }

  private static Quantity quantity(long n, int k) {
    return Quantity.of(BigDecimal.valueOf(n).movePointLeft(k), Unit.of("座", k));
  }

  private static TargetResult evaluate(Target t, LocalDate asOf, Method method, List<Observation> rows) {
    return only(Evaluator.of(catalog(t)).asOf(asOf).method(method).evaluate(rows));
  }

  @Test
  void theSameTargetAndRowsWrittenInAnotherUnitGetTheSameRating() {
    qt().withExamples(300).forAll(Gens.of(r -> new Object[] {new Case(r, 2022 + r.nextInt(4), r.nextInt(3) == 0),
        r.nextInt(5), r.nextInt(5), LocalDate.of(2021 + r.nextInt(6), 1 + r.nextInt(12), 1),
        r.nextBoolean() ? Method.LINEAR : Method.CAGR})).checkAssert(x -> {
          Case c = (Case) x[0];
          int k = (Integer) x[1];
          int j = (Integer) x[2];
          LocalDate asOf = (LocalDate) x[3];
          Method method = (Method) x[4];
          TargetResult base = evaluate(c.target(0), asOf, method, c.observations(0));
          TargetResult other = evaluate(c.target(k), asOf, method, c.observations(j));
          String what = c + " in 10^" + k + "座 with rows in 10^" + j + "座 on " + asOf + " (" + method + ")";
          assertEquals(base.status(), other.status(), what);
          assertEquals(base.decision().rule(), other.decision().rule(), what);
          assertEquals(base.ratio(), other.ratio(), what);
          assertEquals(base.attainment(), other.attainment(), what);
          assertEquals(base.expected(), other.expected(), what);
          // every figure is in the target's unit: 10^k times smaller
          double scale = Math.pow(10, -k);
          assertScaled(base.value().isPresent() ? base.value().getAsDouble() : null,
              other.value().isPresent() ? other.value().getAsDouble() : null, scale, what);
          assertScaled(base.targetValue().getAsDouble(), other.targetValue().getAsDouble(), scale, what);
          assertScaled(base.baseline().isPresent() ? base.baseline().getAsDouble() : null,
              other.baseline().isPresent() ? other.baseline().getAsDouble() : null, scale, what);
          assertEquals(base.projection().isPresent(), other.projection().isPresent(), what);
          base.projection().ifPresent(p -> {
            Projection q = other.projection().orElseThrow();
            assertScaled(p.valueAtDue(), q.valueAtDue(), scale, what);
            assertScaled(p.slopePerYear(), q.slopePerYear(), scale, what);
            assertEquals(p.reachYear(), q.reachYear(), what);
          });
          assertEquals(base.regionValues().size(), other.regionValues().size(), what);
          for (int i = 0; i < base.regionValues().size(); i++) {
            assertScaled(base.regionValues().get(i).value(), other.regionValues().get(i).value(), scale, what);
          }
          assertEquals(base.observations().size(), other.observations().size(), what);
          for (int i = 0; i < base.observations().size(); i++) {
            assertScaled(base.observations().get(i).value(), other.observations().get(i).value(), scale, what);
          }
        });
  }

  private static void assertScaled(Double base, Double other, double scale, String what) {
    if (base == null) {
      assertEquals(null, other, what);
    } else {
      assertEquals(base * scale, other, 1e-9 * Math.max(1e-9, Math.abs(base * scale)), what);
    }
  }

  @Test
  void theDayAfterTheDueYearDiffersFromItsLastDayExactlyByTheDueDateRule() {
    // With a value for the due year itself: on 31 December progress is rated (never missed); on 1 January an
    // ACHIEVED target stays ACHIEVED on the same value, a lower bound stays INSUFFICIENT_DATA, no data stays
    // NO_DATA, a sum over cities with a city's figure from before the due year is INSUFFICIENT_DATA, and every
    // other status becomes MISSED.
    List<Indicator> levels = List.of(STATIONS, RADIUS, SHARE);
    qt().withExamples(300).forAll(Gens.of(r -> new Object[] {new Case(r, 2021 + r.nextInt(5), r.nextInt(3) == 0),
        ModelGenerators.oneOf(r, levels), r.nextBoolean() ? Method.LINEAR : Method.CAGR})).checkAssert(x -> {
          Case c = (Case) x[0];
          Indicator indicator = (Indicator) x[1];
          Method method = (Method) x[2];
          Target t = c.target(indicator);
          List<Observation> rows = new ArrayList<>();
          for (Observation o : c.observations(0)) {
            double v = indicator == SHARE ? o.value() / 250 : o.value();
            rows.add(Observation.of(indicator.id(), o.region(), o.period(), v));
          }
          LocalDate lastDay = LocalDate.of(c.dueYear, 12, 31);
          TargetResult last = evaluate(t, lastDay, method, rows);
          TargetResult next = evaluate(t, lastDay.plusDays(1), method, rows);
          String what = c + " of " + indicator.id() + " (" + method + "): " + last.status() + " then " + next.status();
          assertFalse(last.status() == Status.MISSED || last.status() == Status.ACHIEVED_LATE, what);
          // A sum over cities whose oldest figure ends before the due year is no evidence at the due date
          // (SPEC §5b): INSUFFICIENT_DATA, not MISSED.
          boolean stalePart = next.decision().oldestContribution().map(p -> p.end().getYear() < c.dueYear)
              .orElse(false);
          Status expected = last.status() == Status.ACHIEVED ? Status.ACHIEVED
              : last.status() == Status.NO_DATA ? Status.NO_DATA
              : last.decision().rule() == Rule.LOWER_BOUND || stalePart ? Status.INSUFFICIENT_DATA : Status.MISSED;
          assertEquals(expected, next.status(), what);
          if (stalePart && expected == Status.INSUFFICIENT_DATA && last.decision().rule() != Rule.LOWER_BOUND) {
            assertEquals(Rule.NO_DUE_YEAR_DATA, next.decision().rule(), what);
          }
          assertEquals(last.value(), next.value(), what);
        });
  }

  /** A share is at most 100%: figures (at most 20,001) are divided by 250, which keeps their order. */
  private static BigDecimal share(Indicator indicator, BigDecimal v) {
    return indicator == SHARE ? v.multiply(new BigDecimal("0.004")) : v;
  }
}
