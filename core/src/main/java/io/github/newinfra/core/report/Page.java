package io.github.newinfra.core.report;

import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.Explainer;
import io.github.newinfra.core.TargetResult;
import io.github.newinfra.core.progress.FinalEvaluation;
import io.github.newinfra.model.CatalogData;
import java.util.Locale;
import java.util.Optional;

/**
 * One writing of a report: the report, the catalog's facts looked up by id, the language, the headline facts, how
 * much to list and, for a final evaluation, its returns; computed once and read by every section. Not part of the
 * API.
 */
final class Page {
  final EvaluationReport report;
  final Index index;
  final Labels labels;
  final Summary summary;
  final Detail detail;
  final Locale locale;
  /** Says why each result has its status, in words. */
  final Explainer explainer;
  /** The final evaluation the report is part of, if it is one. */
  final Optional<FinalEvaluation> finalEvaluation;

  Page(EvaluationReport report, CatalogData catalog, Locale locale, Detail detail) {
    this(report, Optional.empty(), catalog, locale, detail);
  }

  Page(FinalEvaluation result, CatalogData catalog, Locale locale, Detail detail) {
    this(result.report(), Optional.of(result), catalog, locale, detail);
  }

  private Page(EvaluationReport report, Optional<FinalEvaluation> result, CatalogData catalog, Locale locale,
      Detail detail) {
    this.report = report;
    this.finalEvaluation = result;
    this.index = new Index(catalog);
    this.explainer = Explainer.of(catalog);
    this.labels = Labels.of(locale);
    this.locale = locale;
    this.summary = Summary.of(report, catalog);
    this.detail = detail;
  }

  /** Why a result of the report has its status, in the page's language. */
  String explanation(TargetResult r) {
    return explainer.explain(report, r, locale);
  }

  /** The report's title: a final evaluation's, or the monitoring report's. */
  String title() {
    return labels.get(finalEvaluation.isPresent() ? Label.FINAL_TITLE : Label.TITLE);
  }

  /** Tells whether the report reads illustrative returns, which it then says in its title and first line. */
  boolean illustrative() {
    return finalEvaluation.map(FinalEvaluation::illustrative).orElse(false);
  }
}
