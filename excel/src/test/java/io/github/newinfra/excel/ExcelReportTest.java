package io.github.newinfra.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.Evaluator;
import io.github.newinfra.core.ObservationSource;
import io.github.newinfra.core.progress.Assignments;
import io.github.newinfra.core.progress.FinalEvaluation;
import io.github.newinfra.core.progress.ReturnForms;
import io.github.newinfra.core.progress.Returns;
import io.github.newinfra.core.report.Detail;
import io.github.newinfra.model.CatalogData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * {@link ExcelReport}: the report and a final evaluation as workbooks, read back by a second, independent library
 * (Apache POI): the sheets in order, frozen bold headings, numbers, shares and dates stored as such.
 */
class ExcelReportTest {
  private static final CatalogData DATA = Catalog.builtIn().data();
  private static final LocalDate AS_OF = LocalDate.of(2021, 6, 30);
  private static final String FIVE_G = "measures2020/target/new-5g-base-stations";
  private static final String SKYNET = "measures2020/target/smart-skynet";
  private static final String PROGRAMME = "measures2020/facility/integrated-big-data-centre-programme";

  /** 5.3万 new 5G base stations in 2020 against the 5.2万 of the 2020 measures, and a row of no indicator. */
  private static EvaluationReport report() {
    return Evaluator.of(DATA).asOf(AS_OF).evaluate(ObservationSource.csv(new StringReader(
        "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MULT,PUBLISHED\n"
            + "base_stations_5g_new,320000,2020,5.3,4,2021-01-20\n"
            + "no_such_indicator,320000,2020,1,0,\n"), "statistics.csv"));
  }

  /** An illustrative return: the sky-net goal basically completed, a task behind schedule, a project in operation. */
  private static FinalEvaluation finalEvaluation() throws Exception {
    String json = "{\"illustrative\": true, \"department\": \"省工业和信息化厅\", \"rows\": ["
        + "{\"kind\": \"定性目标\", \"id\": \"" + SKYNET + "\", \"status\": \"基本完成\", \"note\": \"两市待接入\","
        + " \"evidence\": \"苏工信〔2021〕3号\", \"date\": \"2021-05-20\"},"
        + "{\"kind\": \"重点任务\", \"id\": \"measures2020/1/2\", \"status\": \"滞后\", \"date\": \"2021-05-20\"},"
        + "{\"kind\": \"重大工程项目\", \"id\": \"" + PROGRAMME + "\", \"status\": \"投运\","
        + " \"reached\": \"2020-12-20\", \"investment\": \"12.5亿元\"}]}";
    Returns returns = Returns.check(Assignments.of(DATA), List.of(ReturnForms.json(new StringReader(json),
        "省工业和信息化厅.json")));
    return FinalEvaluation.of(Evaluator.of(DATA).asOf(AS_OF), returns, Optional.empty());
  }

  private static XSSFWorkbook read(ByteArrayOutputStream written) throws Exception {
    return new XSSFWorkbook(new ByteArrayInputStream(written.toByteArray()));
  }

  private static List<String> sheetNames(XSSFWorkbook wb) {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  /** A sheet's rows below its headings, each keyed by the text of its first cell. */
  private static Map<String, Row> rowsByFirstCell(Sheet sheet) {
    Map<String, Row> rows = new HashMap<>();
    for (Row r : sheet) {
      if (r.getRowNum() > 0) {
        rows.put(r.getCell(0).getStringCellValue(), r);
      }
    }
    return rows;
  }

  /** The column of a heading in a sheet's first row. */
  private static int column(Sheet sheet, String heading) {
    for (Cell c : sheet.getRow(0)) {
      if (c.getStringCellValue().equals(heading)) {
        return c.getColumnIndex();
      }
    }
    throw new AssertionError(sheet.getSheetName() + " has no column " + heading);
  }

  private static void assertDate(LocalDate expected, Cell cell) {
    assertEquals(CellType.NUMERIC, cell.getCellType());
    assertTrue(DateUtil.isCellDateFormatted(cell), cell::toString);
    assertEquals(expected, cell.getLocalDateTimeCellValue().toLocalDate());
  }

  @Test
  void theReportsWorkbookHasItsFourSheetsWithFrozenHeadingsAndNumbersAsNumbers() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExcelReport.write(report(), DATA, Locale.SIMPLIFIED_CHINESE, out);
    try (XSSFWorkbook wb = read(out)) {
      assertEquals(List.of("完成情况", "汇总", "附录一 所用数据", "附录二 未采用和拒收"), sheetNames(wb));
      for (Sheet sheet : wb) {
        assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow(), sheet.getSheetName());
        assertTrue(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
      }
      Sheet completion = wb.getSheet("完成情况");
      Row fiveG = completion.getRow(1);
      assertEquals("2020年新建5G基站5.2万个", fiveG.getCell(column(completion, "指标")).getStringCellValue());
      assertEquals(5.2, fiveG.getCell(column(completion, "目标值")).getNumericCellValue(), 1e-12);
      assertEquals(2020, fiveG.getCell(column(completion, "目标年")).getNumericCellValue(), 0);
      assertEquals(5.3, fiveG.getCell(column(completion, "最新值")).getNumericCellValue(), 1e-12);
      assertEquals("已完成", fiveG.getCell(column(completion, "完成情况")).getStringCellValue());
      Cell attainment = fiveG.getCell(column(completion, "完成度"));
      assertEquals(1.0, attainment.getNumericCellValue(), 1e-12);
      assertEquals("0.0%", attainment.getCellStyle().getDataFormatString());
      Sheet used = wb.getSheet("附录一 所用数据");
      Row row = rowsByFirstCell(used).get(FIVE_G);
      assertEquals(5.3, row.getCell(column(used, "数值")).getNumericCellValue(), 1e-12);
      assertDate(LocalDate.of(2021, 1, 20), row.getCell(column(used, "发布日期")));
      Sheet rejected = wb.getSheet("附录二 未采用和拒收");
      Row first = rejected.getRow(1);
      assertEquals("拒收的数据行", first.getCell(0).getStringCellValue());
      assertEquals("UNKNOWN_INDICATOR", first.getCell(column(rejected, "原因代码")).getStringCellValue());
    }
  }

