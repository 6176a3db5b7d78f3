package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.STATIONS;
import static io.github.newinfra.core.Fixture.baseline;
import static io.github.newinfra.core.Fixture.catalog;
import static io.github.newinfra.core.Fixture.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newinfra.core.report.Detail;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.json.ModelJson;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A flood of bad rows costs bounded memory: the first rejections by input position are listed in full, every one
 * is counted by reason and by indicator, and the accounting stays exact.
 */
class BoundedRejectionsTest {
  private static final CatalogData DATA = catalog(target("stations", STATIONS, Comparator.AT_LEAST)
      .value(Quantity.parse("200座")).baseline(baseline("100座", 2020)).build());

  private static EvaluationReport evaluate(String csv, int listed) {
    return Evaluator.of(DATA).asOf(LocalDate.of(2024, 6, 30))
        .options(EvaluationOptions.builder().maxRejectionsListed(listed).build())
        .evaluate(ObservationSource.csv(new StringReader(csv), "flood.csv"));
  }

  /** Lines 2 to 4 repeat one row (two duplicates, found after reading); then {@code bad} rows of three kinds. */
  private static String flood(int bad) {
    StringBuilder csv = new StringBuilder("INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE\n");
    for (int i = 0; i < 3; i++) {
      csv.append("stations,320000,2023,150\n");
    }
    for (int i = 0; i < bad; i++) {
      switch (i % 3) {
        case 0:
          csv.append("unknown_").append(i).append(",320000,2023,1\n");
          break;
        case 1:
          csv.append("stations,320000,2023-13,1\n");
          break;
        default:
          csv.append("stations,320000\n");
      }
    }
    return csv.append("stations,320000,2024,170\n").toString();
  }

  @Test
  void theFirstRejectionsByInputPositionAreListedAndEveryOneIsCounted() {
    EvaluationReport r = evaluate(flood(3000), 100);
    assertEquals(3004, r.inputObservations());
    assertEquals(3002, r.rejectedObservations());
    assertEquals(2902, r.rejectedNotListed());
    assertEquals(r.inputObservations(), r.usedObservations() + r.unusedObservations() + r.rejectedObservations());
    assertEquals(100, r.rejected().size());
    List<String> where = r.rejected().stream().map(Rejection::location).collect(Collectors.toList());
    assertEquals(List.of("line 3", "line 4", "line 5", "line 6"), where.subList(0, 4),
        "the duplicates, found after reading, take their place by input position");
    assertEquals("line 102", where.get(99));
    Map<RejectionReason, Long> reasons = new LinkedHashMap<>();
    reasons.put(RejectionReason.MALFORMED_ROW, 1000L);
    reasons.put(RejectionReason.UNPARSEABLE_PERIOD, 1000L);
    reasons.put(RejectionReason.UNKNOWN_INDICATOR, 1000L);
    reasons.put(RejectionReason.DUPLICATE, 2L);
    assertEquals(reasons, new LinkedHashMap<>(r.rejectedByReason()));
    assertEquals(Map.of("stations", 1002L, EvaluationReport.NO_INDICATOR, 2000L), r.rejectedByIndicator());
  }

  @Test
  void listingIsTheDefaultUpToTenThousand() {
    EvaluationReport r = Evaluator.of(DATA).asOf(LocalDate.of(2024, 6, 30))
        .evaluate(ObservationSource.csv(new StringReader(flood(10_001)), "flood.csv"));
    assertEquals(10_003, r.rejectedObservations());
    assertEquals(10_000, r.rejected().size());
    assertEquals(10_000, EvaluationOptions.defaults().maxRejectionsListed());
    EvaluationReport all = evaluate(flood(20), 10_000);
    assertEquals(all.rejectedObservations(), all.rejected().size());
    assertEquals(0, all.rejectedNotListed());
  }

  @Test
  void everyReportFormatSaysHowManyMoreWereRejectedAndWhy() throws Exception {
    EvaluationReport r = evaluate(flood(300), 10);
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      for (String out : List.of(Rendered.text(r, DATA, locale, Detail.SUMMARY),
          Rendered.markdown(r, DATA, locale, Detail.SUMMARY), Rendered.html(r, DATA, locale, Detail.SUMMARY))) {
        assertTrue(out.contains(locale == Locale.ENGLISH ? "292 more rejected rows not listed. All rejected rows by "
            + "reason: " : "另有292行拒收数据未逐行列出"), out);
        assertTrue(out.contains(locale == Locale.ENGLISH ? "Rows rejected (302)" : "拒收的数据行（302）"), out);
      }
    }
    String json = Rendered.json(r, DATA);
    assertEquals(r, ModelJson.newMapper().readValue(json, EvaluationReport.class));
    ObjectNode tree = (ObjectNode) ModelJson.newMapper().readTree(json);
    assertEquals(302, tree.get("rejectedObservations").asLong());
    assertEquals(100, tree.get("rejectedByReason").get("UNKNOWN_INDICATOR").asLong());
  }

  @Test
  void aReportWrittenBeforeTheCountsReadsBackWithItsListAsTheCount() throws Exception {
    EvaluationReport r = evaluate(flood(5), 100);
    ObjectNode tree = (ObjectNode) ModelJson.newMapper().readTree(Rendered.json(r, DATA));
    tree.remove(List.of("rejectedObservations", "rejectedByReason", "rejectedByIndicator"));
    EvaluationReport old = ModelJson.newMapper().treeToValue(tree, EvaluationReport.class);
    assertEquals(7, old.rejectedObservations());
    assertEquals(r.rejectedByReason(), old.rejectedByReason());
    assertEquals(Map.of(), old.rejectedByIndicator());
  }

  @Test
  void aNegativeLimitIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> EvaluationOptions.builder().maxRejectionsListed(-1).build());
    EvaluationReport countsOnly = evaluate(flood(30), 0);
    assertEquals(List.of(), countsOnly.rejected());
    assertEquals(32, countsOnly.rejectedObservations());
  }
}
