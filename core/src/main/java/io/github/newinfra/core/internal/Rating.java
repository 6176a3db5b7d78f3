package io.github.newinfra.core.internal;

import io.github.newinfra.core.Assessment;
import io.github.newinfra.core.EvaluationOptions;
import io.github.newinfra.core.Method;
import io.github.newinfra.core.ObservationRef;
import io.github.newinfra.core.Projection;
import io.github.newinfra.core.RegionValue;
import io.github.newinfra.core.Status;
import io.github.newinfra.core.TargetResult;
import io.github.newinfra.core.Verdict;
import io.github.newinfra.model.Accumulation;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Dimension;
import io.github.newinfra.model.Document;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Rates one target against the ingested observations, by the rules {@code Evaluator} documents. Not part of the
 * API.
 */
final class Rating {
  private static final double DAYS_PER_YEAR = 365.25;

  private final Engine engine;
  private final Engine.Ingest ingest;
  private final LocalDate asOf;
  private final int asOfDay;
  private final Method method;
  private final EvaluationOptions options;

  Rating(Engine engine, Engine.Ingest ingest, LocalDate asOf, Method method, EvaluationOptions options) {
    this.engine = engine;
    this.ingest = ingest;
    this.asOf = asOf;
    this.asOfDay = (int) asOf.toEpochDay();
    this.method = method;
    this.options = options;
  }

  /** One usable data point: a period, a value in the indicator's unit, and the rows it comes from. */
  private static final class Point {
    final int start;
    final int end;
    double value;
    final List<long[]> rows = new ArrayList<>(1);
    final RegionCode region;

    Point(int start, int end, double value, RegionCode region) {
      this.start = start;
      this.end = end;
      this.value = value;
      this.region = region;
    }
  }