  @Test
  void aFinalEvaluationsWorkbookAddsItsGoalsTasksProjectsDepartmentsAndWhatIsStillNeeded() throws Exception {
    FinalEvaluation result = finalEvaluation();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExcelReport.write(result, DATA, Locale.SIMPLIFIED_CHINESE, Detail.ALL, out);
    try (XSSFWorkbook wb = read(out)) {
      assertEquals(List.of("示例说明", "完成情况", "汇总", "定性目标评估", "重点任务推进情况", "重点任务填报情况",
          "重大工程项目进展", "各牵头单位完成情况", "需补充的数据和评估", "附录一 所用数据", "附录二 未采用和拒收", "返回表核对"),
          sheetNames(wb));
      assertTrue(wb.getSheet("示例说明").getRow(0).getCell(0).getStringCellValue().startsWith("【示例】本报告使用示例返回表"));
      assertEquals(result.report().results().size(), wb.getSheet("完成情况").getLastRowNum(), "every target");

      Sheet goals = wb.getSheet("定性目标评估");
      Row skynet = rowsByFirstCell(goals).get(SKYNET);
      assertEquals("基本完成", skynet.getCell(column(goals, "结论")).getStringCellValue());
      assertEquals("两市待接入", skynet.getCell(column(goals, "说明")).getStringCellValue());
      assertEquals("苏工信〔2021〕3号", skynet.getCell(column(goals, "佐证材料")).getStringCellValue());
      assertDate(LocalDate.of(2021, 5, 20), skynet.getCell(column(goals, "日期")));

      Sheet tasks = wb.getSheet("重点任务填报情况");
      assertEquals("滞后", rowsByFirstCell(tasks).get("measures2020/1/2").getCell(column(tasks, "结论"))
          .getStringCellValue());
      Sheet byChapter = wb.getSheet("重点任务推进情况");
      double late = 0;
      for (Row r : byChapter) {
        late += r.getRowNum() > 0 ? r.getCell(column(byChapter, "滞后")).getNumericCellValue() : 0;
      }
      assertEquals(1, late, 0);

      Sheet projects = wb.getSheet("重大工程项目进展");
      Row programme = rowsByFirstCell(projects).get(PROGRAMME);
      assertEquals("投运", programme.getCell(column(projects, "结论")).getStringCellValue());
      assertDate(LocalDate.of(2020, 12, 20), programme.getCell(column(projects, "达到日期")));
      assertEquals("12.5亿元", programme.getCell(column(projects, "已完成投资")).getStringCellValue());

      Sheet departments = wb.getSheet("各牵头单位完成情况");
      Row industry = rowsByFirstCell(departments).get("省工业和信息化厅");
      assertEquals(CellType.NUMERIC, industry.getCell(column(departments, "任务")).getCellType());
      assertTrue(industry.getCell(column(departments, "说明")).getStringCellValue()
          .startsWith("省工业和信息化厅：牵头目标"));

      Sheet needed = wb.getSheet("需补充的数据和评估");
      assertEquals(result.stillNeeded().size(), needed.getLastRowNum(), "a row per item still needed");
      for (Row r : needed) {
        if (r.getRowNum() > 0) {
          assertTrue(!r.getCell(column(needed, "需补充")).getStringCellValue().isEmpty());
        }
      }
      Sheet checked = wb.getSheet("返回表核对");
      assertTrue(checked.getRow(1).getCell(1).getStringCellValue().startsWith("共读取1份返回表3行：采用3行"),
          checked.getRow(1).getCell(1)::getStringCellValue);
    }
  }

  @Test
  void inEnglishTheSheetsAreNamedInEnglishWithinTheThirtyOneCharactersAWorkbookAllows() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExcelReport.write(finalEvaluation(), DATA, Locale.ENGLISH, out);
    try (XSSFWorkbook wb = read(out)) {
      assertEquals(List.of("Illustrative", "Completion", "Roll-ups", "Qualitative goals", "Key tasks",
          "Key tasks reported", "Major projects", "By lead department", "Still needed", "Appendix A rows used",
          "Appendix B rows not used", "Returns checked"), sheetNames(wb));
      assertEquals("Basically completed", rowsByFirstCell(wb.getSheet("Qualitative goals")).get(SKYNET)
          .getCell(2).getStringCellValue());
    }
  }
}
