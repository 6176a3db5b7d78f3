package io.github.newinfra.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.examples.cli.NewInfraCli;
import io.github.newinfra.model.IndicatorId;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Finding what to map an observation file to: {@code indicators}, {@code search} and the built-in catalog. */
class FindIndicatorsTest {
  private static final String NO_TARGET = "no target uses it — observations of it are not evaluated";

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = NewInfraCli.run(args, new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    assertEquals("", err.toString());
    return out.toString().split("\n");
  }

  private static String text(String... args) {
    return String.join("\n", run(args)) + "\n";
  }

  @Test
  void searchingIndicatorsFor5gShowsWhichOnesNoTargetUses() {
    String out = text("indicators", "--search", "5G");
    // base_stations_5g (a LEVEL) has no target; only the 2020 flow base_stations_5g_new does.
    assertTrue(out.contains("base_stations_5g  5G基站数"), out);
    int level = out.indexOf("base_stations_5g  ");
    String levelLines = out.substring(level, out.indexOf('\n', out.indexOf('\n', level) + 1));
    assertTrue(levelLines.contains("unit 座") && levelLines.contains("LEVEL") && levelLines.contains(NO_TARGET),
        levelLines);
    int flow = out.indexOf("base_stations_5g_new  ");
    String flowLines = out.substring(flow, out.indexOf('\n', out.indexOf('\n', flow) + 1));
    assertTrue(flowLines.contains("FLOW") && flowLines.contains("1 target: measures2020/target/new-5g-base-stations"),
        flowLines);
    assertFalse(out.contains("rsu_road_length"), "only matches: " + out);
    assertTrue(out.matches("(?s).*\\n\\d+ indicators, \\d+ of them used by no target\\n"), out);
  }

  @Test
  void aBareNumberIsACount() {
    String out = text("indicators", "--search", "iot_connections");
    assertTrue(out.contains("unit count, 个数 (UNIT_MEASURE NUMBER)"), out);
    assertTrue(out.endsWith("\n1 indicator, 1 of them used by no target\n") || out.endsWith("\n1 indicator\n"), out);
  }

  @Test
  void csvAndJsonAgreeWithTheCatalog() throws IOException {
    Catalog catalog = Catalog.builtIn();
    String[] csv = run("indicators", "--format", "csv");
    assertEquals("\uFEFFid,name_zh,name_en,unit,unit_measure,accumulation,direction,targets", csv[0],
        "a UTF-8 byte-order mark first, for Excel, as every CSV the tool writes");
    assertEquals(catalog.indicators().size() + 1, csv.length);
    JsonNode json = new ObjectMapper().readTree(text("indicators", "--format", "json"));
    assertEquals(catalog.indicators().size(), json.size());
    Map<String, JsonNode> byId = new HashMap<>();
    json.forEach(n -> byId.put(n.get("id").asText(), n));
    for (var i : catalog.indicators()) {
      JsonNode n = byId.get(i.id().value());
      assertEquals(catalog.targets(i.id()).size(), n.get("targets").asInt(), i.id().value());
      assertEquals(i.unit().code(), n.get("unitMeasure").asText());
      assertEquals(i.accumulation().name(), n.get("accumulation").asText());
    }
    JsonNode iot = byId.get("iot_connections");
    assertEquals("", iot.get("unit").asText());
    assertEquals("count", iot.get("unitEn").asText());
    assertEquals("个数", iot.get("unitZh").asText());
    assertEquals(0, byId.get("base_stations_5g").get("targets").asInt());
    assertTrue(catalog.targets(IndicatorId.of("base_stations_5g")).isEmpty());
  }

  @Test
  void noIndicatorMatchPointsToTheWholeCatalogSearch() {
    String out = text("indicators", "--search", "不存在的东西");
    assertTrue(out.contains("No indicator matches \"不存在的东西\"") && out.contains("newinfra search"), out);
  }

  @Test
  void searchFindsBaseStationsAcrossTheCatalogWithTheirIndicators() {
    String out = text("search", "基站");
    assertTrue(out.startsWith(Catalog.builtIn().search("基站").size() + " matches for \"基站\":"), out);
    assertTrue(out.indexOf("Indicators (") < out.indexOf("Targets ("), "indicators first: " + out);
    assertTrue(out.contains("  base_stations_5g  nameZh: 5G基站数"), out);
    assertTrue(out.contains("measures2020/target/new-5g-base-stations  descriptionZh: ")
        && out.contains("→ indicator base_stations_5g_new (个)"), out);
    assertTrue(out.contains("plan2021/reported/g5-base-stations") && out.contains("→ indicator base_stations_5g"), out);
  }

  @Test
  void searchShowsLongTextsAroundTheMatch() {
    for (String line : run("search", "基站")) {
      assertTrue(line.length() < 200, "one readable line per hit: " + line);
    }
  }

  @Test
  void searchInEnglishIgnoresCaseAndSaysWhenNothingMatches() throws IOException {
    JsonNode hits = new ObjectMapper().readTree(text("search", "BROADBAND", "--format", "json"));
    assertTrue(hits.size() > 0);
    hits.forEach(h -> assertTrue(h.get("text").asText().toLowerCase().contains("broadband"), h.toString()));
    assertEquals("No match for \"qwertyuiop\" in the catalog.\n", text("search", "qwertyuiop"));
  }
}
