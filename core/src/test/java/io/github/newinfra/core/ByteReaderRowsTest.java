package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.NEW_FIRMS;
import static io.github.newinfra.core.Fixture.STATIONS;
import static io.github.newinfra.core.Fixture.baseline;
import static io.github.newinfra.core.Fixture.target;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The byte reader's records (docs/performance.md, "How a file is read"): a record is encoded, its texts resolved
 * once per dictionary and once per run of records with the same codes, or kept as text and read as the text reader
 * reads it. Each example is read from text and from bytes ({@link Fixture#csvBothWays}) and checks every row's fate,
 * so that a record the fast path would store differently from the text reader fails twice over.
 */
class ByteReaderRowsTest {
  /** At least 200 stations in the province by 2025: its cities' rows are each used, so each row's fate shows. */
  private static final Target STATIONS_200 = target("stations", STATIONS, Comparator.AT_LEAST)
      .value(Quantity.parse("200座")).baseline(baseline("100座", 2020)).build();
  /** At least 10 new firms in 2023: each of its rows of 2023 is used. */
  private static final Target FIRMS_10 = target("firms", NEW_FIRMS, Comparator.AT_LEAST).value(Quantity.parse("10家"))
      .dueYear(2023).build();
  private static final Evaluator EVALUATOR = Evaluator.of(Fixture.catalog(STATIONS_200, FIRMS_10))
      .asOf(LocalDate.of(2024, 6, 30));
  private static final String HEADER =
      "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS,QUALIFIER,PUBLISHED,SOURCE\n";

  private static EvaluationReport csv(String header, String... rows) {
    return Fixture.csvBothWays(EVALUATOR, header + String.join("\n", rows) + "\n", "t.csv");
  }

  @Test
  void aRunOfRecordsWithTheSameCodesBrokenByOneFieldReadsEachRecordsOwnFields() {
    // Each city's row differs from the row before it in one field besides the region; every other row is the run's.
    EvaluationReport r = csv(HEADER,
        "stations,320100,2023,170,座,0,A,,,",            // line 2: the run
        "stations,320200,2023,1.5,万座,0,A,,,",          // 3: the unit: 15000
        "stations,320300,2023,171,座,0,A,,,",            // 4
        "stations,320400,2023,1.5,座,4,A,,,",            // 5: UNIT_MULT: 15000
        "stations,320500,2023,172,座,0,A,,,",            // 6
        "stations,320600,2023,173,座,0,P,,,",            // 7: the status
        "stations,320700,2023,174,座,0,A,,,",            // 8
        "stations,320800,2023,175,座,0,A,超过,,",         // 9: the qualifier
        "stations,320900,2023,176,座,0,A,,,bulletin",    // 10: a SOURCE, which is no code of the run
        "stations,321000,2023,177,座,0,A,,2024-01-15,",  // 11: PUBLISHED
        "stations,321100,2023,178,座,0,A,,,",            // 12
        "stations,321200,2022,179,座,0,A,,,",            // 13: the period
        "stations,321300,2023,180,座,0,A,,,",            // 14
        "new_firms,320100,2023,5,家,0,A,,,",             // 15: the indicator (Nanjing's stations are line 2's)
        "stations,320100,2021,181,座,0,A,,,",            // 16
        "stations,320100,2021,1,座,0,M,,,",              // 17: a status that is no observation
        "stations,320100,2021,181,座,0,A,,,",            // 18: a duplicate of line 16
        "stations,320100,2021,1,座,0,A,Z,,",              // 19: an unknown qualifier
        "stations,320100,2021,181,座,0,A,,,",            // 20: a duplicate of line 16
        "stations,320100,2021,1,座,0,A,,2024-13-01,",    // 21: no date
        "stations,320100,2021,181,座,0,A,,,",            // 22: a duplicate of line 16
        "stations,320100,2021,1,座,13,A,,,",             // 23: UNIT_MULT beyond 12
        "stations,320100,2021,181,座,0,A,,,",            // 24: a duplicate of line 16
        "stations,320100,2021,1,斤,0,A,,,");             // 25: an unknown unit
    assertEquals(List.of(
        "line 17 STATUS_EXCLUDED: OBS_STATUS M marks a missing value",
        "line 18 DUPLICATE: repeats stations in 320100, 2021 (also at line 16); one is used",
        "line 19 UNKNOWN_QUALIFIER: QUALIFIER 'Z' is not one of 超过 (MORE_THAN), 以上 (AT_LEAST), 约 or 左右"
            + " (APPROXIMATELY), 基本 (BASICALLY) or EXACT",
        "line 20 DUPLICATE: repeats stations in 320100, 2021 (also at line 16); one is used",
        "line 21 UNPARSEABLE_DATE: PUBLISHED '2024-13-01' is not a date YYYY-MM-DD from 1900 to 9999",
        "line 22 DUPLICATE: repeats stations in 320100, 2021 (also at line 16); one is used",
        "line 23 UNPARSEABLE_VALUE: UNIT_MULT '13' is not a whole number from 0 to 12",
        "line 24 DUPLICATE: repeats stations in 320100, 2021 (also at line 16); one is used",
        "line 25 UNKNOWN_UNIT: UNIT_MEASURE '斤' is not a known unit code (NUMBER, KM, CNY, PERCENT, MBPS…) or symbol"
            + " (座, 公里, 万元…)"), Fixture.rejections(r));
    // A result lists the rows it uses by the end of their period, then by region.
    assertEquals(List.of(
        "line 13 321200 2022 = 179.0 A",
        "line 2 320100 2023 = 170.0 A",
        "line 3 320200 2023 = 15000.0 A",
        "line 4 320300 2023 = 171.0 A",
        "line 5 320400 2023 = 15000.0 A",
        "line 6 320500 2023 = 172.0 A",
        "line 7 320600 2023 = 173.0 P",
        "line 8 320700 2023 = 174.0 A",
        "line 9 320800 2023 = 175.0 A MORE_THAN",
        "line 10 320900 2023 = 176.0 A from bulletin",
        "line 11 321000 2023 = 177.0 A published 2024-01-15",
        "line 12 321100 2023 = 178.0 A",
        "line 14 321300 2023 = 180.0 A",
        "line 15 320100 2023 = 5.0 A"), Fixture.used(r));
  }

  @Test
  void recordsKeptAsTextAmongEncodedOnesAreReadAsTheTextReaderReadsThem() {
    EvaluationReport r = csv(HEADER,
        "stations,320100,2023,170,座,0,A,,,",                // line 2: encoded
        "\"stations\",320200,2023,171,座,0,A,,,",            // 3: a quoted field
        "stations,320300,2023,1.72e2,座,0,A,,,",             // 4: a value with an exponent: 172
        "stations,320400,2023,173.000000000000001,座,0,A,,,", // 5: more digits than the fast form takes
        "stations,320500,2023,174,座,0,A,,",                 // 6: a field short
        "stations,320600,2023,\u3000175,座,0,A,,,",          // 7: an ideographic space before the value
        "stations,320700,2023,-3,座,0,A,,,",                 // 8: encoded, but negative
        "stations,320800,2023,0,KM,0,A,,,",                  // 9: encoded, 0 in a unit of another dimension
        "stations,320900,2023,-0,座,0,A,,,");                // 10: encoded, negative zero, which is zero
    assertEquals(List.of(
        "line 6 MALFORMED_ROW: expected 10 fields as in the header, found 9",
        "line 8 NEGATIVE_COUNT: OBS_VALUE -3 is negative, but 'stations' (a count) cannot be",
        "line 9 UNIT_OF_ANOTHER_DIMENSION: unit '公里' (a length) cannot measure 'stations', which is in '座' (a count)"),
        Fixture.rejections(r));
    assertEquals(List.of(
        "line 2 320100 2023 = 170.0 A",
        "line 3 320200 2023 = 171.0 A",
        "line 4 320300 2023 = 172.0 A",
        "line 5 320400 2023 = 173.0 A",
        "line 7 320600 2023 = 175.0 A",
        "line 10 320900 2023 = -0.0 A"), Fixture.used(r));
  }

  @Test
  void aFileWithTheRequiredColumnsOnlyReadsEveryOtherFieldAsEmpty() {
    EvaluationReport r = csv("INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE\n", "stations,320100,2023,170",
        "stations,320200,2023,171", "new_firms,320000,2023-Q1,4");
    assertEquals(List.of(), Fixture.rejections(r));
    assertEquals(List.of("line 2 320100 2023 = 170.0 A", "line 3 320200 2023 = 171.0 A",
        "line 4 320000 2023-Q1 = 4.0 A"), Fixture.used(r));
  }

  @Test
  void eachOptionalColumnAloneIsReadWithTheOthersEmpty() {
    // Per column: its value in the row, and the row used.
    String[][] cases = {
        {"UNIT_MEASURE", "1.7,万座", "17000.0 A"},
        {"UNIT_MULT", "1.7,4", "17000.0 A"},
        {"OBS_STATUS", "170,P", "170.0 P"},
        {"QUALIFIER", "170,以上", "170.0 A AT_LEAST"},
        {"PUBLISHED", "170,2024-01-15", "170.0 A published 2024-01-15"},
        {"SOURCE", "170,yearbook", "170.0 A from yearbook"}};
    for (String[] c : cases) {
      EvaluationReport r = csv("INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE," + c[0] + "\n", "stations,320100,2023," + c[1]);
      assertEquals(List.of("line 2 320100 2023 = " + c[2]), Fixture.used(r), c[0]);
    }
  }

  @Test
  void blocksSharingADictionaryAndABlockStartingANewOneResolveEachOfTheirTexts() {
    // 6,000 records, each of a new day (so a new text): the first block's 2,048 records leave its dictionary with
    // 2,051 texts; the second block goes on with it, grown to 4,098 texts, over 4,096, so the third block starts a
    // new one. The second block opens with two stations rows on the first block's first two days: their texts'
    // codes (3 and 4) are the third block's first two days' in its new dictionary, which must not be read as those.
    StringBuilder rows = new StringBuilder("INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE\n");
    LocalDate first = LocalDate.of(2018, 1, 1);
    for (int k = 0; k < 5998; k++) {
      if (k == 2048) {
        rows.append("stations,320000,2018-01-01,170\nstations,320000,2018-01-02,171\n");
      }
      rows.append("new_firms,320000,").append(first.plusDays(k)).append(",1\n");
    }
    EvaluationReport r = Fixture.csvBothWays(EVALUATOR, rows.toString(), "t.csv");
    assertEquals(6000, r.acceptedObservations());
    assertEquals(List.of(), Fixture.rejections(r));
    // The stations target: the later of its two rows, on line 2,051 (after the header and 2,048 records).
    assertEquals(List.of("line 2051 320000 2018-01-02 = 171.0 A"), Fixture.used(r).subList(0, 1));
    // The flow target counts the plan's years to 2023: the 1,095 days of 2021 to 2023, from line 1,098 (2021-01-01
    // is day 1,096 from 2018-01-01, on line 1,096 + 2) to line 2,194 (2023-12-31, day 2,190, after the two stations
    // rows).
    TargetResult firms = r.results().get(1);
    assertEquals(1095, firms.value().getAsDouble(), 0);
    assertEquals(1095, firms.observations().size());
    assertEquals("line 1098 320000 2021-01-01 = 1.0 A", Fixture.used(r).get(1));
    assertEquals("line 2194 320000 2023-12-31 = 1.0 A", Fixture.used(r).get(1095));
    // Not used: the new firms rows outside 2021 to 2023.
    assertEquals(5998 - 1095, r.unusedObservations());
  }
}
