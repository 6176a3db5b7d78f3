package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.JS;
import static io.github.newinfra.core.Fixture.NANJING;
import static io.github.newinfra.core.Fixture.NEW_FIRMS;
import static io.github.newinfra.core.Fixture.RADIUS;
import static io.github.newinfra.core.Fixture.SHARE;
import static io.github.newinfra.core.Fixture.STATIONS;
import static io.github.newinfra.core.Fixture.baseline;
import static io.github.newinfra.core.Fixture.catalog;
import static io.github.newinfra.core.Fixture.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.core.report.Detail;
import io.github.newinfra.core.report.Labels;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.FactId;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.Target;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The monitoring report parsed as a browser would (jsoup): its structure, its counts, its charts, its languages.
 * The scenario has every kind of entry: achieved late on superseded provisional data, a lower bound over one of two
 * cities, rated progress, deterioration, a flow without data, a qualitative goal assessed and one awaiting
 * assessment, rows not used and a rejected row.
 */
class MonitoringReportTest {
  private static final Target LATE = target("late", SHARE, Comparator.AT_LEAST).value(Quantity.parse("60%"))
      .baseline(baseline("40%", 2020)).dueYear(2021).descriptionZh("共享率2021年达到60%")
      .descriptionEn("A 60% share by 2021").build();
  private static final Target RATED = target("rated", SHARE, Comparator.AT_LEAST).value(Quantity.parse("80%"))
      .baseline(baseline("40%", 2020)).descriptionZh("共享率2025年达到80%").descriptionEn("An 80% share by 2025")
      .build();
  private static final Target PARTIAL = target("partial", STATIONS, Comparator.AT_LEAST)
      .value(Quantity.parse("200座")).baseline(baseline("100座", 2020)).descriptionZh("基站200座")
      .descriptionEn("200 stations").build();
  private static final Target WORSE = target("worse", RADIUS, Comparator.AT_MOST).value(Quantity.parse("2公里"))
      .baseline(baseline("2.5公里", 2020)).descriptionZh("服务半径不超过2公里").descriptionEn("A radius of 2 km at most")
      .build();
  private static final Target NONE = target("none", NEW_FIRMS, Comparator.AT_LEAST).value(Quantity.parse("100家"))
      .descriptionZh("新增企业100家").descriptionEn("100 new firms").build();
  private static final Target GOAL = target("goal", SHARE, Comparator.QUALITATIVE)
      .indicator(java.util.Optional.empty()).descriptionZh("建成体系").descriptionEn("Build the system").build();
  private static final Target OPEN = target("open", SHARE, Comparator.QUALITATIVE)
      .indicator(java.util.Optional.empty()).descriptionZh("补齐短板").descriptionEn("Fill the gaps").build();
  private static final CatalogData DATA = catalog(LATE, RATED, PARTIAL, WORSE, NONE, GOAL, OPEN);
  private static final String CSV = String.join("\n",
      "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,PUBLISHED,SOURCE",
      "share," + JS + ",2021,55,A,,",
      "share," + JS + ",2023,64,P,2024-01-01,old bulletin",
      "share," + JS + ",2023,65,P,2024-02-01,https://example.invalid/bulletin",
      "stations," + NANJING + ",2023,120,A,,",
      "radius," + JS + ",2023,3,A,,",
      "share," + JS + ",2023-Q5,1,A,,");
  private static final EvaluationReport REPORT = Evaluator.of(DATA).asOf(LocalDate.of(2024, 1, 1))
      .assessments(List.of(Assessment.of(FactId.of("plan2030/target/goal"), Verdict.PARTLY_MET, "两项已建成")))
      .evaluate(ObservationSource.csv(new StringReader(CSV), "t.csv"));

  private static Document html(Locale locale) {
    return Jsoup.parse(Rendered.html(REPORT, DATA, locale));
  }

  private static Map<String, Status> statuses() {
    return REPORT.results().stream().collect(Collectors.toMap(r -> r.target().value(), TargetResult::status));
  }

  @Test
  void theScenarioHasEveryKindOfEntry() {
    Map<String, Status> s = statuses();
    assertEquals(Status.ACHIEVED_LATE, s.get("plan2030/target/late"));
    assertEquals(Status.ON_TRACK, s.get("plan2030/target/rated"));
    assertEquals(Status.INSUFFICIENT_DATA, s.get("plan2030/target/partial"));
    assertEquals(Status.DETERIORATION, s.get("plan2030/target/worse"));
    assertEquals(Status.NO_DATA, s.get("plan2030/target/none"));
    assertEquals(Status.NEEDS_ACCELERATION, s.get("plan2030/target/goal"));
    assertEquals(Status.NOT_ASSESSED, s.get("plan2030/target/open"));
    assertEquals(1, REPORT.rejected().size());
  }

