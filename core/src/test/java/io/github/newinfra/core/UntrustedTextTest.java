package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.STATIONS;
import static io.github.newinfra.core.Fixture.baseline;
import static io.github.newinfra.core.Fixture.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.newinfra.core.report.Detail;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Document;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.Target;
import io.github.newinfra.testing.LivePayloads;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Text from a catalog or an observation file (descriptions, titles, names, SOURCE, COMMENT, rejected rows) comes
 * out of every report format as the text it is: never as Markdown or HTML markup, never as a link of another
 * scheme than http or https, never with a control or bidirectional formatting character raw.
 */
class UntrustedTextTest {
  static final String MARKUP = "<img src=x onerror=alert(1)> [x](javascript:alert(2))";
  static final String TERMINAL = "\u001B]0;owned\u0007\u001B[2J\u001B[31m";
  static final String CONTROLS = TERMINAL + " \u0000 \u009B31m \u202Etxt \u2066x\u2069";

  /** A catalog whose document title, target description and indicator name carry markup and controls. */
  static CatalogData catalog(String hostile) {
    Target t = target("hostile", STATIONS, Comparator.AT_LEAST).value(Quantity.parse("200座"))
        .baseline(baseline("100座", 2020)).descriptionZh("<script>alert(1)</script>" + hostile)
        .descriptionEn("<script>alert(1)</script>" + hostile).build();
    CatalogData base = Fixture.catalog(t);
    Document d = base.documents().get(0);
    List<Indicator> indicators = new ArrayList<>();
    for (Indicator i : base.indicators()) {
      indicators.add(Indicator.builder().from(i).nameZh(i.nameZh() + hostile).nameEn(i.nameEn() + hostile).build());
    }
    return CatalogData.builder().from(base)
        .documents(List.of(Document.builder().from(d).titleZh("[t](javascript:alert(3)) " + hostile)
            .titleEn("[t](javascript:alert(3)) " + hostile).build()))
        .indicators(indicators).build();
  }

  static EvaluationReport report(CatalogData data, String source) {
    String csv = "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,COMMENT,SOURCE\n"
        + "stations,320000,2023,150,\"" + source.replace("\"", "\"\"") + "\",\"" + source.replace("\"", "\"\"")
        + "\"\n"
        + "\"<script>" + source.replace("\"", "\"\"") + "\",320000,2023,1,,\n"
        + "stations,320000,\"2024|x\ny\",1,,\n";
    return Evaluator.of(data).asOf(LocalDate.of(2024, 6, 30))
        .evaluate(ObservationSource.csv(new StringReader(csv), "hostile.csv"));
  }

  @Test
  void markdownShowsMarkupFromSourcesCatalogTextsAndRejectedRowsAsText() {
    CatalogData data = catalog(MARKUP);
    EvaluationReport report = report(data, MARKUP);
    assertEquals(2, report.rejected().size(), report.rejected().toString());
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      String md = Rendered.markdown(report, data, locale, Detail.ALL);
      assertFalse(md.contains("<script"), md);
      assertFalse(md.contains("<img"), md);
      assertFalse(md.matches("(?s).*[^\\\\]\\]\\(javascript:.*"), "no link of another scheme: " + md);
      assertTrue(md.contains("&lt;img src=x onerror=alert(1)&gt; \\[x\\](javascript:alert(2))"), md);
      assertNoUnescapedLinkOrTag(md);
    }
  }

  @Test
  void markdownLinksOnlyWebAddresses() {
    CatalogData data = catalog("");
    String web = Rendered.markdown(report(data, "https://example.org/stats_2023?a=1|2"), data);
    assertTrue(web.contains("<https://example.org/stats_2023?a=1%7C2>"), web);
    for (String other : List.of("javascript:alert(1)", "data:text/html,x", "mailto:x@evil.example",
        "x@evil.example", "<javascript:alert(1)>", "https://evil.example/a b")) {
      String md = Rendered.markdown(report(data, other), data);
      assertNoUnescapedLinkOrTag(md);
      assertFalse(md.contains("<javascript") || md.contains("<https://evil"), md);
      assertFalse(md.matches("(?s).*[^\\\\]@evil.*"), "an e-mail autolink must not form: " + md);
    }
  }

  @Test
  void markdownTableRowsKeepTheirCellsWhateverARejectedRowHolds() {
    CatalogData data = catalog("| a | b |");
    String md = Rendered.markdown(report(data, "| x |\n| y |"), data, Locale.ENGLISH, Detail.ALL);
    List<String> lines = md.lines().toList();
    int checked = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("\\|[-:|]+\\|")) {
        int columns = cells(lines.get(i));
        for (int j = i + 1; j < lines.size() && lines.get(j).startsWith("|"); j++) {
          assertEquals(columns, cells(lines.get(j)), lines.get(j));
          checked++;
        }
      }
    }
    assertTrue(checked > 5, md);
  }

  @Test
  void noFormatShowsAControlOrBidiCharacterRaw() throws Exception {
    CatalogData data = catalog(CONTROLS);
    EvaluationReport report = report(data, CONTROLS);
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      assertNoRawControl("text", Rendered.text(report, data, locale, Detail.ALL));
      assertNoRawControl("markdown", Rendered.markdown(report, data, locale, Detail.ALL));
      assertNoRawControl("html", Rendered.html(report, data, locale, Detail.ALL));
    }
    String json = Rendered.json(report, data);
    assertNoRawControl("json", json);
    assertTrue(json.contains("\\u001B]0;owned\\u0007") && json.contains("\\u202E"), json);
    assertEquals(report, io.github.newinfra.model.json.ModelJson.newMapper().readValue(json, EvaluationReport.class),
        "JSON escapes are exact: the report reads back equal");
    assertTrue(Rendered.text(report, data).contains("\\u001B]0;owned\\u0007\\u001B[2J\\u001B[31m"));
  }

  static void assertNoRawControl(String format, String out) {
    LivePayloads.controlOrBidi(out).ifPresent(found -> fail(format + ": " + found));
  }

  static void assertNoUnescapedLinkOrTag(String md) {
    LivePayloads.inMarkdown(md).ifPresent(found -> fail(found));
  }

  /** The cells of a table row: its pipes not escaped by a backslash, less one. */
  private static int cells(String row) {
    int n = 0;
    for (int i = 0; i < row.length(); i++) {
      if (row.charAt(i) == '\\') {
        i++;
      } else if (row.charAt(i) == '|') {
        n++;
      }
    }
    return n - 1;
  }
}
