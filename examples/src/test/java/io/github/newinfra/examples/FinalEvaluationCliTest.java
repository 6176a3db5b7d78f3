package io.github.newinfra.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The final evaluation from the command line: template, a filled return, the report. */
class FinalEvaluationCliTest {
  @TempDir
  Path dir;

  @Test
  void aTemplateFilledInBecomesTheFinalEvaluationsSections() throws Exception {
    Path form = dir.resolve("省公安厅.csv");
    CliRun t = CliRun.run("template", "--department", "省公安厅", "--format", "csv", "--out", form.toString());
    assertEquals(0, t.code, t.err);
    List<String> lines = Files.readAllLines(form, StandardCharsets.UTF_8);
    assertTrue(lines.get(0).startsWith("\uFEFF类别,编号,内容,牵头单位"), lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("定性目标,measures2020/target/smart-skynet,")), lines::toString);
    // Fill the goal's verdict (the 11th column is the status) and a misspelt task status.
    StringBuilder filled = new StringBuilder();
    for (String l : lines) {
      String[] cells = l.split(",", -1);
      if (l.startsWith("定性目标,measures2020/target/smart-skynet,")) {
        cells[10] = "基本完成";
      } else if (l.startsWith("重点任务,")) {
        cells[10] = "已完";
      }
      l = String.join(",", cells);
      filled.append(l).append('\n');
    }
    Files.writeString(form, filled.toString(), StandardCharsets.UTF_8);
    CliRun e = CliRun.run("evaluate", "--returns", form.toString(), "--as-of", "2021-06-30", "--format", "markdown");
    assertEquals(0, e.code, e.err);
    assertTrue(e.out.contains("## 期末评估：定性目标、重点任务和重大工程项目"), e.out);
    assertTrue(e.out.contains("| 构建“全城覆盖、全网共享、全时可用、全程可控”的智慧天网 | 基本完成 |"), e.out);
    assertTrue(e.err.contains("'已完' 不是 已完成、按计划推进、滞后、未启动 之一"), e.err);
    assertTrue(e.err.contains("返回表 省公安厅.csv · 第"), e.err);
    // The form sent back out lists only what is still needed: the assessed goal is gone, the rest stays.
    CliRun again = CliRun.run("template", "--department", "省公安厅", "--format", "csv", "--returns", form.toString(),
        "--as-of", "2021-06-30");
    assertEquals(0, again.code, again.err);
    assertTrue(!again.out.contains("measures2020/target/smart-skynet"), again.out);
    assertTrue(again.out.contains("重点任务,measures2020/2/17,"), again.out);
    assertEquals(lines.size() - 1, again.out.split("\r\n").length, again.out);
    CliRun unknown = CliRun.run("template", "--department", "省公按厅", "--format", "csv");
    assertEquals(1, unknown.code);
    assertTrue(unknown.err.contains("--department '省公按厅' 不是目录中的部门；可能是：省公安厅"), unknown.err);
    CliRun english = CliRun.run("template", "--department", "省公按厅", "--format", "csv", "--lang", "en");
    assertEquals(1, english.code);
    assertTrue(english.err.contains("--department '省公按厅' is not a department of the catalog; did you mean 省公安厅?"),
        english.err);
  }

  @Test
  void theTemplateSpeaksTheLanguageOfLang() throws Exception {
    Path form = dir.resolve("省公安厅.xlsx");
    CliRun zh = CliRun.run("template", "--department", "省公安厅", "--out", form.toString());
    assertEquals(0, zh.code, zh.err);
    assertTrue(zh.err.startsWith("newinfra：省公安厅的填报表共"), zh.err);
    assertTrue(zh.err.contains("项，已写入" + form), zh.err);
    CliRun en = CliRun.run("template", "--department", "省公安厅", "--out", form.toString(), "--lang", "en");
    assertTrue(en.err.startsWith("newinfra: ") && en.err.contains(" items for 省公安厅 written to " + form), en.err);
    CliRun noOut = CliRun.run("template", "--department", "省公安厅");
    assertEquals(2, noOut.code);
    assertTrue(noOut.err.contains("--format xlsx 生成工作簿，请用 --out FILE 指定文件"), noOut.err);
    assertTrue(noOut.err.contains("运行“newinfra template --help”查看选项。"), noOut.err);
    CliRun badSection = CliRun.run("template", "--section", "plan2021/99", "--format", "csv", "--lang", "en");
    assertEquals(1, badSection.code);
    assertTrue(badSection.err.contains("--section 'plan2021/99': no item lies under it"), badSection.err);
  }

  @Test
  void theIllustrativeReturnsAreSaidToBeIllustrativeInTheReportsTitle() {
    String[] returns = {"returns/省工业和信息化厅.xlsx", "returns/省公安厅.csv", "returns/省教育厅.json"};
    for (String format : List.of("text", "markdown", "html")) {
      CliRun e = CliRun.run("evaluate", "--returns", returns[0], returns[1], returns[2], "--as-of", "2021-06-30",
          "--format", format);
      assertEquals(0, e.code, e.err);
      String shown = format.equals("html") ? Jsoup.parse(e.out).text() : e.out;
      assertTrue(shown.contains("【示例】本报告使用示例返回表"), format);
      assertTrue(shown.contains("期末评估：定性目标、重点任务和重大工程项目（示例返回表，非公开发布数据）"), format);
      assertTrue(shown.contains("省工业和信息化厅.xlsx · 重点任务!D25: '完成了' 不是 已完成、按计划推进、滞后、未启动 之一"),
          format);
      if (format.equals("html")) {
        assertTrue(e.out.contains("<title>【示例】"), e.out.substring(0, 400));
      }
    }
    CliRun json = CliRun.run("evaluate", "--returns", returns[1], "--as-of", "2021-06-30", "--format", "json");
    assertTrue(json.out.contains("\"illustrative\" : true"), json.out);
  }

  @Test
  void theFinalEvaluationIsAWorkbookTooWithItsOwnSheetsAfterTheReports() throws Exception {
    Path workbook = dir.resolve("期末评估.xlsx");
    CliRun e = CliRun.run("evaluate", "--returns", "returns/省公安厅.csv", "--as-of", "2021-06-30", "--format", "xlsx",
        "--out", workbook.toString());
    assertEquals(0, e.code, e.err);
    assertEquals("", e.out);
    try (InputStream in = Files.newInputStream(workbook); ReadableWorkbook wb = new ReadableWorkbook(in)) {
      assertEquals(List.of("示例说明", "完成情况", "汇总", "定性目标评估", "重点任务推进情况", "重点任务填报情况", "重大工程项目进展",
          "各牵头单位完成情况", "需补充的数据和评估", "附录一 所用数据", "附录二 未采用和拒收", "返回表核对"),
          wb.getSheets().map(Sheet::getName).collect(Collectors.toList()));
    }
    CliRun noFile = CliRun.run("evaluate", "--returns", "returns/省公安厅.csv", "--format", "xlsx");
    assertEquals(2, noFile.code);
    assertTrue(noFile.err.contains("--format xlsx 生成工作簿，请用 --out FILE 指定文件"), noFile.err);
  }

  @Test
  void theWorkbookTemplateNeedsAFile() {
    CliRun t = CliRun.run("template", "--department", "js-industry-it");
    assertEquals(2, t.code);
    assertTrue(t.err.contains("--out FILE"), t.err);
  }
}