  TargetResult rate(Target t, Optional<Assessment> assessment) {
    TargetResult.Builder r = TargetResult.builder().target(t.id()).measure(t.measure()).indicator(t.indicator())
        .region(t.region()).comparator(t.comparator()).dueYear(t.dueYear());
    if (t.comparator() == Comparator.QUALITATIVE) {
      return qualitative(t, assessment, r);
    }
    Unit targetUnit = t.referenceValue().orElseThrow().unit();
    r.unit(targetUnit.toString());
    Integer ind = engine.indicatorIndex.get(t.indicator().orElseThrow().value());
    if (ind == null) {
      return r.status(Status.NO_DATA).explanationEn("No data: indicator '" + t.indicator().get()
          + "' is not in the catalog.").explanationZh("无数据：目录中没有指标“" + t.indicator().get() + "”。").build();
    }
    Indicator indicator = engine.indicators[ind];
    Unit iu = indicator.unit();
    if (!targetUnit.isConvertibleTo(iu)) {
      return r.status(Status.NO_DATA).explanationEn("No data: the target's unit '" + targetUnit
          + "' cannot measure indicator '" + indicator.id() + "' in '" + iu + "'.")
          .explanationZh("无数据：目标单位“" + targetUnit + "”与指标单位“" + iu + "”不可换算。").build();
    }
    double out = Math.pow(10, iu.baseExponent() - targetUnit.baseExponent());
    Bounds bounds = bounds(t, iu);
    r.targetValue(bounds.reference * out);
    boolean flow = indicator.accumulation() == Accumulation.FLOW;
    int dueDay = (int) LocalDate.of(t.dueYear(), 12, 31).toEpochDay();
    int periodStart = flowStart(t);
    List<Point> points = points(t, ind, indicator.unit().dimension());
    r.addAllRegionValues(cityValues(t, ind, flow, periodStart, dueDay, out));
    String targetEn = Text.targetEn(t.comparator(), Text.number(bounds.value * out), Text.number(bounds.upper * out),
        t.tolerance().map(x -> Text.number(x.doubleValue() * 100)).orElse(""), t.basically(), targetUnit.toString());
    String targetZh = Text.targetZh(t.comparator(), Text.number(bounds.value * out), Text.number(bounds.upper * out),
        t.tolerance().map(x -> Text.number(x.doubleValue() * 100)).orElse(""), t.basically(), targetUnit.toString());
    String due = " due " + t.dueYear();
    String dueZh = "（" + t.dueYear() + "年）";

    List<Point> usable = new ArrayList<>();
    for (Point p : points) {
      if (p.end <= asOfDay && (!flow || (p.start >= periodStart && p.end <= dueDay))) {
        usable.add(p);
      }
    }
    if (usable.isEmpty()) {
      String why = points.isEmpty() ? "no observation of " + indicator.id() + " for " + t.region()
          : "no observation of " + indicator.id() + " for " + t.region() + (flow
              ? " inside the target's period " + LocalDate.ofEpochDay(periodStart) + " to " + t.dueYear() + " and"
              : "") + " at or before " + asOf;
      return r.status(Status.NO_DATA).explanationEn("No data: " + why + "; target " + targetEn + due + ".")
          .explanationZh("无数据：截至" + asOf + "没有可用观测值；目标" + targetZh + dueZh + "。").build();
    }
    usable.sort(java.util.Comparator.comparingInt((Point p) -> p.end).thenComparingInt(p -> p.start));
    Point latest = usable.get(usable.size() - 1);
    double x;
    List<Point> used;
    if (flow) {
      x = 0;
      for (Point p : usable) {
        x += p.value;
      }
      used = usable;
    } else {
      x = latest.value;
      used = List.of(latest);
    }
    r.value(x * out).valuePeriod(Engine.period(latest.start, latest.end));
    for (Point p : used) {
      for (long[] row : p.rows) {
        r.addObservations(ObservationRef.builder().ordinal(row[0]).location(ingest.style.describe(row[0], row[1]))
            .region(p.region).period(Engine.period(p.start, p.end)).value(row.length > 2
                ? Double.longBitsToDouble(row[2]) * out : p.value * out).build());
      }
    }
    // Baseline: the catalog's for a level; 0 at the start of the target's period for a flow; else the earliest level.
    Double base = null;
    int baseDay = 0;
    if (flow) {
      base = 0.0;
      baseDay = periodStart - 1;
    } else if (t.baseline().isPresent()) {
      base = t.baseline().get().value().to(iu).value().doubleValue();
      baseDay = (int) t.baseline().get().period().end().toEpochDay();
    } else {
      Point first = usable.get(0);
      base = first.value;
      baseDay = first.end;
    }
    r.baseline(base * out);
    projection(t, flow, usable, base, baseDay, periodStart, dueDay, bounds, x).ifPresent(p ->
        r.projection(Projection.copyOf(p).withValueAtDue(p.valueAtDue() * out).withSlopePerYear(p.slopePerYear() * out)));
    String valueEn = Text.number(x * out) + targetUnit + " (" + Engine.periodText(latest.start, latest.end)
        + (flow && usable.size() > 1 ? ", sum of " + usable.size() + " periods" : "") + ")";
    String valueZh = Text.number(x * out) + targetUnit + "（" + Engine.periodText(latest.start, latest.end) + "）";
    double db = bounds.distance(base);
    double dx = bounds.distance(x);
    boolean rateable = db > 0;
    double a = rateable ? 1 - dx / db : Double.NaN;
    if (rateable) {
      r.attainment(a);
    }
    if (bounds.achieved(x)) {
      return r.status(Status.ACHIEVED).explanationEn("Achieved: " + valueEn + " meets " + targetEn + due + ".")
          .explanationZh("已实现：" + valueZh + "，达到目标" + targetZh + dueZh + "。").build();
    }
    if (asOfDay > dueDay) {
      return r.status(Status.MISSED).explanationEn("Missed: " + valueEn + " against " + targetEn + due
          + ", evaluated " + asOf + ".").explanationZh("未实现：" + valueZh + "，目标" + targetZh + dueZh + "，评估日"
          + asOf + "。").build();
    }
    if (!rateable) {
      Status s = dx > 0 ? Status.DETERIORATION : Status.INSUFFICIENT_DATA;
      return r.status(s).explanationEn(Text.statusEn(s) + ": the baseline already met " + targetEn
          + (dx > 0 ? ", and " + valueEn + " has moved away." : "; progress cannot be rated."))
          .explanationZh(Text.statusZh(s) + "：基线已达到目标" + targetZh + "，" + (dx > 0 ? "当前值" + valueZh + "已偏离。"
              : "无法评估进度。")).build();
    }
    if (dueDay <= baseDay || latest.end <= baseDay) {
      return r.status(Status.INSUFFICIENT_DATA).explanationEn("Insufficient data: " + valueEn
          + " is the only point in time after the baseline; target " + targetEn + due + ".")
          .explanationZh("数据不足：基线之后只有一个时点（" + valueZh + "）；目标" + targetZh + dueZh + "。").build();
    }
    double e = (double) (latest.end - baseDay) / (dueDay - baseDay);
    r.expected(e);
    double ratio;
    String how;
    boolean overshoot = (base < bounds.lo && x > bounds.hi) || (base > bounds.hi && x < bounds.lo);
    if (method == Method.CAGR && !overshoot) {
      double vb = base < bounds.lo ? bounds.lo : bounds.hi;
      if (!(base > 0 && x > 0 && vb > 0)) {
        return r.status(Status.INSUFFICIENT_DATA).explanationEn("Insufficient data: CAGR needs positive values, but"
            + " the baseline is " + Text.number(base * out) + targetUnit + " and the value " + valueEn + ".")
            .explanationZh("数据不足：复合增长率法要求正值，基线为" + Text.number(base * out) + targetUnit + "。").build();
      }
      double ta = (latest.end - baseDay) / DAYS_PER_YEAR;
      double tr = (dueDay - baseDay) / DAYS_PER_YEAR;
      double required = Math.pow(vb / base, 1 / tr) - 1;
      double actual = Math.pow(x / base, 1 / ta) - 1;
      ratio = actual / required;
      how = "actual growth " + Text.number(actual * 100) + "%/yr over the required " + Text.number(required * 100)
          + "%/yr";
    } else {
      ratio = a / e;
      how = "attainment " + Text.number(a) + " at " + Text.number(e) + " of the time elapsed"
          + (overshoot ? " (overshoot beyond the target range)" : "");
    }
    r.ratio(ratio);
    Status s = ratio >= options.onTrack() ? Status.ON_TRACK : ratio >= options.needsAcceleration()
        ? Status.NEEDS_ACCELERATION : ratio >= options.limitedProgress() ? Status.LIMITED_PROGRESS : Status.DETERIORATION;
    return r.status(s).explanationEn(Text.statusEn(s) + ": " + valueEn + " against " + targetEn + due + "; " + how
        + ", ratio " + Text.number(ratio) + ".").explanationZh(Text.statusZh(s) + "：" + valueZh + "，目标" + targetZh
        + dueZh + "，进度比" + Text.number(ratio) + "。").build();
  }

