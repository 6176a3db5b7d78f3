package io.github.newinfra.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.newinfra.catalog.CatalogValidator;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Department;
import io.github.newinfra.model.Document;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.json.ModelJson;
import io.github.newinfra.testing.CatalogGenerators;
import io.github.newinfra.testing.LivePayloads;
import io.github.newinfra.testing.MalformedInputs;
import io.github.newinfra.testing.ObservationGenerators;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's hostile texts ({@link MalformedInputs#MARKUP}, {@link MalformedInputs#FORMULAS},
 * {@link MalformedInputs#CONTROLS}, {@link MalformedInputs#overLimitJsonElements}) put into a catalog's texts, an
 * observation file's SOURCE, COMMENT and codes, a mapping's codes, and run through every output of the command
 * line: text, Markdown, HTML, JSON, the Excel workbook, both CSVs, the warnings on standard error. No output carries
 * a payload live: no raw control or bidi character, no Markdown tag or link, no HTML tag, event handler or link of
 * another scheme, no CSV formula, no workbook formula.
 */
class HostileTextTest {
  @TempDir
  Path dir;

  @Test
  void noOutputFormatCarriesAHostileTextLive() {
    qt().withExamples(4).forAll(longs().all()).checkAssert(seed -> {
      try {
        check(new SplittableRandom(seed));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private void check(RandomGenerator r) throws IOException {
    CatalogData data = hostile(CatalogGenerators.catalog(r), r);
    assertEquals(List.of(), CatalogValidator.validate(data), "the hostile catalog is a valid one");
    Path catalog = Files.write(dir.resolve("catalog.json"), ModelJson.newMapper().writeValueAsBytes(data));
    String c = catalog.toString();

    String mappedIndicator = oneLine(r);
    String mappedUnit = oneLine(r);
    Path map = Files.writeString(dir.resolve("map.csv"), "KIND,FROM,TO\n"
        + "indicator," + mappingField(mappedIndicator) + "," + data.indicators().get(0).id() + "\n"
        + "unit," + mappingField(mappedUnit) + ",KBPS\n");
    StringBuilder csv = new StringBuilder("INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS,"
        + "COMMENT,SOURCE\n");
    List<String> json = new ArrayList<>();
    for (ObservationGenerators.Row row : ObservationGenerators.rows(r, data, 12)) {
      String comment = MalformedInputs.hostile(r);
      String source = MalformedInputs.hostile(r);
      csv.append(String.join(",", row.indicator(), row.region(), row.period(), row.value(), row.unit(),
          row.unitMult(), row.status(), quoted(comment), quoted(source))).append('\n');
      json.add("{\"indicator\":" + str(row.indicator()) + ",\"region\":" + str(row.region()) + ",\"period\":"
          + str(row.period()) + ",\"value\":" + str(row.value()) + ",\"comment\":" + str(comment) + ",\"source\":"
          + str(source) + "}");
    }
    for (int i = 0; i < 3; i++) {
      csv.append(quoted(MalformedInputs.hostile(r))).append(",320000,2023,1,,,,,\n");
      csv.append(data.indicators().get(0).id()).append(',').append(quoted(MalformedInputs.hostile(r)))
          .append(",2023,1,").append(quoted(MalformedInputs.hostile(r))).append(",,,,\n");
    }
    csv.append(quoted(mappedIndicator)).append(",320000,2023,1,").append(quoted(mappedUnit)).append(",,,,\n");
    // The long string (over the tool's 1 Mi-character elements) in some examples only: it takes the most time.
    List<String> over = MalformedInputs.overLimitJsonElements((1 << 20) + 1);
    int overFrom = json.size();
    json.addAll(r.nextInt(4) == 0 ? over : over.subList(0, 2));
    Path observations = Files.writeString(dir.resolve("observations.csv"), csv);
    Path observationsJson = Files.writeString(dir.resolve("observations.json"), "[" + String.join(",\n", json)
        + "]");

    for (String[] args : List.of(new String[] {"catalog"}, new String[] {"indicators"},
        new String[] {"targets"}, new String[] {"search", "测试"}, new String[] {"validate", c})) {
      String[] full = args[0].equals("validate") ? args : concat(args, "--catalog", c);
      CliRun run = CliRun.run(full);
      assertEquals(0, run.code, String.join(" ", full) + ": " + run.err);
      inert("text of " + args[0], LivePayloads.controlOrBidi(run.out + run.err));
    }
    for (String command : List.of("indicators", "targets")) {
      CliRun run = CliRun.run(command, "--format", "csv", "--catalog", c);
      inert(command + " --format csv", LivePayloads.inCsv(run.out));
      inert(command + " --format json", LivePayloads.controlOrBidi(
          CliRun.run(command, "--format", "json", "--catalog", c).out));
    }
    String[] evaluate = {"evaluate", "--observations", observations.toString(), "--map", map.toString(),
        "--catalog", c, "--as-of", "2030-06-30", "--show", "all"};
    String lang = r.nextBoolean() ? "zh" : "en";
    CliRun text = CliRun.run(concat(evaluate, "--lang", lang));
    assertEquals(0, text.code, text.err);
    assertTrue(text.err.contains("被拒收") || text.err.contains("rejected"), text.err);
    inert("text report and warnings", LivePayloads.controlOrBidi(text.out + text.err));
    inert("markdown", LivePayloads.inMarkdown(CliRun.run(concat(evaluate, "--lang", lang, "--format", "markdown")).out));
    html(CliRun.run(concat(evaluate, "--lang", lang, "--format", "html")).out);
    CliRun reportJson = CliRun.run(concat(evaluate, "--format", "json"));
    inert("json", LivePayloads.controlOrBidi(reportJson.out));
    Path xlsx = dir.resolve("report.xlsx");
    assertEquals(0, CliRun.run(concat(evaluate, "--format", "xlsx", "--out", xlsx.toString())).code);
    workbook(xlsx);

    CliRun fromJson = CliRun.run("evaluate", "--observations", observationsJson.toString(), "--catalog", c,
        "--as-of", "2030-06-30", "--format", "json");
    assertEquals(0, fromJson.code, "over-limit elements cost only themselves: " + fromJson.err);
    JsonNode report = ModelJson.newMapper().readTree(fromJson.out);
    assertEquals(json.size(), report.get("inputObservations").asInt());
    List<String> malformed = new ArrayList<>();
    report.get("rejected").forEach(x -> malformed.add(x.get("location").asText() + " " + x.get("reason").asText()));
    for (int k = overFrom; k < json.size(); k++) {
      assertTrue(malformed.contains("$[" + k + "] MALFORMED_ROW"), "element " + k + " rejected alone: " + malformed);
    }
    inert("json report of a JSON file", LivePayloads.controlOrBidi(fromJson.out + fromJson.err));
  }

  /** The catalog with hostile texts in every free-text field that outputs show. */
  private static CatalogData hostile(CatalogData data, RandomGenerator r) {
    List<Indicator> indicators = data.indicators().stream().map(i -> Indicator.builder().from(i)
        .nameZh(name(r)).nameEn(name(r)).build()).collect(Collectors.toList());
    List<Target> targets = data.targets().stream().map(t -> t.withDescriptionZh(name(r))
        .withDescriptionEn(name(r))).collect(Collectors.toList());
    List<Document> documents = data.documents().stream().map(d -> Document.builder().from(d)
        .titleZh(name(r)).titleEn(name(r)).issuingNumber(name(r)).build()).collect(Collectors.toList());
    List<Department> departments = data.departments().stream().map(d -> Department.builder().from(d)
        .nameZh(name(r)).nameEn(name(r)).build()).collect(Collectors.toList());
    return CatalogData.builder().from(data).indicators(indicators).targets(targets).documents(documents)
        .departments(departments).build();
  }

  /** A hostile text as a name, which must not be blank: alone when it has a visible character. */
  private static String name(RandomGenerator r) {
    String t = MalformedInputs.hostile(r);
    return t.isBlank() || r.nextBoolean() ? "名称 " + t : t;
  }

  /** A hostile text that fits on one line of a mapping file, is not blank and is not a comment. */
  private static String oneLine(RandomGenerator r) {
    String t;
    do {
      t = MalformedInputs.hostile(r).strip();
    } while (t.isEmpty() || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0 || t.startsWith("#")
        || t.chars().anyMatch(ch -> ch == 0x85 || ch == 0x2028 || ch == 0x2029));
    return t;
  }

  private static String mappingField(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  private static String str(String text) {
    try {
      return ModelJson.newMapper().writeValueAsString(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String[] concat(String[] head, String... tail) {
    String[] all = new String[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  private static void inert(String what, Optional<String> found) {
    found.ifPresent(f -> fail(what + ": " + f));
  }

  /** The page as a browser parses it: one style sheet, no script or embedded content, no handler, no comment. */
  private static void html(String page) {
    inert("html", LivePayloads.controlOrBidi(page));
    org.jsoup.nodes.Document doc = Jsoup.parse(page);
    assertEquals(1, doc.select("style").size(), "one style sheet, the report's own");
    assertEquals(0, doc.select("script, img, iframe, object, embed, link, base, form, input, video, audio").size(),
        "no payload element");
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertTrue(!a.getKey().toLowerCase().startsWith("on"), "event handler " + a + " on " + e.tagName());
        if (a.getKey().equals("href")) {
          assertTrue(a.getValue().startsWith("#") || a.getValue().matches("https?://[^\\s\"'<>`\\\\]+"),
              "only web addresses and the page's own anchors are links: " + a);
        }
        assertTrue(!a.getKey().equals("src") && !a.getKey().endsWith(":href"), "nothing loaded: " + a);
      }
    }
    NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
      if (node instanceof Comment) {
        fail("a comment from the input: " + node);
      }
    }, doc);
  }

  /** Every cell of every sheet: text or a number, never a formula, and no raw control character. */
  private static void workbook(Path xlsx) throws IOException {
    try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook wb = new ReadableWorkbook(in)) {
      for (Sheet sheet : wb.getSheets().collect(Collectors.toList())) {
        for (Row row : sheet.read()) {
          for (Cell cell : row) {
            if (cell == null) {
              continue;
            }
            assertTrue(cell.getType() != CellType.FORMULA && cell.getFormula() == null, "a formula: " + cell);
            inert("xlsx " + sheet.getName(), LivePayloads.controlOrBidi(cell.getRawValue() == null ? ""
                : cell.getRawValue()));
          }
        }
      }
    }
  }
}
