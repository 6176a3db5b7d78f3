package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.NEW_FIRMS;
import static io.github.newinfra.core.Fixture.STATIONS;
import static io.github.newinfra.core.Fixture.baseline;
import static io.github.newinfra.core.Fixture.indicator;
import static io.github.newinfra.core.Fixture.target;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newinfra.model.Accumulation;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Direction;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which of several rows for one indicator, region and period is used (docs/observations.md): a later PUBLISHED date
 * supersedes, else a final status (A over P or E); of the rows nothing supersedes, agreeing ones are duplicates of the
 * one used, and that one does not depend on the order of the input: the latest PUBLISHED date, then the lowest status
 * code, then a SOURCE (the first in text order), then the smaller value, then the earlier row. Every example is read
 * in both orders, from text and from bytes, and checks every row's fate.
 */
class RevisionsTest {
  private static final Target STATIONS_200 = target("stations", STATIONS, Comparator.AT_LEAST)
      .value(Quantity.parse("200座")).baseline(baseline("100座", 2020)).build();
  private static final Evaluator EVALUATOR = Evaluator.of(Fixture.catalog(STATIONS_200)).asOf(LocalDate.of(2024, 6, 30));
  private static final String HEADER = "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,PUBLISHED,SOURCE\n";

  private static EvaluationReport csv(String... rows) {
    return Fixture.csvBothWays(EVALUATOR, HEADER + String.join("\n", rows) + "\n", "t.csv");
  }

  /**
   * Reads {@code used} and {@code other}, rows of stations in 2023 that agree, in both orders, and checks that
   * {@code used} is the row used and {@code other} is rejected as its duplicate.
   */
  private static void usedOverDuplicate(String used, String other, double value) {
    for (boolean usedFirst : new boolean[] {true, false}) {
      EvaluationReport r = usedFirst ? csv(used, other) : csv(other, used);
      int usedAt = usedFirst ? 2 : 3;
      int otherAt = usedFirst ? 3 : 2;
      String order = usedFirst ? "used row first" : "used row second";
      assertEquals(List.of(duplicate(otherAt, usedAt)), Fixture.rejections(r), order);
      assertEquals(List.of(), r.unused(), order);
      assertEquals(List.of("line " + usedAt + " " + used(used, value)), Fixture.used(r), order);
    }
  }

  /** What {@link Fixture#used} says of a row of stations in 2023 given as text, with its value. */
  private static String used(String row, double value) {
    String[] f = row.split(",", -1);
    return "320000 2023 = " + value + " " + (f[4].isEmpty() ? "A" : f[4])
        + (f[5].isEmpty() ? "" : " published " + f[5]) + (f[6].isEmpty() ? "" : " from " + f[6]);
  }

  /**
   * Reads {@code winner} and {@code loser}, rows of stations in 2023, in both orders, and checks that {@code winner}
   * is used and supersedes {@code loser} for the reason given, with the facts a superseded row carries.
   */
  private static void supersedes(String winner, String loser, double winnerValue, String why) {
    String[] w = winner.split(",", -1);
    String[] l = loser.split(",", -1);
    boolean byDate = why.startsWith("published");
    for (boolean winnerFirst : new boolean[] {true, false}) {
      EvaluationReport r = winnerFirst ? csv(winner, loser) : csv(loser, winner);
      String winnerAt = winnerFirst ? "line 2" : "line 3";
      String loserAt = winnerFirst ? "line 3" : "line 2";
      String order = winnerFirst ? "superseding row first" : "superseding row second";
      assertEquals(List.of(), Fixture.rejections(r), order);
      assertEquals(List.of(loserAt + " SUPERSEDED: stations in 320000, 2023 = " + l[3] + " is superseded by " + winnerAt
          + " (" + why + ")"), Fixture.unused(r), order);
      NotUsed u = r.unused().get(0);
      assertEquals(Optional.of("2023"), u.period(), order);
      assertEquals(Double.parseDouble(l[3]), u.value().getAsDouble(), 0, order);
      assertEquals(Optional.of(winnerAt), u.supersededBy(), order);
      assertEquals(byDate ? Optional.of(LocalDate.parse(w[5])) : Optional.empty(), u.supersedingPublished(), order);
      assertEquals(byDate ? Optional.of(LocalDate.parse(l[5])) : Optional.empty(), u.published(), order);
      assertEquals(byDate ? Optional.empty() : Optional.of(ObsStatus.valueOf(l[4])), u.supersededStatus(), order);
      assertEquals(List.of(winnerAt + " " + used(winner, winnerValue)), Fixture.used(r), order);
    }
  }

  // Which row supersedes which.

  @Test
  void aLaterPublicationSupersedesAnEarlierWhateverTheirStatuses() {
    supersedes("stations,320000,2023,131,P,2024-05-01,", "stations,320000,2023,130,A,2024-01-20,", 131,
        "published 2024-05-01, later than 2024-01-20");
  }

  @Test
  void withoutTwoDatesThatDifferAFinalValueSupersedesAProvisionalOrEstimatedOne() {
    // One date only: the status decides, even though the provisional row is the one published.
    supersedes("stations,320000,2023,131,A,,", "stations,320000,2023,130,P,2024-05-01,", 131,
        "status A (final) over P");
    supersedes("stations,320000,2023,131,A,2024-05-01,", "stations,320000,2023,130,E,,", 131,
        "status A (final) over E");
    // The same date twice: the status decides.
    supersedes("stations,320000,2023,131,A,2024-05-01,", "stations,320000,2023,130,E,2024-05-01,", 131,
        "status A (final) over E");
  }