  private TargetResult qualitative(Target t, Optional<Assessment> assessment, TargetResult.Builder r) {
    r.unit("");
    if (assessment.isEmpty()) {
      return r.status(Status.NOT_ASSESSED).explanationEn("Not assessed: a qualitative goal awaiting an assessment.")
          .explanationZh("未评估：定性目标尚无评估。").build();
    }
    Assessment a = assessment.get();
    boolean afterDue = asOf.isAfter(LocalDate.of(t.dueYear(), 12, 31));
    // As for quantitative targets: achieved first, then missed once the due year is over, then progress.
    Status s = a.verdict() == Verdict.MET ? Status.ACHIEVED : afterDue ? Status.MISSED
        : a.verdict() == Verdict.PARTLY_MET ? Status.NEEDS_ACCELERATION : Status.LIMITED_PROGRESS;
    return r.status(s).assessment(a).explanationEn(Text.statusEn(s) + ": assessed " + a.verdict() + " — " + a.note())
        .explanationZh(Text.statusZh(s) + "：评估为" + a.verdict() + "——" + a.note()).build();
  }

  /** The start of a flow target's period: the day after its baseline, else 1 January of its document's first year. */
  private int flowStart(Target t) {
    if (t.baseline().isPresent()) {
      return (int) t.baseline().get().period().end().toEpochDay() + 1;
    }
    Document d = engine.documents.get(t.id().document());
    int year = d == null ? t.dueYear() : Math.min(d.periodStart(), t.dueYear());
    return (int) LocalDate.of(year, 1, 1).toEpochDay();
  }

  /** Each city's own value for a province-level target, by the rule the target's value follows. */
  private List<RegionValue> cityValues(Target t, int ind, boolean flow, int periodStart, int dueDay, double out) {
    List<RegionValue> values = new ArrayList<>();
    if (!t.region().isProvince()) {
      return values;
    }
    for (RegionCode city : Engine.cities(engine, t.region())) {
      Series s = ingest.series[ind][engine.regionIndex.get(city.value())];
      double sum = 0;
      int count = 0;
      int latest = -1;
      for (int i = 0; s != null && i < s.size; i++) {
        if (s.end[i] <= asOfDay && (!flow || (s.start[i] >= periodStart && s.end[i] <= dueDay))) {
          if (latest < 0 || s.end[i] > s.end[latest] || (s.end[i] == s.end[latest] && s.start[i] > s.start[latest])) {
            latest = i;
          }
          sum += s.value[i];
          count++;
        }
      }
      if (count > 0) {
        values.add(RegionValue.builder().region(city).value((flow ? sum : s.value[latest]) * out)
            .period(Engine.period(s.start[latest], s.end[latest])).observations(flow ? count : 1).build());
      }
    }
    return values;
  }

