package io.github.newinfra.core.internal.rules;

import io.github.newinfra.core.Assessment;
import io.github.newinfra.core.BaselineOrigin;
import io.github.newinfra.core.Decision;
import io.github.newinfra.core.EvaluationOptions;
import io.github.newinfra.core.Method;
import io.github.newinfra.core.ObsStatus;
import io.github.newinfra.core.ObservationRef;
import io.github.newinfra.core.Projection;
import io.github.newinfra.core.RegionValue;
import io.github.newinfra.core.Rule;
import io.github.newinfra.core.Span;
import io.github.newinfra.core.Status;
import io.github.newinfra.core.TargetResult;
import io.github.newinfra.core.Verdict;
import io.github.newinfra.core.internal.rows.CompiledCatalog;
import io.github.newinfra.core.internal.rows.Ingest;
import io.github.newinfra.core.internal.rows.Series;
import io.github.newinfra.model.Accumulation;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Dimension;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.ReportedValue;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.Unit;
import io.github.newinfra.model.ValueQualifier;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Decides one target's status from the ingested observations, by the rules {@code Evaluator} documents. Each rule
 * is one method named after it; the facts each decides are recorded in a {@link Decision}, and the explanations
 * are rendered from them by {@link io.github.newinfra.core.Explainer}. Not part of the API.
 */
final class Rating {
  private static final double DAYS_PER_YEAR = 365.25;

  private final Engine engine;
  private final Ingest ingest;
  private final LocalDate asOf;
  private final int asOfDay;
  private final Method method;
  private final EvaluationOptions options;

  Rating(Engine engine, Ingest ingest, LocalDate asOf, Method method, EvaluationOptions options) {
    this.engine = engine;
    this.ingest = ingest;
    this.asOf = asOf;
    this.asOfDay = (int) asOf.toEpochDay();
    this.method = method;
    this.options = options;
  }

  /** One usable row, in the indicator's unit: an input row, or a figure the documents report for the target. */
  private static final class Row {
    final int region;
    final int start;
    final int end;
    final double value;
    final long ordinal;
    final long line;
    final int status;
    final int published;
    final String source;
    /** How the row hedges its value. */
    final ValueQualifier qualifier;
    /** For a document's figure, the reported value it is; null for an input row. */
    final ReportedValue reported;
    /** For an annual amount's year, the rows of that year it adds up; null for a row of the input. */
    final List<Row> parts;
    /** Whether an annual amount's year is covered only in part: a lower bound of the year's value. */
    final boolean partial;

    Row(Series s, int i, int region) {
      this.region = region;
      this.start = s.start(i);
      this.end = s.end(i);
      this.value = s.value(i);
      this.ordinal = s.ordinal(i);
      this.line = s.line(i);
      this.status = s.status(i);
      this.published = s.published(i);
      this.source = s.source(i);
      this.qualifier = ValueQualifier.values()[s.qualifier(i)];
      this.reported = null;
      this.parts = null;
      this.partial = false;
    }

    Row(DocumentFigures.Figure f, int region) {
      this.region = region;
      this.start = f.start;
      this.end = f.end;
      this.value = f.value;
      this.ordinal = -1;
      this.line = -1;
      this.status = ObsStatus.A.ordinal();
      this.published = Series.UNPUBLISHED;
      this.source = f.source;
      this.qualifier = f.reported.qualifier();
      this.reported = f.reported;
      this.parts = null;
      this.partial = false;
    }

    /**
     * An annual amount's year: the sum of the year's rows, from 1 January to the last row's end, partial unless the
     * rows cover the whole year without gaps.
     */
    Row(List<Row> year, int firstDay, int lastDay) {
      Row last = year.get(year.size() - 1);
      this.region = last.region;
      this.start = firstDay;
      this.end = year.stream().mapToInt(r -> r.end).max().orElseThrow();
      double sum = 0;
      int next = firstDay;
      boolean covered = true;
      ValueQualifier q = ValueQualifier.EXACT;
      int status = ObsStatus.A.ordinal();
      for (Row r : year) {
        sum += r.value;
        covered &= r.start <= next;
        next = Math.max(next, r.end + 1);
        if (r.qualifier != ValueQualifier.EXACT && q != ValueQualifier.BASICALLY) {
          q = r.qualifier;
        }
        status = Math.max(status, r.status);
      }
      this.value = sum;
      this.ordinal = last.ordinal;
      this.line = last.line;
      this.status = status;
      this.published = last.published;
      this.source = last.source;
      this.qualifier = q;
      this.reported = null;
      this.parts = List.copyOf(year);
      this.partial = !covered || next <= lastDay;
    }

    /**
     * Whether the value is only a lower bound of the true figure: hedged 超过 (more than) or 以上 (at least), or an
     * annual amount's part of a year.
     */
    boolean hedgedBelow() {
      return partial || qualifier == ValueQualifier.MORE_THAN || qualifier == ValueQualifier.AT_LEAST;
    }

    /** The rows of the input this row stands for: its parts for an annual amount's year, else itself. */
    List<Row> inputs() {
      return parts == null ? List.of(this) : parts;
    }
  }

  /** The target's value as of one day: the rows it rests on and what they cover. */
  private static final class Snapshot {
    double value;
    /**
     * Per contributing region, its rows counted in the value, in the order of its series (by end, then start):
     * for a flow every row up to the day, for a level the latest. Views, not copies: a snapshot is taken for every
     * day a projection looks at.
     */
    final List<List<Row>> parts = new ArrayList<>();
    /** Whether {@link #rows()} orders the rows by end, then region (a sum over cities). */
    boolean byEndThenRegion;
    private List<Row> rows;
    /** The latest row (latest end, then latest start). */
    Row latest;
    /** Cities contributing, for a sum over cities. */
    final List<Integer> cities = new ArrayList<>();
    /** The stalest city contribution. */
    Row oldest;
    /** Whether a row counted is hedged as a lower bound (超过, 以上). */
    boolean hedgedBelow;
    /** Whether a row counted is qualified 基本 (basically). */
    boolean basically;

    /** The last day of the stalest figure counted: the oldest city's for a sum over cities, else the latest row's. */
    int dataEnd() {
      return oldest != null ? oldest.end : latest.end;
    }

    /** The rows counted in the value, in report order; made once, when asked for. */
    List<Row> rows() {
      if (rows == null) {
        rows = new ArrayList<>();
        for (List<Row> part : parts) {
          rows.addAll(part);
        }
        if (byEndThenRegion) {
          // equivalent mutant (PrimitiveReturns): the parts are added in city order and the sort is stable, so rows
          // ending the same day already stand in city order.
          rows.sort(java.util.Comparator.comparingInt((Row r) -> r.end).thenComparingInt(r -> r.region));
        }
      }
      return rows;
    }
  }

