package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.SHARE;
import static io.github.newinfra.core.Fixture.STATIONS;
import static io.github.newinfra.core.Fixture.indicator;
import static io.github.newinfra.core.Fixture.target;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newinfra.model.Accumulation;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Direction;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.RegionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one rule for accepting a row (docs/observations.md), at each of its edges: read from a CSV text, from its
 * bytes and, where a table can hold the row, from an {@code ObservationTable}, each checking every row's fate.
 */
class RowAcceptanceTest {
  /** A share kept in per mille: 100% is 1000‰. */
  private static final Indicator PERMILLE = indicator("permille", "‰", Accumulation.LEVEL, Direction.HIGHER_IS_BETTER);
  private static final Target STATIONS_200 = target("stations", STATIONS, Comparator.AT_LEAST)
      .value(Quantity.parse("200座")).build();
  /** Targets in each city, so that every row accepted is used and shows. */
  private static final Evaluator EVALUATOR = Evaluator.of(Fixture.base().addIndicators(STATIONS, SHARE, PERMILLE)
      .addTargets(STATIONS_200).addAllTargets(inCities(SHARE, "60%")).addAllTargets(inCities(PERMILLE, "600‰"))
      .build()).asOf(LocalDate.of(2024, 6, 30));

  private static List<Target> inCities(Indicator indicator, String value) {
    List<Target> targets = new ArrayList<>();
    for (int city = 1; city <= 6; city++) {
      targets.add(target(indicator.id() + "-" + city, indicator, Comparator.AT_LEAST).value(Quantity.parse(value))
          .region(RegionCode.of("320" + city + "00")).build());
    }
    return targets;
  }

  private static final String HEADER = "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS,"
      + "PUBLISHED\n";

  private static EvaluationReport csv(String... rows) {
    return Fixture.csvBothWays(EVALUATOR, HEADER + String.join("\n", rows) + "\n", "t.csv");
  }

  private static EvaluationReport table(ObservationTable.Builder rows) {
    return EVALUATOR.evaluate(ObservationSource.of(rows.build()));
  }

  @Test
  void unitMultRunsFrom0To12() {
    EvaluationReport r = csv("stations,320100,2023,0.000000000002,座,12,,", // line 2: 2 × 10^-12 × 10^12 = 2
        "stations,320200,2023,3,座,13,,",                                // 3: beyond 10^12
        "stations,320300,2023,4,座,-0,,");                               // 4: -0 is 0
    assertEquals(List.of("line 3 UNPARSEABLE_VALUE: UNIT_MULT '13' is not a whole number from 0 to 12"),
        Fixture.rejections(r));
    assertEquals(List.of("line 2 320100 2023 = 2.0 A", "line 4 320300 2023 = 4.0 A"), Fixture.used(r));
    ObservationTable.Builder rows = ObservationTable.builder();
    rows.add("stations", "320100", "2023", 0.000000000002, "座", 12, ObsStatus.A);
    rows.add("stations", "320200", "2023", 3, "座", 13, ObsStatus.A);
    rows.add("stations", "320300", "2023", 3, "座", -1, ObsStatus.A);
    rows.add("stations", "320400", "2023", 3, "", 13, ObsStatus.A);
    EvaluationReport t = table(rows);
    assertEquals(List.of("#1 UNPARSEABLE_VALUE: UNIT_MULT '13' is not a whole number from 0 to 12",
        "#2 UNPARSEABLE_VALUE: UNIT_MULT '-1' is not a whole number from 0 to 12",
        "#3 UNPARSEABLE_VALUE: UNIT_MULT '13' is not a whole number from 0 to 12"), Fixture.rejections(t));
    assertEquals(List.of("#0 320100 2023 = 2.0 A"), Fixture.used(t));
  }

