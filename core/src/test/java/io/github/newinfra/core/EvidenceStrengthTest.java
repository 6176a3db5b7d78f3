package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.JS;
import static io.github.newinfra.core.Fixture.STATIONS;
import static io.github.newinfra.core.Fixture.baseline;
import static io.github.newinfra.core.Fixture.catalog;
import static io.github.newinfra.core.Fixture.obs;
import static io.github.newinfra.core.Fixture.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.ValueQualifier;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A verdict on weak evidence says so (docs/report.md, "Evidence strength"): a status other than 数据不足, 无数据 and
 * 未评估 that rests on data not final (P, E, F, I, U, V), approximate (约) or stale is a light badge naming what is
 * weak, and the summary counts such targets; final, exact, recent data — or data of another definition (D) — is
 * not weak.
 */
class EvidenceStrengthTest {
  private static final CatalogData DATA = catalog(target("stations", STATIONS, Comparator.AT_LEAST)
      .value(Quantity.parse("200座")).baseline(baseline("100座", 2020)).build());

  private static Observation with(ObsStatus status, ValueQualifier qualifier) {
    return Observation.builder().from(obs(STATIONS, JS, "2023", 170)).status(status).qualifier(qualifier).build();
  }

  private static String badge(LocalDate asOf, Observation o) {
    EvaluationReport report = Evaluator.of(DATA).asOf(asOf).evaluate(List.of(o));
    Element pill = Jsoup.parse(Rendered.html(report, DATA)).selectFirst("#targets .pill");
    String text = Rendered.text(report, DATA);
    assertTrue(text.contains("[" + pill.text() + "] "), text);
    return (pill.hasClass("weak") ? "weak " : "") + pill.text() + " | "
        + text.lines().filter(l -> l.contains("数据覆盖")).findFirst().orElseThrow().strip();
  }

  @Test
  void finalExactRecentDataIsAFullBadge() {
    assertEquals("进度符合预期 | 数据覆盖：1个目标中1个有数据，1个可计算完成度",
        badge(LocalDate.of(2024, 1, 1), with(ObsStatus.A, ValueQualifier.EXACT)));
    assertEquals("进度符合预期 | 数据覆盖：1个目标中1个有数据，1个可计算完成度",
        badge(LocalDate.of(2024, 1, 1), with(ObsStatus.D, ValueQualifier.EXACT)), "another definition is not weak");
  }

  @Test
  void estimatedProvisionalOrApproximateDataIsALightBadgeThatSaysSoAndIsCounted() {
    for (Observation o : List.of(with(ObsStatus.E, ValueQualifier.EXACT), with(ObsStatus.P, ValueQualifier.EXACT),
        with(ObsStatus.A, ValueQualifier.APPROXIMATELY))) {
      assertEquals("weak 进度符合预期（非最终数据） | 数据覆盖：1个目标中1个有数据，1个可计算完成度；已作判断的目标中，1个基于估计或陈旧数据",
          badge(LocalDate.of(2024, 1, 1), o), o.toString());
    }
  }

  @Test
  void staleDataIsALightBadgeThatSaysSo() {
    String b = badge(LocalDate.of(2025, 11, 1), with(ObsStatus.A, ValueQualifier.EXACT));
    assertTrue(b.startsWith("weak ") && b.contains("（数据陈旧）") && b.endsWith("1个基于估计或陈旧数据"), b);
  }

  @Test
  void insufficientDataIsNeverCalledWeakEvidence() {
    EvaluationReport report = Evaluator.of(DATA).asOf(LocalDate.of(2024, 1, 1))
        .evaluate(List.of(Observation.builder().from(obs(STATIONS, JS, "2023", 170)).status(ObsStatus.E)
            .qualifier(ValueQualifier.AT_LEAST).build()));
    assertEquals(Status.INSUFFICIENT_DATA, report.results().get(0).status());
    Element pill = Jsoup.parse(Rendered.html(report, DATA, Locale.SIMPLIFIED_CHINESE)).selectFirst("#targets .pill");
    assertFalse(pill.hasClass("weak"));
    assertEquals("数据不足", pill.text());
  }
}