  /** Everything about a target that does not depend on the day a value is taken. */
  private final class Subject {
    final Target target;
    final Indicator indicator;
    final boolean flow;
    /** An annual amount: each year's rows add up to the year's value, read like a level. */
    final boolean annual;
    final boolean citySum;
    final int citiesTotal;
    final int dueDay;
    /** 1 January of the due year. */
    final int dueYearStart;
    final int periodStart;
    final double out;
    final Bounds bounds;
    final List<Row> rows;

    Subject(Target t, Indicator indicator, int ind, Bounds bounds, double out) {
      this.target = t;
      this.indicator = indicator;
      this.flow = indicator.accumulation() == Accumulation.FLOW;
      this.annual = indicator.accumulation() == Accumulation.ANNUAL;
      this.dueDay = (int) LocalDate.of(t.dueYear(), 12, 31).toEpochDay();
      this.dueYearStart = (int) LocalDate.of(t.dueYear(), 1, 1).toEpochDay();
      this.periodStart = engine.flowStart(t);
      this.bounds = bounds;
      this.out = out;
      Integer reg = engine.regionIndex.get(t.region().value());
      Series own = reg == null ? null : ingest.series[ind][reg];
      // Only usable rows become Row objects: a row ending after the evaluation date, or a flow's row outside the
      // target period, is read from the series' columns and skipped.
      List<Row> usable = new ArrayList<>();
      for (int i = 0; own != null && i < own.size; i++) {
        if (usable(own.start(i), own.end(i))) {
          usable.add(new Row(own, i, reg));
        }
      }
      // The documents' own figures for the target count as the target region's rows, unless an input row of the
      // same period replaces them.
      if (reg != null && options.documentFigures()) {
        for (DocumentFigures.Figure f : engine.figures.of(t.id())) {
          if (usable(f.start, f.end) && !hasPeriod(own, f.start, f.end)) {
            usable.add(new Row(f, reg));
          }
        }
      }
      // A region without usable figures of its own is the sum of the regions one level below (a province's cities),
      // for quantities that add up.
      boolean sum = false;
      int total = 0;
      List<RegionCode> below = Engine.children(engine, t.region());
      if (usable.isEmpty() && !below.isEmpty() && Engine.additive().contains(indicator.unit().dimension())) {
        sum = true;
        for (RegionCode city : below) {
          int c = engine.regionIndex.get(city.value());
          total++;
          Series s = ingest.series[ind][c];
          for (int i = 0; s != null && i < s.size; i++) {
            if (usable(s.start(i), s.end(i))) {
              usable.add(new Row(s, i, c));
            }
          }
        }
      }
      this.citySum = sum;
      this.citiesTotal = total;
      java.util.Comparator<Row> order = java.util.Comparator.comparingInt((Row r) -> r.end)
          .thenComparingInt(r -> r.start).thenComparingInt(r -> r.region).thenComparingLong(r -> r.ordinal);
      usable.sort(order);
      if (annual) {
        usable = years(usable);
        usable.sort(order);
      }
      this.rows = usable;
    }

    /** An annual amount's rows, one per region and year: each year's rows (in end order) added up. */
    private List<Row> years(List<Row> rows) {
      java.util.Map<Long, List<Row>> byYear = new java.util.LinkedHashMap<>();
      for (Row r : rows) {
        long year = LocalDate.ofEpochDay(r.start).getYear();
        byYear.computeIfAbsent((long) r.region << 16 | year, k -> new ArrayList<>()).add(r);
      }
      List<Row> out = new ArrayList<>();
      for (List<Row> year : byYear.values()) {
        int y = LocalDate.ofEpochDay(year.get(0).start).getYear();
        year.sort(java.util.Comparator.comparingInt((Row r) -> r.start));
        out.add(new Row(year, (int) LocalDate.of(y, 1, 1).toEpochDay(), (int) LocalDate.of(y, 12, 31).toEpochDay()));
      }
      return out;
    }

    /** Whether a period ends by the evaluation date and, for a flow, lies in the target period. */
    private boolean usable(int start, int end) {
      return end <= asOfDay && (!flow || (start >= periodStart && end <= dueDay));
    }

    /** Whether a series holds a row of exactly this period. */
    private boolean hasPeriod(Series series, int start, int end) {
      for (int i = 0; series != null && i < series.size; i++) {
        if (series.start(i) == start && series.end(i) == end) {
          return true;
        }
      }
      return false;
    }

    /** The usable rows of each contributing region (the target's own, or each city's), sorted by end. */
    private List<List<Row>> byRegion;
    /** For a flow, per region, the running sums of its rows' values. */
    private List<double[]> running;

    private void index() {
      if (byRegion != null) {
        return;
      }
      byRegion = new ArrayList<>();
      running = new ArrayList<>();
      List<Integer> regions = new ArrayList<>();
      if (citySum) {
        for (RegionCode city : Engine.children(engine, target.region())) {
          regions.add(engine.regionIndex.get(city.value()));
        }
      }
      for (int k = 0; k < (citySum ? regions.size() : 1); k++) {
        List<Row> mine = new ArrayList<>();
        for (Row r : rows) {
          if (!citySum || r.region == regions.get(k)) {
            mine.add(r);
          }
        }
        double[] sums = new double[mine.size()];
        double sum = 0;
        for (int i = 0; i < sums.length; i++) {
          sum += mine.get(i).value;
          sums[i] = sum;
        }
        byRegion.add(mine);
        running.add(sums);
      }
    }

    /** The value as of a day, from the rows ending by then; null if none. */
    Snapshot at(int day) {
      return at(day, false);
    }

    /**
     * An annual amount's value as of a day from whole years only: each region's latest year its rows cover in full
     * (a part-year figure is a lower bound, never the year's value); null if none.
     */
    Snapshot atWholeYears(int day) {
      return at(day, true);
    }

