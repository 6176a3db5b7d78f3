package io.github.newinfra.core.report;

import io.github.newinfra.core.BaselineOrigin;
import io.github.newinfra.core.Decision;
import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.ObsStatus;
import io.github.newinfra.core.Rule;
import io.github.newinfra.core.Status;
import io.github.newinfra.core.TargetResult;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The 主要指标完成情况表 (completion of the main targets), the table planning offices paste into their reports: 序号,
 * 指标, 单位, 基期值（年）, 目标值（年）, 最新值（期）, 完成情况, 数据说明, grouped by document and pillar in catalog
 * order, numbered straight through.
 *
 * <p>With {@link Detail#SUMMARY} it lists the targets with data (every status but NO_DATA and NOT_ASSESSED); with
 * {@link Detail#ALL}, every target. The data notes say what the status alone does not: a target achieved late and
 * when, how many cities a province figure covers, gaps in a flow's period, a lower bound, data that is not final
 * (any OBS_STATUS but A), overshoot of a band. Each row also carries its numbers as numbers, for spreadsheets.
 * Example row: {@code 8 | 全省中小学智慧校园达标率达到60% | % | — | ≥60（2020） | 41.5（2020） | 未完成 | }. This class is
 * immutable and thread-safe.
 */
final class CompletionTable {
  /** One document-and-pillar group of rows. This class is immutable and thread-safe. */
  static final class Group {
    private final String document;
    private final String pillar;
    private final List<Row> rows;

    Group(String document, String pillar, List<Row> rows) {
      this.document = document;
      this.pillar = pillar;
      this.rows = Collections.unmodifiableList(rows);
    }

    /**
     * Returns the document's title and issuing number.
     *
     * @return e.g. {@code 江苏省“十四五”新型基础设施建设规划（苏政办发〔2021〕45号）}
     */
    String document() {
      return document;
    }

    /**
     * Returns the pillar, or the cross-cutting class, of the group's measures.
     *
     * @return the name; empty when the measures have neither
     */
    String pillar() {
      return pillar;
    }

    /**
     * Returns the rows.
     *
     * @return the rows in report order
     */
    List<Row> rows() {
      return rows;
    }
  }

  /** One target's row. This class is immutable and thread-safe. */
  static final class Row {
    private final int number;
    private final TargetResult result;
    private final String indicator;
    private final OptionalDouble baseline;
    private final Optional<String> baselinePeriod;
    private final String targetText;
    private final String status;
    private final String notes;
    private final Labels labels;

    Row(int number, TargetResult result, String indicator, OptionalDouble baseline, Optional<String> baselinePeriod,
        String targetText, String notes, Labels labels) {
      this.number = number;
      this.result = result;
      this.indicator = indicator;
      this.baseline = baseline;
      this.baselinePeriod = baselinePeriod;
      this.targetText = targetText;
      this.status = Evidence.badge(result, labels);
      this.notes = notes;
      this.labels = labels;
    }

    /**
     * Returns the row's number (序号), from 1, straight through the groups.
     *
     * @return the number
     */
    int number() {
      return number;
    }

    /**
     * Returns the result the row shows.
     *
     * @return the result
     */
    TargetResult result() {
      return result;
    }

    /**
     * Returns what the target is: its description in the report's language.
     *
     * @return the description
     */
    String indicator() {
      return indicator;
    }

    /**
     * Returns the unit every number of the row is in.
     *
     * @return the unit, e.g. {@code 公里}; empty for a bare count or a qualitative goal
     */
    String unit() {
      return result.unit();
    }

    /**
     * Returns the baseline shown: the one the rating used, or for a flow the previous period's flow the catalog
     * gives as context.
     *
     * @return the baseline, absent if there is none
     */
    OptionalDouble baseline() {
      return baseline;
    }

    /**
     * Returns the period of the baseline.
     *
     * @return e.g. {@code 2020}
     */
    Optional<String> baselinePeriod() {
      return baselinePeriod;
    }

    /**
     * Returns the target with its comparator, e.g. {@code ≥2000}, {@code 全覆盖}, {@code 1–2}.
     *
     * @return the target text, without the year
     */
    String targetText() {
      return targetText;
    }

    /**
     * Returns the status in the report's language, with what is weak about its evidence when it rests on data that
     * is not final or stale.
     *
     * @return e.g. {@code 进度符合预期} or {@code 进度符合预期（数据陈旧）}
     */
    String status() {
      return status;
    }

    /**
     * Returns the data notes (数据说明).
     *
     * @return the notes, empty when there is nothing to say
     */
    String notes() {
      return notes;
    }

    /**
     * Returns the eight cells as shown: 序号, 指标, 单位, 基期值（年）, 目标值（年）, 最新值（期）, 完成情况, 数据说明.
     *
     * @return the cells; {@code —} where there is no value
     */
    List<String> cells() {
      String base = baseline.isPresent() ? labels.format(Label.IN_PERIOD, labels.number(baseline.getAsDouble()),
          baselinePeriod.orElse("")) : "—";
      String target = labels.format(Label.IN_PERIOD, targetText, result.dueYear());
      String latest = result.value().isPresent() ? labels.format(Label.IN_PERIOD,
          labels.number(result.value().getAsDouble()), result.valuePeriod().map(Object::toString).orElse("")) : "—";
      return List.of(Integer.toString(number), indicator, unit(), base, target, latest, status, notes);
    }
  }

  private final List<Group> groups;
  private final int size;

  private CompletionTable(List<Group> groups, int size) {
    this.groups = Collections.unmodifiableList(groups);
    this.size = size;
  }

  /**
   * Builds the table of a report.
   *
   * @param report the report
   * @param data the catalog evaluated
   * @param labels the language
   * @param detail {@link Detail#SUMMARY} for the targets with data, {@link Detail#ALL} for every target
   * @return the table
   */
  static CompletionTable of(EvaluationReport report, CatalogData data, Labels labels, Detail detail) {
    return of(report, new Index(data), labels, detail);
  }

  static CompletionTable of(EvaluationReport report, Index index, Labels l, Detail detail) {
    Map<String, List<Row>> grouped = new LinkedHashMap<>();
    Map<String, String[]> keys = new LinkedHashMap<>();
    int n = 0;
    for (TargetResult r : report.results()) {
      if (detail == Detail.SUMMARY && !Summary.hasData(r)) {
        continue;
      }
      String doc = index.document(r, l);
      String pillar = index.pillar(r, l);
      String key = doc + "\u0000" + pillar;
      keys.putIfAbsent(key, new String[] {doc, pillar});
      n++;
      grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(row(n, r, index, l));
    }
    List<Group> groups = new ArrayList<>();
    grouped.forEach((k, rows) -> groups.add(new Group(keys.get(k)[0], keys.get(k)[1], rows)));
    return new CompletionTable(groups, n);
  }

  private static Row row(int number, TargetResult r, Index index, Labels l) {
    Decision d = r.decision();
    OptionalDouble baseline = OptionalDouble.empty();
    Optional<String> period = Optional.empty();
    if (d.baselineOrigin().orElse(null) == BaselineOrigin.FLOW_PERIOD_START || d.previousPeriodFlow().isPresent()) {
      if (d.previousPeriodFlow().isPresent()) {
        baseline = d.previousPeriodFlow();
        period = index.target(r).flatMap(t -> t.baseline()).map(b -> b.period().toString());
      }
    } else if (r.baseline().isPresent()) {
      baseline = r.baseline();
      period = d.baselinePeriod().map(Object::toString);
    } else {
      Optional<io.github.newinfra.model.Baseline> b = index.catalogBaseline(r);
      if (b.isPresent()) {
        baseline = OptionalDouble.of(b.get().value().value().doubleValue());
        period = Optional.of(b.get().period().toString());
      }
    }
    return new Row(number, r, index.description(r, l), baseline, period, index.target(r, l, targetText(r, l)),
        notes(r, l), l);
  }

  /**
   * Returns the target with its comparator, e.g. {@code ≥2000}.
   *
   * @param r the result
   * @param l the language
   * @return the text
   */
  static String targetText(TargetResult r, Labels l) {
    Decision d = r.decision();
    String v = r.targetValue().isPresent() ? l.number(r.targetValue().getAsDouble()) : "";
    switch (r.comparator()) {
      case AT_LEAST: return "≥" + v;
      case GREATER_THAN: return ">" + v;
      case AT_MOST: return "≤" + v;
      case LESS_THAN: return "<" + v;
      case APPROXIMATELY: return "≈" + v + d.tolerancePercent().stream().mapToObj(t -> "±" + l.number(t) + "%")
          .map(t -> l.chinese() ? "（" + t + "）" : " (" + t + ")").findFirst().orElse("");
      case BETWEEN: return v + "–" + l.number(d.targetUpper().orElse(r.targetValue().orElse(0)));
      case COVERAGE: return d.basically() ? l.get(Label.BASIC_COVERAGE) + (l.chinese() ? "（≥" + v + "）" : " (≥"
          + v + ")") : l.get(Label.FULL_COVERAGE);
      default: return l.get(Label.QUALITATIVE_GOAL);
    }
  }

  /**
   * Returns the data notes of a result: what its status alone does not say.
   *
   * @param r the result
   * @param l the language
   * @return the notes, joined; empty when there is nothing to say
   */
  static String notes(TargetResult r, Labels l) {
    Decision d = r.decision();
    List<String> notes = new ArrayList<>();
    if (r.status() == Status.ACHIEVED_LATE) {
      d.achievedIn().ifPresent(p -> notes.add(l.format(Label.NOTE_LATE, p)));
    }
    if (r.status() == Status.ACHIEVED_TIMING_UNKNOWN) {
      d.achievedIn().ifPresent(p -> notes.add(l.format(Label.NOTE_TIMING_UNKNOWN, p, r.dueYear())));
    }
    if (d.rule() == Rule.BASICALLY_ACHIEVED) {
      notes.add(l.get(Label.NOTE_BASICALLY));
    }
    if (d.rule() == Rule.NO_DUE_YEAR_DATA) {
      notes.add(l.format(Label.NOTE_NO_DUE_YEAR, r.dueYear()));
    }
    if (r.stale()) {
      notes.add(l.format(Label.NOTE_STALE, r.dataAgeMonths().orElse(0)));
    }
    if (d.citiesTotal() > 0) {
      notes.add(l.format(d.citiesCovered().isEmpty() ? Label.NOTE_CITIES
          : Labels.below(Label.NOTE_CITIES, d.citiesCovered().get(0)), d.citiesCovered().size(), d.citiesTotal()));
    }
    if (!d.gaps().isEmpty()) {
      notes.add(l.get(Label.NOTE_GAPS));
    }
    if (d.lowerBound()) {
      notes.add(l.get(Label.NOTE_LOWER_BOUND));
    }
    if (d.overshoot()) {
      notes.add(l.get(Label.NOTE_OVERSHOOT));
    }
    if (r.provisional()) {
      notes.add(l.format(Label.NOTE_NOT_FINAL, r.obsStatuses().stream().filter(s -> s != ObsStatus.A)
          .map(l::obsStatusName).collect(Collectors.joining(l.listSeparator()))));
    }
    return String.join(l.clauseSeparator(), notes);
  }

  /**
   * Returns the groups.
   *
   * @return the groups, in catalog order
   */
  List<Group> groups() {
    return groups;
  }

  /**
   * Returns how many rows the table has.
   *
   * @return the count
   */
  int size() {
    return size;
  }

  /**
   * Returns the column headings in the report's language.
   *
   * @param l the language
   * @return 序号, 指标, 单位, 基期值（年）, 目标值（年）, 最新值（期）, 完成情况, 数据说明
   */
  static List<String> headings(Labels l) {
    return List.of(l.get(Label.COL_NUMBER), l.get(Label.COL_INDICATOR), l.get(Label.COL_UNIT),
        l.get(Label.COL_BASELINE), l.get(Label.COL_TARGET), l.get(Label.COL_LATEST), l.get(Label.COL_STATUS),
        l.get(Label.COL_NOTES));
  }
}
