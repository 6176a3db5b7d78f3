package io.github.newinfra.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newinfra.model.json.ModelJson;
import io.github.newinfra.testing.LivePayloads;
import io.github.newinfra.testing.MalformedInputs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command line writes of a catalog's or an observation file's text: every CSV with its formulas made
 * text, every terminal output and the workbook with control characters escaped.
 */
class UntrustedOutputCliTest {
  static final String FORMULA = "=HYPERLINK(\"http://evil.example/\",\"open\")";
  static final String TERMINAL = "\u001B]0;owned\u0007\u001B[2J\u001B[31m";

  @TempDir
  Path dir;

  /** The hand-made catalog with its first indicator's names replaced. */
  private Path catalog(String nameZh, String nameEn) throws IOException {
    JsonNode plan = ModelJson.newMapper().readTree(Path.of(CliRun.resource("plan.json")).toFile());
    ObjectNode indicator = (ObjectNode) plan.get("indicators").get(0);
    indicator.put("nameZh", nameZh).put("nameEn", nameEn);
    return Files.write(dir.resolve("plan.json"), ModelJson.newMapper().writeValueAsBytes(plan));
  }

  @Test
  void aFormulaInACatalogNameIsTextInTheIndicatorsCsv() throws IOException {
    String c = catalog(FORMULA, "-2+3+cmd|' /C calc'!A0").toString();
    CliRun run = CliRun.run("indicators", "--format", "csv", "--catalog", c);
    assertEquals(0, run.code, run.err);
    assertTrue(run.out.startsWith("\uFEFF"), "a byte-order mark, as every CSV the tool writes");
    assertTrue(run.out.contains(",\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"open\"\")\",'-2+3+cmd|' /C calc'!A0,"),
        run.out);
    LivePayloads.inCsv(run.out).ifPresent(org.junit.jupiter.api.Assertions::fail);
  }

  @Test
  void aNegativeNumberStaysANumberInACsv() throws IOException {
    String c = catalog("-12.5", "+3").toString();
    String out = CliRun.run("indicators", "--format", "csv", "--catalog", c).out;
    assertTrue(out.contains(",-12.5,+3,"), out);
    CliRun targets = CliRun.run("targets", "--format", "csv", "--catalog", c);
    LivePayloads.inCsv(targets.out).ifPresent(org.junit.jupiter.api.Assertions::fail);
  }

  @Test
  void terminalEscapesInCatalogTextsAreShownEscapedByEveryCommand() throws IOException {
    String c = catalog("路侧" + TERMINAL, "RSU \u202Eevil").toString();
    for (String[] args : List.of(new String[] {"indicators", "--catalog", c},
        new String[] {"search", "路侧", "--catalog", c}, new String[] {"indicators", "--format", "json", "--catalog", c},
        new String[] {"evaluate", "--observations", CliRun.resource("observations.csv"), "--catalog", c,
            "--as-of", "2023-12-31", "--format", "markdown"})) {
      CliRun run = CliRun.run(args);
      assertEquals(0, run.code, run.err);
      LivePayloads.controlOrBidi(run.out + run.err).ifPresent(found -> org.junit.jupiter.api.Assertions.fail(
          String.join(" ", args) + ": " + found));
    }
    String text = CliRun.run("indicators", "--catalog", c).out;
    assertTrue(text.contains("路侧\\u001B]0;owned\\u0007\\u001B[2J\\u001B[31m · RSU \\u202Eevil"), text);
  }

  @Test
  void theWorkbookShowsControlCharactersEscapedRatherThanDroppingThem() throws IOException {
    Path csv = Files.writeString(dir.resolve("o.csv"), "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,SOURCE\n"
        + "rsu_road_length,320000,2023,1500,\"x" + TERMINAL + "\u0000b\"\n");
    Path xlsx = dir.resolve("r.xlsx");
    CliRun run = CliRun.run("evaluate", "--observations", csv.toString(), "--as-of", "2023-12-31", "--format",
        "xlsx", "--out", xlsx.toString());
    assertEquals(0, run.code, run.err);
    try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook wb = new ReadableWorkbook(in)) {
      List<Row> rows = wb.getSheets().collect(Collectors.toList()).get(2).read();
      String all = rows.stream().map(r -> r.stream().map(cell -> cell == null ? "" : cell.getText())
          .collect(Collectors.joining("|"))).collect(Collectors.joining("\n"));
      assertTrue(all.contains("x\\u001B]0;owned\\u0007\\u001B[2J\\u001B[31m\\u0000b"), all);
      assertFalse(all.contains("x]0;owned"), "nothing dropped without a word: " + all);
    }
  }

  /** A return whose notes and evidence carry every hostile text: markup, links of other schemes, controls. */
  private Path hostileReturn() throws IOException {
    ObjectNode root = ModelJson.newMapper().createObjectNode();
    root.put("department", "省公安厅");
    ObjectNode goal = root.putArray("rows").addObject();
    goal.put("kind", "定性目标").put("id", "measures2020/target/smart-skynet").put("status", "部分完成")
        .put("note", String.join(" ", MalformedInputs.MARKUP)).put("evidence", String.join(" ", MalformedInputs.CONTROLS));
    ObjectNode task = ((com.fasterxml.jackson.databind.node.ArrayNode) root.get("rows")).addObject();
    task.put("kind", "重点任务").put("id", "measures2020/2/17").put("status", "已完成")
        .put("note", TERMINAL + "\u202Eevil").put("evidence_address", "javascript:alert(1)");
    return Files.write(dir.resolve("省公安厅.json"), ModelJson.newMapper().writeValueAsBytes(root));
  }

  @Test
  void aReturnsNotesAndEvidenceAreInertInTheFinalEvaluationsSectionsOfEveryFormat() throws IOException {
    String returned = hostileReturn().toString();
    for (String format : List.of("text", "markdown", "html")) {
      CliRun run = CliRun.run("evaluate", "--returns", returned, "--as-of", "2021-06-30", "--format", format);
      assertEquals(0, run.code, run.err);
      LivePayloads.controlOrBidi(run.out).ifPresent(found -> org.junit.jupiter.api.Assertions.fail(format + ": "
          + found));
      String part = run.out.substring(run.out.indexOf("期末评估：定性目标、重点任务和重大工程项目"));
      assertTrue(part.contains("measures2020/target/smart-skynet"), part);
      if (format.equals("markdown")) {
        LivePayloads.inMarkdown(part).ifPresent(org.junit.jupiter.api.Assertions::fail);
      }
      if (format.equals("html")) {
        Element sections = Jsoup.parse(run.out).getElementById("final-evaluation");
        assertTrue(sections.text().contains("<img src=x onerror=alert(1)>"), sections::text);
        assertEquals(0, sections.select("img, script, a, iframe").size(), sections::html);
      }
    }
  }
}
