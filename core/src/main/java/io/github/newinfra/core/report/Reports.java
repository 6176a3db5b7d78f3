package io.github.newinfra.core.report;

import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.progress.FinalEvaluation;
import io.github.newinfra.model.CatalogData;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes an {@link EvaluationReport} as the monitoring report: plain text, Markdown, a self-contained HTML page or
 * JSON ({@link ReportFormat}), in Chinese (zh-CN, the default) or English. The one way in to every report format;
 * a workbook (xlsx) has the same shape in the {@code newinfra-excel} module.
 *
 * <p>Every human-readable format leads with where things stand, in one order: the summary (date, method, documents,
 * data coverage "k of n targets have data", status distribution, the fate of the input rows), the targets that need
 * attention (MISSED, DETERIORATION, LIMITED_PROGRESS, NEEDS_ACCELERATION) and those that need newer data, the
 * completion table (主要指标完成情况表), the targets with data one by one, qualitative goals, roll-ups ("82% (8 of 81
 * rated)", no percentage when none is rated), the targets without data as one compact list, and in an appendix the
 * rows used, not used and rejected with their positions and reasons. The HTML page adds an SVG chart over time per
 * target and loads nothing from the network. A {@link FinalEvaluation} is written the same way, under its own title:
 * its report, its own sections after the targets without data and before the appendix — qualitative goals, key
 * tasks, major projects, a line per lead department, what is still needed — and the returns checked in the
 * appendix; when it reads illustrative returns, a first line and a mark in the title say so; its JSON is {@code {"evaluation": <the report>, "finalEvaluation": {…}}}.
 *
 * <p>The catalog supplies target descriptions and quotes; it should be the one the report was evaluated against.
 * The same report always writes the same text. This class is stateless and thread-safe.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("report.html"))) {
 *   Reports.write(report, catalog.data(), ReportFormat.HTML, Locale.ENGLISH, out);
 * }
 * Reports.write(report, catalog.data(), ReportFormat.TEXT, Reports.DEFAULT_LOCALE, Detail.ALL, writer);
 * }</pre>
 */
public final class Reports {
  private Reports() {}

  /** The default language of the human-readable formats. */
  public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

  /**
   * Writes the report, the targets without data collapsed into one compact list ({@link Detail#SUMMARY}).
   *
   * @param report the report
   * @param catalog the catalog evaluated
   * @param format the format
   * @param locale the language: Chinese for any {@code zh} locale, English otherwise
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void write(EvaluationReport report, CatalogData catalog, ReportFormat format, Locale locale,
      Writer out) throws IOException {
    write(report, catalog, format, locale, Detail.SUMMARY, out);
  }

  /**
   * Writes the report.
   *
   * @param report the report
   * @param catalog the catalog evaluated
   * @param format the format
   * @param locale the language: Chinese for any {@code zh} locale, English otherwise
   * @param detail {@link Detail#ALL} lists every target in full and in the completion table; JSON always holds
   *     everything
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void write(EvaluationReport report, CatalogData catalog, ReportFormat format, Locale locale,
      Detail detail, Writer out) throws IOException {
    Objects.requireNonNull(report, "report");
    check(catalog, format, locale, detail, out);
    if (format == ReportFormat.JSON) {
      JsonReport.write(report, catalog, out);
      return;
    }
    write(new Page(report, catalog, locale, detail), format, out);
  }

  /**
   * Writes a final evaluation: its report with its own sections, the targets without data collapsed into one
   * compact list ({@link Detail#SUMMARY}).
   *
   * @param result the final evaluation
   * @param catalog the catalog evaluated
   * @param format the format
   * @param locale the language: Chinese for any {@code zh} locale, English otherwise
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void write(FinalEvaluation result, CatalogData catalog, ReportFormat format, Locale locale,
      Writer out) throws IOException {
    write(result, catalog, format, locale, Detail.SUMMARY, out);
  }

  /**
   * Writes a final evaluation: its report with its own sections (see the class description for where they go).
   *
   * @param result the final evaluation
   * @param catalog the catalog evaluated
   * @param format the format
   * @param locale the language: Chinese for any {@code zh} locale, English otherwise
   * @param detail {@link Detail#ALL} lists every target in full and in the completion table; JSON always holds
   *     everything
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void write(FinalEvaluation result, CatalogData catalog, ReportFormat format, Locale locale,
      Detail detail, Writer out) throws IOException {
    Objects.requireNonNull(result, "result");
    check(catalog, format, locale, detail, out);
    if (format == ReportFormat.JSON) {
      JsonReport.write(result, catalog, out);
      return;
    }
    write(new Page(result, catalog, locale, detail), format, out);
  }

  private static void write(Page page, ReportFormat format, Writer out) throws IOException {
    Section.writeAll(page, format == ReportFormat.HTML ? new HtmlReport(page, out)
        : format == ReportFormat.MARKDOWN ? new MarkdownReport(page, out) : new TextReport(page, out));
    out.flush();
  }

  private static void check(CatalogData catalog, ReportFormat format, Locale locale, Detail detail, Writer out) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(out, "out");
  }
}
