package io.github.newinfra.core.report;

import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.progress.FinalEvaluation;
import io.github.newinfra.model.CatalogData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One sheet of the report as a workbook shows it: a name, columns with their headings and widths, and rows of
 * typed cells — what a spreadsheet writer writes (the {@code newinfra-excel} module's {@code ExcelReport} writes
 * them as xlsx). The sheets are the report's tables in the report's language and in the order of
 * {@link Reports#write}: 完成情况 (the completion table, numbers as numbers), 汇总 (every roll-up group with its
 * status counts), then the appendix's 附录一 所用数据 (every observation used, with target id, position and status
 * code) and 附录二 未采用和拒收 (the rows not used and rejected, with reason codes).
 *
 * <pre>{@code
 * for (Sheet sheet : Sheet.of(report, catalog.data(), Locale.ENGLISH, Detail.SUMMARY)) {
 *   System.out.println(sheet.name() + ": " + sheet.rows().count() + " rows");
 * }
 * }</pre>
 *
 * <p>A text cell holds text as a reader should see it: control and bidirectional formatting characters escaped
 * ({@code \}{@code u001B}), never a formula. This class is immutable and thread-safe; {@link #rows()} computes the
 * rows from the report each time it is called, so that a sheet of many rows is never held.
 */
public final class Sheet {
  private final String name;
  private final List<Column> columns;
  private final Supplier<Stream<List<Cell>>> rows;

  Sheet(String name, List<Column> columns, Supplier<Stream<List<Cell>>> rows) {
    this.name = name;
    this.columns = List.copyOf(columns);
    this.rows = rows;
  }

  /**
   * Lays a report out as sheets.
   *
   * @param report the report
   * @param catalog the catalog evaluated
   * @param locale the language: Chinese for any {@code zh} locale, English otherwise
   * @param detail {@link Detail#ALL} puts every target in the completion sheet
   * @return the sheets, in order
   */
  public static List<Sheet> of(EvaluationReport report, CatalogData catalog, Locale locale, Detail detail) {
    Objects.requireNonNull(report, "report");
    return layOut(new Page(report, catalog, locale, detail));
  }

  /**
   * Lays a final evaluation out as sheets: the report's, then the final evaluation's — 定性目标评估 (every goal),
   * 重点任务推进情况 (the tasks by chapter and status), 重点任务填报情况 (every task reported), 重大工程项目进展
   * (every project reported), 各牵头单位完成情况 (per lead department its items counted), 需补充的数据和评估 (what
   * is still needed, by department) and 返回表核对 (the returns' rows accounted for, rejected, in conflict or
   * doubtful). Illustrative returns add a first sheet saying so.
   *
   * @param result the final evaluation
   * @param catalog the catalog evaluated
   * @param locale the language: Chinese for any {@code zh} locale, English otherwise
   * @param detail {@link Detail#ALL} puts every target in the completion sheet
   * @return the sheets, in order
   */
  public static List<Sheet> of(FinalEvaluation result, CatalogData catalog, Locale locale, Detail detail) {
    Objects.requireNonNull(result, "result");
    return layOut(new Page(result, catalog, locale, detail));
  }

  private static List<Sheet> layOut(Page page) {
    SheetReport sheets = new SheetReport(page);
    try {
      Section.writeAll(page, sheets);
    } catch (IOException e) {
      // a sheet writes nothing until its rows are read
      throw new UncheckedIOException(e);
    }
    return sheets.sheets();
  }

  /**
   * Returns the sheet's name, as a workbook's tab shows it.
   *
   * @return e.g. {@code 完成情况} or {@code Completion}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the columns, left to right.
   *
   * @return the columns
   */
  public List<Column> columns() {
    return columns;
  }

  /**
   * Returns the rows below the headings, computed from the report as they are read.
   *
   * @return the rows, each a cell per column from the left (a row may end before the last column)
   */
  public Stream<List<Cell>> rows() {
    return rows.get();
  }

  /**
   * A column: its heading, its width and whether its text wraps.
   *
   * @param heading the heading
   * @param width the width, in characters of the default font
   * @param wrap whether a long text wraps within the column rather than running over
   */
  public record Column(String heading, double width, boolean wrap) {
    /**
     * Checks the column.
     *
     * @param heading the heading
     * @param width the width, in characters of the default font
     * @param wrap whether a long text wraps within the column
     */
    public Column {
      Objects.requireNonNull(heading, "heading");
    }
  }

  /** A cell: a text, a whole number, a decimal, a share, a date, or nothing. */
  public sealed interface Cell {
    /** The empty cell. */
    Cell BLANK = new Blank();

    /**
     * A text.
     *
     * @param value the text, control and bidirectional formatting characters escaped
     */
    record Text(String value) implements Cell {
      /**
       * Checks the cell.
       *
       * @param value the text
       */
      public Text {
        Objects.requireNonNull(value, "value");
      }
    }

    /**
     * A whole number: a count, a year, a row's number.
     *
     * @param value the number
     */
    record Whole(long value) implements Cell {}

    /**
     * A number as measured or stated: a value, a baseline, a target.
     *
     * @param value the number
     */
    record Decimal(double value) implements Cell {}

    /**
     * A share, shown as a percentage to one decimal.
     *
     * @param value the share, 1 = 100%
     */
    record Share(double value) implements Cell {}

    /**
     * A date, shown as {@code yyyy-mm-dd}, so that a spreadsheet can sort and filter by it.
     *
     * @param value the date
     */
    record Date(LocalDate value) implements Cell {
      /**
       * Checks the cell.
       *
       * @param value the date
       */
      public Date {
        Objects.requireNonNull(value, "value");
      }
    }

    /** Nothing: a cell left empty. */
    record Blank() implements Cell {}
  }
}