    private Snapshot at(int day, boolean wholeYears) {
      index();
      Snapshot s = new Snapshot();
      for (int k = 0; k < byRegion.size(); k++) {
        List<Row> mine = byRegion.get(k);
        int last = lastEndingBy(mine, day);
        while (wholeYears && last >= 0 && mine.get(last).partial) {
          last--;
        }
        if (last < 0) {
          continue;
        }
        Row latest = mine.get(last);
        List<Row> part = flow ? mine.subList(0, last + 1) : java.util.Collections.singletonList(latest);
        s.parts.add(part);
        s.value += flow ? running.get(k)[last] : latest.value;
        for (Row r : part) {
          s.hedgedBelow |= r.hedgedBelow();
          s.basically |= r.qualifier == ValueQualifier.BASICALLY;
        }
        if (citySum) {
          s.cities.add(latest.region);
          if (s.oldest == null || latest.end < s.oldest.end) {
            s.oldest = latest;
          }
        }
        // equivalent mutant (ConditionalsBoundary): of two rows ending and starting on the same days (one period),
        // which is 'latest' shows only through its period.
        if (s.latest == null || latest.end > s.latest.end
            || (latest.end == s.latest.end && latest.start > s.latest.start)) {
          s.latest = latest;
        }
      }
      s.byEndThenRegion = citySum;
      return s.latest == null ? null : s;
    }

    /**
     * For a level, the value {@link #at} gives on each of the given days, and whether {@link #lowerBound} holds
     * for it (cities missing from a sum): one pass over each region's rows for all the days, instead of a snapshot
     * per day. The sum is taken in the same order as {@link #at} takes it, so the values are the same doubles.
     *
     * @param days distinct days in ascending order, each with some row ending by it
     * @param lowerBound set per day
     * @return the value per day
     */
    double[] levels(int[] days, boolean[] lowerBound) {
      // equivalent mutant (VoidMethodCall): at() has always run first (the value as of the evaluation day), so the
      // index exists.
      index();
      int regions = byRegion.size();
      int[] last = new int[regions];
      Arrays.fill(last, -1);
      double[] values = new double[days.length];
      for (int d = 0; d < days.length; d++) {
        double value = 0;
        int covered = 0;
        boolean hedged = false;
        for (int k = 0; k < regions; k++) {
          List<Row> mine = byRegion.get(k);
          int i = last[k];
          while (i + 1 < mine.size() && mine.get(i + 1).end <= days[d]) {
            i++;
          }
          last[k] = i;
          if (i >= 0) {
            value += mine.get(i).value;
            covered++;
            hedged |= mine.get(i).hedgedBelow();
          }
        }
        values[d] = value;
        lowerBound[d] = (citySum && covered < citiesTotal) || hedged;
      }
      return values;
    }

    /** The index of the last row ending by a day (rows sorted by end, then start), or -1. */
    private int lastEndingBy(List<Row> sorted, int day) {
      int lo = 0;
      int hi = sorted.size() - 1;
      int found = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (sorted.get(mid).end <= day) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return found;
    }

    /**
     * For a flow, the days from the period start to {@code until} that a contributing series leaves uncovered; for an
     * annual amount, the days of a counted year that its rows leave uncovered.
     */
    List<int[]> gaps(Snapshot s, int until) {
      List<int[]> gaps = new ArrayList<>();
      if (annual) {
        for (List<Row> part : s.parts) {
          for (Row year : part) {
            if (year.partial) {
              int last = (int) LocalDate.ofEpochDay(year.start).withDayOfYear(1).plusYears(1).minusDays(1).toEpochDay();
              int next = year.start;
              for (Row r : year.parts) {
                if (r.start > next) {
                  gaps.add(new int[] {next, r.start - 1});
                }
                next = Math.max(next, r.end + 1);
              }
              if (next <= last) {
                gaps.add(new int[] {next, last});
              }
            }
          }
        }
        return gaps;
      }
      if (!flow) {
        // equivalent mutant (EmptyObjectReturnVals): for a level the list returned is empty either way.
        return gaps;
      }
      // equivalent mutant (subtraction with addition): a longer array only adds days never marked.
      boolean[] uncovered = new boolean[Math.max(0, until - periodStart + 1)];
      // Each part is one region's rows in series order.
      for (List<Row> part : s.parts) {
        int next = periodStart;
        for (Row r : part) {
          // equivalent mutant (ConditionalsBoundary): d < r.start <= until here, so d <= until always holds.
          for (int d = next; d < r.start && d <= until; d++) {
            uncovered[d - periodStart] = true;
          }
          next = Math.max(next, r.end + 1);
        }
        for (int d = next; d <= until; d++) {
          uncovered[d - periodStart] = true;
        }
      }
      for (int i = 0; i < uncovered.length; i++) {
        if (uncovered[i]) {
          int j = i;
          while (j + 1 < uncovered.length && uncovered[j + 1]) {
            j++;
          }
          gaps.add(new int[] {periodStart + i, periodStart + j});
          i = j;
        }
      }
      return gaps;
    }

    /**
     * Whether the value is a lower bound: cities missing, gaps in the flow up to {@code until}, or a row hedged
     * 超过 / 以上.
     */
    boolean lowerBound(Snapshot s, int until) {
      return (citySum && s.cities.size() < citiesTotal) || s.hedgedBelow || !gaps(s, until).isEmpty();
    }

    /**
     * Whether a value proves the target achieved: the comparator holds on a value not qualified 基本, and a lower
     * bound only proves a target without an upper edge (AT_LEAST, GREATER_THAN, COVERAGE). A flow's running sum is
     * a lower bound until its period is covered to the end of the due year, so it proves no upper edge before.
     */
    boolean proves(Snapshot s) {
      return Double.isFinite(s.value) && bounds.achieved(s.value) && !s.basically
          && (bounds.hi == Double.POSITIVE_INFINITY || !lowerBound(s, flow ? dueDay : s.latest.end));
    }

    /** Whether a value qualified 基本 (basically) meets the target at face value. */
    boolean basicallyMeets(Snapshot s) {
      return s.basically && Double.isFinite(s.value) && bounds.achieved(s.value);
    }

    /**
     * Whether a value is complete evidence from a day on: not a lower bound (a flow covered to the end of the due
     * year) and every figure it counts ending on or after {@code from}.
     */
    boolean complete(Snapshot s, int from) {
      return Double.isFinite(s.value) && !lowerBound(s, flow ? dueDay : s.latest.end) && s.dataEnd() >= from;
    }
  }

  /** The distinct days rows end on, after {@code after} and up to {@code upTo}, in ascending order. */
  private static int[] ends(List<Row> rows, int after, int upTo) {
    int[] days = new int[rows.size()];
    int n = 0;
    for (Row row : rows) {
      if (row.end > after && row.end <= upTo) {
        days[n++] = row.end;
      }
    }
    // equivalent mutant (VoidMethodCall): the rows are sorted by end already (Subject sorts them), so the days
    // come out sorted without it.
    Arrays.sort(days, 0, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (distinct == 0 || days[i] != days[distinct - 1]) {
        days[distinct++] = days[i];
      }
    }
    return Arrays.copyOf(days, distinct);
  }

