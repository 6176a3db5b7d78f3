package io.github.newinfra.examples;

import static io.github.newinfra.examples.CliRun.run;
import static io.github.newinfra.examples.CliRun.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.catalog.TargetQuery;
import io.github.newinfra.model.Department;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI end to end on a hand-made catalog ({@code cli/plan.json}) and observations ({@code cli/observations.csv}),
 * evaluated as of 2023-01-01 (day 19358). Baselines end 2020-12-31 (day 18627); due 2025-12-31 (day 20453).
 */
class NewInfraCliTest {
  @Test
  void evaluatesHandMadeScenariosAsWorkedOutByHand() throws IOException {
    CliRun r = run("evaluate", "--catalog", resource("plan.json"), "--observations", resource("observations.csv"),
        "--as-of", "2023-01-01", "--format", "json", "--lang", "en");
    // Two bad rows (NaN, 2023-Q5): the report is produced, so exit 0, and standard error names their lines.
    assertEquals(0, r.code, r.err);
    assertTrue(r.err.contains("line 8") && r.err.contains("NOT_FINITE"), r.err);
    assertTrue(r.err.contains("line 9") && r.err.contains("UNPARSEABLE_PERIOD"), r.err);
    assertFalse(r.err.contains("Exception"), r.err);
    JsonNode report = new ObjectMapper().readTree(r.out);
    assertEquals(8, report.get("inputObservations").asInt());
    assertEquals(6, report.get("acceptedObservations").asInt());
    Map<String, JsonNode> results = new HashMap<>();
    report.get("results").forEach(x -> results.put(x.get("target").asText(), x));

    // rsu: LEVEL, 0.14 x 10^4 km = 1400 km at end-2022 (day 19357). a = (1400 - 800) / (2000 - 800) = 0.5;
    // e = (19357 - 18627) / (20453 - 18627) = 730 / 1826 = 0.39978; r = 1.2507 -> ON_TRACK
    JsonNode rsu = results.get("demo2030/target/rsu");
    assertEquals("ON_TRACK", rsu.get("status").asText());
    assertEquals(1400, rsu.get("value").asDouble(), 1e-9);
    assertEquals(0.5 / (730.0 / 1826), rsu.get("ratio").asDouble(), 1e-9);

    // stations: FLOW without province rows, so each city's sum over the period: Nanjing 60 (2021 only),
    // Wuxi 40 + 50 -> 150. Nanjing has no 2022 figure, so 150 is a lower bound that does not prove at least 300:
    // INSUFFICIENT_DATA, never a rating built on the missing part.
    JsonNode stations = results.get("demo2030/target/stations");
    assertEquals("INSUFFICIENT_DATA", stations.get("status").asText());
    assertEquals(150, stations.get("value").asDouble(), 1e-9);
    assertEquals(3, stations.get("observations").size());

    // coverage: LEVEL without catalog baseline: earliest (2021) = 70 is the baseline, latest (2022) = 65.
    // a = 1 - (90 - 65) / (90 - 70) = -0.25; e = (19357 - 18992) / (20453 - 18992) = 365 / 1461 = 0.24983;
    // r = -1.0007 < -0.1 -> DETERIORATION
    JsonNode coverage = results.get("demo2030/target/coverage");
    assertEquals("DETERIORATION", coverage.get("status").asText());
    assertEquals(-0.25 / (365.0 / 1461), coverage.get("ratio").asDouble(), 1e-9);
  }

  @Test
  void cagrRatesTheSameDataDifferently() throws IOException {
    CliRun r = run("evaluate", "--catalog", resource("plan.json"), "--observations", resource("observations.csv"),
        "--as-of", "2023-01-01", "--method", "cagr", "--format", "json");
    JsonNode report = new ObjectMapper().readTree(r.out);
    // rsu under CAGR: actual = (1400/800)^(1/(730/365.25)) - 1 = 0.32306; required = (2000/800)^(1/(1826/365.25)) - 1
    // = 0.20117; r = 1.6059 -> ON_TRACK. stations: baseline 0 -> INSUFFICIENT_DATA (CAGR needs positive values).
    for (JsonNode x : report.get("results")) {
      if (x.get("target").asText().equals("demo2030/target/rsu")) {
        double actual = Math.pow(1400.0 / 800, 1 / (730 / 365.25)) - 1;
        double required = Math.pow(2000.0 / 800, 1 / (1826 / 365.25)) - 1;
        assertEquals(actual / required, x.get("ratio").asDouble(), 1e-9);
        assertEquals("ON_TRACK", x.get("status").asText());
      }
      if (x.get("target").asText().equals("demo2030/target/stations")) {
        assertEquals("INSUFFICIENT_DATA", x.get("status").asText());
      }
    }
  }

