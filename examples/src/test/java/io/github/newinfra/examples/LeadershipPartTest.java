package io.github.newinfra.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leadership part of the Chinese report — everything before the appendix (附录) — as a planning office hands it
 * upward: no Latin-letter run other than units, the catalog's own Latin terms (5G, RSU, IPv6 …) and source
 * addresses, no brackets inside brackets, and no id or input position ({@code plan2021/}, {@code measures2020/}, {@code line N}, {@code #N},
 * {@code 第N行}). Checked on the published Jiangsu figures and on the built-in final evaluation, in HTML, text, Markdown
 * and the workbook's leadership sheets; the appendix keeps the ids, positions and codes.
 */
class LeadershipPartTest {
  /** Ids and input positions, none of which may appear before the appendix. */
  private static final Pattern INTERNALS = Pattern.compile(
      "plan2021/|measures2020/|/target/|\\bline \\d+|#\\d+|第\\d+行|\\$\\[\\d+]|[A-Z]{3,}_[A-Z_]+");

  private static final Pattern LATIN = Pattern.compile("[A-Za-z]+");

  /** A bracket opened inside another: {@code （2020，（基本））}. */
  private static final Pattern NESTED = Pattern.compile("（[^）]*（");

  /** The catalog's fields, besides those ending in {@code Zh}, that hold Chinese text, quotes or quantities. */
  private static final Set<String> CHINESE_FIELDS = Set.of("quote", "text", "unit", "value", "upperValue", "amount",
      "label", "departments", "shortForms", "namedActors", "issuingNumber");

  /** Web addresses and the host names of sources, which are the sources' own spelling. */
  private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s，。；、“”（）<>\"]+");

  private static String[] run(String... args) {
    CliRun r = CliRun.run(args);
    return new String[] {Integer.toString(r.code), r.out, r.err};
  }

  private static String published() {
    return CliRun.published();
  }

  /**
   * The reports a planning office would print: the published figures, and the built-in final evaluation (also with
   * every target in full, {@code --show all}).
   */
  private static List<String[]> reports(String format) {
    List<String[]> out = new ArrayList<>();
    out.add(new String[] {"published", run("evaluate", "--observations", published(), "--as-of", "2026-03-31",
        "--format", format)[1]});
    out.add(new String[] {"final evaluation", run("evaluate", "--format", format)[1]});
    out.add(new String[] {"final evaluation, every target", run("evaluate", "--format", format, "--show", "all")[1]});
    return out;
  }

  /**
   * The Latin-letter runs the catalog writes in its Chinese texts (5G, RSU, IPv6, 10G PON …) and its units: read
   * from the catalog's own files, only from fields that hold Chinese text, quotes or unit symbols.
   */
  private static Set<String> catalogTerms() throws IOException {
    Set<String> terms = new TreeSet<>();
    ObjectMapper json = new ObjectMapper();
    for (String file : List.of("indicators.json", "measures2020.json", "plan2021-facts.json",
        "plan2021-outline.json", "regions.json")) {
      try (InputStream in = io.github.newinfra.catalog.Catalog.class.getResourceAsStream(file)) {
        if (in != null) {
          collect(json.readTree(in), null, terms);
        }
      }
    }
    return terms;
  }

  private static void collect(JsonNode node, String field, Set<String> terms) {
    if (node.isTextual()) {
      if (field != null && (field.endsWith("Zh") || CHINESE_FIELDS.contains(field))) {
        Matcher m = LATIN.matcher(node.asText());
        while (m.find()) {
          terms.add(m.group());
        }
      }
      return;
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        collect(e.getValue(), e.getKey(), terms);
      }
    } else if (node.isArray()) {
      node.forEach(x -> collect(x, field, terms));
    }
  }

  /** The Latin-letter runs of a text that are not the catalog's own terms, once source addresses are taken out. */
  private static Set<String> foreign(String text, Set<String> allowed) {
    Set<String> found = new TreeSet<>();
    Matcher m = LATIN.matcher(ADDRESS.matcher(text).replaceAll(" "));
    while (m.find()) {
      if (!allowed.contains(m.group())) {
        found.add(m.group());
      }
    }
    return found;
  }

  private static void assertLeadership(String what, String leadership, String appendix, Set<String> allowed) {
    Matcher internal = INTERNALS.matcher(leadership);
    assertFalse(internal.find(), () -> what + ": an id or input position before the appendix: '" + internal.group()
        + "' in …" + leadership.substring(Math.max(0, internal.start() - 80),
            Math.min(leadership.length(), internal.end() + 80)) + "…");
    assertEquals(Set.of(), foreign(leadership, allowed), what + ": Latin letters before the appendix");
    Matcher nested = NESTED.matcher(leadership);
    assertFalse(nested.find(), () -> what + ": brackets inside brackets: " + nested.group());
    // the appendix is there, and it is where the ids went
    assertTrue(appendix.contains("附录"), what + ": no appendix");
    assertTrue(appendix.contains("measures2020/target/"), what + ": the appendix lists no target id");
  }

  @Test
  void theHtmlLeadershipPartCarriesNoIdsAndNoLatinBeyondUnitsCatalogTermsAndAddresses() throws IOException {
    Set<String> allowed = catalogTerms();
    assertTrue(allowed.containsAll(List.of("G", "RSU")), allowed.toString());
    for (String[] report : reports("html")) {
      Document page = Jsoup.parse(report[1]);
      Element appendix = page.getElementById("appendix");
      assertTrue(appendix != null, report[0] + ": no appendix");
      String appendixText = appendix.text();
      // everything from the appendix on is the analyst's
      List<Element> after = new ArrayList<>();
      for (Element e = appendix; e != null; e = e.nextElementSibling()) {
        after.add(e);
      }
      after.forEach(Element::remove);
      page.select("style").remove();
      assertLeadership("html " + report[0], page.body().text(), appendixText, allowed);
      // and no id hides in a heading's small print either
      assertTrue(page.select(".id").isEmpty(), report[0]);
    }
  }

  @Test
  void theTextAndMarkdownLeadershipPartsCarryNoIdsAndNoLatinBeyondUnitsCatalogTermsAndAddresses()
      throws IOException {
    Set<String> allowed = catalogTerms();
    for (String format : List.of("text", "markdown")) {
      for (String[] report : reports(format)) {
        // Markdown writes < > & as entities (a reader sees the characters), which are no Latin words
        String text = format.equals("text") ? report[1]
            : report[1].replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        int at = text.indexOf(format.equals("text") ? "==== 附录" : "## 附录");
        assertTrue(at > 0, format + " " + report[0] + ": no appendix");
        assertLeadership(format + " " + report[0], text.substring(0, at), text.substring(at), allowed);
      }
    }
  }

  @Test
  void theWorkbooksLeadershipSheetsCarryNoIdsAndItsAppendixSheetsSpeakChinese(@TempDir Path dir)
      throws IOException {
    Set<String> allowed = catalogTerms();
    Path xlsx = dir.resolve("report.xlsx");
    String[] r = run("evaluate", "--observations", published(), "--as-of", "2026-03-31", "--format", "xlsx",
        "--out", xlsx.toString());
    assertEquals("0", r[0], r[2]);
    try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook wb = new ReadableWorkbook(in)) {
      List<Sheet> sheets = wb.getSheets().collect(Collectors.toList());
      StringBuilder leadership = new StringBuilder();
      for (Sheet sheet : sheets.subList(0, 2)) {
        leadership.append(sheet.getName()).append('\n').append(texts(sheet.read(), -1)).append('\n');
      }
      StringBuilder appendix = new StringBuilder();
      for (Sheet sheet : sheets.subList(2, sheets.size())) {
        appendix.append(sheet.getName()).append('\n').append(texts(sheet.read(), -1)).append('\n');
      }
      assertLeadership("xlsx", leadership.toString(), appendix.toString(), allowed);
      // 附录二: the notes on rows not used are Chinese, whatever the engine's English message says
      List<Row> notUsed = sheets.get(3).read();
      assertEquals("数据说明", notUsed.get(0).getCellText(5));
      String notes = texts(notUsed.subList(1, notUsed.size()), 5);
      assertTrue(notes.contains("被第10行替代"), notes);
      assertEquals(Set.of(), foreign(notes, allowed), notes);
    }
  }

  private static String texts(List<Row> rows, int column) {
    StringBuilder b = new StringBuilder();
    for (Row row : rows) {
      for (int c = 0; c < row.getCellCount(); c++) {
        Cell cell = row.getCell(c);
        if (cell != null && (column < 0 || c == column)) {
          b.append(cell.getText()).append(" | ");
        }
      }
      b.append('\n');
    }
    return b.toString();
  }
}