  TargetResult rate(Target t, Optional<Assessment> assessment) {
    TargetResult.Builder r = start(t);
    Decision.Builder d = Decision.builder();
    TargetResult result = t.comparator() == Comparator.QUALITATIVE ? qualitative(t, assessment, r, d)
        : quantitative(t, r, d);
    return aged(result);
  }

  /** A result under construction for a target, with the target's own facts. */
  private static TargetResult.Builder start(Target t) {
    return TargetResult.builder().target(t.id()).measure(t.measure()).indicator(t.indicator())
        .region(t.region()).comparator(t.comparator()).dueYear(t.dueYear());
  }

  /**
   * The staleness rule: a result carries its data's age in whole months, from the end of the oldest figure its
   * value rests on to the evaluation date; it is stale when the evaluation date lies more than
   * {@link EvaluationOptions#staleAfterMonths()} after that end — unless the due year is over and the figure is
   * from the due year or later, or its status is a final verdict on due-year evidence.
   */
  private TargetResult aged(TargetResult r) {
    if (r.valuePeriod().isEmpty()) {
      return r;
    }
    LocalDate end = r.decision().oldestContribution().orElse(r.valuePeriod().get()).end();
    // After the due year, figures from the due year on are as new as a verdict on it needs.
    boolean old = asOf.isAfter(end.plusMonths(options.staleAfterMonths()))
        && (asOf.getYear() <= r.dueYear() || end.getYear() < r.dueYear());
    return r.withDataAgeMonths((int) Math.max(0, ChronoUnit.MONTHS.between(end, asOf)))
        .withStale(old && !isFinalVerdict(r));
  }

  /** Whether a status is a verdict on due-year evidence, which later data cannot make stale. */
  private boolean isFinalVerdict(TargetResult r) {
    return r.status().isVerdict() && (r.status() != Status.ACHIEVED || asOf.getYear() > r.dueYear());
  }

  private TargetResult quantitative(Target t, TargetResult.Builder r, Decision.Builder d) {
    Unit targetUnit = t.referenceValue().orElseThrow().unit();
    r.unit(targetUnit.toString());
    Integer ind = engine.indicatorIndex.get(t.indicator().orElseThrow().value());
    if (ind == null) {
      return r.status(Status.NO_DATA).decision(d.rule(Rule.UNKNOWN_INDICATOR).build()).build();
    }
    Indicator indicator = engine.indicators[ind];
    Unit iu = indicator.unit();
    if (!targetUnit.isConvertibleTo(iu)) {
      return r.status(Status.NO_DATA).decision(d.rule(Rule.UNIT_MISMATCH).indicatorUnit(iu.toString()).build())
          .build();
    }
    double out = Math.pow(10, iu.baseExponent() - targetUnit.baseExponent());
    Bounds bounds = bounds(t, iu);
    r.targetValue(bounds.reference * out);
    if (t.comparator() == Comparator.BETWEEN) {
      d.targetUpper(bounds.upper * out);
    }
    t.tolerance().ifPresent(x -> d.tolerancePercent(x.doubleValue() * 100));
    d.basically(t.comparator() == Comparator.COVERAGE && t.basically());
    Subject s = new Subject(t, indicator, ind, bounds, out);
    r.addAllRegionValues(cityValues(t, ind, s.flow, s.annual, s.periodStart, s.dueDay, out));
    if (s.flow) {
      d.flowPeriodStart(LocalDate.ofEpochDay(s.periodStart));
      t.baseline().ifPresent(b -> d.previousPeriodFlow(b.value().to(iu).value().doubleValue() * out));
    }
    Snapshot now = s.at(asOfDay);
    if (now == null) {
      return r.status(Status.NO_DATA).decision(d.rule(Rule.NO_OBSERVATION).build()).build();
    }
    Baseline base = baseline(s, d);
    return asOfDay > s.dueDay ? afterDueYear(s, now, base, r, d) : current(s, now, base, r, d);
  }

  /**
   * The rules before (or on) the end of the due year, on the latest value: achieved; a lower bound that proves
   * nothing; a flow's running sum under a cap; else progress is rated.
   */
  private TargetResult current(Subject s, Snapshot now, Baseline base, TargetResult.Builder r, Decision.Builder d) {
    if (s.annual && Double.isFinite(now.value) && !s.proves(now) && s.lowerBound(now, now.latest.end)) {
      // A part-year figure that does not prove the target is a lower bound of its year, never the year's value: the
      // latest whole year is rated.
      Snapshot whole = s.atWholeYears(asOfDay);
      if (whole != null && (base == null || base.precedes(whole))) {
        now = whole;
      }
    }
    describe(s, now, base, r, d, now.latest.end);
    if (!Double.isFinite(now.value)) {
      return overflow(r, d);
    }
    if (base != null && !base.precedes(now)) {
      return nothingAfterBaseline(r, d);
    }
    if (s.proves(now)) {
      return achieved(s, now, base, r, d, Status.ACHIEVED, Rule.ACHIEVED);
    }
    if (s.lowerBound(now, now.latest.end)) {
      return r.status(Status.INSUFFICIENT_DATA).decision(d.rule(Rule.LOWER_BOUND).build()).build();
    }
    if (s.flow && s.bounds.achieved(now.value) && !now.basically) {
      // Within its cap so far, but the rest of the period may still push the sum over it.
      return r.status(Status.INSUFFICIENT_DATA).decision(d.rule(Rule.RUNNING_SUM_UNDER_CAP).build()).build();
    }
    projection(s, base, now).ifPresent(r::projection);
    return progress(s, now, base, r, d);
  }

  /** The observations a value rests on, in the target's unit. */
  private List<ObservationRef> observations(Subject s, Snapshot v) {
    List<ObservationRef> refs = new ArrayList<>();
    for (Row row : v.rows().stream().flatMap(x -> x.inputs().stream()).collect(java.util.stream.Collectors.toList())) {
      ObservationRef.Builder o = ObservationRef.builder().ordinal(row.ordinal)
          .location(row.reported != null ? row.reported.source().section().value()
              : ingest.style.describe(row.ordinal, row.line))
          .region(engine.regions[row.region]).period(CompiledCatalog.period(row.start, row.end)).value(row.value * s.out)
          .status(ObsStatus.values()[row.status]).qualifier(row.qualifier);
      if (row.reported != null) {
        o.reported(row.reported.id());
      }
      if (row.published != Series.UNPUBLISHED) {
        o.published(LocalDate.ofEpochDay(row.published));
      }
      if (row.source != null) {
        o.source(row.source);
      }
      refs.add(o.build());
    }
    return refs;
  }

