package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.JS;
import static io.github.newinfra.core.Fixture.NANJING;
import static io.github.newinfra.core.Fixture.SHARE;
import static io.github.newinfra.core.Fixture.STATIONS;
import static io.github.newinfra.core.Fixture.baseline;
import static io.github.newinfra.core.Fixture.catalog;
import static io.github.newinfra.core.Fixture.target;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.Target;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every report format shows what a status alone does not say. */
class ReportFlagsTest {
  private static final Target LATE = target("late", SHARE, Comparator.AT_LEAST).value(Quantity.parse("60%"))
      .baseline(baseline("40%", 2020)).dueYear(2021).build();
  private static final Target PARTIAL = target("partial", STATIONS, Comparator.AT_LEAST)
      .value(Quantity.parse("200座")).baseline(baseline("100座", 2020)).build();
  private static final CatalogData DATA = catalog(LATE, PARTIAL);
  private static final EvaluationReport REPORT = Evaluator.of(DATA).asOf(LocalDate.of(2024, 1, 1))
      .evaluate(ObservationSource.csv(new StringReader(String.join("\n",
          "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,PUBLISHED,SOURCE",
          "share," + JS + ",2021,55,A,,",
          "share," + JS + ",2023,64,P,2024-01-01,old bulletin",
          "share," + JS + ",2023,65,P,2024-02-01,https://example.invalid/bulletin",
          "stations," + NANJING + ",2023,120,A,,",
          "radius," + JS + ",2023,3,A,,")), "t.csv"));

  private static void assertShowsEverything(String text) {
    for (String expected : List.of("Achieved late", "achieved in 2023", "1 of 13 cities", "P (provisional)",
        "https://example.invalid/bulletin", "(1 of 2 rated)", "superseded", "no target in scope",
        "3 used; 2 not used")) {
      assertTrue(text.contains(expected), expected + " missing from:\n" + text);
    }
  }

  @Test
  void textShowsFlagsCoverageSourcesRatedCountsAndRowsNotUsed() {
    String text = Rendered.text(REPORT, DATA, java.util.Locale.ENGLISH);
    assertShowsEverything(text);
    assertTrue(text.contains("not final: P (provisional)"), text);
  }

  @Test
  void markdownShowsThemToo() {
    assertShowsEverything(Rendered.markdown(REPORT, DATA, java.util.Locale.ENGLISH));
  }

  @Test
  void htmlShowsThemToo() {
    assertShowsEverything(Rendered.html(REPORT, DATA, java.util.Locale.ENGLISH));
  }

  @Test
  void chineseByDefaultShowsThemInChinese() {
    for (String text : List.of(Rendered.text(REPORT, DATA), Rendered.markdown(REPORT, DATA), Rendered.html(REPORT, DATA))) {
      for (String expected : List.of("逾期完成", "2023实现（逾期）", "13个设区市中1个有数据", "非最终数据：初步数",
          "https://example.invalid/bulletin", "2个中1个可评估", "被更新数据替代", "无对应目标", "采用3行；未采用2行")) {
        assertTrue(text.contains(expected), expected + " missing from:\n" + text);
      }
    }
  }

  @Test
  void jsonCarriesTheDecisionStatusesSourcesAndRowsNotUsed() {
    String json = Rendered.json(REPORT, DATA);
    for (String expected : List.of("\"decision\"", "\"ACHIEVED_LATE\"", "\"obsStatuses\"", "\"sources\"",
        "\"unused\"", "\"rated\"", "\"citiesCovered\"")) {
      assertTrue(json.contains(expected), expected);
    }
  }

  /** A 2025 target on a figure of October 2021, evaluated in 2026: no due-year figure, stale. */
  private static final EvaluationReport FINAL = Evaluator.of(DATA).asOf(LocalDate.of(2026, 3, 31))
      .evaluate(List.of(Observation.of(STATIONS.id(), JS, io.github.newinfra.model.Period.parse("2021-10"), 160)));

  @Test
  void everyFormatListsStaleTargetsAndThoseWithoutADueYearFigureAsNeedingData() {
    for (String text : List.of(Rendered.text(FINAL, DATA, java.util.Locale.ENGLISH),
        Rendered.markdown(FINAL, DATA, java.util.Locale.ENGLISH), Rendered.html(FINAL, DATA, java.util.Locale.ENGLISH))) {
      assertTrue(text.contains("Needs newer data (1)"), text);
      assertTrue(text.contains("no data for 2025; stale (53 months old)"), text);
    }
    String zh = Rendered.text(FINAL, DATA, java.util.Locale.SIMPLIFIED_CHINESE);
    assertTrue(zh.contains("需补充数据的目标（1）") && zh.contains("缺2025年数据；数据陈旧（已53个月）"), zh);
    String json = Rendered.json(FINAL, DATA);
    assertTrue(json.contains("\"stale\" : true") && json.contains("\"dataAgeMonths\" : 53")
        && json.contains("\"rule\" : \"NO_DUE_YEAR_DATA\""), json);
  }
}
