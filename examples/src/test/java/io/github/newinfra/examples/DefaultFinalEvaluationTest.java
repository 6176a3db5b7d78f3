package io.github.newinfra.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newinfra.examples.cli.NewInfraCli;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * {@code evaluate} without arguments, README's first command: the final evaluation of both documents on the published
 * Jiangsu statistics the tool ships and the documents' own figures, as of today, with the goals, tasks and projects
 * still to be collected from each department. The published statistics stay what they are: no illustrative mark.
 */
class DefaultFinalEvaluationTest {

  @Test
  void theDefaultIsTheFinalEvaluationOfBothDocumentsAsOfToday() {
    LocalDate before = LocalDate.now(ZoneOffset.UTC);
    CliRun r = CliRun.run("evaluate");
    LocalDate after = LocalDate.now(ZoneOffset.UTC);
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.startsWith("规划实施情况期末评估报告\n关于加快新型信息基础设施建设扩大信息消费的若干政策措施（苏政办发〔2020〕31号）；"
        + "江苏省“十四五”新型基础设施建设规划（苏政办发〔2021〕45号）\n"), r.out);
    assertTrue(r.out.contains("评估日期：" + before) || r.out.contains("评估日期：" + after), r.out);
    assertTrue(r.out.contains("数据覆盖：94个目标中"), r.out);
    // the final evaluation's own sections, in the main part, before the appendix
    int appendix = r.out.indexOf("==== 附录");
    for (String heading : new String[] {"==== 期末评估：定性目标、重点任务和重大工程项目 ====", "== 定性目标评估 ==",
        "== 重点任务推进情况 ==", "== 重大工程项目进展 ==", "== 各牵头单位完成情况 ==", "== 需补充的数据和评估 =="}) {
      int at = r.out.indexOf(heading);
      assertTrue(at > 0 && at < appendix, heading + " before the appendix: " + r.out);
    }
    // no returns: nothing reported, everything still needed; the returns checked stay in the appendix
    assertTrue(r.out.contains("定性目标43个：未填报43个"), r.out);
    assertTrue(r.out.contains("重点任务106项：未填报106项"), r.out);
    assertTrue(r.out.contains("重大工程项目195个：未填报195个"), r.out);
    assertTrue(r.out.indexOf("== 返回表核对 ==") > appendix, r.out);
    assertFalse(r.out.contains("示例"), "published statistics are never marked illustrative: " + r.out);
  }

  @Test
  void itRatesThePublishedStatisticsAndThePlansOwnFigures() {
    CliRun r = CliRun.run("evaluate", "--as-of", "2026-12-07");
    assertEquals(0, r.code, r.err);
    // 7 of the 94 targets have data: 5 from the published statistics, 2 from the figures the 2021 plan reports
    assertTrue(r.out.contains("数据覆盖：94个目标中7个有数据，2个可计算完成度"), r.out);
    assertTrue(r.out.contains("数据行：输入41行：采用8行；未采用33行（被更新数据替代2行，无对应目标29行，不在目标期内2行）；拒收0行"),
        r.out);
    // a published figure, cited by its address
    assertTrue(r.out.contains("所用观测数据：2022-11 1400公里 "), r.out);
    // the plan's own 2020 figure, cited with its document and quote
    assertTrue(r.out.contains("所用观测数据：2020 41.5% 江苏省“十四五”新型基础设施建设规划（苏政办发〔2021〕45号）："
        + "“智慧校园达标率 41.5%”"), r.out);
    // a target due in 2025 with no 2025 figure is not rated on old data
    assertTrue(r.out.contains("[数据不足] 部署RSU车联网道路2000公里 — 缺2025年数据"), r.out);
    // what was read but not used is said on standard error, with the file it came from
    assertTrue(r.err.contains("内置的已公布统计数据（jiangsu-published.csv）中共41行观测数据，其中33行已读取但未采用"), r.err);
    assertEquals(0, CliRun.run("evaluate", "--as-of", "2026-12-07", "--strict").code, "no row is rejected");
  }

  @Test
  void theStatisticsAreTheShippedFileAndGiveTheSameResultsAsReadingItByName() throws IOException {
    try (InputStream in = NewInfraCli.class.getResourceAsStream("jiangsu-published.csv")) {
      assertNotNull(in, "the tool carries the published statistics");
      assertArrayEquals(Files.readAllBytes(Path.of(CliRun.published())), in.readAllBytes());
    }
    ObjectMapper json = new ObjectMapper();
    JsonNode embedded = json.readTree(CliRun.run("evaluate", "--as-of", "2026-12-07", "--format", "json").out)
        .get("evaluation");
    JsonNode named = json.readTree(CliRun.run("evaluate", "--observations", CliRun.published(), "--as-of",
        "2026-12-07", "--format", "json").out);
    assertEquals(named.get("results").size(), embedded.get("results").size());
    for (int i = 0; i < named.get("results").size(); i++) {
      JsonNode a = named.get("results").get(i);
      JsonNode b = embedded.get("results").get(i);
      assertEquals(a.get("target"), b.get("target"));
      assertEquals(a.get("status"), b.get("status"), a.get("target").asText());
      assertEquals(a.get("value"), b.get("value"), a.get("target").asText());
    }
  }

  @Test
  void inEnglishOnRequest() {
    CliRun r = CliRun.run("evaluate", "--as-of", "2026-12-07", "--lang", "en");
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.startsWith("Final evaluation of the plan's implementation\n"), r.out);
    assertTrue(r.out.contains("== Key tasks =="), r.out);
    assertTrue(r.err.contains("of 41 observations in the built-in published statistics (jiangsu-published.csv)"),
        r.err);
  }
}