  /** The facts of a value: the value, its period, its observations, their statuses and sources, its coverage. */
  private void describe(Subject s, Snapshot v, Baseline base, TargetResult.Builder r, Decision.Builder d,
      int until) {
    if (Double.isFinite(v.value)) {
      r.value(v.value * s.out);
    }
    // The baseline is shown whatever the rule decides (so that it does not change with the evaluation date), unless
    // it is the value itself: an earliest observation that no later value follows.
    if (base != null && (base.catalog || base.day < v.latest.end)) {
      r.baseline(base.value * s.out);
    }
    r.valuePeriod(CompiledCatalog.period(v.latest.start, v.latest.end));
    Set<ObsStatus> statuses = EnumSet.noneOf(ObsStatus.class);
    Set<String> sources = new LinkedHashSet<>();
    List<ObservationRef> refs = observations(s, v);
    for (ObservationRef o : refs) {
      o.source().ifPresent(sources::add);
      statuses.add(o.status());
    }
    r.observations(refs).obsStatuses(statuses).sources(sources);
    if (s.indicator.unit().dimension() == Dimension.RATIO && s.indicator.unit().baseExponent() == 0
        && s.rows.stream().anyMatch(row -> row.value > 1)) {
      d.suspectFraction(v.rows().stream().anyMatch(row -> row.value > 0 && row.value <= 1));
    }
    if (s.citySum) {
      d.citiesTotal(s.citiesTotal).citiesCovered(List.of());
      for (int c : v.cities) {
        d.addCitiesCovered(engine.regions[c]);
      }
      d.oldestContribution(CompiledCatalog.period(v.oldest.start, v.oldest.end));
    }
    List<Span> gaps = new ArrayList<>();
    for (int[] g : s.gaps(v, until)) {
      gaps.add(Span.of(LocalDate.ofEpochDay(g[0]), LocalDate.ofEpochDay(g[1])));
    }
    d.gaps(gaps).lowerBound(s.lowerBound(v, until));
  }

  /**
   * The rules once the due year is over, in order (docs/evaluation.md, "After the due year"):
   * <ol>
   *   <li>the value at the end of the due year proves the target: ACHIEVED on time;
   *   <li>a later value proves it: ACHIEVED_LATE if complete evidence from the due year fails, else
   *       ACHIEVED_TIMING_UNKNOWN;
   *   <li>the due-year evidence (or, without it, the latest complete later value) is qualified 基本 and meets the
   *       target at face value: BASICALLY_ACHIEVED;
   *   <li>the due-year evidence fails: BASICALLY_ACHIEVED if its attainment reaches the share the options set,
   *       else MISSED;
   *   <li>no due-year evidence, a complete later value fails: MISSED (MISSED_LATER);
   *   <li>data only from before the due year: INSUFFICIENT_DATA (NO_DUE_YEAR_DATA), the last rating kept;
   *   <li>else a lower bound: INSUFFICIENT_DATA (LOWER_BOUND).
   * </ol>
   */
  private TargetResult afterDueYear(Subject s, Snapshot now, Baseline base, TargetResult.Builder r,
      Decision.Builder d) {
    Snapshot onTime = s.at(s.dueDay);
    boolean decides = onTime != null && (base == null || base.precedes(onTime));
    if (decides && s.proves(onTime)) {
      describe(s, onTime, base, r, d, s.flow ? s.dueDay : onTime.latest.end);
      return achieved(s, onTime, base, r, d, Status.ACHIEVED, Rule.ACHIEVED);
    }
    Snapshot due = decides && s.complete(onTime, s.dueYearStart) ? onTime : null;
    if (due != null) {
      d.dueYearEvidence(CompiledCatalog.period(due.latest.start, due.latest.end)).dueYearValue(due.value * s.out)
          .dueYearBasically(due.basically);
    }
    int[] later = ends(s.rows, s.dueDay, asOfDay);
    Snapshot laterComplete = null;
    for (int day : later) {
      Snapshot v = s.at(day);
      if (base != null && !base.precedes(v)) {
        continue;
      }
      if (s.proves(v)) {
        describe(s, v, base, r, d, v.latest.end);
        if (due != null) {
          d.dueYearObservations(observations(s, due));
        }
        return due != null ? achieved(s, v, base, r, d, Status.ACHIEVED_LATE, Rule.ACHIEVED_LATE)
            : achieved(s, v, base, r, d, Status.ACHIEVED_TIMING_UNKNOWN, Rule.ACHIEVED_TIMING_UNKNOWN);
      }
      if (s.complete(v, s.dueYearStart)) {
        laterComplete = v;
      }
    }
    Snapshot evidence = due != null ? due : laterComplete;
    if (evidence != null && s.basicallyMeets(evidence)) {
      return settled(s, evidence, base, r, d, Status.BASICALLY_ACHIEVED, Rule.BASICALLY_ACHIEVED);
    }
    if (due != null) {
      OptionalDouble share = options.basicallyAchievedShare();
      if (share.isPresent() && attainment(s, due, base).orElse(-1) >= share.getAsDouble()) {
        return settled(s, due, base, r, d, Status.BASICALLY_ACHIEVED, Rule.BASICALLY_ACHIEVED_BY_SHARE);
      }
      return settled(s, due, base, r, d, Status.MISSED, Rule.MISSED);
    }
    if (laterComplete != null) {
      return settled(s, laterComplete, base, r, d, Status.MISSED, Rule.MISSED_LATER);
    }
    describe(s, now, base, r, d, s.flow ? s.dueDay : now.latest.end);
    if (!Double.isFinite(now.value)) {
      return overflow(r, d);
    }
    if (now.dataEnd() < s.dueYearStart && (base == null || base.precedes(now))) {
      // Only older data: how things stood at the due date is unknown; the last rating is context, not a verdict.
      TargetResult context = current(s, now, base, start(s.target).unit(""), Decision.builder());
      if (context.status() != Status.INSUFFICIENT_DATA) {
        d.lastRating(context.status()).lastRatio(context.ratio());
      }
      projection(s, base, now).ifPresent(r::projection);
      return r.status(Status.INSUFFICIENT_DATA).decision(d.rule(Rule.NO_DUE_YEAR_DATA).build()).build();
    }
    if (base != null && !base.precedes(now)) {
      return nothingAfterBaseline(r, d);
    }
    return r.status(Status.INSUFFICIENT_DATA).decision(d.rule(Rule.LOWER_BOUND).build()).build();
  }

