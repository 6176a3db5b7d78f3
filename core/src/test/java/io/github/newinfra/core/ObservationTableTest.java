package io.github.newinfra.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.newinfra.model.CatalogData;
import io.github.newinfra.testing.CatalogGenerators;
import io.github.newinfra.testing.ObservationGenerators;
import io.github.newinfra.testing.ObservationGenerators.Row;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The columnar source against the CSV reader: the same rows, good and bad, give the same report whichever way
 * they arrive.
 */
class ObservationTableTest {
  private static final LocalDate AS_OF = LocalDate.of(2028, 1, 1);

  /** Rows as typed values, some of them spoilt in one field, with the matching CSV text. */
  private static final class Input {
    final CatalogData data;
    final List<Row> rows = new ArrayList<>();
    final ObservationTable.Builder table = ObservationTable.builder();

    Input(CatalogData data) {
      this.data = data;
    }

    void add(String indicator, String region, String period, double value, String unit, int mult, ObsStatus status) {
      table.add(indicator, region, period, value, unit, mult, status);
      rows.add(Row.of(indicator, region, period, Double.toString(value), unit, Integer.toString(mult),
          status.name()));
    }

    @Override
    public String toString() {
      return ObservationGenerators.csv(rows);
    }
  }

  private static Input input(RandomGenerator r) {
    Input in = new Input(CatalogGenerators.catalog(r));
    for (Row row : ObservationGenerators.rows(r, in.data, r.nextInt(40))) {
      String indicator = row.indicator();
      String region = row.region();
      String period = row.period();
      double value = Double.parseDouble(row.value());
      String unit = row.unit();
      int mult = row.unitMult().isEmpty() ? 0 : Integer.parseInt(row.unitMult());
      ObsStatus status = row.status().isEmpty() ? ObsStatus.A : ObsStatus.valueOf(row.status());
      switch (r.nextInt(16)) {
        case 0: indicator = "no_such_indicator"; break;
        case 1: region = "999999"; break;
        case 2: period = "2023-13"; break;
        case 3: status = r.nextBoolean() ? ObsStatus.M : ObsStatus.F; break;
        case 4: value = r.nextBoolean() ? Double.NaN : Double.NEGATIVE_INFINITY; break;
        case 5: value = -1 - value; break;
        case 6: unit = "furlong"; break;
        case 7: mult = r.nextBoolean() ? -1 : 99; break;
        case 8: value = 1e300; mult = 12; break;
        case 9: value += 150; break;
        default: break;
      }
      in.add(indicator, region, period, value, unit, mult, status);
    }
    return in;
  }

  private static List<String> results(EvaluationReport report) {
    return report.results().stream()
        .map(t -> t.target() + "=" + t.status() + "@" + t.value() + " from " + t.observations().stream()
            .map(ObservationRef::ordinal).collect(Collectors.toList()))
        .collect(Collectors.toList());
  }

  private static List<String> rejections(EvaluationReport report) {
    return report.rejected().stream().map(x -> x.ordinal() + " " + x.reason() + ": " + x.message())
        .collect(Collectors.toList());
  }

  @Test
  void aTableGivesTheReportTheSameRowsGiveAsCsv() {
    qt().withExamples(300).forAll(Gens.of(ObservationTableTest::input)).checkAssert(in -> {
      Evaluator evaluator = Evaluator.of(in.data).asOf(AS_OF);
      EvaluationReport fromCsv = evaluator.evaluate(
          ObservationSource.csv(new StringReader(ObservationGenerators.csv(in.rows)), "rows.csv"));
      EvaluationReport fromTable = evaluator.evaluate(ObservationSource.of(in.table.build()));
      assertEquals(in.rows.size(), fromTable.inputObservations());
      assertEquals(fromTable.inputObservations(), fromTable.acceptedObservations() + fromTable.rejected().size());
      assertEquals(rejections(fromCsv), rejections(fromTable));
      assertEquals(results(fromCsv), results(fromTable));
      assertEquals(fromCsv.rollUps(), fromTable.rollUps());
      for (Rejection x : fromTable.rejected()) {
        assertEquals("#" + x.ordinal(), x.location());
      }
    });
  }