  /** The target's region's points; for a province without its own, the sum of its cities' for additive units. */
  private List<Point> points(Target t, int ind, Dimension dimension) {
    Integer reg = engine.regionIndex.get(t.region().value());
    List<Point> points = new ArrayList<>();
    Series own = reg == null ? null : ingest.series[ind][reg];
    if (own != null && own.size > 0) {
      for (int i = 0; i < own.size; i++) {
        Point p = new Point(own.start[i], own.end[i], own.value[i], t.region());
        p.rows.add(new long[] {own.ordinal[i], own.line(i)});
        points.add(p);
      }
      return points;
    }
    if (!t.region().isProvince() || !Engine.additive().contains(dimension)) {
      return points;
    }
    TreeMap<Long, Point> sums = new TreeMap<>();
    for (RegionCode city : Engine.cities(engine, t.region())) {
      Series s = ingest.series[ind][engine.regionIndex.get(city.value())];
      for (int i = 0; s != null && i < s.size; i++) {
        long key = ((long) s.start[i] << 32) | (s.end[i] & 0xffffffffL);
        Point p = sums.computeIfAbsent(key, k -> new Point((int) (k.longValue() >> 32), (int) k.longValue(), 0, t.region()));
        p.value += s.value[i];
        p.rows.add(new long[] {s.ordinal[i], s.line(i), Double.doubleToLongBits(s.value[i])});
      }
    }
    points.addAll(sums.values());
    return points;
  }

  /** The success set of a target as an interval of the indicator's unit, with strictness. */
  private static final class Bounds {
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

    double distance(double x) {
      return x < lo ? lo - x : x > hi ? x - hi : 0;
    }
  }

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
        b.lo = t.basically() ? options.basicCoverage() * convert(Quantity.parse("1%"), iu) : v;
    }
    return b;
  }

  private static double convert(Quantity q, Unit unit) {
    return q.to(unit).value().doubleValue();
  }

  /** A least-squares line through the points in time; needs two distinct days. */
  private Optional<Projection> projection(Target t, boolean flow, List<Point> usable, double base, int baseDay,
      int periodStart, int dueDay, Bounds bounds, double x) {
    List<double[]> xy = new ArrayList<>();
    if (flow) {
      xy.add(new double[] {periodStart - 1, 0});
      double cumulative = 0;
      for (Point p : usable) {
        cumulative += p.value;
        xy.add(new double[] {p.end, cumulative});
      }
    } else {
      if (t.baseline().isPresent() && baseDay < usable.get(0).end) {
        xy.add(new double[] {baseDay, base});
      }
      for (Point p : usable) {
        xy.add(new double[] {p.end, p.value});
      }
    }
    long distinct = xy.stream().mapToDouble(d -> d[0]).distinct().count();
    if (distinct < 2) {
      return Optional.empty();
    }
    double t0 = xy.get(0)[0];
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (double[] d : xy) {
      double yr = (d[0] - t0) / DAYS_PER_YEAR;
      sx += yr;
      sy += d[1];
      sxx += yr * yr;
      sxy += yr * d[1];
    }
    int n = xy.size();
    double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    double intercept = (sy - slope * sx) / n;
    double dueYr = (dueDay - t0) / DAYS_PER_YEAR;
    Projection.Builder p = Projection.builder().valueAtDue(intercept + slope * dueYr).slopePerYear(slope).points(n);
    double lastYr = (xy.get(n - 1)[0] - t0) / DAYS_PER_YEAR;
    if (bounds.achieved(x)) {
      p.reachYear(LocalDate.ofEpochDay((long) xy.get(n - 1)[0]).getYear());
    } else {
      double threshold = x < bounds.lo ? bounds.lo : bounds.hi;
      boolean toward = x < bounds.lo ? slope > 0 : slope < 0;
      if (toward) {
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