  /** A verdict after the due year on a value other than achievement: its attainment and projection are shown. */
  private TargetResult settled(Subject s, Snapshot v, Baseline base, TargetResult.Builder r, Decision.Builder d,
      Status status, Rule rule) {
    // equivalent mutant (NegateConditionals): for a level the gaps are empty whatever the day; a flow's evidence
    // here covers its period to the due day, so its latest row ends on the due day.
    describe(s, v, base, r, d, s.flow ? s.dueDay : v.latest.end);
    attainment(s, v, base, r);
    projection(s, base, v).ifPresent(r::projection);
    return r.status(status).decision(d.rule(rule).build()).build();
  }

  /** The rule for values that all end at or before the baseline's end: they cannot show progress. */
  private TargetResult nothingAfterBaseline(TargetResult.Builder r, Decision.Builder d) {
    return r.status(Status.INSUFFICIENT_DATA).decision(d.rule(Rule.NOTHING_AFTER_BASELINE).build()).build();
  }

  /** The rule for a sum beyond the range of numbers: no value, INSUFFICIENT_DATA. */
  private TargetResult overflow(TargetResult.Builder r, Decision.Builder d) {
    return r.status(Status.INSUFFICIENT_DATA).decision(d.rule(Rule.OVERFLOW).build()).build();
  }

  /** The rule for a target whose comparator holds: ACHIEVED, or ACHIEVED_LATE, on the value given. */
  private TargetResult achieved(Subject s, Snapshot v, Baseline base, TargetResult.Builder r, Decision.Builder d,
      Status status, Rule rule) {
    attainment(s, v, base, r);
    d.achievedIn(CompiledCatalog.period(v.latest.start, v.latest.end));
    projection(s, base, v).ifPresent(r::projection);
    return r.status(status).decision(d.rule(rule).build()).build();
  }

  /**
   * The attainment of a value: the share of the gap from the baseline to the target closed; 0 for a value that
   * moved away from a baseline that already met the target; none without a baseline before the value.
   */
  private void attainment(Subject s, Snapshot v, Baseline base, TargetResult.Builder r) {
    attainment(s, v, base).ifPresent(r::attainment);
  }

  private static OptionalDouble attainment(Subject s, Snapshot v, Baseline base) {
    if (base != null && v.latest.end > base.day) {
      double db = s.bounds.distance(base.value);
      if (db > 0) {
        return OptionalDouble.of(1 - s.bounds.distance(v.value) / db);
      }
      if (s.bounds.achieved(base.value) && s.bounds.distance(v.value) > 0) {
        return OptionalDouble.of(0);
      }
    }
    return OptionalDouble.empty();
  }

  /** The baseline a target is rated from, with its day (the end of its period). */
  private static final class Baseline {
    final double value;
    final int day;
    final boolean catalog;

    Baseline(double value, int day, boolean catalog) {
      this.value = value;
      this.day = day;
      this.catalog = catalog;
    }

    /** Whether a value may decide anything: a level's catalog baseline outdates values ending by its end. */
    boolean precedes(Snapshot v) {
      return !catalog || v.latest.end > day;
    }
  }

  /**
   * The baseline rule: a flow counts from 0 at the start of its period (a catalog baseline is a previous
   * period's flow, context only); a level takes the catalog's baseline at the end of its period, else its
   * earliest complete value.
   */
  private Baseline baseline(Subject s, Decision.Builder d) {
    Target t = s.target;
    Baseline base;
    if (s.flow) {
      d.baselineOrigin(BaselineOrigin.FLOW_PERIOD_START);
      base = new Baseline(0, s.periodStart - 1, false);
    } else if (t.baseline().isPresent()) {
      d.baselineOrigin(BaselineOrigin.CATALOG).baselinePeriod(t.baseline().get().period());
      base = new Baseline(t.baseline().get().value().to(s.indicator.unit()).value().doubleValue(),
          (int) t.baseline().get().period().end().toEpochDay(), true);
    } else {
      base = null;
      for (int day : ends(s.rows, Integer.MIN_VALUE, Integer.MAX_VALUE)) {
        Snapshot first = s.at(day);
        if (!s.lowerBound(first, day)) {
          d.baselineOrigin(BaselineOrigin.EARLIEST_OBSERVATION)
              .baselinePeriod(CompiledCatalog.period(first.latest.start, first.latest.end));
          base = new Baseline(first.value, day, false);
          break;
        }
      }
    }
    return base;
  }

