package io.github.newinfra.core.report;

import io.github.newinfra.core.BaselineOrigin;
import io.github.newinfra.core.Decision;
import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.NotUsed;
import io.github.newinfra.core.ObservationRef;
import io.github.newinfra.core.Projection;
import io.github.newinfra.core.Rejection;
import io.github.newinfra.core.RejectionReason;
import io.github.newinfra.core.RollUp;
import io.github.newinfra.core.RollUpDimension;
import io.github.newinfra.core.TargetResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * The short phrases every format shows: for a target its value used, target, baseline, projection and the rows it
 * used; for the appendix the notes on rows not used and rejected; the roll-up groups with and without a rating. Not
 * part of the API.
 */
final class Phrases {
  private Phrases() {}

  static String slug(TargetResult r) {
    String id = r.target().value();
    StringBuilder b = new StringBuilder(id.length() + 2).append("t-");
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      b.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-') ? c : '-');
    }
    return b.toString();
  }

  static String valueUsed(TargetResult r, Labels l) {
    if (r.value().isEmpty()) {
      return "—";
    }
    String v = l.format(Label.IN_PERIOD, l.number(r.value().getAsDouble()) + r.unit(),
        r.valuePeriod().map(Object::toString).orElse(""));
    Decision d = r.decision();
    if (d.citiesTotal() > 0) {
      Label sum = d.citiesCovered().isEmpty() ? Label.SUM_OF_CITIES
          : Labels.below(Label.SUM_OF_CITIES, d.citiesCovered().get(0));
      v += l.chinese() ? "，" + l.format(sum, d.citiesCovered().size()) : ", " + l.format(sum, d.citiesCovered().size());
    } else if (d.flowPeriodStart().isPresent() && r.observations().size() > 1) {
      v += l.chinese() ? "，" + l.get(Label.CUMULATIVE) : ", " + l.get(Label.CUMULATIVE);
    }
    return v;
  }

  /**
   * The observations a card lists and plots: those the value rests on and, for a target achieved late, the
   * due-year rows that made it late, by the end of their period, then by their order in the input.
   */
  static List<ObservationRef> observations(TargetResult r) {
    if (r.decision().dueYearObservations().isEmpty()) {
      return r.observations();
    }
    List<ObservationRef> all = new ArrayList<>(r.observations());
    Set<Long> listed = new HashSet<>();
    r.observations().forEach(o -> listed.add(o.ordinal()));
    r.decision().dueYearObservations().stream().filter(o -> listed.add(o.ordinal())).forEach(all::add);
    all.sort(Comparator.comparing((ObservationRef o) -> o.period().end()).thenComparing(ObservationRef::ordinal));
    return all;
  }

  /**
   * What an entry says of a target with data, in order: the value used, the target, the baseline, the projection
   * and the data notes, each that there is, with its heading.
   */
  static List<Map.Entry<Label, String>> numbers(TargetResult r, Labels l, Index index) {
    List<Map.Entry<Label, String>> out = new ArrayList<>();
    out.add(Map.entry(Label.VALUE_USED, valueUsed(r, l)));
    out.add(Map.entry(Label.TARGET, target(r, l, index)));
    baseline(r, l, index).ifPresent(b -> out.add(Map.entry(Label.BASELINE, b)));
    projection(r, l).ifPresent(p -> out.add(Map.entry(Label.PROJECTION, p)));
    String notes = CompletionTable.notes(r, l);
    if (!notes.isEmpty()) {
      out.add(Map.entry(Label.COL_NOTES, notes));
    }
    return out;
  }

  /** What an attention line says after the description: value against target, or the assessment. */
  static String standing(TargetResult r, Labels l, Index index) {
    if (r.assessment().isPresent()) {
      return l.get(Label.VERDICT) + l.pick("：", ": ") + l.verdict(r.assessment().get().verdict())
          + l.bracket(Integer.toString(r.dueYear()));
    }
    return valueUsed(r, l) + l.pick("；目标", "; target ") + target(r, l, index);
  }

  /** The target with its unit and due year; stated relative to its baseline, as the plan says it first. */
  static String target(TargetResult r, Labels l, Index index) {
    String unit = r.targetValue().isPresent() && !r.decision().basically()
        && r.comparator() != io.github.newinfra.model.Comparator.COVERAGE ? r.unit() : "";
    return l.format(Label.IN_PERIOD, index.target(r, l, CompletionTable.targetText(r, l) + unit), r.dueYear());
  }

  /**
   * The baseline line of a card: the one the rating used with its origin, a flow's start, or else the catalog's
   * baseline in the target's unit (as the completion table shows it).
   */
  static Optional<String> baseline(TargetResult r, Labels l, Index index) {
    Decision d = r.decision();
    if (d.baselineOrigin().orElse(null) == BaselineOrigin.FLOW_PERIOD_START) {
      return d.flowPeriodStart().map(s -> l.pick("目标期自" + s + "起从0累计", "counted from 0 on " + s)
          + d.previousPeriodFlow().stream().mapToObj(p -> l.pick("；上一时期为" + l.number(p) + r.unit(),
              "; the previous period's flow was " + l.number(p) + r.unit())).findFirst().orElse(""));
    }
    if (r.baseline().isEmpty()) {
      return index.catalogBaseline(r).map(b -> l.format(Label.IN_PERIOD, l.number(b.value().value().doubleValue())
          + r.unit(), b.period() + (l.chinese() ? "，" : ", ") + planBaseline(l)));
    }
    String origin = d.baselineOrigin().map(o -> o == BaselineOrigin.CATALOG ? planBaseline(l)
        : l.pick("最早观测值", "the earliest observation")).orElse("");
    return Optional.of(l.format(Label.IN_PERIOD, l.number(r.baseline().getAsDouble()) + r.unit(),
        d.baselinePeriod().map(Object::toString).orElse("") + (origin.isEmpty() ? "" : l.chinese() ? "，" + origin
            : ", " + origin)));
  }

  private static String planBaseline(Labels l) {
    return l.pick("规划基期值", "the plan's baseline");
  }

  static Optional<String> projection(TargetResult r, Labels l) {
    if (r.projection().isEmpty() || r.valuePeriod().isEmpty()
        || r.valuePeriod().get().end().getYear() > r.dueYear()) {
      return Optional.empty();
    }
    Projection p = r.projection().get();
    String text = l.format(Label.PROJECTION_TEXT, r.dueYear(), l.number(round(p.valueAtDue())) + r.unit());
    if (p.reachYear().isPresent()) {
      text += l.format(Label.PROJECTION_REACH, p.reachYear().getAsInt());
    } else {
      text += l.get(Label.PROJECTION_NEVER);
    }
    return Optional.of(text);
  }

  /** Rounds a projected value to three significant digits: it is a trend, not a measurement. */
  private static double round(double v) {
    if (v == 0 || !Double.isFinite(v)) {
      return v;
    }
    return Double.parseDouble(String.format(Locale.ROOT, "%.3g", v));
  }

  /** What happened to rows not used, worded by {@link Labels#notUsedNote}. */
  static String notUsedNote(NotUsed x, Index index, Labels l) {
    return l.notUsedNote(x, index.indicatorName(x.indicator(), l), index.region(x.region(), l));
  }

  /** The rows a card lists, for the appendix: position, period, value and status code of each. */
  static String rowsUsed(TargetResult r, Labels l) {
    List<String> rows = new ArrayList<>();
    for (ObservationRef x : observations(r)) {
      rows.add(l.location(x.location()) + " " + x.period() + " " + l.number(x.value()) + r.unit() + " "
          + x.status());
    }
    return rows.isEmpty() ? "—" : String.join(l.clauseSeparator(), rows);
  }

  /** A roll-up's mean with how many targets it rests on, e.g. {@code 74%（54个中2个可评估）}; no percentage when none is rated. */
  static String mean(RollUp u, Labels l) {
    return (u.meanAttainment().isPresent() ? l.percent(u.meanAttainment().getAsDouble()) : l.get(Label.NO_MEAN))
        + l.bracket(l.format(Label.RATED_OF, u.rated(), u.targets()));
  }

  /** A roll-up's statuses that occur, each with its count, e.g. {@code 已完成 2、无数据 5}. */
  static String statusCounts(RollUp u, Labels l) {
    List<String> counts = new ArrayList<>();
    u.statusCounts().forEach((st, n) -> {
      if (n > 0) {
        counts.add(l.status(st) + " " + n);
      }
    });
    return String.join(l.listSeparator(), counts);
  }

  /** The figures of the regions one level below a target's, each with its period; empty when there are none. */
  static Optional<String> cities(TargetResult r, Labels l, Index index) {
    if (r.regionValues().isEmpty()) {
      return Optional.empty();
    }
    List<String> cities = new ArrayList<>();
    r.regionValues().forEach(v -> cities.add(index.region(v.region(), l) + " " + l.number(v.value()) + r.unit()
        + l.bracket(v.period().toString())));
    return Optional.of(String.join(l.listSeparator(), cities));
  }

  /** The heading of a target's region figures: cities, or provinces or counties by the level of the first. */
  static Label citiesLabel(TargetResult r) {
    return Labels.below(Label.CITIES, r.regionValues().get(0).region());
  }

  /** The roll-ups of a dimension with at least one rated target, in report order. */
  static List<RollUp> rated(EvaluationReport report,
      RollUpDimension d) {
    List<RollUp> out = new ArrayList<>();
    report.rollUps().stream().filter(u -> u.dimension() == d && u.rated() > 0).forEach(out::add);
    return out;
  }

  /** The names of a dimension's groups with no rated target, in report order. */
  static List<String> unrated(EvaluationReport report,
      RollUpDimension d, Labels l) {
    List<String> out = new ArrayList<>();
    report.rollUps().stream().filter(u -> u.dimension() == d && u.rated() == 0)
        .forEach(u -> out.add(l.pick(u.labelZh(), u.labelEn())));
    return out;
  }

  /**
   * The note on a rejected row: in English the engine's message; in Chinese what an unknown indicator or region may
   * have meant, named from the catalog (the reason itself has a column of its own).
   */
  static String rejectionNote(Rejection x, Index index, Labels l) {
    if (!l.chinese()) {
      return x.message();
    }
    List<String> named = new ArrayList<>();
    for (String code : x.suggestions()) {
      String name = x.reason() == RejectionReason.UNKNOWN_REGION ? index.region(code, l)
          : index.indicatorName(code, l);
      named.add(name.equals(code) ? code : l.format(Label.IN_PERIOD, code, name));
    }
    return l.didYouMean(named);
  }
}