  @Test
  void onlyAFinalStatusSupersedesSoDisagreeingRowsOfOtherStatusesConflict() {
    for (String[] pair : new String[][] {{"P", "E"}, {"A", "B"}, {"E", "P"}}) {
      EvaluationReport r = csv("stations,320000,2023,130," + pair[0] + ",,", "stations,320000,2023,131," + pair[1] + ",,");
      assertEquals(List.of(conflict(2, 3), conflict(3, 2)), Fixture.rejections(r), pair[0] + " and " + pair[1]);
      assertEquals(List.of(), Fixture.used(r));
    }
  }

  private static String conflict(int line, int also) {
    return "line " + line + " CONFLICTING_DUPLICATE: conflicting values for stations in 320000, 2023 (also at line "
        + also + "), and no later PUBLISHED date or final status (A over P or E) says which holds; none of them is used";
  }

  private static String duplicate(int line, int also) {
    return "line " + line + " DUPLICATE: repeats stations in 320000, 2023 (also at line " + also + "); one is used";
  }

  private static String supersededByStatus(int line, String value, int by, String status) {
    return "line " + line + " SUPERSEDED: stations in 320000, 2023 = " + value + " is superseded by line " + by
        + " (status A (final) over " + status + ")";
  }

  @Test
  void eachOfSeveralConflictingRowsNamesAnotherAndARowTheyWouldSupersedeIsRejectedWithThem() {
    // The provisional 129 is superseded by either final row, but those two disagree: all three are rejected.
    EvaluationReport r = csv("stations,320000,2023,130,A,,", "stations,320000,2023,129,P,,",
        "stations,320000,2023,131,A,,");
    assertEquals(List.of(conflict(2, 3), conflict(3, 2), conflict(4, 2)), Fixture.rejections(r));
    assertEquals(List.of(), Fixture.unused(r));
    assertEquals(List.of(), Fixture.used(r));
    assertEquals(Status.NO_DATA, Fixture.only(r).status());
  }

  @Test
  void aRowSupersededByTwoAgreeingRowsNamesTheFirstAndTheSecondIsItsDuplicate() {
    EvaluationReport r = csv("stations,320000,2023,130,P,,", "stations,320000,2023,131,A,,",
        "stations,320000,2023,131,A,,");
    assertEquals(List.of(duplicate(4, 3)),
        Fixture.rejections(r));
    assertEquals(List.of(supersededByStatus(2, "130", 3, "P")), Fixture.unused(r));
    assertEquals(List.of("line 3 320000 2023 = 131.0 A"), Fixture.used(r));
  }

  // Of agreeing rows, which is used: one example per step of the order.

  @Test
  void ofAgreeingRowsAPublishedOneIsUsedOverOneWithoutADate() {
    usedOverDuplicate("stations,320000,2023,170,A,2023-06-01,", "stations,320000,2023,170,A,,", 170);
  }

  @Test
  void ofAgreeingRowsWithoutDatesTheLowerStatusCodeIsUsed() {
    // B (a break in the series) and P: A supersedes P, but B does not; both stand, and B comes first.
    usedOverDuplicate("stations,320000,2023,170,B,,", "stations,320000,2023,170,P,,", 170);
    usedOverDuplicate("stations,320000,2023,170,A,,", "stations,320000,2023,170,B,,", 170);
  }

  @Test
  void ofAgreeingRowsOfTheSameDateAndStatusOneWithASourceIsUsed() {
    usedOverDuplicate("stations,320000,2023,170,A,2023-06-01,yearbook", "stations,320000,2023,170,A,2023-06-01,",
        170);
  }

  @Test
  void ofAgreeingRowsWithSourcesTheFirstSourceInTextOrderIsUsed() {
    usedOverDuplicate("stations,320000,2023,170,E,,bulletin", "stations,320000,2023,170,E,,yearbook", 170);
  }

  @Test
  void ofAgreeingRowsWithTheSameSourceTheSmallerValueIsUsed() {
    usedOverDuplicate("stations,320000,2023,170,A,,yearbook", "stations,320000,2023,170.0000000001,A,,yearbook", 170);
  }

  @Test
  void ofRowsAgreeingWithinTheLastDigitsTheSmallerValueIsUsed() {
    // 170 and 170.0000000001 differ by 6e-13 of their size, less than 1e-9: they agree, and 170 is used.
    usedOverDuplicate("stations,320000,2023,170,A,,", "stations,320000,2023,170.0000000001,A,,", 170);
  }

  @Test
  void ofIdenticalRowsTheEarlierIsUsed() {
    EvaluationReport r = csv("stations,320000,2023,170,A,,", "stations,320000,2023,170,A,,",
        "stations,320000,2023,170,A,,");
    assertEquals(List.of(duplicate(3, 2),
        duplicate(4, 2)), Fixture.rejections(r));
    assertEquals(List.of("line 2 320000 2023 = 170.0 A"), Fixture.used(r));
  }

  @Test
  void rowsOfOnePeriodApartInTheInputAreSettledTogether() {
    EvaluationReport r = csv("stations,320000,2023,131,A,,", "stations,320000,2022,120,A,,",
        "stations,320000,2023,130,P,,");
    assertEquals(List.of(), Fixture.rejections(r));
    assertEquals(List.of(supersededByStatus(4, "130", 2, "P")), Fixture.unused(r));
    assertEquals(List.of("line 2 320000 2023 = 131.0 A"), Fixture.used(r));
  }
}