  /**
   * The progress rules, in order: nothing after the baseline; a baseline that already met the target; no time
   * between baseline and due date; then the method's ratio against the thresholds.
   */
  private TargetResult progress(Subject s, Snapshot now, Baseline base, TargetResult.Builder r,
      Decision.Builder d) {
    if (base == null || now.latest.end <= base.day) {
      return nothingAfterBaseline(r, d);
    }
    Bounds b = s.bounds;
    double x = now.value;
    double db = b.distance(base.value);
    double dx = b.distance(x);
    if (db == 0 && !b.achieved(base.value)) {
      return r.status(Status.INSUFFICIENT_DATA).decision(d.rule(Rule.BASELINE_ON_EDGE).build()).build();
    }
    if (db == 0) {
      if (dx > 0) {
        return r.status(Status.DETERIORATION).attainment(0).decision(d.rule(Rule.BASELINE_MET_MOVED_AWAY).build())
            .build();
      }
      return r.status(Status.INSUFFICIENT_DATA).decision(d.rule(Rule.BASELINE_MET).build()).build();
    }
    // equivalent mutant (ConditionalsBoundary): unreachable — before the due year ends every value used ends by the
    // due day and one ending after the baseline's day is needed to get here, so the due day is after the baseline's
    // (RuleEdgesTest.aBaselineEndingOnTheDueDayLeavesNothingToRate).
    if (s.dueDay <= base.day) {
      // equivalent mutant (NullReturnVals): unreachable, as above.
      return r.status(Status.INSUFFICIENT_DATA).decision(d.rule(Rule.NO_ELAPSED_TIME).build()).build();
    }
    double a = 1 - dx / db;
    double e = (double) (now.latest.end - base.day) / (s.dueDay - base.day);
    // equivalent mutant (ConditionalsBoundary): a baseline on an edge of the band has d(b) = 0 and was decided
    // before (BASELINE_ON_EDGE, BASELINE_MET); a value on an edge is achieved (both edges of BETWEEN and
    // APPROXIMATELY are inclusive) and was decided before.
    boolean overshoot = (base.value < b.lo && x > b.hi) || (base.value > b.hi && x < b.lo);
    d.overshoot(overshoot);
    double ratio;
    if (method == Method.CAGR && !overshoot) {
      // equivalent mutant (ConditionalsBoundary): as above, the baseline is never on an edge here.
      double vb = base.value < b.lo ? b.lo : b.hi;
      if (!(base.value > 0 && x > 0 && vb > 0)) {
        return r.status(Status.INSUFFICIENT_DATA).decision(d.rule(Rule.CAGR_NEEDS_POSITIVE_VALUES).build()).build();
      }
      double ta = (now.latest.end - base.day) / DAYS_PER_YEAR;
      double tr = (s.dueDay - base.day) / DAYS_PER_YEAR;
      double required = Math.pow(vb / base.value, 1 / tr) - 1;
      double actual = Math.pow(x / base.value, 1 / ta) - 1;
      ratio = actual / required;
      d.rule(Rule.CAGR).actualGrowth(actual).requiredGrowth(required);
    } else {
      ratio = a / e;
      d.rule(Rule.LINEAR);
    }
    // Attainment and expected progress only for a rated target: no attainment without a rating.
    r.attainment(a).expected(e).ratio(ratio);
    Status status = ratio >= options.onTrack() ? Status.ON_TRACK : ratio >= options.needsAcceleration()
        ? Status.NEEDS_ACCELERATION : ratio >= options.limitedProgress() ? Status.LIMITED_PROGRESS
        : Status.DETERIORATION;
    return r.status(status).decision(d.build()).build();
  }

  private TargetResult qualitative(Target t, Optional<Assessment> assessment, TargetResult.Builder r,
      Decision.Builder d) {
    r.unit("");
    if (assessment.isEmpty()) {
      return r.status(Status.NOT_ASSESSED).decision(d.rule(Rule.QUALITATIVE_NOT_ASSESSED).build()).build();
    }
    Assessment a = assessment.get();
    boolean afterDue = asOf.isAfter(LocalDate.of(t.dueYear(), 12, 31));
    // As for quantitative targets: achieved first, then missed once the due year is over, then progress.
    Status s = a.verdict() == Verdict.MET ? Status.ACHIEVED : afterDue ? Status.MISSED
        : a.verdict() == Verdict.PARTLY_MET ? Status.NEEDS_ACCELERATION : Status.LIMITED_PROGRESS;
    return r.status(s).assessment(a).decision(d.rule(Rule.QUALITATIVE_ASSESSED).build()).build();
  }

  /** Each city's own value for a province-level target, by the rule the target's value follows. */
  private List<RegionValue> cityValues(Target t, int ind, boolean flow, boolean annual, int periodStart, int dueDay,
      double out) {
    List<RegionValue> values = new ArrayList<>();
    for (RegionCode city : Engine.children(engine, t.region())) {
      Series s = ingest.series[ind][engine.regionIndex.get(city.value())];
      double sum = 0;
      int count = 0;
      int latest = -1;
      int latestStart = 0;
      int latestEnd = 0;
      if (s != null && flow) {
        // Rows are sorted by start: the target period's rows start from its first day, and none starting after
        // its last day (or the as-of day) ends by then.
        int limit = Math.min(dueDay, asOfDay);
        for (int i = s.startingBefore(periodStart), to = s.startingBefore(limit + 1); i < to; i++) {
          int end = s.end(i);
          if (end <= limit) {
            int start = s.start(i);
            // equivalent mutant (ConditionalsBoundary, NegateConditionals): the rows of one flow series never overlap
            // (overlaps are rejected), so in start order each ends after the one before: 'end > latestEnd' holds for
            // every row after the first, its tie clause is never reached, and the first row wins either way.
            if (latest < 0 || end > latestEnd || (end == latestEnd && start > latestStart)) {
              latest = i;
              latestStart = start;
              latestEnd = end;
            }
            sum += s.value(i);
            count++;
          }
        }
      } else if (s != null) {
        // The row ending last by the as-of day (of two ending the same day, the one starting later, then the
        // first), looked for backwards from the last row starting by then: a row starting more than the series'
        // longest period before the best end found cannot end as late.
        for (int i = s.startingBefore(asOfDay + 1) - 1; i >= 0; i--) {
          int start = s.start(i);
          // equivalent mutant (ConditionalsBoundary): the early exit only saves work: a row on its edge ends no later
          // and, starting earlier, loses the tie.
          if (latest >= 0 && start + s.longest < latestEnd) {
            break;
          }
          int end = s.end(i);
          // equivalent mutant (ConditionalsBoundary, NegateConditionals): latest is negative only before the first row
          // taken; two rows with the same start and end are one period, kept once; of two rows with the same start
          // the shorter comes first backwards, so 'end != latestEnd' adds nothing.
          if (end <= asOfDay && (latest < 0 || end > latestEnd || (end == latestEnd && start >= latestStart))) {
            latest = i;
            latestStart = start;
            latestEnd = end;
          }
        }
        count = latest < 0 ? 0 : 1;
      }
      if (count > 0 && annual) {
        // An annual amount: the city's latest year, its rows ending by the as-of day added up.
        LocalDate first = LocalDate.ofEpochDay(latestStart).withDayOfYear(1);
        int from = (int) first.toEpochDay();
        int to = (int) first.plusYears(1).minusDays(1).toEpochDay();
        sum = 0;
        count = 0;
        for (int i = s.startingBefore(from); i < s.size && s.start(i) <= to; i++) {
          if (s.end(i) <= Math.min(to, asOfDay)) {
            sum += s.value(i);
            count++;
            latestEnd = Math.max(latestEnd, s.end(i));
          }
        }
        values.add(RegionValue.builder().region(city).value(sum * out).period(CompiledCatalog.period(from, latestEnd))
            .observations(count).build());
      } else if (count > 0) {
        values.add(RegionValue.builder().region(city).value((flow ? sum : s.value(latest)) * out)
            .period(CompiledCatalog.period(s.start(latest), s.end(latest))).observations(flow ? count : 1).build());
      }
    }
    return values;
  }

