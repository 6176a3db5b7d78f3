package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.JS;
import static io.github.newinfra.core.Fixture.base;
import static io.github.newinfra.core.Fixture.baseline;
import static io.github.newinfra.core.Fixture.indicator;
import static io.github.newinfra.core.Fixture.obs;
import static io.github.newinfra.core.Fixture.only;
import static io.github.newinfra.core.Fixture.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.core.report.Detail;
import io.github.newinfra.model.Accumulation;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Direction;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.Quantity;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What the reports show of a target once its due year is over: its baseline whatever magnitude the units carry,
 * the due-year rows that made it late, every value in the target's unit, and a chart legend that lists what the
 * chart draws.
 */
class AfterTheDueYearCardsTest {
  private static final Indicator MACHINES = indicator("machines", "台", Accumulation.LEVEL,
      Direction.HIGHER_IS_BETTER);
  private static final LocalDate MID_2024 = LocalDate.of(2024, 6, 30);

  private static CatalogData catalog(String value, String base) {
    return base().addIndicators(MACHINES).addTargets(target("machines", MACHINES, Comparator.AT_LEAST).region(JS)
        .value(Quantity.parse(value)).baseline(baseline(base, 2020)).dueYear(2022).build()).build();
  }

  /** The 基期值（年） cell of the target's row in the completion table, as the page shows it. */
  private static String baselineCell(EvaluationReport report, CatalogData data) {
    return Jsoup.parse(Rendered.html(report, data, Locale.SIMPLIFIED_CHINESE, Detail.ALL))
        .selectFirst("table.completion tr[data-target] td:eq(3)").text();
  }

  /** 8万台 at the end of the due year 2022, 12万台 at the end of 2023: met, but late. */
  private static List<Observation> late() {
    return List.of(obs(MACHINES, JS, "2022", 80000), obs(MACHINES, JS, "2023", 120000));
  }

  @Test
  void aTargetWithoutDataShowsItsBaselineWhateverMagnitudeTheUnitsCarry() {
    // 10万台 from 5万台, 100000台 from 50000台, and 10万台 from 50000台: no data after the due year.
    for (String[] units : new String[][] {{"10万台", "5万台", "5（2020）"}, {"100000台", "50000台", "50000（2020）"},
        {"10万台", "50000台", "5（2020）"}}) {
      CatalogData data = catalog(units[0], units[1]);
      EvaluationReport report = Evaluator.of(data).asOf(MID_2024).evaluate(List.of());
      assertEquals(Status.NO_DATA, only(report).status());
      assertEquals(units[2], baselineCell(report, data), units[0] + " from " + units[1]);
    }
  }

  @Test
  void aCardAfterTheDueYearKeepsItsBaselineLineWhenTheUnitCarries万() {
    CatalogData data = catalog("10万台", "5万台");
    EvaluationReport report = Evaluator.of(data).asOf(MID_2024).evaluate(List.of(obs(MACHINES, JS, "2022", 80000)));
    assertEquals(Status.MISSED, only(report).status());
    assertEquals("5（2020）", baselineCell(report, data));
    assertTrue(Rendered.text(report, data, Locale.SIMPLIFIED_CHINESE, Detail.ALL).contains("基期值：5万台（2020，规划基期值）"));
    assertTrue(Rendered.markdown(report, data, Locale.ENGLISH, Detail.ALL)
        .contains("5万台 (2020, the plan's baseline)"));
  }