  @Test
  void everyTargetAppearsOnceAsAnEntry() {
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      Document page = html(locale);
      for (TargetResult r : REPORT.results()) {
        assertEquals(1, page.select(".entry[data-target=" + r.target().value() + "]").size(), r.target().value());
        assertEquals(r.status().name(), page.selectFirst(".entry[data-target=" + r.target().value() + "]")
            .attr("data-status"));
      }
      assertEquals(REPORT.results().size(), page.select(".entry").size());
    }
  }

  @Test
  void headlineCountsEqualTheReports() {
    Document page = html(Locale.SIMPLIFIED_CHINESE);
    Element summary = page.getElementById("summary");
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    REPORT.results().forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    int withData = (int) REPORT.results().stream().filter(r -> r.status() != Status.NO_DATA
        && r.status() != Status.NOT_ASSESSED).count();
    assertEquals(7, REPORT.results().size());
    assertEquals("7", summary.attr("data-targets"));
    assertEquals(Integer.toString(withData), summary.attr("data-with-data"));
    assertEquals("7", summary.selectFirst("[data-kpi=targets] b").text());
    assertEquals(Integer.toString(withData), summary.selectFirst("[data-kpi=with-data] b").text());
    assertEquals(Long.toString(REPORT.inputObservations()), summary.attr("data-input"));
    assertEquals(Long.toString(REPORT.usedObservations()), summary.attr("data-used"));
    assertEquals(Long.toString(REPORT.rejected().size()), summary.attr("data-rejected"));
    assertEquals("1", summary.attr("data-superseded"));
    assertEquals(Long.toString(REPORT.unusedObservations()), summary.attr("data-not-used"));
    for (Status s : Status.values()) {
      // the legend names the statuses that occur, with their counts; no line of zeros
      Element item = summary.selectFirst(".legend li[data-status=" + s + "]");
      if (counts.getOrDefault(s, 0) == 0) {
        assertEquals(null, item, s.name());
        continue;
      }
      assertEquals(Integer.toString(counts.get(s)), item.attr("data-count"), s.name());
      assertTrue(item.text().endsWith(" " + counts.get(s)), item.text());
    }
    // one bar segment per status that occurs, widths in proportion
    assertEquals(counts.size(), summary.select("svg.dist rect").size());
    // the attention list: most serious first, each once
    List<String> attention = page.select("#attention li").eachAttr("data-status");
    assertEquals(List.of("DETERIORATION", "NEEDS_ACCELERATION"), attention);
  }

  @Test
  void everyTargetWithDataHasOneChartAndProvisionalPointsAreHollow() {
    Document page = html(Locale.SIMPLIFIED_CHINESE);
    List<TargetResult> charted = REPORT.results().stream().filter(r -> r.status() != Status.NO_DATA
        && r.status() != Status.NOT_ASSESSED && r.assessment().isEmpty()).collect(Collectors.toList());
    assertEquals(4, charted.size());
    assertEquals(charted.size(), page.select("svg.chart").size());
    for (TargetResult r : charted) {
      Element card = page.selectFirst("article.card[data-target=" + r.target().value() + "]");
      assertEquals(1, card.select("svg.chart").size(), r.target().value());
      assertEquals(1, card.select("line.target").size(), "target line of " + r.target().value());
    }
    // the late target rests on 2021 (A) and 2023 (P): the 2023 point is hollow
    Element late = page.selectFirst("article.card[data-target=plan2030/target/late]");
    assertEquals(1, late.select("circle.obs.not-final").size());
    assertEquals("#fff", late.selectFirst("circle.not-final").attr("fill"));
    // a target rated on progress has its expected path and its projection
    Element rated = page.selectFirst("article.card[data-target=plan2030/target/rated]");
    assertEquals(1, rated.select("polyline.expected").size());
    assertEquals(1, rated.select("line.projection").size());
    // the city figure shown where cities report
    Element partial = page.selectFirst("article.card[data-target=plan2030/target/partial]");
    assertEquals("南京市", partial.selectFirst("table.cities td").text());
  }

  @Test
  void nothingIsLoadedFromTheNetworkAndNoScriptIsNeeded() {
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      Document page = html(locale);
      assertTrue(page.select("script, link, iframe, img, object, embed").isEmpty());
      assertTrue(page.select("[src]").isEmpty());
      assertFalse(page.select("style").html().contains("url("));
      assertFalse(page.select("style").html().contains("@import"));
      for (Element a : page.select("a[href]")) {
        String href = a.attr("href");
        assertTrue(href.startsWith("#") || REPORT.results().stream().anyMatch(r -> r.sources().contains(href)),
            "only links to the sources' own addresses, which nothing loads: " + href);
      }
      assertTrue(page.selectFirst("a[href^=https]").text().equals("https://example.invalid/bulletin"));
      assertTrue(page.select("style").html().contains("@page{size:A4"));
    }
  }

  @Test
  void theLanguageIsSetAndChineseIsTheDefault() {
    assertEquals("zh-CN", Jsoup.parse(Rendered.html(REPORT, DATA)).selectFirst("html").attr("lang"));
    assertEquals("en", html(Locale.ENGLISH).selectFirst("html").attr("lang"));
    Document zh = html(Locale.SIMPLIFIED_CHINESE);
    assertTrue(zh.selectFirst("article[data-target=plan2030/target/late] h3").text().contains("共享率2021年达到60%"));
    // the late target rests on a provisional (P) figure: a light badge that says so
    assertEquals("逾期完成（非最终数据）", zh.selectFirst("article[data-target=plan2030/target/late] .pill").text());
    assertTrue(zh.selectFirst("article[data-target=plan2030/target/late] .pill").hasClass("weak"));
    Document en = html(Locale.ENGLISH);
    assertTrue(en.selectFirst("article[data-target=plan2030/target/late] h3").text().contains("A 60% share by 2021"));
    assertEquals("Achieved late (data not final)", en.selectFirst("article[data-target=plan2030/target/late] .pill")
        .text());
    // the quotes of the source texts stay Chinese, and say so
    assertTrue(en.select("blockquote").stream().allMatch(q -> q.attr("lang").equals("zh-CN")));
  }

  @Test
  void chineseAndEnglishDifferOnlyInLanguage() {
    Document zh = html(Locale.SIMPLIFIED_CHINESE);
    Document en = html(Locale.ENGLISH);
    for (String section : List.of("summary", "attention", "completion", "targets", "qualitative", "rollups",
        "without-data")) {
      Element a = zh.getElementById(section);
      Element b = en.getElementById(section);
      assertEquals(shape(a), shape(b), section);
      assertEquals(numbers(a.select("td.num, [data-kpi] b")), numbers(b.select("td.num, [data-kpi] b")), section);
    }
    assertEquals(numbers(zh.select("svg.chart circle").eachAttr("cy")), numbers(en.select("svg.chart circle")
        .eachAttr("cy")));
    // the appendix alike
    assertEquals(shape(zh.getElementById("appendix")), shape(en.getElementById("appendix")));
  }

  /** The element tree as tag names and data attributes, without any text. */
  private static List<String> shape(Element root) {
    List<String> out = new ArrayList<>();
    for (Element e : root.select("*")) {
      StringBuilder b = new StringBuilder(e.tagName());
      e.dataset().forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
      out.add(b.toString());
    }
    return out;
  }

  private static List<String> numbers(Iterable<?> elements) {
    List<String> out = new ArrayList<>();
    Pattern number = Pattern.compile("\\d+(\\.\\d+)?");
    for (Object e : elements) {
      Matcher m = number.matcher(e instanceof Element ? ((Element) e).text() : e.toString());
      while (m.find()) {
        out.add(m.group());
      }
    }
    return out;
  }

  private static List<String> numbers(List<String> texts) {
    return numbers((Iterable<?>) texts);
  }

  @Test
  void theCompletionTableGroupsByDocumentAndPillarAndSaysWhatTheStatusDoesNot() {
    Document page = html(Locale.SIMPLIFIED_CHINESE);
    Element table = page.selectFirst("#completion table");
    assertEquals(List.of("序号", "指标", "单位", "基期值（年）", "目标值（年）", "最新值（期）", "完成情况", "数据说明"),
        table.select("thead th").eachText());
    assertEquals("测试（测〔2021〕1号） · 信息基础设施", table.selectFirst("tr.group th").text());
    // the targets with data, numbered straight through; no row for the target without data
    assertEquals(5, table.select("tbody tr[data-target]").size());
    assertTrue(table.select("tr[data-target=plan2030/target/none]").isEmpty());
    List<String> late = table.selectFirst("tr[data-target=plan2030/target/late]").select("td").eachText();
    assertEquals(List.of("1", "共享率2021年达到60%", "%", "40（2020）", "≥60（2021）", "65（2023）", "逾期完成（非最终数据）"),
        late.subList(0, 7));
    assertTrue(late.get(7).contains("2023实现（逾期）") && late.get(7).contains("非最终数据：初步数"), late.get(7));
    List<String> partial = table.selectFirst("tr[data-target=plan2030/target/partial]").select("td").eachText();
    assertTrue(partial.get(7).contains("13个设区市中1个有数据") && partial.get(7).contains("仅为下限"), partial.get(7));
    // --show all: every target
    Document all = Jsoup.parse(Rendered.html(REPORT, DATA, Locale.SIMPLIFIED_CHINESE, Detail.ALL));
    assertEquals(7, all.select("#completion tbody tr[data-target]").size());
  }

  @Test
  void aShareIsDrawnOnZeroToOneHundred() {
    Element chart = html(Locale.SIMPLIFIED_CHINESE).selectFirst("article[data-target=plan2030/target/late] svg.chart");
    List<String> axis = chart.select("text[text-anchor=end][fill=#57606a]").eachText();
    assertEquals(List.of("0", "20", "40", "60", "80", "100"), axis);
  }

  @Test
  void aRollUpWithNothingRatedShowsNoPercentage() {
    CatalogData data = catalog(NONE);
    EvaluationReport report = Evaluator.of(data).asOf(LocalDate.of(2024, 1, 1)).evaluate(List.of());
    Document page = Jsoup.parse(Rendered.html(report, data));
    // a dimension with nothing rated is one line, not a table of dashes
    assertTrue(page.select("#rollups table").isEmpty(), page.select("#rollups").html());
    assertFalse(page.select("#rollups .rollup-none").isEmpty());
    for (Element line : page.select("#rollups .rollup-none")) {
      assertTrue(line.text().matches("\\d+个分组均无可评估的目标，不列表。"), line.text());
    }
    Document en = Jsoup.parse(Rendered.html(report, data, Locale.ENGLISH));
    assertTrue(en.selectFirst("#rollups .rollup-none").text().startsWith("None of the "));
  }

  @Test
  void textAndMarkdownLeadWithTheSummaryAndCollapseTargetsWithoutData() {
    for (String text : List.of(Rendered.text(REPORT, DATA), Rendered.markdown(REPORT, DATA))) {
      int[] at = {text.indexOf("总体情况"), text.indexOf("需关注的目标（2）"), text.indexOf("主要指标完成情况表"),
          text.indexOf("各目标进展"), text.indexOf("定性目标评估"), text.indexOf("分类汇总"), text.indexOf("无数据的目标（1）"),
          text.indexOf("待评估的定性目标（1）"), text.indexOf("未采用的数据行（1）"), text.indexOf("拒收的数据行（1）")};
      for (int i = 0; i < at.length; i++) {
        assertTrue(at[i] >= 0 && (i == 0 || at[i] > at[i - 1]), "section " + i + " out of order in:\n" + text);
      }
      // collapsed: the target without data is named once, without its explanation
      assertFalse(text.contains(Explainer.of(DATA).explain(REPORT, only("plan2030/target/none"), Locale.SIMPLIFIED_CHINESE)), text);
      assertTrue(text.contains("新增企业100家"));
      assertTrue(text.contains("25个目标".replace("25", "7") + "中5个有数据"), text);
    }
    String all = Rendered.text(REPORT, DATA, Locale.SIMPLIFIED_CHINESE, Detail.ALL);
    assertTrue(all.contains(Explainer.of(DATA).explain(REPORT, only("plan2030/target/none"), Locale.SIMPLIFIED_CHINESE)), all);
    String en = Rendered.text(REPORT, DATA, Locale.ENGLISH);
    assertTrue(en.contains("5 of 7 targets have data") && en.contains("Needs attention (2)"), en);
  }

  @Test
  void labelsUseThePlanningOfficesTerms() {
    Labels zh = Labels.of(Locale.SIMPLIFIED_CHINESE);
    assertEquals(List.of("已完成", "逾期完成", "已完成（是否按期不详）", "基本完成", "未完成", "进度符合预期", "需加快推进", "进展有限",
        "出现倒退", "数据不足", "无数据", "未评估"), java.util.Arrays.stream(Status.values()).map(zh::status).collect(Collectors.toList()));
    assertEquals("zh-CN", Labels.of(Locale.CHINA).languageTag());
    assertEquals("en", Labels.of(Locale.GERMAN).languageTag());
  }

  private static TargetResult only(String id) {
    return REPORT.results().stream().filter(r -> r.target().value().equals(id)).findFirst().orElseThrow();
  }
}
