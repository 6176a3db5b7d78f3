package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.NANJING;
import static io.github.newinfra.core.Fixture.SHARE;
import static io.github.newinfra.core.Fixture.catalog;
import static io.github.newinfra.core.Fixture.obs;
import static io.github.newinfra.core.Fixture.only;
import static io.github.newinfra.core.Fixture.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.json.ModelJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Explanations are words rendered from a result's facts, in the language asked for, the same from every way in. */
class ExplainerTest {
  private static final Target COVERAGE_95 = target("coverage95", SHARE, Comparator.AT_LEAST)
      .region(NANJING).value(Quantity.parse("95%")).dueYear(2025).build();
  private static final CatalogData CATALOG = catalog(COVERAGE_95);

  private static EvaluationReport report() {
    return Evaluator.of(CATALOG).asOf(LocalDate.of(2026, 3, 31))
        .evaluate(List.of(obs(SHARE, NANJING, "2025", 96.2)));
  }

  @Test
  void theClassDocumentationsExampleSaysWhatItShows() {
    EvaluationReport report = report();
    TargetResult result = only(report);
    Explainer explainer = Explainer.of(CATALOG);
    assertEquals("已完成：96.2%（2025）达到目标2025年不低于95%，按期实现。",
        explainer.explain(report, result, Locale.SIMPLIFIED_CHINESE));
    assertEquals("Achieved: 96.2% (2025) meets at least 95% due 2025, on time.",
        explainer.explain(report, result, Locale.ENGLISH));
  }

  @Test
  void anyLanguageButChineseIsAnsweredInEnglish() {
    EvaluationReport report = report();
    TargetResult result = only(report);
    Explainer explainer = Explainer.of(CATALOG);
    assertEquals(explainer.explain(report, result, Locale.ENGLISH), explainer.explain(report, result, Locale.GERMAN));
    assertEquals(explainer.explain(report, result, Locale.SIMPLIFIED_CHINESE),
        explainer.explain(report, result, Locale.TRADITIONAL_CHINESE));
    assertNotEquals(explainer.explain(report, result, Locale.ENGLISH),
        explainer.explain(report, result, Locale.CHINESE));
  }

  @Test
  void theEvaluatorsExplainerSaysWhatOneMadeFromTheCatalogSays() {
    Evaluator evaluator = Evaluator.of(CATALOG).asOf(LocalDate.of(2026, 3, 31));
    EvaluationReport report = evaluator.evaluate(List.of(obs(SHARE, NANJING, "2025", 80)));
    TargetResult result = only(report);
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      assertEquals(Explainer.of(CATALOG).explain(report, result, locale),
          evaluator.explainer().explain(report, result, locale));
    }
  }

  @Test
  void theEvaluationDateAndOptionsComeFromTheReport() {
    Evaluator evaluator = Evaluator.of(CATALOG).asOf(LocalDate.of(2026, 3, 31));
    EvaluationReport report = evaluator.evaluate(List.of());
    assertEquals("No data: no usable observation of share for Nanjing at or before 2026-03-31; target at least 95%"
        + " due 2025.", evaluator.explainer().explain(report, only(report), Locale.ENGLISH));
  }

  @Test
  void theJsonReportWritesBothExplanationsBesideTheFactsAndReadsBackWithoutThem() throws Exception {
    EvaluationReport report = report();
    String json = Rendered.json(report, CATALOG);
    JsonNode result = ModelJson.newMapper().readTree(json).get("results").get(0);
    assertEquals("已完成：96.2%（2025）达到目标2025年不低于95%，按期实现。", result.get("explanationZh").asText());
    assertEquals("Achieved: 96.2% (2025) meets at least 95% due 2025, on time.", result.get("explanationEn").asText());
    assertEquals(report, ModelJson.newMapper().readValue(json, EvaluationReport.class));
  }
}
