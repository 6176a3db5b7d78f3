package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.NEW_FIRMS;
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
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rows of a flow or a year's amount once all are read (docs/observations.md, docs/evaluation.md): rows whose
 * periods overlap are rejected, as summing them would count twice; of a year's figures to date (1–3月, 1–6月, the
 * year) the one that runs furthest stands and supersedes the others; a year's amount over two calendar years is
 * rejected. Each example checks every row's fate, read from text and from bytes.
 */
class FlowRowsTest {
  /** A year's amount, e.g. 业务收入: figures to date within a year supersede each other. */
  private static final Indicator INCOME = indicator("income", "元", Accumulation.ANNUAL, Direction.HIGHER_IS_BETTER);
  private static final Target INCOME_100 = target("income", INCOME, Comparator.AT_LEAST).value(Quantity.parse("100元"))
      .dueYear(2023).build();
  private static final Target FIRMS_10 = target("firms", NEW_FIRMS, Comparator.AT_LEAST).value(Quantity.parse("10家"))
      .dueYear(2023).build();
  private static final Evaluator EVALUATOR = Evaluator.of(Fixture.base().addIndicators(STATIONS, NEW_FIRMS, INCOME)
      .addTargets(INCOME_100, FIRMS_10).build()).asOf(LocalDate.of(2024, 6, 30));
  private static final String HEADER = "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n";

  private static EvaluationReport csv(String... rows) {
    return Fixture.csvBothWays(EVALUATOR, HEADER + String.join("\n", rows) + "\n", "t.csv");
  }

  /** The rejection of a flow's row at {@code line} whose period overlaps another's. */
  private static String overlaps(int line, String period) {
    return "line " + line + " OVERLAPPING_PERIOD: flow new_firms in 320000 for " + period + " overlaps another flow"
        + " observation of the same series; summing would double count";
  }

  /** The note on a year's figure to date at {@code line} superseded by the figure at {@code by}, running to {@code to}. */
  private static String toDate(int line, String period, String value, int by, String to) {
    return "line " + line + " SUPERSEDED: income in 320000, " + period + " = " + value + " is superseded by line " + by
        + " (the same year to " + to + ", a later figure of the year)";
  }

  @Test
  void ofAYearsFiguresToDateTheOneRunningFurthestSupersedesTheOthers() {
    EvaluationReport r = csv("income,320000,2023-01/2023-03,5,", "income,320000,2023,20,",
        "income,320000,2023-01/2023-06,9,");
    assertEquals(List.of(), Fixture.rejections(r));
    assertEquals(List.of(toDate(2, "2023-Q1", "5", 3, "2023-12-31"), toDate(4, "2023-01/2023-06", "9", 3, "2023-12-31")),
        Fixture.unused(r));
    assertEquals(List.of("line 3 320000 2023 = 20.0 A"), Fixture.used(r));
  }

  @Test
  void aFigureToDateRunningIntoTheNextYearSupersedesNothingAndIsRejected() {
    // 2023-01-01 to 2024-01-01 (366 days) starts with the first quarter, but ends in 2024: it is no figure of 2023.
    EvaluationReport r = csv("income,320000,2023-01-01/2024-01-01,30,", "income,320000,2023-01/2023-03,5,");
    assertEquals(List.of("line 2 PERIOD_ACROSS_YEARS: income in 320000 is a year's amount, but 2023-01-01/2024-01-01"
        + " spans two calendar years; give each year's part as its own row"), Fixture.rejections(r));
    assertEquals(List.of(), Fixture.unused(r));
    assertEquals(List.of("line 3 320000 2023-Q1 = 5.0 A"), Fixture.used(r));
  }

  @Test
  void aFigureToDateRejectedAsAConflictSupersedesNothing() {
    EvaluationReport r = csv("income,320000,2023-01/2023-03,5,", "income,320000,2023-01/2023-06,9,",
        "income,320000,2023-01/2023-06,8,");
    assertEquals(List.of(
        "line 3 CONFLICTING_DUPLICATE: conflicting values for income in 320000, 2023-01/2023-06 (also at line 4), and"
            + " no later PUBLISHED date or final status (A over P or E) says which holds; none of them is used",
        "line 4 CONFLICTING_DUPLICATE: conflicting values for income in 320000, 2023-01/2023-06 (also at line 3), and"
            + " no later PUBLISHED date or final status (A over P or E) says which holds; none of them is used"),
        Fixture.rejections(r));
    assertEquals(List.of(), Fixture.unused(r));
    assertEquals(List.of("line 2 320000 2023-Q1 = 5.0 A"), Fixture.used(r));
  }

