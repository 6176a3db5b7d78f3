package io.github.newinfra.excel;

import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.progress.FinalEvaluation;
import io.github.newinfra.core.report.Detail;
import io.github.newinfra.core.report.Sheet;
import io.github.newinfra.model.CatalogData;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the report as an Excel workbook (xlsx; opens in Excel, WPS and LibreOffice): the report's sheets
 * ({@link Sheet}) — 完成情况 (the completion table) and 汇总 (the roll-ups), which carry no ids or codes, then the
 * appendix's 附录一 所用数据 (the observations used, with target ids, positions and status codes) and 附录二 未采用和拒收
 * (rows not used and rows rejected, with reason codes); for a final evaluation its own sheets come before the
 * appendix's, and its returns checked last. The
 * same shape as {@code Reports.write}, for the format that is not text.
 *
 * <p>Each sheet has a frozen, bold header row and set column widths; numbers are stored as numbers, shares as
 * percentages to one decimal, dates as dates ({@code yyyy-mm-dd}); sheet names and headings follow the report's
 * language. Texts are text cells, never formulas, with control and bidirectional formatting characters escaped.
 * Rows are streamed into the workbook as they are made.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("report.xlsx"))) {
 *   ExcelReport.write(report, catalog.data(), Locale.SIMPLIFIED_CHINESE, out);
 * }
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ExcelReport {
  private static final String HEADER_FILL = "EEF2F6";
  /** How many rows a sheet holds before they go to the output. */
  private static final int FLUSH_EVERY = 10_000;

  private ExcelReport() {}

  /**
   * Writes the report's workbook, the completion sheet listing the targets with data ({@link Detail#SUMMARY}).
   *
   * @param report the report
   * @param catalog the catalog evaluated
   * @param locale the language: Chinese for any {@code zh} locale, English otherwise
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public static void write(EvaluationReport report, CatalogData catalog, Locale locale, OutputStream out)
      throws IOException {
    write(report, catalog, locale, Detail.SUMMARY, out);
  }

  /**
   * Writes the report's workbook.
   *
   * @param report the report
   * @param catalog the catalog evaluated
   * @param locale the language: Chinese for any {@code zh} locale, English otherwise
   * @param detail {@link Detail#ALL} puts every target in the completion sheet
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public static void write(EvaluationReport report, CatalogData catalog, Locale locale, Detail detail,
      OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    write(Sheet.of(report, catalog, locale, detail), out);
  }

  /**
   * Writes a final evaluation's workbook, the completion sheet listing the targets with data
   * ({@link Detail#SUMMARY}).
   *
   * @param result the final evaluation
   * @param catalog the catalog evaluated
   * @param locale the language: Chinese for any {@code zh} locale, English otherwise
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public static void write(FinalEvaluation result, CatalogData catalog, Locale locale, OutputStream out)
      throws IOException {
    write(result, catalog, locale, Detail.SUMMARY, out);
  }

  /**
   * Writes a final evaluation's workbook: the report's leadership sheets, the final evaluation's (every goal, the
   * tasks by chapter and status, every task and project reported, the lead departments, what is still needed),
   * the appendix's sheets, then the returns checked; for illustrative returns a first sheet saying so.
   *
   * @param result the final evaluation
   * @param catalog the catalog evaluated
   * @param locale the language: Chinese for any {@code zh} locale, English otherwise
   * @param detail {@link Detail#ALL} puts every target in the completion sheet
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public static void write(FinalEvaluation result, CatalogData catalog, Locale locale, Detail detail,
      OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    write(Sheet.of(result, catalog, locale, detail), out);
  }

  /** Writes sheets as a workbook, each row as it is made. */
  private static void write(List<Sheet> sheets, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "newinfra", "1.0");
    try {
      for (Sheet sheet : sheets) {
        Worksheet ws = wb.newWorksheet(sheet.name());
        header(ws, sheet.columns());
        Iterator<List<Sheet.Cell>> rows = sheet.rows().iterator();
        for (int r = 1; rows.hasNext(); r++) {
          row(ws, r, rows.next(), sheet.columns());
          if (r % FLUSH_EVERY == 0) {
            ws.flush();
          }
        }
        ws.finish();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    wb.finish();
  }

  private static void header(Worksheet ws, List<Sheet.Column> columns) {
    for (int c = 0; c < columns.size(); c++) {
      ws.value(0, c, columns.get(c).heading());
      ws.style(0, c).bold().fillColor(HEADER_FILL).wrapText(true).set();
      ws.width(c, columns.get(c).width());
    }
    ws.freezePane(0, 1);
  }

  private static void row(Worksheet ws, int r, List<Sheet.Cell> cells, List<Sheet.Column> columns) {
    for (int c = 0; c < cells.size(); c++) {
      Sheet.Cell cell = cells.get(c);
      if (cell instanceof Sheet.Cell.Text t) {
        ws.value(r, c, t.value());
        if (c < columns.size() && columns.get(c).wrap()) {
          ws.style(r, c).wrapText(true).set();
        }
      } else if (cell instanceof Sheet.Cell.Whole n) {
        ws.value(r, c, n.value());
      } else if (cell instanceof Sheet.Cell.Decimal n) {
        ws.value(r, c, n.value());
      } else if (cell instanceof Sheet.Cell.Share n) {
        ws.value(r, c, n.value());
        ws.style(r, c).format("0.0%").set();
      } else if (cell instanceof Sheet.Cell.Date d) {
        ws.value(r, c, d.value());
        ws.style(r, c).format("yyyy-mm-dd").set();
      }
    }
  }
}
