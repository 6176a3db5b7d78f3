package io.github.newinfra.core.progress;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a return as its cells give it, before it is checked: the source file, the sheet and row (a workbook)
 * or the line (CSV) or index (JSON), the kind of item, and each column's text with its cell.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ReturnRow.class)
@JsonDeserialize(as = ReturnRow.class)
abstract class AbstractReturnRow {
  /**
   * Returns the return's name, e.g. its file name.
   *
   * @return the name
   */
  public abstract String source();

  /**
   * Returns the sheet of a workbook.
   *
   * @return the sheet's name as the workbook has it; empty for CSV and JSON
   */
  public abstract Optional<String> sheet();

  /**
   * Returns the row: a sheet's row number (1 = first), a CSV line, or a JSON row's index.
   *
   * @return the row
   */
  public abstract long row();

  /**
   * Returns the kind of item the row reports on.
   *
   * @return the kind, if the sheet or the row says it
   */
  public abstract Optional<ItemKind> kind();

  /**
   * Returns the texts of the row's non-empty cells, by column.
   *
   * @return the texts, stripped
   */
  public abstract Map<ReturnField, String> values();

  /**
   * Returns the cells of a workbook row, by column, e.g. {@code D7}.
   *
   * @return the cell references; empty for CSV and JSON
   */
  public abstract Map<ReturnField, String> cells();

  /**
   * Returns a column's text.
   *
   * @param field the column
   * @return the text, or empty where the cell is empty or absent
   */
  public Optional<String> get(ReturnField field) {
    return Optional.ofNullable(values().get(field));
  }

  /**
   * Locates the row, or one of its cells: {@code 返回表 省通信管理局.xlsx · 定性目标!D7} ({@code return … } in
   * English), {@code 返回表 a.csv · 第7行} ({@code line 7}), {@code 返回表 a.json · rows[3]}.
   *
   * @param field the cell's column, or empty for the row
   * @param locale the language
   * @return the place
   */
  public String place(Optional<ReturnField> field, Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    String head = (zh ? "返回表 " : "return ") + source() + " · ";
    if (sheet().isPresent()) {
      String cell = field.map(f -> cells().get(f)).orElse(null);
      return head + sheet().get() + "!" + (cell != null ? cell : (zh ? "第" + row() + "行" : "row " + row()));
    }
    if (source().toLowerCase(Locale.ROOT).endsWith(".json")) {
      return head + "rows[" + row() + "]" + field.map(f -> "." + f.en()).orElse("");
    }
    String line = zh ? "第" + row() + "行" : "line " + row();
    return head + line + field.map(f -> zh ? "「" + f.zh() + "」列" : ", column " + f.en()).orElse("");
  }
}
