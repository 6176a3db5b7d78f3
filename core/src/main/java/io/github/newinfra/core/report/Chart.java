package io.github.newinfra.core.report;

import io.github.newinfra.core.BaselineOrigin;
import io.github.newinfra.core.Decision;
import io.github.newinfra.core.Method;
import io.github.newinfra.core.ObsStatus;
import io.github.newinfra.core.ObservationRef;
import io.github.newinfra.core.Projection;
import io.github.newinfra.core.TargetResult;
import io.github.newinfra.model.Comparator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A target's values over time as one inline SVG chart: the observations (hollow when not final), the baseline, the
 * target as a dashed line ending at its due date (a band for ranges), the expected path from the baseline to the
 * target, and the projection of the trend to the due date. A flow is drawn as its running sum over the target
 * period; a province figure summed from cities as the one summed point. Time runs left to right in days; the chart
 * has no script and loads nothing. Not part of the API.
 */
final class Chart {
  static final int WIDTH = 480;
  static final int HEIGHT = 210;
  private static final int LEFT = 58;
  private static final int RIGHT = 14;
  private static final int TOP = 12;
  private static final int BOTTOM = 26;
  static final String OBSERVED = "#0969da";
  static final String TARGET = "#cf222e";
  static final String BASELINE = "#57606a";
  static final String EXPECTED = "#8c959f";

  private Chart() {}

  /** A point of the chart. */
  private static final class Point {
    final LocalDate date;
    final double value;
    final boolean notFinal;

    Point(LocalDate date, double value, boolean notFinal) {
      this.date = date;
      this.value = value;
      this.notFinal = notFinal;
    }
  }

  /** The observed points: the flow's running sum, the target region's own levels, or the summed value alone. */
  private static List<Point> points(TargetResult r) {
    List<Point> points = new ArrayList<>();
    List<ObservationRef> obs = new ArrayList<>(Phrases.observations(r));
    obs.sort(java.util.Comparator.comparing((ObservationRef o) -> o.period().end()).thenComparing(o -> o.ordinal()));
    if (r.decision().flowPeriodStart().isPresent()) {
      double sum = 0;
      boolean notFinal = false;
      for (ObservationRef o : obs) {
        sum += o.value();
        notFinal |= o.status() != ObsStatus.A;
        points.add(new Point(o.period().end(), sum, notFinal));
      }
      return points;
    }
    for (ObservationRef o : obs) {
      if (o.region().equals(r.region())) {
        points.add(new Point(o.period().end(), o.value(), o.status() != ObsStatus.A));
      }
    }
    if (points.isEmpty() && r.value().isPresent() && r.valuePeriod().isPresent()) {
      points.add(new Point(r.valuePeriod().get().end(), r.value().getAsDouble(), r.provisional()));
    }
    return points;
  }

  /** The baseline point: a flow's start at 0, the baseline the rating used, else the catalog's; null if none. */
  private static Point baseline(TargetResult r, Index index) {
    Decision d = r.decision();
    if (d.baselineOrigin().orElse(null) == BaselineOrigin.FLOW_PERIOD_START && d.flowPeriodStart().isPresent()) {
      return new Point(d.flowPeriodStart().get(), 0, false);
    }
    if (r.baseline().isPresent() && d.baselinePeriod().isPresent()) {
      return new Point(d.baselinePeriod().get().end(), r.baseline().getAsDouble(), false);
    }
    if (r.baseline().isEmpty()) {
      return index.catalogBaseline(r).map(b -> new Point(b.period().end(), b.value().value().doubleValue(), false))
          .orElse(null);
    }
    return null;
  }

  /**
   * Tells whether a result's chart draws a baseline, so that its legend lists one only then.
   *
   * @param r the result
   * @param index the catalog
   * @return true when {@link #svg} draws the ◆ baseline
   */
  static boolean drawsBaseline(TargetResult r, Index index) {
    return baseline(r, index) != null;
  }

  /** The band's edges: lower and upper target values. */
  private static double[] band(TargetResult r) {
    double v = r.targetValue().orElse(Double.NaN);
    Decision d = r.decision();
    if (r.comparator() == Comparator.BETWEEN) {
      return new double[] {v, d.targetUpper().orElse(v)};
    }
    if (r.comparator() == Comparator.APPROXIMATELY && d.tolerancePercent().isPresent()) {
      double t = d.tolerancePercent().getAsDouble() / 100;
      return new double[] {v * (1 - t), v * (1 + t)};
    }
    return new double[] {v, v};
  }

