package io.github.newinfra.excel;

import io.github.newinfra.core.progress.ItemKind;
import io.github.newinfra.core.progress.ReturnField;
import io.github.newinfra.core.progress.ReturnForm;
import io.github.newinfra.core.progress.ReturnFormatException;
import io.github.newinfra.core.progress.ReturnIssue;
import io.github.newinfra.core.progress.ReturnRow;
import io.github.newinfra.core.progress.Worded;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellAddress;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a filled return workbook as a {@link ReturnForm}, for {@link io.github.newinfra.core.progress.Returns#check}.
 *
 * <p>Each sheet's kind is its name ({@code 定性目标}, or the kind's English wording or name) or, for a sheet renamed
 * by hand, its status header ({@code 评估结论}, {@code 推进情况}, {@code 建设阶段}, {@code 数值}). Its header is the
 * first of its first ten rows naming an id column ({@code 编号}); columns are found by header, in any order. Every
 * row below the header with a cell filled in is a row of the return, located by sheet and cell
 * ({@code 定性目标!D7}). Numbers are read exactly ({@code 2024}, not {@code 2024.0}); cells formatted as dates read
 * as {@code 2025-12-31}. A sheet of no kind becomes a {@link ReturnForm#problems() problem}, never a silent skip.
 * The {@code 填报说明} sheet gives the department and catalog version the form was written for, and a {@code 示例}
 * row there marks the return illustrative.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ReturnWorkbook {
  /** How many rows from the top of a sheet the header is looked for in. */
  static final int HEADER_ROWS = 10;

  private ReturnWorkbook() {}

  /**
   * Reads a return workbook from a file.
   *
   * @param file the .xlsx file
   * @return the return
   * @throws ReturnFormatException if the file cannot be read or is not an xlsx workbook
   */
  public static ReturnForm read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return read(in, name);
    } catch (NoSuchFileException e) {
      throw new ReturnFormatException("return not found: " + file, e);
    } catch (IOException e) {
      throw new ReturnFormatException("cannot read the return " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a return workbook.
   *
   * @param in the workbook's bytes; not closed
   * @param name the return's name, for places
   * @return the return
   * @throws ReturnFormatException if the bytes are not an xlsx workbook
   */
  public static ReturnForm read(InputStream in, String name) {
    ReturnForm.Builder form = ReturnForm.builder().name(name);
    try (ReadableWorkbook wb = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
      for (Sheet sheet : (Iterable<Sheet>) wb.getSheets()::iterator) {
        List<Row> rows = sheet.read();
        if (sheet.getName().equals(ReturnTemplate.INSTRUCTIONS)) {
          instructions(rows, form);
          continue;
        }
        sheet(name, sheet.getName(), rows, form);
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ReturnFormatException) {
        throw (ReturnFormatException) e;
      }
      throw new ReturnFormatException("return " + name + " is not a readable xlsx workbook: " + e.getMessage(), e);
    }
    return form.build();
  }

  private static void instructions(List<Row> rows, ReturnForm.Builder form) {
    for (Row row : rows) {
      Optional<String> label = row.getOptionalCell(0).flatMap(ReturnWorkbook::text);
      Optional<String> value = row.getOptionalCell(1).flatMap(ReturnWorkbook::text);
      if (label.isPresent() && value.isPresent()) {
        if (label.get().equals(ReturnTemplate.DEPARTMENT_LABEL)) {
          form.department(value.get());
        } else if (label.get().equals(ReturnTemplate.ILLUSTRATIVE_LABEL)) {
          form.illustrative(true);
        } else if (label.get().equals(ReturnTemplate.VERSION_LABEL)) {
          form.catalogVersion(value.get());
        }
      }
    }
  }

  private static void sheet(String name, String sheetName, List<Row> rows, ReturnForm.Builder form) {
    Optional<ItemKind> kind = Worded.parse(ItemKind.class, sheetName);
    int headerAt = -1;
    Map<ReturnField, Integer> columns = new EnumMap<>(ReturnField.class);
    for (int i = 0; i < Math.min(HEADER_ROWS, rows.size()) && headerAt < 0; i++) {
      Map<ReturnField, Integer> found = new EnumMap<>(ReturnField.class);
      Optional<ItemKind> byHeader = Optional.empty();
      for (Cell c : rows.get(i)) {
        if (c == null) {
          continue;
        }
        Optional<String> t = text(c);
        if (t.isPresent()) {
          ReturnField.ofHeader(t.get()).ifPresent(f -> found.putIfAbsent(f, c.getColumnIndex()));
          if (byHeader.isEmpty()) {
            byHeader = ReturnField.kindOfHeader(t.get());
          }
        }
      }
      if (found.containsKey(ReturnField.ID)) {
        headerAt = i;
        columns = found;
        if (kind.isEmpty()) {
          kind = byHeader;
        }
      }
    }
    if (kind.isEmpty() || headerAt < 0) {
      form.addProblems(ReturnIssue.of("返回表 " + name + " · 工作表「" + sheetName + "」：未找到“编号”列或无法识别类别"
          + "（定量目标、定性目标、重点任务、重大工程项目），该表未读取",
          "return " + name + " · sheet '" + sheetName + "': no id column (编号) or no kind (定量目标, 定性目标, 重点任务,"
          + " 重大工程项目) found; the sheet was not read"));
      return;
    }
    for (Row row : rows.subList(headerAt + 1, rows.size())) {
      Map<ReturnField, String> values = new EnumMap<>(ReturnField.class);
      Map<ReturnField, String> cells = new EnumMap<>(ReturnField.class);
      for (Map.Entry<ReturnField, Integer> e : columns.entrySet()) {
        cells.put(e.getKey(), new CellAddress(row.getRowNum() - 1, e.getValue()).toString());
        row.getOptionalCell(e.getValue()).flatMap(ReturnWorkbook::text).ifPresent(t -> values.put(e.getKey(), t));
      }
      if (values.isEmpty()) {
        continue;
      }
      form.addRows(ReturnRow.builder().source(name).sheet(sheetName).row(row.getRowNum()).kind(kind)
          .values(values).cells(cells).build());
    }
  }

  /** A cell's text: strings stripped, numbers exact, dates as ISO dates; empty for an empty cell. */
  static Optional<String> text(Cell c) {
    if (c == null || c.getType() == CellType.EMPTY) {
      return Optional.empty();
    }
    String t;
    if (c.getType() == CellType.NUMBER) {
      String format = c.getDataFormatString();
      if (format != null && isDate(format)) {
        t = c.asDate().toLocalDate().toString();
      } else {
        BigDecimal n = c.asNumber();
        t = n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
      }
    } else if (c.getType() == CellType.STRING) {
      t = c.asString();
    } else {
      t = c.getText();
    }
    t = t == null ? "" : t.strip();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  private static boolean isDate(String format) {
    String f = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
    return (f.contains("y") || f.contains("d")) && !f.equals("general");
  }
}
