package io.github.newinfra.core;

import io.github.newinfra.core.report.Detail;
import io.github.newinfra.core.report.HtmlReport;
import io.github.newinfra.core.report.JsonReport;
import io.github.newinfra.core.report.MarkdownReport;
import io.github.newinfra.core.report.TextReport;
import io.github.newinfra.model.CatalogData;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Renders an {@link EvaluationReport} as the monitoring report: JSON, Markdown, a self-contained HTML page or plain
 * text, in Chinese (zh-CN, the default) or English.
 *
 * <p>Every human-readable format leads with where things stand, in one order: the summary (date, method, documents,
 * data coverage "k of n targets have data", status distribution, the fate of the input rows), the targets that need
 * attention (MISSED, DETERIORATION, LIMITED_PROGRESS, NEEDS_ACCELERATION), the completion table (主要指标完成情况表),
 * the targets with data one by one, qualitative goals, roll-ups ("82% (8 of 81 rated)", no percentage when none is
 * rated), the targets without data as one compact list, and the rows not used and rejected with line and reason.
 * The HTML page adds an SVG chart over time per target and loads nothing from the network.
 * {@link io.github.newinfra.core.report} has one class per part. The catalog supplies target descriptions and quotes;
 * it should be the one the report was evaluated against. The same report always renders to the same text. This
 * class is stateless and thread-safe.
 *
 * <pre>{@code
 * String page = Reports.html(report, catalog.data(), Locale.ENGLISH);   // English
 * String text = Reports.text(report, catalog.data());                  // Chinese, targets without data collapsed
 * }</pre>
 */
public final class Reports {
  private Reports() {}

  /** The default language of the human-readable formats. */
  public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

  /**
   * Writes the report as JSON, the report's own form ({@link EvaluationReport} reads it back).
   *
   * @param report the report
   * @return pretty-printed JSON
   */
  public static String json(EvaluationReport report) {
    return JsonReport.render(report);
  }

  /**
   * Writes the report as JSON as it is made, without holding the text: the same JSON as
   * {@link #json(EvaluationReport)}, for reports too large to hold twice.
   *
   * @param report the report
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void json(EvaluationReport report, Writer out) throws IOException {
    JsonReport.write(report, out);
  }

  /**
   * Renders the report as plain text in Chinese, targets without data collapsed.
   *
   * @param report the report
   * @param data the catalog evaluated
   * @return the text
   */
  public static String text(EvaluationReport report, CatalogData data) {
    return text(report, data, DEFAULT_LOCALE, Detail.SUMMARY);
  }

  /**
   * Renders the report as plain text, targets without data collapsed.
   *
   * @param report the report
   * @param data the catalog evaluated
   * @param locale Chinese for any {@code zh} locale, English otherwise
   * @return the text
   */
  public static String text(EvaluationReport report, CatalogData data, Locale locale) {
    return text(report, data, locale, Detail.SUMMARY);
  }

  /**
   * Renders the report as plain text.
   *
   * @param report the report
   * @param data the catalog evaluated
   * @param locale Chinese for any {@code zh} locale, English otherwise
   * @param detail {@link Detail#ALL} lists every target in full
   * @return the text
   */
  public static String text(EvaluationReport report, CatalogData data, Locale locale, Detail detail) {
    return TextReport.render(report, data, locale, detail);
  }

  /**
   * Renders the report as Markdown in Chinese, targets without data collapsed.
   *
   * @param report the report
   * @param data the catalog evaluated
   * @return the Markdown
   */
  public static String markdown(EvaluationReport report, CatalogData data) {
    return markdown(report, data, DEFAULT_LOCALE, Detail.SUMMARY);
  }

  /**
   * Renders the report as Markdown, targets without data collapsed.
   *
   * @param report the report
   * @param data the catalog evaluated
   * @param locale Chinese for any {@code zh} locale, English otherwise
   * @return the Markdown
   */
  public static String markdown(EvaluationReport report, CatalogData data, Locale locale) {
    return markdown(report, data, locale, Detail.SUMMARY);
  }

  /**
   * Renders the report as Markdown.
   *
   * @param report the report
   * @param data the catalog evaluated
   * @param locale Chinese for any {@code zh} locale, English otherwise
   * @param detail {@link Detail#ALL} lists every target in full
   * @return the Markdown
   */
  public static String markdown(EvaluationReport report, CatalogData data, Locale locale, Detail detail) {
    return MarkdownReport.render(report, data, locale, detail);
  }

  /**
   * Renders the report as one self-contained HTML page in Chinese: inline CSS and SVG, no script, no network.
   *
   * @param report the report
   * @param data the catalog evaluated
   * @return the HTML document
   */
  public static String html(EvaluationReport report, CatalogData data) {
    return html(report, data, DEFAULT_LOCALE, Detail.SUMMARY);
  }

  /**
   * Renders the report as one self-contained HTML page.
   *
   * @param report the report
   * @param data the catalog evaluated
   * @param locale Chinese for any {@code zh} locale, English otherwise
   * @return the HTML document
   */
  public static String html(EvaluationReport report, CatalogData data, Locale locale) {
    return html(report, data, locale, Detail.SUMMARY);
  }

  /**
   * Renders the report as one self-contained HTML page.
   *
   * @param report the report
   * @param data the catalog evaluated
   * @param locale Chinese for any {@code zh} locale, English otherwise
   * @param detail {@link Detail#ALL} puts every target in the completion table
   * @return the HTML document
   */
  public static String html(EvaluationReport report, CatalogData data, Locale locale, Detail detail) {
    return HtmlReport.render(report, data, locale, detail);
  }
}