  /**
   * Draws the chart.
   *
   * @param r the result
   * @param method the rating method, which shapes the expected path (straight for LINEAR, compound for CAGR)
   * @param title the accessible title
   * @param l the language
   * @param index the catalog, for the baseline of a result that has none of its own
   * @return the SVG element
   */
  static String svg(TargetResult r, Method method, String title, Labels l, Index index) {
    return new Drawing(r, method, l, index).svg(title);
  }

  /** One chart being drawn: what it shows, the scale that fits it, and the SVG so far. */
  private static final class Drawing {
    final TargetResult r;
    final Method method;
    final Labels l;
    final List<Point> points;
    final Point base;
    final LocalDate due;
    final double[] band;
    final boolean hasTarget;
    final Projection proj;
    /** The latest observed point's date, or null. */
    final LocalDate last;
    final boolean drawProjection;
    final StringBuilder s = new StringBuilder();
    /** The days drawn, from the first year's start to the day after the last; set by {@link #fit}. */
    long x0;
    long x1;
    /** The value range drawn, and the step of its grid lines; set by {@link #fit}. */
    double y0;
    double y1;
    double step;
    Scale sc;

    Drawing(TargetResult r, Method method, Labels l, Index index) {
      this.r = r;
      this.method = method;
      this.l = l;
      this.points = points(r);
      this.base = baseline(r, index);
      this.due = LocalDate.of(r.dueYear(), 12, 31);
      this.band = band(r);
      this.hasTarget = Double.isFinite(band[0]);
      this.proj = r.projection().orElse(null);
      this.last = points.isEmpty() ? null : points.get(points.size() - 1).date;
      this.drawProjection = proj != null && last != null && last.isBefore(due);
    }

    String svg(String title) {
      s.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ')
          .append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(Html.escape(title)).append("\"><title>")
          .append(Html.escape(title)).append("</title>");
      if (!fit()) {
        return s.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"")
            .append(WIDTH - LEFT - RIGHT).append("\" height=\"").append(HEIGHT - TOP - BOTTOM)
            .append("\" fill=\"none\" stroke=\"#d0d7de\"/></svg>").toString();
      }
      valueGrid();
      yearAxis();
      if (hasTarget) {
        target();
        expectedPath();
      }
      if (drawProjection) {
        projection();
      }
      observedLine();
      baselineMark();
      observedPoints();
      latestLabel();
      return s.append("</svg>").toString();
    }

    /**
     * Fits the scale to the points, the baseline, the target, the due date and the projection: days from the first
     * year's start to the due date or the latest point, values from 0 (or below) to the highest, on round steps; a
     * share on 0 to 100%.
     *
     * @return false when the values cannot be drawn (not finite, or spanning more than a double can scale)
     */
    private boolean fit() {
      List<Point> all = new ArrayList<>(points);
      if (base != null) {
        all.add(base);
      }
      x0 = due.toEpochDay();
      x1 = due.toEpochDay();
      for (Point p : all) {
        x0 = Math.min(x0, p.date.toEpochDay());
        x1 = Math.max(x1, p.date.toEpochDay());
      }
      x0 = LocalDate.ofEpochDay(x0).withDayOfYear(1).toEpochDay();
      x1 = LocalDate.ofEpochDay(x1).plusDays(1).toEpochDay();
      if (!fitValues(all)) {
        return false;
      }
      sc = new Scale(x0, x1, y0, y1);
      return true;
    }

    /** Fits the value range and its step; false when it cannot be drawn. */
    private boolean fitValues(List<Point> all) {
      y0 = 0;
      y1 = hasTarget ? Math.max(band[0], band[1]) : 0;
      for (Point p : all) {
        y0 = Math.min(y0, p.value);
        y1 = Math.max(y1, p.value);
      }
      if (drawProjection) {
        y1 = Math.max(y1, proj.valueAtDue());
        y0 = Math.min(y0, proj.valueAtDue());
      }
      boolean share = "%".equals(r.unit());
      if (share) {
        y1 = Math.min(Math.max(y1, 0), 100);
        y0 = Math.max(y0, 0);
      }
      if (!Double.isFinite(y0) || !Double.isFinite(y1) || y1 - y0 > 1e300) {
        return false;
      }
      step = share ? 20 : niceStep((y1 - y0) / 4);
      if (share) {
        // a share is drawn on its whole range, 0 to 100%, however far the data and the target reach
        y0 = 0;
        y1 = 100;
      } else {
        y1 = Math.ceil(y1 * 1.04 / step) * step;
        y0 = Math.floor(y0 / step) * step;
      }
      if (y1 <= y0) {
        y1 = y0 + step;
      }
      return true;
    }

