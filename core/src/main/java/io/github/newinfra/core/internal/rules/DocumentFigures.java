package io.github.newinfra.core.internal.rules;

import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Document;
import io.github.newinfra.model.DocumentId;
import io.github.newinfra.model.FactId;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.IndicatorId;
import io.github.newinfra.model.OutcomeLink;
import io.github.newinfra.model.OutcomeRelation;
import io.github.newinfra.model.ReportedValue;
import io.github.newinfra.model.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures the documents themselves report for their targets, as evidence: each reported value that a DIRECT
 * outcome link ties to a target, converted to its indicator's unit and dated by its period. The rating counts them
 * as rows of the target's region unless an input row of the same period replaces them (SPEC §5b, "the documents'
 * own figures are evidence"). Compiled once per catalog. Not part of the API; immutable.
 */
final class DocumentFigures {
  /** One reported value, ready to be counted as a row. */
  static final class Figure {
    final ReportedValue reported;
    final int start;
    final int end;
    final double value;
    /** The citation shown as the figure's source: the document's title and number, and the quote. */
    final String source;

    Figure(ReportedValue reported, double value, String source) {
      this.reported = reported;
      this.start = (int) reported.period().start().toEpochDay();
      this.end = (int) reported.period().end().toEpochDay();
      this.value = value;
      this.source = source;
    }
  }

  private final Map<FactId, List<Figure>> byTarget = new HashMap<>();

  DocumentFigures(CatalogData data) {
    Map<FactId, ReportedValue> reported = new HashMap<>();
    for (ReportedValue v : data.reportedValues()) {
      reported.putIfAbsent(v.id(), v);
    }
    Map<FactId, Target> targets = new HashMap<>();
    for (Target t : data.targets()) {
      targets.putIfAbsent(t.id(), t);
    }
    Map<IndicatorId, Indicator> indicators = new HashMap<>();
    for (Indicator i : data.indicators()) {
      indicators.putIfAbsent(i.id(), i);
    }
    Map<DocumentId, Document> documents = new HashMap<>();
    for (Document d : data.documents()) {
      documents.putIfAbsent(d.id(), d);
    }
    for (OutcomeLink link : data.outcomeLinks()) {
      ReportedValue v = reported.get(link.reported());
      Target t = targets.get(link.target());
      if (link.relation() != OutcomeRelation.DIRECT || v == null || t == null
          || !t.indicator().map(v.indicator()::equals).orElse(false) || !t.region().equals(v.region())) {
        continue;
      }
      Indicator indicator = indicators.get(v.indicator());
      if (indicator == null || !v.value().unit().isConvertibleTo(indicator.unit())) {
        continue;
      }
      double value = v.value().to(indicator.unit()).value().doubleValue();
      byTarget.computeIfAbsent(t.id(), k -> new ArrayList<>())
          .add(new Figure(v, value, citation(documents.get(v.source().document()), v)));
    }
  }

  /** {@code 江苏省“十四五”新型基础设施建设规划（苏政办发〔2021〕45号）：“…”}. */
  private static String citation(Document d, ReportedValue v) {
    String quote = "“" + v.source().quote() + "”";
    return d == null ? v.source().document() + "：" + quote
        : d.titleZh() + d.issuingNumber().map(n -> "（" + n + "）").orElse("") + "：" + quote;
  }

  /**
   * Returns the figures reported for a target.
   *
   * @param target the target's id
   * @return its figures in catalog order; empty when none
   */
  List<Figure> of(FactId target) {
    return byTarget.getOrDefault(target, List.of());
  }
}