  @Test
  void aTargetAchievedLateListsAndPlotsTheDueYearRowThatMadeItLate() {
    CatalogData data = catalog("10万台", "5万台");
    EvaluationReport report = Evaluator.of(data).asOf(MID_2024).evaluate(late());
    TargetResult r = only(report);
    assertEquals(Status.ACHIEVED_LATE, r.status());
    assertEquals(List.of(Period.parse("2023")), r.observations().stream().map(ObservationRef::period)
        .collect(Collectors.toList()), "the value rests on the later row alone");
    assertEquals(List.of(8.0), r.decision().dueYearObservations().stream().map(ObservationRef::value)
        .collect(Collectors.toList()), "in the target's unit, 万台");
    assertEquals(List.of(Period.parse("2022")), r.decision().dueYearObservations().stream()
        .map(ObservationRef::period).collect(Collectors.toList()));

    Element card = Jsoup.parse(Rendered.html(report, data, Locale.SIMPLIFIED_CHINESE, Detail.ALL))
        .selectFirst("article.card");
    assertEquals(List.of("2022", "2023"), card.select("table.obs tbody tr td:eq(0)").eachText());
    assertEquals(List.of("8", "12"), card.select("table.obs tbody tr td:eq(2)").eachText());
    assertEquals(2, card.select("svg.chart circle.obs").size(), "both rows are plotted");
    assertTrue(Rendered.text(report, data, Locale.SIMPLIFIED_CHINESE, Detail.ALL).contains("所用观测数据：2022 8万台"));
    assertTrue(Rendered.markdown(report, data, Locale.SIMPLIFIED_CHINESE, Detail.ALL).contains("  - 2022，"));
  }

  @Test
  void aChartDrawsTheBaselineItsLegendListsAndTheLegendListsNoneItDoesNotDraw() {
    CatalogData data = catalog("10万台", "5万台");
    Element card = Jsoup.parse(Rendered.html(Evaluator.of(data).asOf(MID_2024).evaluate(late()), data,
        Locale.SIMPLIFIED_CHINESE, Detail.ALL)).selectFirst("article.card");
    assertEquals(1, card.select("svg.chart rect.baseline").size());
    assertTrue(card.selectFirst("figcaption.chart-legend").text().contains("基期"));

    // Without a catalog baseline, one observation is no baseline of its own: nothing drawn, nothing listed.
    CatalogData without = base().addIndicators(MACHINES).addTargets(target("machines", MACHINES, Comparator.AT_LEAST)
        .region(JS).value(Quantity.parse("10万台")).dueYear(2022).build()).build();
    Element bare = Jsoup.parse(Rendered.html(Evaluator.of(without).asOf(MID_2024)
        .evaluate(List.of(obs(MACHINES, JS, "2022", 80000))), without, Locale.SIMPLIFIED_CHINESE, Detail.ALL))
        .selectFirst("article.card");
    assertEquals(0, bare.select("svg.chart rect.baseline").size());
    assertFalse(bare.selectFirst("figcaption.chart-legend").text().contains("基期"),
        bare.selectFirst("figcaption.chart-legend").text());
  }

  @Test
  void rowsInAnotherMagnitudeAreShownInTheTargetsUnit() {
    // An indicator in 元, a target of 4万亿元; a row in 亿元 and one in 万亿元: every value of the card in 万亿元.
    Indicator revenue = indicator("revenue", "元", Accumulation.LEVEL, Direction.HIGHER_IS_BETTER);
    CatalogData data = base().addIndicators(revenue).addTargets(target("revenue", revenue, Comparator.AT_LEAST)
        .region(JS).value(Quantity.parse("4万亿元")).baseline(baseline("2万亿元", 2020)).dueYear(2022).build())
        .build();
    String csv = "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT\n"
        + "revenue,320000,2022,35000,CNY,8\n"
        + "revenue,320000,2023,4.2,CNY,12\n";
    EvaluationReport report = Evaluator.of(data).asOf(MID_2024)
        .evaluate(ObservationSource.csv(new StringReader(csv), "revenue.csv"));
    assertEquals(Status.ACHIEVED_LATE, only(report).status());
    Element card = Jsoup.parse(Rendered.html(report, data, Locale.SIMPLIFIED_CHINESE, Detail.ALL))
        .selectFirst("article.card");
    assertEquals(List.of("3.5", "4.2"), card.select("table.obs tbody tr td:eq(2)").eachText());
    String text = Rendered.text(report, data, Locale.SIMPLIFIED_CHINESE, Detail.ALL);
    String cardText = text.substring(text.indexOf("[逾期完成]"), text.indexOf("== 定性目标评估"));
    assertFalse(cardText.replace("万亿元", "").contains("亿元"), cardText);
    assertTrue(cardText.contains("3.5万亿元") && cardText.contains("4.2万亿元"), cardText);
  }
}