    /** A grid line and its label at every step of the values. */
    private void valueGrid() {
      for (double y = y0; y <= y1 + step / 2; y += step) {
        s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
            .append(f(sc.y(y))).append("\" y2=\"").append(f(sc.y(y))).append("\" stroke=\"#eaeef2\"/>")
            .append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(f(sc.y(y) + 3))
            .append("\" text-anchor=\"end\" font-size=\"10\" fill=\"#57606a\">").append(l.number(y)).append("</text>");
      }
    }

    /** A tick at every year's start, a label in the middle of every year (of every few, when there are many). */
    private void yearAxis() {
      int firstYear = LocalDate.ofEpochDay(x0).getYear();
      int lastYear = LocalDate.ofEpochDay(x1 - 1).getYear();
      int every = Math.max(1, (lastYear - firstYear + 1) / 8 + ((lastYear - firstYear + 1) % 8 == 0 ? 0 : 1));
      for (int year = firstYear; year <= lastYear + 1; year++) {
        double x = sc.x(LocalDate.of(year, 1, 1).toEpochDay());
        if (x > WIDTH - RIGHT + 0.5) {
          break;
        }
        s.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"")
            .append(HEIGHT - BOTTOM).append("\" y2=\"").append(HEIGHT - BOTTOM + 4).append("\" stroke=\"#8c959f\"/>");
        if ((year - firstYear) % every == 0 && year <= lastYear) {
          double mid = sc.x(LocalDate.of(year, 7, 1).toEpochDay());
          s.append("<text x=\"").append(f(mid)).append("\" y=\"").append(HEIGHT - BOTTOM + 15)
              .append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"#57606a\">").append(year).append("</text>");
        }
      }
      s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
          .append(HEIGHT - BOTTOM).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"#8c959f\"/>");
    }

    /** The target: a dashed line up to the due date (a shaded band for ranges), a mark at the due date, its label. */
    private void target() {
      double xl = LEFT;
      double xd = sc.x(due.toEpochDay());
      if (band[1] != band[0]) {
        s.append("<rect class=\"target-band\" x=\"").append(f(xl)).append("\" y=\"").append(f(sc.y(band[1])))
            .append("\" width=\"").append(f(xd - xl)).append("\" height=\"")
            .append(f(sc.y(band[0]) - sc.y(band[1]))).append("\" fill=\"").append(TARGET)
            .append("\" fill-opacity=\"0.08\"/>");
      }
      for (double edge : band[1] != band[0] ? band : new double[] {band[0]}) {
        s.append("<line class=\"target\" x1=\"").append(f(xl)).append("\" x2=\"").append(f(xd)).append("\" y1=\"")
            .append(f(sc.y(edge))).append("\" y2=\"").append(f(sc.y(edge))).append("\" stroke=\"").append(TARGET)
            .append("\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>");
      }
      s.append("<line x1=\"").append(f(xd)).append("\" x2=\"").append(f(xd)).append("\" y1=\"").append(TOP)
          .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"").append(TARGET)
          .append("\" stroke-opacity=\"0.35\" stroke-dasharray=\"2 3\"/>");
      s.append("<text x=\"").append(f(Math.min(xd, WIDTH - RIGHT) - 3)).append("\" y=\"")
          .append(f(sc.y(band[1]) - 4)).append("\" text-anchor=\"end\" font-size=\"10\" fill=\"").append(TARGET)
          .append("\">").append(Html.escape(l.get(Label.LEGEND_TARGET) + " " + CompletionTable.targetText(r, l)
              + l.bracket(Integer.toString(r.dueYear())))).append("</text>");
    }

    /** The expected path from the baseline to the target's near edge: straight, or compound for CAGR. */
    private void expectedPath() {
      if (base == null || !base.date.isBefore(due)) {
        return;
      }
      double goal = Math.abs(band[0] - base.value) <= Math.abs(band[1] - base.value) ? band[0] : band[1];
      s.append("<polyline class=\"expected\" fill=\"none\" stroke=\"").append(EXPECTED)
          .append("\" stroke-width=\"1.2\" stroke-dasharray=\"1 3\" stroke-linecap=\"round\" points=\"");
      boolean compound = method == Method.CAGR && base.value > 0 && goal > 0;
      int steps = compound ? 16 : 1;
      for (int i = 0; i <= steps; i++) {
        double t = (double) i / steps;
        double day = base.date.toEpochDay() + t * (due.toEpochDay() - base.date.toEpochDay());
        double v = compound ? base.value * Math.pow(goal / base.value, t) : base.value + t * (goal - base.value);
        s.append(f(sc.x(day))).append(',').append(f(sc.y(v))).append(' ');
      }
      s.append("\"/>");
    }

    /** The projection from the latest point to the due date along the fitted trend. */
    private void projection() {
      double dueDay = due.toEpochDay();
      double from = last.toEpochDay();
      double vFrom = proj.valueAtDue() - proj.slopePerYear() * (dueDay - from) / 365.25;
      s.append("<line class=\"projection\" x1=\"").append(f(sc.x(from))).append("\" y1=\"")
          .append(f(sc.y(clamp(vFrom, y0, y1)))).append("\" x2=\"").append(f(sc.x(dueDay))).append("\" y2=\"")
          .append(f(sc.y(clamp(proj.valueAtDue(), y0, y1)))).append("\" stroke=\"").append(OBSERVED)
          .append("\" stroke-width=\"1.2\" stroke-dasharray=\"5 3\" stroke-opacity=\"0.7\"/>");
    }

    /** The observations joined by a line, the baseline first when it comes before them. */
    private void observedLine() {
      List<Point> line = new ArrayList<>();
      if (base != null && (points.isEmpty() || !base.date.isAfter(points.get(0).date))) {
        line.add(base);
      }
      line.addAll(points);
      if (line.size() > 1) {
        s.append("<polyline fill=\"none\" stroke=\"").append(OBSERVED).append("\" stroke-width=\"1.8\" points=\"");
        for (Point p : line) {
          s.append(f(sc.x(p.date.toEpochDay()))).append(',').append(f(sc.y(p.value))).append(' ');
        }
        s.append("\"/>");
      }
    }

    /** The baseline as a diamond with its value. */
    private void baselineMark() {
      if (base == null) {
        return;
      }
      s.append("<rect class=\"baseline\" x=\"").append(f(sc.x(base.date.toEpochDay()) - 4)).append("\" y=\"")
          .append(f(sc.y(base.value) - 4)).append("\" width=\"8\" height=\"8\" fill=\"").append(BASELINE)
          .append("\" transform=\"rotate(45 ").append(f(sc.x(base.date.toEpochDay()))).append(' ')
          .append(f(sc.y(base.value))).append(")\"><title>").append(Html.escape(l.get(Label.LEGEND_BASELINE) + " "
              + l.number(base.value) + r.unit())).append("</title></rect>");
    }

    /** Every observed point, hollow when not final, with its value and date. */
    private void observedPoints() {
      for (Point p : points) {
        s.append("<circle class=\"").append(p.notFinal ? "obs not-final" : "obs").append("\" cx=\"")
            .append(f(sc.x(p.date.toEpochDay()))).append("\" cy=\"").append(f(sc.y(p.value)))
            .append("\" r=\"4\" fill=\"").append(p.notFinal ? "#fff" : OBSERVED).append("\" stroke=\"")
            .append(OBSERVED).append("\" stroke-width=\"2\"><title>").append(Html.escape(l.number(p.value) + r.unit()
                + l.bracket(p.date.toString()))).append("</title></circle>");
      }
    }

    /** The latest value's label: under its point, or over it where the target's label already is. */
    private void latestLabel() {
      if (points.isEmpty()) {
        return;
      }
      Point p = points.get(points.size() - 1);
      double labelY = sc.y(p.value) + 14;
      if (hasTarget && Math.abs(labelY - (sc.y(band[1]) - 4)) < 13) {
        labelY = sc.y(p.value) - 8;
      }
      s.append("<text class=\"latest\" x=\"").append(f(Math.min(sc.x(p.date.toEpochDay()) + 6, WIDTH - RIGHT - 40)))
          .append("\" y=\"").append(f(labelY)).append("\" font-size=\"11\" font-weight=\"600\" fill=\"").append(OBSERVED)
          .append("\">").append(Html.escape(l.number(p.value))).append("</text>");
    }
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  /** A step of 1, 2 or 5 times a power of ten, at least the raw step. */
  static double niceStep(double raw) {
    if (!(raw > 0) || !Double.isFinite(raw)) {
      return 1;
    }
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    double m = raw / p;
    return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
  }

  /** A coordinate with one decimal, e.g. {@code 58.0}; faster than a format, as every chart has dozens. */
  static String f(double v) {
    long t = Math.round(v * 10);
    String sign = t < 0 ? "-" : "";
    t = Math.abs(t);
    return sign + (t / 10) + "." + (t % 10);
  }

  /** Maps days and values to the drawing area. */
  private static final class Scale {
    final double x0;
    final double x1;
    final double y0;
    final double y1;

    Scale(double x0, double x1, double y0, double y1) {
      this.x0 = x0;
      this.x1 = x1;
      this.y0 = y0;
      this.y1 = y1;
    }

    double x(double day) {
      return LEFT + (day - x0) / (x1 - x0) * (WIDTH - LEFT - RIGHT);
    }

    double y(double v) {
      return HEIGHT - BOTTOM - (v - y0) / (y1 - y0) * (HEIGHT - TOP - BOTTOM);
    }
  }
}