  @Test
  void aFigureToDateAlreadySupersededByARevisionIsNotSupersededTwice() {
    // The first quarter's P figure is superseded by its A figure; the A figure by the half year.
    EvaluationReport r = csv("income,320000,2023-01/2023-03,4,P", "income,320000,2023-01/2023-03,5,A",
        "income,320000,2023-01/2023-06,9,");
    assertEquals(List.of(), Fixture.rejections(r));
    assertEquals(List.of(
        "line 2 SUPERSEDED: income in 320000, 2023-Q1 = 4 is superseded by line 3 (status A (final) over P)",
        toDate(3, "2023-Q1", "5", 4, "2023-06-30")), Fixture.unused(r));
    assertEquals(List.of("line 4 320000 2023-01/2023-06 = 9.0 A"), Fixture.used(r));
  }

  @Test
  void figuresOfAYearsAmountNotStartingOnTheFirstOfJanuaryAreNoFiguresToDateAndMayOverlap() {
    EvaluationReport r = csv("income,320000,2023-Q2,5,", "income,320000,2023-04/2023-09,9,");
    assertEquals(List.of(
        "line 2 OVERLAPPING_PERIOD: annual amount income in 320000 for 2023-Q2 overlaps another row of the same series;"
            + " summing would double count",
        "line 3 OVERLAPPING_PERIOD: annual amount income in 320000 for 2023-04/2023-09 overlaps another row of the"
            + " same series; summing would double count"), Fixture.rejections(r));
    assertEquals(List.of(), Fixture.unused(r));
  }

  @Test
  void aFlowRowStartingOnTheLastDayOfAnotherOverlapsItAndOneStartingTheDayAfterDoesNot() {
    EvaluationReport r = csv("new_firms,320000,2023-Q1,5,", "new_firms,320000,2023-03-31,1,",
        "new_firms,320000,2023-Q2,4,");
    assertEquals(List.of(overlaps(2, "2023-Q1"), overlaps(3, "2023-03-31")), Fixture.rejections(r));
    assertEquals(List.of("line 4 320000 2023-Q2 = 4.0 A"), Fixture.used(r));
  }

  @Test
  void flowRowsAreCheckedForOverlapsInTheOrderOfTheirPeriodsNotOfTheInput() {
    EvaluationReport r = csv("new_firms,320000,2023-Q2,4,", "new_firms,320000,2023-Q1,5,", "new_firms,320000,2023-03-31,1,");
    assertEquals(List.of(overlaps(3, "2023-Q1"), overlaps(4, "2023-03-31")), Fixture.rejections(r));
    assertEquals(List.of("line 2 320000 2023-Q2 = 4.0 A"), Fixture.used(r));
  }

  @Test
  void aFlowRowOverlappedBySeveralIsRejectedOnceAndSoIsEachOfThem() {
    // April and June both fall in the second quarter: the three are rejected, the quarter once.
    EvaluationReport r = csv("new_firms,320000,2023-Q1,5,", "new_firms,320000,2023-Q2,9,", "new_firms,320000,2023-04,1,",
        "new_firms,320000,2023-06,1,", "new_firms,320000,2023-Q4,4,");
    assertEquals(List.of(overlaps(3, "2023-Q2"), overlaps(4, "2023-04"), overlaps(5, "2023-06")),
        Fixture.rejections(r));
    assertEquals(3, r.rejectedObservations());
    assertEquals(List.of("line 2 320000 2023-Q1 = 5.0 A", "line 6 320000 2023-Q4 = 4.0 A"), Fixture.used(r));
  }

  @Test
  void aRowRejectedAsADuplicateTakesNoPartInTheOverlapsOfTheRest() {
    EvaluationReport r = csv("new_firms,320000,2023-Q1,5,", "new_firms,320000,2023-Q1,5,", "new_firms,320000,2023-Q2,4,",
        "new_firms,320000,2023-04,1,");
    assertEquals(List.of(
        "line 3 DUPLICATE: repeats new_firms in 320000, 2023-Q1 (also at line 2); one is used",
        overlaps(4, "2023-Q2"),
        overlaps(5, "2023-04")), Fixture.rejections(r));
    assertEquals(List.of("line 2 320000 2023-Q1 = 5.0 A"), Fixture.used(r));
  }

  @Test
  void levelRowsMayOverlap() {
    EvaluationReport r = csv("stations,320000,2023,170,", "stations,320000,2023-Q4,160,");
    assertEquals(List.of(), Fixture.rejections(r));
    assertEquals(2, r.acceptedObservations());
  }
}
