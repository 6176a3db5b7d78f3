package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.JS;
import static io.github.newinfra.core.Fixture.STATIONS;
import static io.github.newinfra.core.Fixture.base;
import static io.github.newinfra.core.Fixture.obs;
import static io.github.newinfra.core.Fixture.target;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.core.report.Detail;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Document;
import io.github.newinfra.model.InvalidValueException;
import io.github.newinfra.model.Quantity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A document whose issuing number is not known: left out, never a placeholder in a report. */
class UnknownDocumentFactsTest {
  @Test
  void aDocumentWithoutAnIssuingNumberIsShownByItsTitleAlone() {
    CatalogData fixture = base().build();
    Document plan = Document.builder().from(fixture.documents().get(0)).issuingNumber(Optional.empty())
        .issuer(Optional.empty()).build();
    CatalogData data = CatalogData.builder().from(fixture).documents(List.of(plan)).addIndicators(STATIONS)
        .addTargets(target("stations", STATIONS, Comparator.AT_LEAST).value(Quantity.parse("200座")).build()).build();
    EvaluationReport report = Evaluator.of(data).asOf(LocalDate.of(2024, 1, 1))
        .evaluate(List.of(obs(STATIONS, JS, "2023", 150)));
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      for (String out : List.of(Rendered.text(report, data, locale, Detail.ALL),
          Rendered.markdown(report, data, locale, Detail.ALL), Rendered.html(report, data, locale, Detail.ALL))) {
        assertTrue(out.contains(locale == Locale.ENGLISH ? "Test" : "测试"), out);
        assertFalse(out.contains("文号不详") || out.contains("Optional") || out.contains("测试（）") || out.contains("Test ()"),
            out);
      }
    }
  }

  @Test
  void aPlaceholderIsNotAnIssuingNumber() {
    Document plan = base().build().documents().get(0);
    for (String placeholder : List.of("文号不详", "不详", "未知", "无", "N/A", "unknown", "—", "-")) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> Document.builder().from(plan).issuingNumber(placeholder).build(), placeholder);
      assertTrue(e.getMessage().contains("leave the field out"), e.getMessage());
    }
  }
}