  @Test
  void rendersMarkdownAndSelfContainedHtml(@TempDir Path dir) throws IOException {
    Path html = dir.resolve("report.html");
    CliRun r = run("evaluate", "--catalog", resource("plan.json"), "--observations", resource("observations.csv"),
        "--as-of", "2023-01-01", "--format", "html", "--out", html.toString());
    assertEquals(0, r.code, r.err);
    String page = Files.readString(html);
    assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("<svg") && page.contains("ON_TRACK"));
    assertFalse(page.contains("http://") || page.contains("https://") || page.contains("<script"), "self-contained");
    CliRun md = run("evaluate", "--catalog", resource("plan.json"), "--observations", resource("observations.csv"),
        "--as-of", "2023-01-01", "--format", "markdown");
    assertTrue(md.out.contains("### 出现倒退 · ") && md.out.contains("`demo2030/target/coverage`"), md.out);
    assertTrue(md.out.contains("## 拒收的数据行（2）"), md.out);
  }

  @Test
  void listsAndFiltersTargets() {
    CliRun all = run("targets", "--catalog", resource("plan.json"), "--format", "csv");
    assertEquals(0, all.code, all.err);
    assertEquals(4, all.out.strip().split("\n").length, all.out);
    assertTrue(all.out.startsWith("\uFEFFid,measure,"), "a UTF-8 byte-order mark first, for Excel");
    CliRun dept = run("targets", "--catalog", resource("plan.json"), "--department", "省交通运输厅", "--due", "2025");
    assertTrue(dept.out.contains("3 targets"), dept.out);
    assertTrue(dept.out.contains("indicator rsu_km, unit 公里, LEVEL"), "each target's indicator and unit: " + dept.out);
    CliRun none = run("targets", "--catalog", resource("plan.json"), "--pillar", "innovation");
    assertTrue(none.out.contains("0 targets"), none.out);
    CliRun unknown = run("targets", "--catalog", resource("plan.json"), "--department", "省不存在厅");
    assertEquals(2, unknown.code);
    assertTrue(unknown.err.contains("省不存在厅"), unknown.err);
  }

  @Test
  void countsOfOneAreSingular() {
    Catalog catalog = Catalog.builtIn();
    boolean sawOne = false;
    for (Department d : catalog.departments()) {
      int n = catalog.targets(TargetQuery.all().department(d.id())).size();
      CliRun r = run("targets", "--department", d.id().value());
      assertEquals(0, r.code, r.err);
      assertTrue(r.out.endsWith("\n" + (n == 1 ? "1 target" : n + " targets") + "\n") || n == 0 && r.out.equals("0 targets\n"), r.out);
      sawOne |= n == 1;
    }
    assertTrue(sawOne, "some department leads exactly one target");
  }

  @Test
  void validateListsEveryProblemAndExitsOne(@TempDir Path dir) throws IOException {
    assertEquals(0, run("validate", resource("plan.json")).code);
    String broken = Files.readString(Path.of(resource("plan.json")))
        .replace("\"measure\": \"demo2030/1/1\", \"indicator\": \"rsu_km\"", "\"measure\": \"demo2030/1/9\", \"indicator\": \"rsu_km\"")
        .replace("\"value\": \"90%\"", "\"value\": \"90公里\"");
    Path file = dir.resolve("broken.json");
    Files.writeString(file, broken);
    CliRun r = run("validate", file.toString());
    assertEquals(1, r.code);
    assertTrue(r.err.contains("$.targets[0].measure") && r.err.contains("$.targets[2].value"), r.err);
    Files.writeString(file, "{\"documents\": [}");
    CliRun malformed = run("validate", file.toString());
    assertEquals(1, malformed.code);
    assertTrue(malformed.err.contains("line 1"), malformed.err);
    assertFalse(malformed.err.contains("at com.") || malformed.err.contains("Exception"), malformed.err);
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, run("evaluate", "--method", "magic").code);
    assertEquals(2, run("nonsense").code);
    assertEquals(2, run().code);
  }

  @Test
  void aMissingObservationsFileIsInvalidInputNotAStackTrace() {
    CliRun r = run("evaluate", "--catalog", resource("plan.json"), "--observations", "/no/such/file.csv");
    assertEquals(1, r.code);
    assertTrue(r.err.contains("/no/such/file.csv"), r.err);
    assertFalse(r.err.contains("\tat "), r.err);
  }

  @Test
  void rejectedRowsAreWarningsOnStandardErrorAndStrictMakesThemExitOne() {
    CliRun r = run("evaluate", "--catalog", resource("plan.json"), "--observations", resource("observations.csv"),
        "--as-of", "2023-01-01", "--lang", "en");
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("demo2030/target/rsu"), "the report is on standard output: " + r.out);
    // in Chinese, the default, the same lines
    CliRun zh = run("evaluate", "--catalog", resource("plan.json"), "--observations", resource("observations.csv"),
        "--as-of", "2023-01-01");
    assertEquals(List.of("newinfra：警告：" + resource("observations.csv") + "中共8行观测数据，其中2行被拒收，未计入报告：",
        "第8行：数值非有限数（NOT_FINITE）", "第9行：时期无法识别（UNPARSEABLE_PERIOD）"),
        java.util.Arrays.stream(zh.err.split("\n")).map(line -> line.replaceAll("）：.*$", "）").strip())
        .collect(java.util.stream.Collectors.toList()));
    String[] lines = r.err.split("\n");
    assertEquals(3, lines.length, r.err);
    assertTrue(lines[0].contains("2 of 8 observations") && lines[0].contains("were rejected"), lines[0]);
    assertTrue(lines[1].contains("line 8: NOT_FINITE — "), lines[1]);
    assertTrue(lines[2].contains("line 9: UNPARSEABLE_PERIOD — "), lines[2]);

    CliRun strict = run("evaluate", "--catalog", resource("plan.json"), "--observations", resource("observations.csv"),
        "--as-of", "2023-01-01", "--strict", "--lang", "en");
    assertEquals(1, strict.code, strict.err);
    assertEquals(r.out, strict.out, "--strict still writes the same report");
    assertTrue(strict.err.contains("--strict"), strict.err);
  }

  @Test
  void aCleanInputExitsZeroWithoutWarningsEvenWhenStrict(@TempDir Path dir) throws IOException {
    Path clean = dir.resolve("clean.csv");
    Files.writeString(clean, "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE\nrsu_km,320000,2022,1400\n");
    CliRun r = run("evaluate", "--catalog", resource("plan.json"), "--observations", clean.toString(),
        "--as-of", "2023-01-01", "--strict");
    assertEquals(0, r.code, r.err);
    assertEquals("", r.err);
  }

  @Test
  void oneRejectedRowIsOneObservationInTheSingular(@TempDir Path dir) throws IOException {
    Path one = dir.resolve("one.csv");
    Files.writeString(one, "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE\nrsu_km,320000,2022,NaN\n");
    CliRun r = run("evaluate", "--catalog", resource("plan.json"), "--observations", one.toString(),
        "--as-of", "2023-01-01", "--lang", "en");
    assertEquals(0, r.code, r.err);
    assertTrue(r.err.contains("1 of 1 observation in ") && r.err.contains(" was rejected and is not in the report"),
        r.err);
  }

  @Test
  void controlCharactersOfTheInputAreEscapedInWarnings(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("controls.csv");
    Files.writeString(file, "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE\nrsu\u001b[2J\u0007km,320000,2022,1\n");
    CliRun r = run("evaluate", "--catalog", resource("plan.json"), "--observations", file.toString(),
        "--as-of", "2023-01-01");
    assertEquals(0, r.code, r.err);
    assertTrue(r.err.contains("rsu\\u001B[2J\\u0007km"), r.err);
    assertFalse(r.err.chars().anyMatch(c -> c < 0x20 && c != '\n'), r.err);
  }

  @Test
  void theEmbeddedEvaluationBelongsToTheBuiltInCatalog() {
    CliRun r = run("evaluate", "--catalog", resource("plan.json"), "--lang", "en");
    assertEquals(2, r.code, r.err);
    assertTrue(r.err.contains("--catalog needs --observations FILE or --returns FILE"), r.err);
    assertTrue(r.err.contains("published Jiangsu statistics built into the tool"), r.err);
    assertTrue(run("evaluate", "--catalog", resource("plan.json")).err
        .contains("--catalog 须与 --observations FILE 或 --returns FILE 同用"));
    assertEquals("", r.out, "no report, not the built-in final evaluation's header");
  }
}
