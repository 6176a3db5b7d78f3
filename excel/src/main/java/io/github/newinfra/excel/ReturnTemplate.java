package io.github.newinfra.excel;

import io.github.newinfra.core.progress.Assignments;
import io.github.newinfra.core.progress.GoalVerdict;
import io.github.newinfra.core.progress.ItemKind;
import io.github.newinfra.core.progress.ProjectStage;
import io.github.newinfra.core.progress.ReturnField;
import io.github.newinfra.core.progress.ReturnForms;
import io.github.newinfra.core.progress.ReturnItem;
import io.github.newinfra.core.progress.Returns;
import io.github.newinfra.core.progress.TaskStatus;
import io.github.newinfra.core.progress.Worded;
import io.github.newinfra.model.DepartmentId;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.ProtectionOption;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the workbook a lead department fills in for a final evaluation ({@code newinfra template}).
 *
 * <p>Sheets: {@code 填报说明} (how to fill it in, in Chinese, with the department and the catalog version the
 * reader checks), then one sheet per kind of item that has items — {@code 定量目标} (one row per target and period
 * wanted, with the indicator, region, unit and {@code UNIT_MULT} to write), {@code 定性目标}, {@code 重点任务},
 * {@code 重大工程项目}. Ids, texts and indicators are pre-filled and locked (each sheet is protected without a
 * password, against slips, not against intent; the cells to fill are unlocked); status cells have a drop-down
 * list of their kind's words (Excel data validation, which also rejects other text); date cells are formatted as
 * dates. Columns are found by their header when read back, so a department may reorder or hide them.
 *
 * <pre>{@code
 * Assignments who = Assignments.of(Catalog.builtIn().data());
 * DepartmentId d = DepartmentId.of("js-communications-admin");
 * try (OutputStream out = Files.newOutputStream(Path.of("省通信管理局.xlsx"))) {
 *   ReturnTemplate.write(who, who.itemsOf(d), Optional.of(d), "", out);
 * }
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ReturnTemplate {
  /** The name of the instructions sheet. */
  public static final String INSTRUCTIONS = "填报说明";
  /** The label of the department's cell on the instructions sheet. */
  public static final String DEPARTMENT_LABEL = "填报单位";
  /** The label of the row that marks a form illustrative on the instructions sheet. */
  public static final String ILLUSTRATIVE_LABEL = "示例";
  /** The label of the catalog version's cell on the instructions sheet. */
  public static final String VERSION_LABEL = "目录版本";

  /** The columns a department fills in; the others are locked. */
  private static final Set<ReturnField> EDITABLE = EnumSet.of(ReturnField.DEPARTMENT, ReturnField.STATUS,
      ReturnField.REGION, ReturnField.PERIOD, ReturnField.VALUE, ReturnField.UNIT, ReturnField.UNIT_MULT,
      ReturnField.REACHED, ReturnField.INVESTMENT, ReturnField.NOTE, ReturnField.EVIDENCE,
      ReturnField.EVIDENCE_ADDRESS, ReturnField.DATE);
  private static final Set<ReturnField> DATES = EnumSet.of(ReturnField.REACHED, ReturnField.DATE);

  private ReturnTemplate() {}

  /**
   * Writes the workbook.
   *
   * @param who the assignments (department names, catalog version)
   * @param items the items to list, e.g. {@code who.itemsOf(department)}
   * @param department the department the form is for; empty for a form listing every item's own lead
   * @param banner a line written above every sheet's header, e.g. that the form is illustrative; empty for none
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public static void write(Assignments who, List<ReturnItem> items, Optional<DepartmentId> department, String banner,
      OutputStream out) throws IOException {
    write(who, items, department, banner, Map.of(), out);
  }

  /**
   * Writes the workbook with some cells to fill already filled: answers given before (to send a form back out
   * with what was reported), or an illustrative set. A target's answers are keyed by its id and period
   * ({@code measures2020/target/new-5g-base-stations 2020}), every other item's by its id.
   *
   * @param who the assignments (department names, catalog version)
   * @param items the items to list
   * @param department the department the form is for; empty for a form listing every item's own lead
   * @param banner a line written above every sheet's header and on the instructions sheet as {@code 示例} (which
   *     marks the form illustrative when read back); empty for none
   * @param answers per item (and period), the texts of the columns to fill
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public static void write(Assignments who, List<ReturnItem> items, Optional<DepartmentId> department, String banner,
      Map<String, Map<ReturnField, String>> answers, OutputStream out) throws IOException {
    Objects.requireNonNull(who, "who");
    Workbook wb = new Workbook(out, "newinfra", "1.0");
    String name = department.map(d -> who.name(d, Locale.SIMPLIFIED_CHINESE)).orElse("各牵头单位");
    instructions(wb.newWorksheet(INSTRUCTIONS), who, name, banner);
    for (ItemKind kind : ItemKind.values()) {
      List<ReturnItem> mine = new ArrayList<>();
      items.stream().filter(i -> i.kind() == kind).forEach(mine::add);
      if (!mine.isEmpty()) {
        sheet(wb.newWorksheet(kind.zh()), who, kind, mine, department, banner, answers);
      }
    }
    wb.finish();
  }

  private static void instructions(Worksheet ws, Assignments who, String department, String banner) {
    int r = 0;
    if (!banner.isEmpty()) {
      ws.value(r, 0, banner);
      ws.style(r, 0).bold().fontColor("C00000").set();
      r++;
    }
    ws.value(r, 0, "新型基础设施建设规划期末评估 · 数据和评估填报表");
    ws.style(r, 0).bold().fontSize(14).set();
    r += 2;
    ws.value(r, 0, DEPARTMENT_LABEL);
    ws.value(r++, 1, department);
    ws.value(r, 0, VERSION_LABEL);
    ws.value(r++, 1, Returns.catalogVersion(who.data()));
    if (!banner.isEmpty()) {
      ws.value(r, 0, ILLUSTRATIVE_LABEL);
      ws.value(r++, 1, banner);
    }
    r++;
    String[] lines = {
        "1. 请在各工作表的白色单元格填写；编号、内容、指标等灰色单元格已锁定，请勿修改。表头可调整顺序，但请勿改动表头文字。",
        "2. 定量目标：按“时期”（如 2024、2024-Q2、2024-06）填写“数值”，单位以“单位”列和 UNIT_MULT 为准"
            + "（UNIT_MULT 为 10 的幂次，如 4 表示万、8 表示亿，留空为 0）。同一目标的其他时期可复制行填写。",
        "3. 定性目标：“评估结论”从下拉列表选择：" + Worded.choices(GoalVerdict.class, Locale.SIMPLIFIED_CHINESE) + "。",
        "4. 重点任务：“推进情况”从下拉列表选择：" + Worded.choices(TaskStatus.class, Locale.SIMPLIFIED_CHINESE) + "。",
        "5. 重大工程项目：“建设阶段”从下拉列表选择：" + Worded.choices(ProjectStage.class, Locale.SIMPLIFIED_CHINESE)
            + "；并填写达到该阶段的日期和已完成投资（带单位，如 12.5亿元）。",
        "6. 日期请按 2025-12-31 格式填写。每项请填写说明，并附佐证材料（文件名称、文号）或佐证链接。",
        "7. 内容中标注“建议牵头”的事项，文件未明确牵头单位，建议依据关联的2020年措施，以分工方案为准。",
        "8. 填报后请勿修改“目录版本”，并将本表返回规划办公室。"};
    // each instruction wraps in the two columns merged, so that it prints whole on an A4 page's width
    for (String line : lines) {
      ws.value(r, 0, line);
      ws.range(r, 0, r, 1).merge();
      ws.range(r, 0, r, 1).style().wrapText(true).verticalAlignment("top").set();
      ws.rowHeight(r++, 30);
    }
    ws.width(0, 18);
    ws.width(1, 100);
    ws.paperSize(PaperSize.A4_PAPER);
    ws.fitToWidth((short) 1);
    ws.fitToHeight((short) 0);
  }

  private static void sheet(Worksheet ws, Assignments who, ItemKind kind, List<ReturnItem> items,
      Optional<DepartmentId> department, String banner, Map<String, Map<ReturnField, String>> answers) {
    List<ReturnField> columns = ReturnField.columns(kind);
    int header = 0;
    if (!banner.isEmpty()) {
      ws.value(0, 0, banner);
      ws.style(0, 0).bold().fontColor("C00000").set();
      header = 1;
    }
    for (int c = 0; c < columns.size(); c++) {
      ReturnField f = columns.get(c);
      ws.value(header, c, f.header(kind));
      ws.style(header, c).bold().fillColor("D9E1F2").set();
      ws.width(c, f == ReturnField.TEXT ? 60 : f == ReturnField.ID ? 36 : f == ReturnField.NOTE
          || f == ReturnField.EVIDENCE ? 30 : 14);
    }
    int r = header + 1;
    for (ReturnItem i : items) {
      for (String period : kind == ItemKind.TARGET ? i.periods() : List.of("")) {
        Map<ReturnField, String> answer = answers.getOrDefault(kind == ItemKind.TARGET ? i.id() + " " + period
            : i.id(), Map.of());
        for (int c = 0; c < columns.size(); c++) {
          ReturnField f = columns.get(c);
          Optional<String> v = ReturnForms.prefilled(who, i, f, department, period);
          if (answer.containsKey(f) && EDITABLE.contains(f)) {
            v = Optional.of(answer.get(f));
          }
          if (v.isPresent()) {
            ws.value(r, c, v.get());
          }
        }
        r++;
      }
    }
    int first = header + 1;
    int last = Math.max(first, r - 1);
    for (int c = 0; c < columns.size(); c++) {
      ReturnField f = columns.get(c);
      if (EDITABLE.contains(f)) {
        var style = ws.range(first, c, last, c).style().protectionOption(ProtectionOption.LOCKED, false);
        if (DATES.contains(f)) {
          style.format("yyyy-mm-dd");
        }
        style.set();
      } else {
        ws.range(first, c, last, c).style().fillColor("F2F2F2").wrapText(f == ReturnField.TEXT).set();
      }
      if (f == ReturnField.STATUS) {
        ws.range(first, c, last, c).validateWithListByFormula("\"" + String.join(",", words(kind)) + "\"")
            .allowBlank(true).showErrorMessage(true).errorTitle("请从下拉列表选择")
            .error("请填写：" + String.join("、", words(kind)));
      }
    }
    ws.freezePane(2, header + 1);
    // printed: landscape A4, every column on the page's width, the header on every page
    ws.pageOrientation("landscape");
    ws.paperSize(PaperSize.A4_PAPER);
    ws.fitToWidth((short) 1);
    ws.fitToHeight((short) 0);
    ws.repeatRows(0, header);
    ws.protect("");
  }

  /**
   * Returns the words a kind's status cell accepts, in order.
   *
   * @param kind the kind
   * @return e.g. 完成, 基本完成, 部分完成, 未完成
   */
  public static List<String> words(ItemKind kind) {
    List<String> out = new ArrayList<>();
    Worded[] values = kind == ItemKind.GOAL ? GoalVerdict.values() : kind == ItemKind.TASK ? TaskStatus.values()
        : kind == ItemKind.PROJECT ? ProjectStage.values() : new Worded[0];
    for (Worded w : values) {
      out.add(w.zh());
    }
    return out;
  }
}
