package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.JS;
import static io.github.newinfra.core.Fixture.base;
import static io.github.newinfra.core.Fixture.baseline;
import static io.github.newinfra.core.Fixture.indicator;
import static io.github.newinfra.core.Fixture.obs;
import static io.github.newinfra.core.Fixture.only;
import static io.github.newinfra.core.Fixture.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.core.report.Detail;
import io.github.newinfra.model.Accumulation;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Direction;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.RelativeChange;
import io.github.newinfra.model.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Targets stated relative to their baseline: 翻一番, 下降10%, 提高5个百分点. */
class RelativeTargetsTest {
  private static final Indicator VALUE_ADDED = indicator("core_value_added", "元", Accumulation.ANNUAL,
      Direction.HIGHER_IS_BETTER);
  private static final Target DOUBLING = target("value-added", VALUE_ADDED, Comparator.AT_LEAST).region(JS)
      .baseline(baseline("2万亿元", 2020)).relative(RelativeChange.builder().factor(new BigDecimal("2")).build())
      .build();
  private static final CatalogData DATA = base().addIndicators(VALUE_ADDED).addTargets(DOUBLING).build();

  @Test
  void aDoublingIsEvaluatedAgainstTheValueDerivedFromItsBaseline() {
    TargetResult r = only(Evaluator.of(DATA).asOf(LocalDate.of(2024, 1, 1))
        .evaluate(List.of(obs(VALUE_ADDED, JS, "2023", 3e12))));
    assertEquals("万亿元", r.unit());
    assertEquals(4, r.targetValue().getAsDouble(), 1e-9);
    assertEquals(0.5, r.attainment().getAsDouble(), 1e-9, "(3 − 2) / (4 − 2)");
  }

  @Test
  void reportsShowTheChangeAsThePlanSaysItAndTheDerivedValue() {
    EvaluationReport report = Evaluator.of(DATA).asOf(LocalDate.of(2024, 1, 1))
        .evaluate(List.of(obs(VALUE_ADDED, JS, "2023", 3e12)));
    String zh = Rendered.text(report, DATA, Locale.SIMPLIFIED_CHINESE, Detail.ALL);
    assertTrue(zh.contains("翻一番（≥4万亿元）"), zh);
    String en = Rendered.markdown(report, DATA, Locale.ENGLISH, Detail.ALL);
    assertTrue(en.contains("doubled (≥4万亿元)"), en);
    String html = Rendered.html(report, DATA, Locale.SIMPLIFIED_CHINESE, Detail.ALL);
    assertTrue(html.contains("翻一番（≥4"), html);
  }
}
