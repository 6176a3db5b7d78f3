package io.github.newinfra.core.report;

import io.github.newinfra.model.TextParseException;
import java.util.Locale;

/**
 * The text formats {@link Reports#write} writes a report in. A workbook (xlsx) is not a text format: the
 * {@code newinfra-excel} module writes it, with the same sections as tables.
 *
 * <p>{@code ReportFormat.parse("md")} is {@link #MARKDOWN}; {@code ReportFormat.parse("xlsx")} fails with
 * {@code 'xlsx' is a workbook, which the newinfra-excel module writes; the text formats are text, markdown, html
 * and json}.
 */
public enum ReportFormat {
  /**
   * Plain text for a terminal: headings as {@code == … ==}, text from the catalog and the input with its control
   * and bidirectional formatting characters escaped.
   */
  TEXT("text", "txt"),
  /** Markdown as GitHub, GitLab and wiki renderers read it (CommonMark with tables), every input text escaped. */
  MARKDOWN("markdown", "md"),
  /** One self-contained HTML page: inline CSS and SVG charts, no script, nothing loaded from the network. */
  HTML("html", "htm"),
  /**
   * The report's own form, language-neutral, which {@link io.github.newinfra.core.EvaluationReport} reads back;
   * the locale and the detail do not apply.
   */
  JSON("json", "json");

  private final String word;
  private final String extension;

  ReportFormat(String word, String extension) {
    this.word = word;
    this.extension = extension;
  }

  /**
   * Reads a format from its name or its usual file extension, ignoring case and surrounding space: {@code text}
   * or {@code txt}, {@code markdown} or {@code md}, {@code html} or {@code htm}, {@code json}.
   *
   * @param text the name
   * @return the format
   * @throws TextParseException if the text names no text format, saying which ones there are
   */
  public static ReportFormat parse(String text) {
    String given = text == null ? "" : text.strip();
    String t = given.toLowerCase(Locale.ROOT);
    for (ReportFormat f : values()) {
      if (f.word.equals(t) || f.extension.equals(t)) {
        return f;
      }
    }
    String choices = "the text formats are text, markdown, html and json";
    if (t.equals("xlsx") || t.equals("excel")) {
      throw new TextParseException("'" + given + "' is a workbook, which the newinfra-excel module writes; "
          + choices, given, 0);
    }
    throw new TextParseException("'" + given + "' is not a report format: " + choices, given, 0);
  }
}