  /** The success set of a target as an interval of the indicator's unit, with strictness. */
  static final class Bounds {
    double lo = Double.NEGATIVE_INFINITY;
    double hi = Double.POSITIVE_INFINITY;
    boolean strictLo;
    boolean strictHi;
    double value;
    double upper;
    double reference;

    boolean achieved(double x) {
      return (strictLo ? x > lo : x >= lo) && (strictHi ? x < hi : x <= hi);
    }

    /** The distance to the nearest edge of the band; 0 inside it (and on a strict edge). */
    double distance(double x) {
      // equivalent mutant (ConditionalsBoundary): at x == lo (or hi) both branches give 0.
      return x < lo ? lo - x : x > hi ? x - hi : 0;
    }
  }

  /**
   * The band rule: APPROXIMATELY is value ± tolerance, BETWEEN its two values, 基本 COVERAGE the basic-coverage
   * threshold (shown as the target value), full COVERAGE 100%.
   */
  private Bounds bounds(Target t, Unit iu) {
    Bounds b = new Bounds();
    double v = t.referenceValue().map(q -> convert(q, iu)).orElseThrow();
    b.value = v;
    b.reference = v;
    switch (t.comparator()) {
      case AT_LEAST:
        b.lo = v;
        break;
      case GREATER_THAN:
        b.lo = v;
        b.strictLo = true;
        break;
      case AT_MOST:
        b.hi = v;
        break;
      case LESS_THAN:
        b.hi = v;
        b.strictHi = true;
        break;
      case APPROXIMATELY:
        double tol = t.tolerance().orElseThrow().doubleValue();
        b.lo = v * (1 - tol);
        b.hi = v * (1 + tol);
        break;
      case BETWEEN:
        b.lo = v;
        b.hi = convert(t.upperValue().orElseThrow(), iu);
        b.upper = b.hi;
        break;
      default:
        // equivalent mutant (multiplication with division): an indicator's unit has no magnitude (the catalog rejects
        // '十%'), so 1% in a share's unit is 1, and x 1 and / 1 are the same.
        b.lo = t.basically() ? options.basicCoverage() * convert(Quantity.parse("1%"), iu) : v;
        b.reference = b.lo;
    }
    return b;
  }

  private static double convert(Quantity q, Unit unit) {
    return q.to(unit).value().doubleValue();
  }

  /**
   * The projection rule: a least-squares line through the baseline (as a point) and the values after it, to the
   * due date, clamped to the indicator's range (0–100 for shares, not below 0 otherwise); needs two distinct days.
   */
  private Optional<Projection> projection(Subject s, Baseline base, Snapshot upTo) {
    List<double[]> xy = new ArrayList<>();
    int last = upTo.latest.end;
    if (s.flow) {
      xy.add(new double[] {s.periodStart - 1, 0});
      double cumulative = 0;
      // One point per day rows end on: rows of several regions ending the same day add up before the point is
      // taken, so the line does not depend on the order of the input.
      for (int k = 0; k < s.rows.size(); k++) {
        Row p = s.rows.get(k);
        if (p.end > last) {
          break;
        }
        cumulative += p.value;
        if (k + 1 == s.rows.size() || s.rows.get(k + 1).end != p.end) {
          xy.add(new double[] {p.end, cumulative});
        }
      }
    } else {
      int from = Integer.MIN_VALUE;
      if (base != null) {
        xy.add(new double[] {base.day, base.value});
        from = base.day;
      }
      int[] days = ends(s.rows, from, last);
      boolean[] lowerBound = new boolean[days.length];
      double[] values = s.levels(days, lowerBound);
      for (int k = 0; k < days.length; k++) {
        if (!lowerBound[k]) {
          xy.add(new double[] {days[k], values[k]});
        }
      }
    }
    double[] xs = new double[xy.size()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = xy.get(i)[0];
    }
    // equivalent mutant (VoidMethodCall): the x values are sorted only to count the distinct ones, and 'at
    // least two distinct' holds in any order.
    Arrays.sort(xs);
    long distinct = xs.length == 0 ? 0 : 1;
    for (int i = 1; i < xs.length; i++) {
      if (Double.compare(xs[i], xs[i - 1]) != 0) {
        distinct++;
      }
    }
    if (distinct < 2) {
      return Optional.empty();
    }
    double t0 = xy.get(0)[0];
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (double[] p : xy) {
      double yr = (p[0] - t0) / DAYS_PER_YEAR;
      sx += yr;
      sy += p[1];
      sxx += yr * yr;
      sxy += yr * p[1];
    }
    int n = xy.size();
    double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    double intercept = (sy - slope * sx) / n;
    if (!Double.isFinite(slope) || !Double.isFinite(intercept)) {
      return Optional.empty();
    }
    double dueYr = (s.dueDay - t0) / DAYS_PER_YEAR;
    double max = s.indicator.unit().dimension() == Dimension.RATIO
        // equivalent mutant (multiplication with division): as in bounds, 1% in a share's unit is 1.
        ? 100 * convert(Quantity.parse("1%"), s.indicator.unit()) : Double.POSITIVE_INFINITY;
    double atDue = Math.max(0, Math.min(max, intercept + slope * dueYr));
    Projection.Builder p = Projection.builder().valueAtDue(atDue * s.out).slopePerYear(slope * s.out).points(n);
    double lastYr = (xy.get(n - 1)[0] - t0) / DAYS_PER_YEAR;
    double x = upTo.value;
    Bounds b = s.bounds;
    if (b.achieved(x)) {
      p.reachYear(LocalDate.ofEpochDay((long) xy.get(n - 1)[0]).getYear());
    } else {
      // Below the band (or on its strict lower edge) the line must rise to the lower edge; above it, fall.
      // equivalent mutant (ConditionalsBoundary): on a non-strict lower edge a value is achieved, decided before.
      boolean below = b.strictLo ? x <= b.lo : x < b.lo;
      double threshold = below ? b.lo : b.hi;
      // equivalent mutant (ConditionalsBoundary): a flat line (slope 0) meets no threshold: (threshold - intercept)
      // / 0 is infinite or NaN, and no year is projected either way.
      boolean toward = below ? slope > 0 : slope < 0;
      if (toward && Double.isFinite(threshold)) {
        double at = Math.max(lastYr, (threshold - intercept) / slope);
        double day = t0 + at * DAYS_PER_YEAR;
        if (day < LocalDate.of(9999, 1, 1).toEpochDay()) {
          p.reachYear(LocalDate.ofEpochDay((long) Math.ceil(day)).getYear());
        }
      }
    }
    return Optional.of(p.build());
  }
}
