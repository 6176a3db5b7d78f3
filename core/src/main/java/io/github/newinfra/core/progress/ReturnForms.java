package io.github.newinfra.core.progress;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newinfra.model.DepartmentId;
import io.github.newinfra.model.json.ModelJson;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Returns as CSV and JSON: the same rows as a workbook's, one per line or object, with a {@code 类别} (kind) column.
 *
 * <p>CSV: a header naming the columns (any order; Chinese, English or field names, see {@link ReturnField}), an
 * optional {@code 目录版本} ({@code catalog_version}) column; UTF-8, a byte-order mark allowed:
 * <pre>
 * 类别,编号,牵头单位,完成情况,说明,佐证材料,填报日期
 * 定性目标,measures2020/target/smart-skynet,省公安厅,基本完成,,苏公通〔2021〕3号,2021-01-15
 * 重点任务,measures2020/1/1,省工业和信息化厅,已完成,,,2021-01-15
 * </pre>
 * A {@code 示例} ({@code illustrative}) column with any text in it marks the return illustrative.
 * JSON: {@code {"catalogVersion": "…", "department": "…", "illustrative": false, "rows": [{"kind": "定性目标", "id": "…", "status": "基本完成",
 * …}]}}, each row's keys the same column names, values strings or numbers.
 *
 * <p>{@link #writeCsv} writes the CSV form of a template, which reads back as a return once filled. This class is
 * stateless and thread-safe.
 */
public final class ReturnForms {
  /** The header of the catalog-version column. */
  public static final String VERSION_HEADER = "目录版本";
  /** The header of the column that marks a return illustrative (any text in it does). */
  public static final String ILLUSTRATIVE_HEADER = "示例";
  private static final ObjectMapper MAPPER = ModelJson.newMapper();

  private ReturnForms() {}

  /**
   * Reads a CSV or JSON return from a file, by its extension ({@code .json}, else CSV).
   *
   * @param file the file
   * @return the return
   * @throws ReturnFormatException if the file cannot be read or is not a return
   */
  public static ReturnForm read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return name.toLowerCase(Locale.ROOT).endsWith(".json") ? json(r, name) : csv(r, name);
    } catch (NoSuchFileException e) {
      throw new ReturnFormatException("return not found: " + file, e);
    } catch (IOException e) {
      throw new ReturnFormatException("cannot read the return " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a CSV return.
   *
   * @param in the text
   * @param name the return's name, for places
   * @return the return
   * @throws IOException if reading fails
   * @throws ReturnFormatException if the text has no header naming an id column
   */
  public static ReturnForm csv(Reader in, String name) throws IOException {
    List<CsvText.Record> records = CsvText.read(in, name);
    if (records.isEmpty()) {
      throw new ReturnFormatException("return " + name + " is empty: it needs a header such as 类别,编号,完成情况");
    }
    List<String> header = records.get(0).cells;
    Map<ReturnField, Integer> columns = new EnumMap<>(ReturnField.class);
    int version = -1;
    int illustrative = -1;
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).strip();
      if (h.equals(ILLUSTRATIVE_HEADER) || h.equalsIgnoreCase("illustrative")) {
        illustrative = i;
        continue;
      }
      if (h.equals(VERSION_HEADER) || h.equalsIgnoreCase("catalog_version")) {
        version = i;
        continue;
      }
      final int col = i;
      ReturnField.ofHeader(h).ifPresent(f -> columns.putIfAbsent(f, col));
    }
    if (!columns.containsKey(ReturnField.ID)) {
      throw new ReturnFormatException("return " + name + ", line 1: no id column (编号); the header is "
          + String.join(",", header));
    }
    ReturnForm.Builder form = ReturnForm.builder().name(name);
    for (CsvText.Record r : records.subList(1, records.size())) {
      Map<ReturnField, String> values = new EnumMap<>(ReturnField.class);
      for (Map.Entry<ReturnField, Integer> e : columns.entrySet()) {
        if (e.getValue() < r.cells.size() && !r.cells.get(e.getValue()).isBlank()) {
          values.put(e.getKey(), r.cells.get(e.getValue()).strip());
        }
      }
      if (illustrative >= 0 && illustrative < r.cells.size() && !r.cells.get(illustrative).isBlank()) {
        form.illustrative(true);
      }
      if (version >= 0 && version < r.cells.size() && !r.cells.get(version).isBlank()) {
        form.catalogVersion(r.cells.get(version).strip());
      }
      form.addRows(ReturnRow.builder().source(name).row(r.line).values(values).build());
    }
    return form.build();
  }

  /**
   * Reads a JSON return.
   *
   * @param in the text
   * @param name the return's name, for places
   * @return the return
   * @throws IOException if reading fails
   * @throws ReturnFormatException if the text is not JSON of the return form
   */
  public static ReturnForm json(Reader in, String name) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JacksonException e) {
      throw new ReturnFormatException("return " + name + " is not well-formed JSON: "
          + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject() || !root.path("rows").isArray()) {
      throw new ReturnFormatException("return " + name + ": expected an object with a \"rows\" array");
    }
    ReturnForm.Builder form = ReturnForm.builder().name(name);
    text(root.get("catalogVersion")).ifPresent(form::catalogVersion);
    text(root.get("department")).ifPresent(form::department);
    form.illustrative(root.path("illustrative").asBoolean(false));
    long index = 0;
    for (JsonNode row : root.get("rows")) {
      Map<ReturnField, String> values = new EnumMap<>(ReturnField.class);
      if (row.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = row.properties().iterator(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          Optional<ReturnField> f = ReturnField.ofHeader(e.getKey());
          Optional<String> v = text(e.getValue());
          if (f.isPresent() && v.isPresent()) {
            values.putIfAbsent(f.get(), v.get());
          }
        }
      }
      form.addRows(ReturnRow.builder().source(name).row(index++).values(values).build());
    }
    return form.build();
  }

  private static Optional<String> text(JsonNode n) {
    if (n == null || !(n.isTextual() || n.isNumber())) {
      return Optional.empty();
    }
    String s = n.isTextual() ? n.asText().strip() : n.decimalValue().toPlainString();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** The columns of the CSV template, in order. */
  static final List<ReturnField> CSV_COLUMNS = List.of(ReturnField.KIND, ReturnField.ID, ReturnField.TEXT,
      ReturnField.DEPARTMENT, ReturnField.INDICATOR, ReturnField.REGION, ReturnField.PERIOD, ReturnField.VALUE,
      ReturnField.UNIT, ReturnField.UNIT_MULT, ReturnField.STATUS, ReturnField.REACHED, ReturnField.INVESTMENT,
      ReturnField.NOTE, ReturnField.EVIDENCE, ReturnField.EVIDENCE_ADDRESS, ReturnField.DATE);

  /**
   * Writes the CSV form of a template: one line per item (a quantitative target: one per period wanted), ids and
   * texts filled in, the columns to fill empty, the catalog version on every line.
   *
   * @param who the assignments (for department names and the catalog version)
   * @param items the items to list
   * @param department the department the form is for, written into each line; empty for every lead's own
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void writeCsv(Assignments who, List<ReturnItem> items, Optional<DepartmentId> department,
      Appendable out) throws IOException {
    String version = Returns.catalogVersion(who.data());
    List<String> header = new ArrayList<>();
    CSV_COLUMNS.forEach(f -> header.add(f.zh()));
    header.add(VERSION_HEADER);
    CsvText.write(out, header);
    for (ReturnItem i : items) {
      for (String period : i.kind() == ItemKind.TARGET ? i.periods() : List.of("")) {
        List<String> cells = new ArrayList<>();
        for (ReturnField f : CSV_COLUMNS) {
          cells.add(prefilled(who, i, f, department, period).orElse(""));
        }
        cells.add(version);
        CsvText.write(out, cells);
      }
    }
  }

  /**
   * Returns what a template pre-fills in an item's column: kind, id, text (with a suggested lead marked as such),
   * department, and for a quantitative target its indicator, region, period wanted and unit.
   *
   * @param who the assignments
   * @param item the item
   * @param field the column
   * @param department the department the form is for, if any
   * @param period the period wanted, for a quantitative target
   * @return the text, or empty for a column to fill
   */
  public static Optional<String> prefilled(Assignments who, ReturnItem item, ReturnField field,
      Optional<DepartmentId> department, String period) {
    switch (field) {
      case KIND:
        return Optional.of(item.kind().zh());
      case ID:
        return Optional.of(item.id());
      case TEXT: {
        StringBuilder b = new StringBuilder(item.textZh());
        if (item.origin() == LeadOrigin.NONE && !item.suggested().isEmpty()) {
          List<String> names = new ArrayList<>();
          item.suggested().forEach(d -> names.add(who.name(d, Locale.SIMPLIFIED_CHINESE)));
          b.append("〔建议牵头：").append(String.join("、", names)).append("（据关联的2020年措施，非文件明确）〕");
        }
        return Optional.of(b.toString());
      }
      case DEPARTMENT:
        return department.or(item::lead).map(d -> who.name(d, Locale.SIMPLIFIED_CHINESE));
      case INDICATOR:
        return item.indicator();
      case REGION:
        return item.region();
      case PERIOD:
        return item.kind() == ItemKind.TARGET && !period.isEmpty() ? Optional.of(period) : Optional.empty();
      case UNIT:
        return item.unit().filter(u -> !u.isEmpty());
      default:
        return Optional.empty();
    }
  }

  /**
   * Renders {@link #writeCsv} as text.
   *
   * @param who the assignments
   * @param items the items
   * @param department the department the form is for, if any
   * @return the CSV text
   */
  public static String csvText(Assignments who, List<ReturnItem> items, Optional<DepartmentId> department) {
    StringBuilder b = new StringBuilder();
    try {
      writeCsv(who, items, department, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toString();
  }
}
