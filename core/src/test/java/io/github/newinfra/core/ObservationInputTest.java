package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.STATIONS;
import static io.github.newinfra.core.Fixture.SHARE;
import static io.github.newinfra.core.Fixture.NEW_FIRMS;
import static io.github.newinfra.core.Fixture.baseline;
import static io.github.newinfra.core.Fixture.catalog;
import static io.github.newinfra.core.Fixture.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.Target;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ObservationInputTest {
  private static final Target T = target("stations", STATIONS, Comparator.AT_LEAST).value(Quantity.parse("200座"))
      .baseline(baseline("100座", 2020)).build();
  private static final Evaluator EVALUATOR = Evaluator.of(catalog(T, target("firms", NEW_FIRMS, Comparator.AT_LEAST)
      .value(Quantity.parse("10家")).build())).asOf(LocalDate.of(2024, 1, 1));
  private static final String HEADER = "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS,COMMENT\n";

  private static EvaluationReport csv(String body) {
    return Fixture.csvBothWays(EVALUATOR, HEADER + body, "test.csv");
  }

  private static Map<String, RejectionReason> reasonsByLocation(EvaluationReport r) {
    return r.rejected().stream().collect(Collectors.toMap(Rejection::location, Rejection::reason));
  }

  @Test
  void unitMultAndObsValueReadTheSameDigitsAsciiOnly() {
    EvaluationReport r = csv(String.join("\n",
        "stations,320000,2020,1.7,,4,,",                // line 2: used, 17000
        "stations,320000,2021,1.8,,+4,,",               // 3: used
        "stations,320000,2022,1.9,,\uFF14,,",          // 4: full-width 4
        "stations,320000,2023,2.0,,\u0664,,",          // 5: Arabic-Indic 4
        "stations,320000,2019,\uFF11\uFF17,,,,",      // 6: full-width 17
        "stations,320000,2018,\u0661\u0667,,,,",      // 7: Arabic-Indic 17
        "stations,320000,2017,1.6,,-4,,", ""));         // 8: a negative power
    assertEquals(Map.of("line 4", RejectionReason.UNPARSEABLE_VALUE, "line 5", RejectionReason.UNPARSEABLE_VALUE,
        "line 6", RejectionReason.UNPARSEABLE_VALUE, "line 7", RejectionReason.UNPARSEABLE_VALUE,
        "line 8", RejectionReason.UNPARSEABLE_VALUE), reasonsByLocation(r), r.rejected().toString());
    assertEquals(2, r.acceptedObservations());
    assertTrue(r.rejected().get(0).message().startsWith("UNIT_MULT '\uFF14' is not a whole number"),
        r.rejected().get(0).message());
  }

  @Test
  void rejectsEachBadRowWithItsReasonAndLine() {
    EvaluationReport r = csv(String.join("\n",
        "stations,320000,2023,170,,,,fine",            // line 2: used
        "stations,320000,2022,NaN,,,,",                 // 3
        "stations,320000,2021,∞,,,,",                   // 4
        "stations,320000,2021-Q5,1,,,,",                // 5
        "nope,320000,2021,1,,,,",                       // 6
        "stations,110000,2021,1,,,,",                   // 7
        "stations,320000,2021,-3,,,,",                  // 8
        "stations,320000,2021,3,KM,,,",                 // 9
        "stations,320000,2021,3,斤,,,",                 // 10
        "stations,320000,2021,abc,,,,",                 // 11
        "stations,320000,2021,3,,x,,",                  // 12
        "stations,320000,2021,3,,,Z,",                  // 13
        "stations,320000,2021,3,,,M,",                  // 14
        "stations,320000,2020,3,,,,,extra",             // 15: too many fields
        "share,320000,2021,120,,,,",                    // 16
        ",320000,2021,3,,,,",                           // 17
        "stations,320000,2019,5,,,,",                   // 18 and 19: conflicting duplicate
        "stations,320000,2019,6,,,,",
        "stations,320000,2018,5,,,,",                   // 20 and 21: exact duplicate, one used
        "stations,320000,2018,5,,,,",
        "\"stations,320000,2017,5,,,,"));               // 22: unterminated quote
    Map<String, RejectionReason> reasons = reasonsByLocation(r);
    assertEquals(RejectionReason.NOT_FINITE, reasons.get("line 3"));
    assertEquals(RejectionReason.NOT_FINITE, reasons.get("line 4"));
    assertEquals(RejectionReason.UNPARSEABLE_PERIOD, reasons.get("line 5"));
    assertEquals(RejectionReason.UNKNOWN_INDICATOR, reasons.get("line 6"));
    assertEquals(RejectionReason.UNKNOWN_REGION, reasons.get("line 7"));
    assertEquals(RejectionReason.NEGATIVE_COUNT, reasons.get("line 8"));
    assertEquals(RejectionReason.UNIT_OF_ANOTHER_DIMENSION, reasons.get("line 9"));
    assertEquals(RejectionReason.UNKNOWN_UNIT, reasons.get("line 10"));
    assertEquals(RejectionReason.UNPARSEABLE_VALUE, reasons.get("line 11"));
    assertEquals(RejectionReason.UNPARSEABLE_VALUE, reasons.get("line 12"));
    assertEquals(RejectionReason.UNKNOWN_STATUS, reasons.get("line 13"));
    assertEquals(RejectionReason.STATUS_EXCLUDED, reasons.get("line 14"));
    assertEquals(RejectionReason.MALFORMED_ROW, reasons.get("line 15"));
    assertEquals(RejectionReason.PERCENT_OUT_OF_RANGE, reasons.get("line 16"));
    assertEquals(RejectionReason.MISSING_FIELD, reasons.get("line 17"));
    assertEquals(RejectionReason.CONFLICTING_DUPLICATE, reasons.get("line 18"));
    assertEquals(RejectionReason.CONFLICTING_DUPLICATE, reasons.get("line 19"));
    assertTrue(reasons.containsKey("line 20") != reasons.containsKey("line 21"), reasons.toString());
    assertEquals(RejectionReason.MALFORMED_ROW, reasons.get("line 22"));
    assertEquals(21, r.inputObservations());
    assertEquals(2, r.acceptedObservations());
    assertEquals(r.inputObservations(), r.acceptedObservations() + r.rejected().size());
    Rejection nan = r.rejected().stream().filter(x -> x.location().equals("line 3")).findFirst().orElseThrow();
    assertEquals("stations,320000,2022,NaN,,,,", nan.input());
    assertTrue(nan.message().contains("NaN"), nan.message());
    assertEquals(Status.ON_TRACK, r.results().get(0).status());
  }

  @Test
  void anUnknownIndicatorOrRegionCarriesTheNearestIdsAsFacts() {
    EvaluationReport r = csv(String.join("\n",
        "station,320000,2021,150,,,,",       // line 2: an indicator one letter short
        "stations,南京x,2021,150,,,,",        // 3: a region name with a stray letter
        "stations,qqqqqqqq,2021,150,,,,",    // 4: nothing near
        "stations,320000,2021,15x,,,,", "")); // 5: another reason
    Map<String, List<String>> suggestions = r.rejected().stream().collect(Collectors.toMap(Rejection::location,
        Rejection::suggestions));
    assertEquals("stations", suggestions.get("line 2").get(0), r.rejected().toString());
    assertTrue(suggestions.get("line 3").contains("320100"), r.rejected().toString());
    assertEquals(List.of(), suggestions.get("line 4"));
    assertEquals(List.of(), suggestions.get("line 5"));
    // the English message names the same ones
    assertTrue(r.rejected().get(0).message().contains("did you mean stations"), r.rejected().get(0).message());
  }

  @Test
  void theFirstThousandDistinctUnknownTextsGetSuggestionsAndTheRestNameTheTextOnly() {
    // 1,001 distinct unknown indicators, each containing 'stations', then the first of them again.
    StringBuilder rows = new StringBuilder();
    for (int k = 1; k <= 1001; k++) {
      rows.append("stations").append(k).append(",320000,2023,170,,,,\n");
    }
    rows.append("stations1,320000,2023,170,,,,\n");
    EvaluationReport r = csv(rows.toString());
    assertEquals(1002, r.rejected().size());
    Rejection thousandth = r.rejected().get(999);
    assertEquals("line 1001", thousandth.location());
    assertEquals("unknown indicator 'stations1000'; did you mean stations (stations)?", thousandth.message());
    assertEquals(List.of("stations"), thousandth.suggestions());
    Rejection beyond = r.rejected().get(1000);
    assertEquals("line 1002", beyond.location());
    assertEquals("unknown indicator 'stations1001'", beyond.message());
    assertEquals(List.of(), beyond.suggestions());
    Rejection again = r.rejected().get(1001);
    assertEquals("unknown indicator 'stations1'; did you mean stations (stations)?", again.message());
    assertEquals(List.of("stations"), again.suggestions());
  }

  @Test
  void aSupersededRowCarriesItsPeriodValueAndWhatSupersededItAsFacts() {
    String header = "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,PUBLISHED\n";
    EvaluationReport byDate = Fixture.csvBothWays(EVALUATOR, header
        + "stations,320000,2021,130,A,2022-02-14\nstations,320000,2021,131,A,2022-11-10\n", "t.csv");
    NotUsed late = byDate.unused().stream().filter(u -> u.reason() == NotUsedReason.SUPERSEDED).findFirst()
        .orElseThrow();
    assertEquals("line 2", late.location());
    assertEquals(java.util.Optional.of("2021"), late.period());
    assertEquals(130, late.value().getAsDouble(), 0);
    assertEquals(java.util.Optional.of("line 3"), late.supersededBy());
    assertEquals(java.util.Optional.of(LocalDate.of(2022, 11, 10)), late.supersedingPublished());
    assertEquals(java.util.Optional.of(LocalDate.of(2022, 2, 14)), late.published());
    assertTrue(late.supersededStatus().isEmpty());
    EvaluationReport byStatus = Fixture.csvBothWays(EVALUATOR, header
        + "stations,320000,2021,131,A,\nstations,320000,2021,130,P,\n", "t.csv");
    NotUsed provisional = byStatus.unused().stream().filter(u -> u.reason() == NotUsedReason.SUPERSEDED)
        .findFirst().orElseThrow();
    assertEquals("line 3", provisional.location());
    assertEquals(java.util.Optional.of("line 2"), provisional.supersededBy());
    assertEquals(java.util.Optional.of(ObsStatus.P), provisional.supersededStatus());
    assertTrue(provisional.published().isEmpty() && provisional.supersedingPublished().isEmpty());
    // rows of no target carry none of these facts
    EvaluationReport none = csv("firms,320100,2021,3,,,,\n");
    assertTrue(none.unused().stream().allMatch(u -> u.supersededBy().isEmpty() && u.period().isEmpty()
        && u.value().isEmpty()), none.unused().toString());
  }

  @Test
  void headerOrderIsFreeAndExtraColumnsAreIgnored() {
    EvaluationReport r = Fixture.csvBothWays(EVALUATOR,
        "\uFEFFDATAFLOW,obs_value,TIME_PERIOD,REF_AREA,INDICATOR\nX,170,2023,320000,stations\n", "x.csv");
    assertEquals(1, r.acceptedObservations());
    assertEquals(170, r.results().get(0).value().getAsDouble(), 1e-9);
  }

  @Test
  void quotedFieldsMayHoldCommasAndLineBreaks() {
    EvaluationReport r = csv("stations,320000,2023,170,,,,\"a, b\nc \"\"d\"\"\"\nstations,320000,2022,160,,,,\n");
    assertEquals(2, r.acceptedObservations());
    assertEquals(List.of(), r.rejected());
  }

  @Test
  void aHeaderWithoutARequiredColumnIsATypedErrorNamingIt() {
    ObservationFormatException e = assertThrows(ObservationFormatException.class, () -> EVALUATOR.evaluate(
        ObservationSource.csv(new StringReader("INDICATOR,REF_AREA,TIME_PERIOD\nx,1,2\n"), "bad.csv")));
    assertTrue(e.getMessage().contains("OBS_VALUE") && e.getMessage().contains("bad.csv"), e.getMessage());
  }

  @Test
  void overlappingFlowsAreRejected() {
    EvaluationReport r = csv("new_firms,320000,2021,5,,,,\nnew_firms,320000,2021-Q2,2,,,,\nnew_firms,320000,2022,1,,,,\n");
    assertEquals(RejectionReason.OVERLAPPING_PERIOD, reasonsByLocation(r).get("line 2"));
    assertEquals(RejectionReason.OVERLAPPING_PERIOD, reasonsByLocation(r).get("line 3"));
    assertEquals(1, r.acceptedObservations());
  }

  @Test
  void readsTheJsonFormWithPerElementRejections() {
    String json = "[{\"indicator\":\"stations\",\"region\":\"320000\",\"period\":\"2023\",\"value\":170},"
        + "{\"indicator\":\"stations\",\"region\":\"320000\",\"period\":\"2022\",\"value\":\"NaN\"},"
        + "{\"indicator\":\"stations\",\"colour\":\"red\"}, 42,"
        + "{\"indicator\":\"stations\",\"region\":\"320000\",\"period\":\"2021\",\"value\":0.016,\"unit\":\"万座\"}]";
    EvaluationReport r = EVALUATOR.evaluate(ObservationSource.json(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "obs.json"));
    Map<String, RejectionReason> reasons = reasonsByLocation(r);
    assertEquals(RejectionReason.NOT_FINITE, reasons.get("$[1]"));
    assertEquals(RejectionReason.MALFORMED_ROW, reasons.get("$[2]"));
    assertEquals(RejectionReason.MALFORMED_ROW, reasons.get("$[3]"));
    assertEquals(2, r.acceptedObservations());
    assertEquals(5, r.inputObservations());
  }

  @Test
  void aJsonNumberNoDoubleCanHoldRejectsItsElementAndTheRestIsRead() {
    // 1e9999999999 is well-formed JSON, but beyond any double: read as text, it is not finite.
    String json = "[{\"indicator\":\"stations\",\"region\":\"320000\",\"period\":\"2022\",\"value\":1e9999999999},\n"
        + "{\"indicator\":\"stations\",\"region\":\"320000\",\"period\":\"2022\",\"value\":1,"
        + "\"comment\":{\"nested\":[1,2]}},\n"
        + "{\"indicator\":\"stations\",\"region\":\"320000\",\"period\":\"2023\",\"value\":170}]";
    EvaluationReport r = EVALUATOR.evaluate(ObservationSource.json(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "obs.json"));
    assertEquals(Map.of("$[0]", RejectionReason.NOT_FINITE, "$[1]", RejectionReason.MALFORMED_ROW),
        reasonsByLocation(r));
    assertTrue(r.rejected().get(1).message().contains("'comment' must be a string or a number"),
        r.rejected().get(1).message());
    assertTrue(r.rejected().get(1).input().contains("{\"nested\":[1,2]}"), r.rejected().get(1).input());
    assertEquals(1, r.acceptedObservations());
    assertEquals(3, r.inputObservations());
  }

  @Test
  void malformedJsonIsATypedErrorWithLineAndColumn() {
    ObservationFormatException e = assertThrows(ObservationFormatException.class, () -> EVALUATOR.evaluate(
        ObservationSource.json(new ByteArrayInputStream("[{\"indicator\":}]".getBytes(StandardCharsets.UTF_8)), "o.json")));
    assertTrue(e.getMessage().contains("line 1") && !e.getMessage().contains("com.fasterxml"), e.getMessage());
  }

  @Test
  void observationsRejectNonFiniteValuesAtConstruction() {
    assertThrows(IllegalArgumentException.class, () -> Fixture.obs(SHARE, Fixture.JS, "2021", Double.NaN));
  }
}