  @Test
  void aShareIsAcceptedFrom0ToExactly100PercentInItsOwnUnitOrAnother() {
    EvaluationReport r = csv("share,320100,2023,100,,,,",       // line 2: 100%
        "share,320200,2023,100.0000001,,,,",                   // 3: just above
        "share,320300,2023,1000,‰,,,",                         // 4: 1000‰ = 100%
        "share,320400,2023,1000.001,‰,,,",                     // 5: just above
        "share,320500,2023,-0,,,,",                            // 6: -0 is 0
        "share,320600,2023,-0.0001,,,,",                       // 7: below 0
        "permille,320100,2023,1000,,,,",                       // 8: 1000‰, in the indicator's unit
        "permille,320200,2023,1000.5,,,,",                     // 9: just above
        "permille,320300,2023,100,%,,,",                       // 10: 100% = 1000‰
        "permille,320400,2023,100.01,%,,,");                   // 11: just above
    assertEquals(List.of(
        "line 3 PERCENT_OUT_OF_RANGE: OBS_VALUE 100.0000001 is outside 0–100% for 'share', a share",
        "line 5 PERCENT_OUT_OF_RANGE: OBS_VALUE 1000.001 is outside 0–100% for 'share', a share",
        "line 7 PERCENT_OUT_OF_RANGE: OBS_VALUE -0.0001 is outside 0–100% for 'share', a share",
        "line 9 PERCENT_OUT_OF_RANGE: OBS_VALUE 1000.5 is outside 0–1000‰ (100%) for 'permille', a share",
        "line 11 PERCENT_OUT_OF_RANGE: OBS_VALUE 100.01 is outside 0–1000‰ (100%) for 'permille', a share"),
        Fixture.rejections(r));
    assertEquals(List.of("line 2 320100 2023 = 100.0 A", "line 4 320300 2023 = 100.0 A",
        "line 6 320500 2023 = -0.0 A", "line 8 320100 2023 = 1000.0 A", "line 10 320300 2023 = 1000.0 A"),
        Fixture.used(r));
  }

  @Test
  void aPublishedDateRunsFrom1900To9999() {
    EvaluationReport r = csv("stations,320100,2023,1,,,,1900-01-01", "stations,320200,2023,2,,,,1899-12-31",
        "stations,320300,2023,3,,,,9999-12-31", "stations,320400,2023,4,,,,+10000-01-01");
    assertEquals(List.of(
        "line 3 UNPARSEABLE_DATE: PUBLISHED '1899-12-31' is not a date YYYY-MM-DD from 1900 to 9999",
        "line 5 UNPARSEABLE_DATE: PUBLISHED '+10000-01-01' is not a date YYYY-MM-DD from 1900 to 9999"),
        Fixture.rejections(r));
    assertEquals(List.of("line 2 320100 2023 = 1.0 A published 1900-01-01",
        "line 4 320300 2023 = 3.0 A published 9999-12-31"), Fixture.used(r));
    ObservationTable.Builder rows = ObservationTable.builder();
    String[] days = {"1900-01-01", "1899-12-31", "9999-12-31", "+10000-01-01"};
    for (int k = 0; k < days.length; k++) {
      rows.add("stations", "320" + (k + 1) + "00", "2023", k + 1, "", 0, ObsStatus.A,
          Optional.of(LocalDate.parse(days[k])), "");
    }
    EvaluationReport t = table(rows);
    assertEquals(List.of("#1 UNPARSEABLE_DATE: PUBLISHED '1899-12-31' is not a date YYYY-MM-DD from 1900 to 9999",
        "#3 UNPARSEABLE_DATE: PUBLISHED '+10000-01-01' is not a date YYYY-MM-DD from 1900 to 9999"),
        Fixture.rejections(t));
    assertEquals(List.of("#0 320100 2023 = 1.0 A published 1900-01-01",
        "#2 320300 2023 = 3.0 A published 9999-12-31"), Fixture.used(t));
  }

  @Test
  void aTablesPublishedDateBeyondWhatADayNumberHoldsIsRejectedNeverWrappedIntoRange() {
    // 2023-06-01 shifted by 2^32 days lies near the year 11.8 million; stored as an int day it would wrap to
    // 2023-06-01 itself and be accepted
    LocalDate wraps = LocalDate.of(2023, 6, 1).plusDays(1L << 32);
    LocalDate early = LocalDate.of(2023, 6, 1).minusDays(1L << 32);
    ObservationTable.Builder rows = ObservationTable.builder();
    rows.add("stations", "320100", "2023", 1, "", 0, ObsStatus.A, Optional.of(wraps), "");
    rows.add("stations", "320200", "2023", 2, "", 0, ObsStatus.A, Optional.of(early), "");
    EvaluationReport t = table(rows);
    assertEquals(2, t.rejectedObservations(), () -> String.join("\n", Fixture.used(t)));
    assertEquals(List.of(RejectionReason.UNPARSEABLE_DATE, RejectionReason.UNPARSEABLE_DATE),
        t.rejected().stream().map(Rejection::reason).collect(java.util.stream.Collectors.toList()));
    assertEquals(0, t.acceptedObservations());
  }
}
