package io.github.newinfra.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newinfra.examples.cli.NewInfraCli;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate --lang}, {@code --show all} and {@code --format xlsx}, on the real published Jiangsu figures. */
class ReportFormatsCliTest {
  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = NewInfraCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  private static String published() {
    return CliRun.published();
  }

  @Test
  void writesAWorkbookWithTheFourSheetsAndTheJsonReportsNumbers(@TempDir Path dir) throws IOException {
    Path xlsx = dir.resolve("report.xlsx");
    String[] r = run("evaluate", "--observations", published(), "--as-of", "2023-12-31", "--format", "xlsx",
        "--out", xlsx.toString());
    assertEquals("0", r[0], r[2]);
    String[] json = run("evaluate", "--observations", published(), "--as-of", "2023-12-31", "--format", "json");
    JsonNode report = new ObjectMapper().readTree(json[1]);
    Map<String, JsonNode> results = new HashMap<>();
    report.get("results").forEach(x -> results.put(x.get("target").asText(), x));
    try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook wb = new ReadableWorkbook(in)) {
      List<Sheet> sheets = wb.getSheets().collect(Collectors.toList());
      assertEquals(List.of("完成情况", "汇总", "附录一 所用数据", "附录二 未采用和拒收"),
          sheets.stream().map(Sheet::getName).collect(Collectors.toList()));
      // the completion sheet carries no ids: its rows are matched to the results by the targets' descriptions
      Map<String, String> ids = new HashMap<>();
      io.github.newinfra.catalog.Catalog.builtIn().data().targets().forEach(t -> ids.put(
          t.descriptionZh().orElse(t.source().quote()), t.id().value()));
      // 完成情况: one row per target with data, the value used and the target as numbers
      List<Row> rows = sheets.get(0).read();
      assertEquals("序号", rows.get(0).getCellText(0));
      long withData = results.values().stream().filter(x -> !x.get("status").asText().equals("NO_DATA")
          && !x.get("status").asText().equals("NOT_ASSESSED")).count();
      assertEquals(withData, rows.size() - 1);
      assertTrue(withData >= 4);
      for (Row row : rows.subList(1, rows.size())) {
        JsonNode x = results.get(ids.get(row.getCellText(1)));
        assertEquals(CellType.NUMBER, row.getCell(8).getType());
        assertEquals(0, new BigDecimal(x.get("value").asText()).compareTo(row.getCellAsNumber(8).orElseThrow()));
        assertEquals(0, new BigDecimal(x.get("targetValue").asText()).compareTo(row.getCellAsNumber(6).orElseThrow()));
        assertEquals(x.get("dueYear").asInt(), row.getCellAsNumber(7).orElseThrow().intValue());
        if (x.has("attainment")) {
          assertEquals(x.get("attainment").asDouble(), row.getCellAsNumber(11).orElseThrow().doubleValue(), 1e-12);
        }
      }
      // 观测数据: every observation the results rest on, value as a number
      int observations = 0;
      for (JsonNode x : results.values()) {
        observations += x.get("observations").size();
      }
      List<Row> obs = sheets.get(2).read();
      assertEquals(observations, obs.size() - 1);
      assertEquals(CellType.NUMBER, obs.get(1).getCell(4).getType());
      // publication dates are dates, not text
      assertTrue(obs.subList(1, obs.size()).stream().anyMatch(row -> row.getCell(8) != null
          && row.getCell(8).getType() == CellType.NUMBER && row.getCellAsDate(8).isPresent()));
      // 未采用数据: the rows not used and the rejected ones
      List<Row> notUsed = sheets.get(3).read();
      assertEquals(report.get("unused").size() + report.get("rejected").size(), notUsed.size() - 1);
      long rows2 = 0;
      for (Row row : notUsed.subList(1, notUsed.size())) {
        rows2 += row.getCellAsNumber(4).orElseThrow().longValue();
      }
      assertEquals(report.get("acceptedObservations").asLong() - report.get("usedObservations").asLong()
          + report.get("rejected").size(), rows2);
      // 汇总: every roll-up with its counts
      List<Row> rollUps = sheets.get(1).read();
      assertEquals(report.get("rollUps").size(), rollUps.size() - 1);
      JsonNode first = report.get("rollUps").get(0);
      assertEquals(first.get("targets").asInt(), rollUps.get(1).getCellAsNumber(2).orElseThrow().intValue());
      assertEquals(first.get("rated").asInt(), rollUps.get(1).getCellAsNumber(4).orElseThrow().intValue());
    }
    // every sheet: header row frozen, column widths set
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
      for (int i = 1; i <= 4; i++) {
        String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet" + i + ".xml")).readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(sheet.contains("ySplit=\"1\"") && sheet.contains("state=\"frozen\""), "sheet " + i);
        assertTrue(sheet.contains("<cols>") && sheet.contains("customWidth=\"true\""), "sheet " + i);
      }
    }
  }

  @Test
  void everyCsvTheToolWritesStartsWithAByteOrderMark() {
    for (String[] args : List.of(new String[] {"indicators", "--format", "csv"},
        new String[] {"indicators", "--search", "5G", "--format", "csv"}, new String[] {"targets", "--format", "csv"},
        new String[] {"targets", "--due", "2025", "--format", "csv"})) {
      String[] r = run(args);
      assertEquals("0", r[0], r[2]);
      assertTrue(r[1].startsWith("\uFEFFid,"), String.join(" ", args) + ": " + r[1].substring(0, 20));
      assertEquals(1, r[1].chars().filter(c -> c == '\uFEFF').count(), String.join(" ", args));
    }
  }

  @Test
  void xlsxNeedsAFile() {
    String[] r = run("evaluate", "--format", "xlsx");
    assertEquals("2", r[0]);
    assertTrue(r[2].contains("--out"), r[2]);
  }

  @Test
  void englishOnRequestAndEverythingWithShowAll() {
    String en = run("evaluate", "--lang", "en", "--as-of", "2026-12-07")[1];
    assertTrue(en.startsWith("Final evaluation of the plan's implementation"), en);
    assertTrue(en.contains("== Needs attention (1) =="), en);
    String zh = run("evaluate", "--as-of", "2026-12-07")[1];
    String all = run("evaluate", "--as-of", "2026-12-07", "--show", "all")[1];
    assertTrue(all.length() > zh.length());
    String noData = "无数据：截至2026-12-07没有江苏省“省级大数据主中心数”的可用观测值";
    assertTrue(all.contains(noData), all);
    assertTrue(!zh.contains(noData), zh);
  }
}
