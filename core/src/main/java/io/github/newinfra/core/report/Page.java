package io.github.newinfra.core.report;

import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.model.CatalogData;
import java.util.Locale;

/**
 * One writing of a report: the report, the catalog's facts looked up by id, the language, the headline facts and
 * how much to list, computed once and read by every section. Not part of the API.
 */
final class Page {
  final EvaluationReport report;
  final Index index;
  final Labels labels;
  final Summary summary;
  final Detail detail;

  Page(EvaluationReport report, CatalogData catalog, Locale locale, Detail detail) {
    this.report = report;
    this.index = new Index(catalog);
    this.labels = Labels.of(locale);
    this.summary = Summary.of(report, catalog);
    this.detail = detail;
  }
}
