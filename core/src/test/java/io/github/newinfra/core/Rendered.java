package io.github.newinfra.core;

import io.github.newinfra.core.report.Detail;
import io.github.newinfra.core.report.ReportFormat;
import io.github.newinfra.core.report.Reports;
import io.github.newinfra.model.CatalogData;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/** A report written by {@link Reports#write} into a string, for tests that read what a format shows. */
final class Rendered {
  private Rendered() {}

  static String of(EvaluationReport report, CatalogData data, ReportFormat format, Locale locale, Detail detail) {
    StringWriter out = new StringWriter();
    try {
      Reports.write(report, data, format, locale, detail, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String json(EvaluationReport report, CatalogData data) {
    return of(report, data, ReportFormat.JSON, Reports.DEFAULT_LOCALE, Detail.SUMMARY);
  }

  static String text(EvaluationReport report, CatalogData data) {
    return text(report, data, Reports.DEFAULT_LOCALE);
  }

  static String text(EvaluationReport report, CatalogData data, Locale locale) {
    return text(report, data, locale, Detail.SUMMARY);
  }

  static String text(EvaluationReport report, CatalogData data, Locale locale, Detail detail) {
    return of(report, data, ReportFormat.TEXT, locale, detail);
  }

  static String markdown(EvaluationReport report, CatalogData data) {
    return markdown(report, data, Reports.DEFAULT_LOCALE);
  }

  static String markdown(EvaluationReport report, CatalogData data, Locale locale) {
    return markdown(report, data, locale, Detail.SUMMARY);
  }

  static String markdown(EvaluationReport report, CatalogData data, Locale locale, Detail detail) {
    return of(report, data, ReportFormat.MARKDOWN, locale, detail);
  }

  static String html(EvaluationReport report, CatalogData data) {
    return html(report, data, Reports.DEFAULT_LOCALE);
  }

  static String html(EvaluationReport report, CatalogData data, Locale locale) {
    return html(report, data, locale, Detail.SUMMARY);
  }

  static String html(EvaluationReport report, CatalogData data, Locale locale, Detail detail) {
    return of(report, data, ReportFormat.HTML, locale, detail);
  }
}
