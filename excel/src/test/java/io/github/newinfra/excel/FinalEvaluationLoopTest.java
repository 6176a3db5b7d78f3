package io.github.newinfra.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.core.Evaluator;
import io.github.newinfra.core.Status;
import io.github.newinfra.core.TargetResult;
import io.github.newinfra.core.progress.Assignments;
import io.github.newinfra.core.progress.Conflict;
import io.github.newinfra.core.progress.Fate;
import io.github.newinfra.core.progress.FinalEvaluation;
import io.github.newinfra.core.progress.GoalVerdict;
import io.github.newinfra.core.progress.ItemKind;
import io.github.newinfra.core.progress.ProjectStage;
import io.github.newinfra.core.progress.ReturnField;
import io.github.newinfra.core.progress.ReturnForm;
import io.github.newinfra.core.progress.ReturnForms;
import io.github.newinfra.core.progress.ReturnItem;
import io.github.newinfra.core.progress.Returns;
import io.github.newinfra.core.progress.RowFate;
import io.github.newinfra.core.progress.TaskStatus;
import io.github.newinfra.core.report.ReportFormat;
import io.github.newinfra.core.report.Reports;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.DepartmentId;
import io.github.newinfra.model.FactId;
import io.github.newinfra.model.MeasureId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The whole loop of a final evaluation: a template for a department, filled in as a department would (with
 * mistakes), a second return that disagrees, the evaluation, and the report.
 */
class FinalEvaluationLoopTest {
  private static final CatalogData DATA = Catalog.builtIn().data();
  private static final Assignments WHO = Assignments.of(DATA);
  private static final DepartmentId INDUSTRY = DepartmentId.of("js-industry-it");
  private static final String SKYNET = "measures2020/target/smart-skynet";
  private static final String PLATFORM = "measures2020/target/city-public-service-platform";
  private static final String FIVE_G = "measures2020/target/new-5g-base-stations";