  @Test
  void observationsInBlocksKeepTheirPositions() {
    CatalogData data = Fixture.catalog();
    List<Observation> many = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      many.add(Fixture.obs(Fixture.STATIONS, Fixture.JS, LocalDate.of(2000, 1, 1).plusDays(i).toString(), i));
    }
    // The same day again at the end: a conflicting duplicate of #0 far beyond the first block.
    many.add(Fixture.obs(Fixture.STATIONS, Fixture.JS, "2000-01-01", 7));
    EvaluationReport report = Evaluator.of(data).asOf(AS_OF).evaluate(many);
    assertEquals(10_001, report.inputObservations());
    assertEquals(List.of("0 CONFLICTING_DUPLICATE", "10000 CONFLICTING_DUPLICATE"), report.rejected().stream()
        .map(x -> x.ordinal() + " " + x.reason()).collect(Collectors.toList()));
    assertEquals("#10000", report.rejected().get(1).location());
  }

  @Test
  void aTableRowFailingEachCheckIsRejectedWithTheReasonAndMessageAFileGives() {
    io.github.newinfra.model.Target stations = Fixture.target("stations", Fixture.STATIONS,
        io.github.newinfra.model.Comparator.AT_LEAST).value(io.github.newinfra.model.Quantity.parse("200座")).build();
    Evaluator evaluator = Evaluator.of(Fixture.catalog(stations)).asOf(LocalDate.of(2024, 6, 30));
    ObservationTable.Builder rows = ObservationTable.builder();
    java.util.Optional<LocalDate> none = java.util.Optional.empty();
    rows.add("stations", "320100", "2023", 170, "", 0, ObsStatus.A, java.util.Optional.of(LocalDate.of(2024, 1, 15)),
        "yearbook");                                                              // #0: used, with its SOURCE
    rows.add("nope", "320100", "2023", 1, "", 0, ObsStatus.A);                    // #1
    rows.add("stations", "999999", "2023", 1, "", 0, ObsStatus.A);                // #2
    rows.add("stations", "320100", "2023-13", 1, "", 0, ObsStatus.A);             // #3
    rows.add("stations", "320100", "2021", 1, "", 0, ObsStatus.M);                // #4
    rows.add("stations", "320100", "2021", 1, "", 0, ObsStatus.F);                // #5
    rows.add("stations", "320100", "2021", -3, "", 0, ObsStatus.A);               // #6
    rows.add("stations", "320100", "2021", Double.NaN, "", 0, ObsStatus.A);       // #7
    rows.add("stations", "320100", "2021", Double.NEGATIVE_INFINITY, "", 0, ObsStatus.A); // #8
    rows.add("stations", "320100", "2021", 1e300, "", 12, ObsStatus.A);           // #9: 10^312, beyond a double
    rows.add("stations", "320100", "2021", 3, "KM", 0, ObsStatus.A);              // #10
    rows.add("stations", "320100", "2021", 3, "furlong", 0, ObsStatus.A);         // #11
    rows.add("stations", "320100", "2021", 3, "万座", 4, ObsStatus.A);             // #12: 10^4 twice
    rows.add("stations", "320200", "2023", 171, "", 0, ObsStatus.P, none, "bulletin"); // #13: used
    EvaluationReport r = evaluator.evaluate(ObservationSource.of(rows.build()));
    assertEquals(List.of(
        "#1 UNKNOWN_INDICATOR: unknown indicator 'nope'",
        "#2 UNKNOWN_REGION: unknown region '999999'",
        "#3 UNPARSEABLE_PERIOD: TIME_PERIOD '2023-13' is not YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD",
        "#4 STATUS_EXCLUDED: OBS_STATUS M marks a missing value",
        "#5 STATUS_EXCLUDED: OBS_STATUS F marks a forecast, not an observation",
        "#6 NEGATIVE_COUNT: OBS_VALUE -3.0 is negative, but 'stations' (a count) cannot be",
        "#7 NOT_FINITE: OBS_VALUE 'NaN' is not finite",
        "#8 NOT_FINITE: OBS_VALUE '-Infinity' is not finite",
        "#9 NOT_FINITE: OBS_VALUE 1.0E300 in '万亿座' is beyond the range of a double in '座'",
        "#10 UNIT_OF_ANOTHER_DIMENSION: unit '公里' (a length) cannot measure 'stations', which is in '座' (a count)",
        "#11 UNKNOWN_UNIT: UNIT_MEASURE 'furlong' is not a known unit code (NUMBER, KM, CNY, PERCENT, MBPS…) or symbol"
            + " (座, 公里, 万元…)",
        "#12 UNKNOWN_UNIT: UNIT_MEASURE '万座' already scales by 10^4 and UNIT_MULT 4 scales again: 10^8 in all; write"
            + " UNIT_MEASURE '座' with UNIT_MULT 8, or '万座' with UNIT_MULT 0 or empty"), Fixture.rejections(r));
    assertEquals(List.of("#0 320100 2023 = 170.0 A published 2024-01-15 from yearbook",
        "#13 320200 2023 = 171.0 P from bulletin"), Fixture.used(r));
  }

  @Test
  void theBuilderNamesTheMissingArgumentAndCopiesOnBuild() {
    ObservationTable.Builder b = ObservationTable.builder();
    NullPointerException e = assertThrows(NullPointerException.class, () -> b.add("x", null, "2023", 1));
    assertEquals("region", e.getMessage());
    b.add("x", "320000", "2023", 1);
    ObservationTable one = b.build();
    b.add("x", "320000", "2024", 2);
    assertEquals(1, one.size());
    assertEquals(2, b.build().size());
    assertTrue(one.toString().contains("1 rows"), one::toString);
  }
}