  /** Writes the department's template and returns it open in a second library, as Excel would hold it. */
  private static XSSFWorkbook template() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReturnTemplate.write(WHO, WHO.itemsOf(INDUSTRY), Optional.of(INDUSTRY), "", out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  /** The column of a header on a sheet. */
  private static int column(Sheet sheet, String header) {
    for (Cell c : sheet.getRow(0)) {
      if (c.getStringCellValue().equals(header)) {
        return c.getColumnIndex();
      }
    }
    throw new AssertionError("no column " + header + " on " + sheet.getSheetName());
  }

  /** The row of an item's id on a sheet (the first, for a target listed per period). */
  private static Row row(Sheet sheet, String id) {
    for (Row r : sheet) {
      if (r.getRowNum() > 0 && r.getCell(0) != null && id.equals(r.getCell(0).getStringCellValue())) {
        return r;
      }
    }
    throw new AssertionError("no row " + id + " on " + sheet.getSheetName());
  }

  private static void set(Sheet sheet, Row row, String header, String text) {
    row.createCell(column(sheet, header)).setCellValue(text);
  }

  @Test
  void aFilledTemplateAndAConflictingReturnBecomeTheReportWithEveryRowAccountedFor() throws Exception {
    XSSFWorkbook wb = template();
    // Qualitative goals: one good verdict with evidence, one misspelt.
    Sheet goals = wb.getSheet("定性目标");
    set(goals, row(goals, SKYNET), "评估结论", "基本完成");
    set(goals, row(goals, SKYNET), "佐证材料", "苏公通〔2021〕3号");
    set(goals, row(goals, SKYNET), "说明", "天网覆盖全部设区市");
    set(goals, row(goals, PLATFORM), "评估结论", "完成了");
    // Tasks: one done with a date written as a date, one behind, one with a date that is none.
    Sheet tasks = wb.getSheet("重点任务");
    Row t1 = row(tasks, "measures2020/1/1");
    set(tasks, t1, "推进情况", "已完成");
    set(tasks, t1, "佐证链接", "https://example.org/5g-2020");
    Cell date = t1.createCell(column(tasks, "填报日期"));
    CellStyle dateStyle = wb.createCellStyle();
    dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
    date.setCellValue(LocalDate.of(2021, 1, 15));
    date.setCellStyle(dateStyle);
    set(tasks, row(tasks, "measures2020/1/2"), "推进情况", "滞后");
    set(tasks, row(tasks, "measures2020/1/3"), "推进情况", "按计划推进");
    set(tasks, row(tasks, "measures2020/1/3"), "填报日期", "明年");
    // A row added by hand with an id the catalog lacks.
    Row extra = tasks.createRow(tasks.getLastRowNum() + 1);
    extra.createCell(0).setCellValue("measures2020/1/99");
    set(tasks, extra, "推进情况", "已完成");
    // Projects: the programme in operation with its investment.
    Sheet projects = wb.getSheet("重大工程项目");
    Row p = row(projects, "measures2020/facility/integrated-big-data-centre-programme");
    set(projects, p, "建设阶段", "投运");
    set(projects, p, "已完成投资", "12.5亿元");
    set(projects, p, "达到日期", "2020-12-20");
    // A figure: 5.3 万 new base stations in 2020, and one that is not a number.
    Sheet targets = wb.getSheet("定量目标");
    Row f = row(targets, FIVE_G);
    f.createCell(column(targets, "数值")).setCellValue(5.3);
    set(targets, f, "UNIT_MULT", "4");
    Row g = row(targets, "measures2020/target/5g-iiot-industry-solutions");
    set(targets, g, "数值", "约三十个");
    // The sheets renamed and reordered by hand still read: rename the tasks sheet.
    wb.setSheetName(wb.getSheetIndex(tasks), "任务推进");
    ByteArrayOutputStream filled = new ByteArrayOutputStream();
    wb.write(filled);
    ReturnForm first = ReturnWorkbook.read(new ByteArrayInputStream(filled.toByteArray()), "省工业和信息化厅.xlsx");

    // A second return, CSV, from the lead of the sky net: another verdict (a conflict), and a task it does not
    // lead (a warning, kept).
    String csv = "类别,编号,牵头单位,完成情况,说明\n"
        + "定性目标," + SKYNET + ",省公安厅,部分完成,尚有两市未接入\n"
        + "重点任务,measures2020/1/2,省公安厅,滞后,\n";
    ReturnForm second = ReturnForms.csv(new StringReader(csv), "省公安厅.csv");

    Returns returns = Returns.check(WHO, List.of(first, second));
    FinalEvaluation result = FinalEvaluation.of(Evaluator.of(DATA).asOf(LocalDate.of(2021, 6, 30))
        .documents(io.github.newinfra.model.DocumentId.of("measures2020")), returns, Optional.empty());

    // Accounting: every row read gets one fate, and the counts are exact.
    assertEquals(first.rows().size() + second.rows().size(), returns.fates().size());
    Map<Fate, Long> counts = new HashMap<>();
    returns.fates().forEach(x -> counts.merge(x.fate(), 1L, Long::sum));
    // Used: tasks 1/1 and 1/2 (the first return's), the project; figure passed on: 5G; conflict: both sky-net
    // rows; duplicate: the second return's 1/2 row, which says the same; rejected: 完成了, 明年, 1/99, 约三十个.
    assertEquals(3L, counts.get(Fate.USED), counts::toString);
    assertEquals(1L, counts.get(Fate.OBSERVATION), counts::toString);
    assertEquals(2L, counts.get(Fate.CONFLICT), counts::toString);
    assertEquals(1L, counts.get(Fate.DUPLICATE), counts::toString);
    assertEquals(4L, counts.get(Fate.REJECTED), counts::toString);
    long empty = returns.fates().size() - 11;
    assertEquals(empty, (long) counts.getOrDefault(Fate.EMPTY, 0L));

    // Every bad cell is reported at its sheet and cell.
    List<String> rejected = new ArrayList<>();
    returns.fates().stream().filter(x -> x.fate() == Fate.REJECTED).forEach(x -> rejected.add(x.zh()));
    String platformCell = "定性目标!" + letter(column(goals, "评估结论")) + (row(goals, PLATFORM).getRowNum() + 1);
    assertTrue(rejected.contains("返回表 省工业和信息化厅.xlsx · " + platformCell
        + ": '完成了' 不是 完成、基本完成、部分完成、未完成 之一"), rejected::toString);
    String dateCell = "任务推进!" + letter(column(tasks, "填报日期")) + (row(tasks, "measures2020/1/3").getRowNum() + 1);
    assertTrue(rejected.stream().anyMatch(m -> m.startsWith("返回表 省工业和信息化厅.xlsx · " + dateCell + ": '明年' 不是日期")),
        rejected::toString);
    assertTrue(rejected.stream().anyMatch(m -> m.contains("任务推进!A" + (extra.getRowNum() + 1)
        + ": 'measures2020/1/99' 不是目录中的编号；是否指 ")), rejected::toString);
    assertTrue(rejected.stream().anyMatch(m -> m.contains("定量目标!" + letter(column(targets, "数值"))
        + (g.getRowNum() + 1) + ": '约三十个' 不是数值")), rejected::toString);
    returns.fates().stream().filter(x -> x.fate() == Fate.REJECTED)
        .forEach(x -> assertTrue(x.en().startsWith("return "), x.en()));

    // The conflict keeps both rows, and the goal is unresolved.
    assertEquals(1, returns.conflicts().size());
    Conflict c = returns.conflicts().get(0);
    assertEquals(SKYNET, c.item());
    assertEquals(2, c.rows().size());
    assertFalse(returns.goals().containsKey(FactId.of(SKYNET)));
    assertTrue(returns.unresolved(SKYNET));
    // The department reporting on a task it does not lead is warned about, and its row kept.
    assertTrue(returns.issues().stream().anyMatch(i -> i.zh().contains("省公安厅 填报了不由其负责的重点任务 measures2020/1/2")),
        returns.issues()::toString);

    // Settled items carry their status and evidence.
    assertEquals(TaskStatus.COMPLETED, returns.tasks().get(MeasureId.of("measures2020/1/1")).status());
    assertEquals(Optional.of(LocalDate.of(2021, 1, 15)), returns.tasks().get(MeasureId.of("measures2020/1/1")).date());
    assertEquals(TaskStatus.BEHIND, returns.tasks().get(MeasureId.of("measures2020/1/2")).status());
    assertEquals(ProjectStage.IN_OPERATION, returns.projects()
        .get(FactId.of("measures2020/facility/integrated-big-data-centre-programme")).stage());
    assertEquals("12.5亿元", returns.projects()
        .get(FactId.of("measures2020/facility/integrated-big-data-centre-programme")).investment().get().toString());

    // The figure is evaluated as an observation: 5.3万 new stations meet 5.2万.
    TargetResult fiveG = result.report().results().stream().filter(r -> r.target().value().equals(FIVE_G))
        .findFirst().get();
    assertEquals(Status.ACHIEVED, fiveG.status(), () -> String.valueOf(fiveG.decision()));
    // The conflicting goal is not assessed; the other goal, rejected, neither.
    TargetResult skynet = result.report().results().stream().filter(r -> r.target().value().equals(SKYNET))
        .findFirst().get();
    assertEquals(Status.NOT_ASSESSED, skynet.status());

    // The report shows every returned item with its status and evidence, every bad cell, and the accounting.
    String text = written(result, ReportFormat.TEXT, Locale.SIMPLIFIED_CHINESE);
    assertTrue(text.contains("\n  推进 5G 网络建设 | 已完成"), text);
    assertTrue(text.contains("https://example.org/5g-2020"), text);
    assertTrue(text.contains("measures2020/1/2"), text);
    assertTrue(text.contains("投运 | 2020-12-20 | 12.5亿元"), text);
    // in the main part the conflicting goal by its text, unresolved; in the appendix's returns checked, by its id
    assertTrue(text.contains("\n  构建“全城覆盖、全网共享、全时可用、全程可控”的智慧天网 | 冲突待核实 |"), text);
    assertTrue(text.indexOf(" " + SKYNET + ": ") > text.indexOf("附录"), text);
    for (String m : rejected) {
      assertTrue(text.contains(m), m);
    }
    assertTrue(text.contains("共读取2份返回表" + returns.fates().size() + "行：采用3行，作为观测数据1行；未采用" + (empty + 3)
        + "行（未填写" + empty + "行，重复1行，冲突2行）；拒收4行"), text);
    assertTrue(text.contains("省工业和信息化厅：牵头目标"), text);
    assertTrue(text.contains("需补充的数据和评估"), text);
    String markdown = written(result, ReportFormat.MARKDOWN, Locale.ENGLISH);
    assertTrue(markdown.contains("## Final evaluation"), markdown);
    assertTrue(markdown.contains("Behind schedule"), markdown);
    String json = written(result, ReportFormat.JSON, Locale.ENGLISH);
    assertTrue(json.contains("\"CONFLICT\" : 2"), json);
    String html = written(result, ReportFormat.HTML, Locale.SIMPLIFIED_CHINESE);
    assertTrue(html.contains("<h3>重点任务推进情况</h3>"), html);

    // The rows of goals written but not in the form are of no item: the goal verdict wording comes from one place.
    assertEquals("基本完成", GoalVerdict.BASICALLY_COMPLETED.zh());
    assertEquals(ItemKind.GOAL, ReturnField.kindOfHeader("评估结论").get());
    for (RowFate x : returns.fates()) {
      assertFalse(x.zh().isEmpty(), x::toString);
    }
    for (ReturnItem i : result.stillNeeded(INDUSTRY)) {
      assertTrue(i.departments().get(0).equals(INDUSTRY));
    }
  }

  /** The final evaluation's report as {@link Reports#write} writes it. */
  private static String written(FinalEvaluation result, ReportFormat format, Locale locale) throws IOException {
    StringWriter out = new StringWriter();
    Reports.write(result, DATA, format, locale, out);
    return out.toString();
  }

  private static String letter(int column) {
    return org.apache.poi.ss.util.CellReference.convertNumToColString(column);
  }
}
