package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.JS;
import static io.github.newinfra.core.Fixture.NANJING;
import static io.github.newinfra.core.Fixture.NEW_FIRMS;
import static io.github.newinfra.core.Fixture.RADIUS;
import static io.github.newinfra.core.Fixture.SHARE;
import static io.github.newinfra.core.Fixture.STATIONS;
import static io.github.newinfra.core.Fixture.WUXI;
import static io.github.newinfra.core.Fixture.baseline;
import static io.github.newinfra.core.Fixture.catalog;
import static io.github.newinfra.core.Fixture.en;
import static io.github.newinfra.core.Fixture.obs;
import static io.github.newinfra.core.Fixture.only;
import static io.github.newinfra.core.Fixture.target;
import static io.github.newinfra.core.Fixture.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.Target;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules for real statistics (SPEC §5a), one example per rule and per engine bug fixed; each would fail on
 * the engine before those rules.
 */
class RealDataRulesTest {
  private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);
  /** At least 60% due 2021, from 40% at the end of 2020. */
  private static final Target SHARE_60 = target("share60", SHARE, Comparator.AT_LEAST).value(Quantity.parse("60%"))
      .baseline(baseline("40%", 2020)).dueYear(2021).build();
  private static final Target AT_LEAST_200 = target("stations", STATIONS, Comparator.AT_LEAST)
      .value(Quantity.parse("200座")).baseline(baseline("100座", 2020)).build();
  /** At least 3000 new firms in 2021 (a flow over 2021). */
  private static final Target FIRMS_3000 = target("firms", NEW_FIRMS, Comparator.AT_LEAST)
      .value(Quantity.parse("3000家")).dueYear(2021).build();
  private static final String HEADER = "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,PUBLISHED,SOURCE\n";

  private static TargetResult evaluate(Target t, LocalDate asOf, Observation... observations) {
    Evaluator e = Evaluator.of(catalog(t)).asOf(asOf);
    return only(e, e.evaluate(List.of(observations)));
  }

  private static EvaluationReport csv(Target t, LocalDate asOf, String body) {
    return Fixture.csvBothWays(Evaluator.of(catalog(t)).asOf(asOf), HEADER + body, "t.csv");
  }

  // Point 1: on time or late

  @Test
  void aTargetMetOnlyAfterItsDueYearIsAchievedLateAndSaysWhen() {
    TargetResult r = evaluate(SHARE_60, JAN_2024, obs(SHARE, JS, "2021", 55), obs(SHARE, JS, "2023", 65));
    assertEquals(Status.ACHIEVED_LATE, r.status());
    assertEquals(Optional.of(Period.parse("2023")), r.decision().achievedIn());
    assertEquals(Rule.ACHIEVED_LATE, r.decision().rule());
    assertTrue(en(r).contains("not met by the end of 2021") && en(r).contains("2023"),
        en(r));
    assertTrue(zh(r).startsWith("逾期完成") && zh(r).contains("2023"), zh(r));
  }

  @Test
  void aTargetMetOnTimeStaysAchievedWhateverCameLater() {
    TargetResult r = evaluate(SHARE_60, JAN_2024, obs(SHARE, JS, "2021", 61), obs(SHARE, JS, "2023", 50));
    assertEquals(Status.ACHIEVED, r.status());
    assertEquals(61, r.value().getAsDouble(), 1e-9);
    assertEquals(Optional.of(Period.parse("2021")), r.decision().achievedIn());
  }

  @Test
  void aTargetNeverMetByTheEvaluationDateIsMissed() {
    TargetResult r = evaluate(SHARE_60, JAN_2024, obs(SHARE, JS, "2021", 55), obs(SHARE, JS, "2023", 58));
    assertEquals(Status.MISSED, r.status());
    assertTrue(en(r).contains("nor by 2024-01-01"), en(r));
  }

  @Test
  void beforeTheDueYearEndsTheLatestValueDecides() {
    assertEquals(Status.ACHIEVED, evaluate(SHARE_60, LocalDate.of(2021, 7, 1), obs(SHARE, JS, "2021-Q1", 65)).status());
  }

  // Point 2: province figures from partial city data

  @Test
  void aProvinceSumFromSomeCitiesIsALowerBoundThatCannotRateProgress() {
    // Nanjing alone: 100 would have been rated LIMITED_PROGRESS against the baseline of 100
    TargetResult r = evaluate(AT_LEAST_200, JAN_2024, obs(STATIONS, NANJING, "2023", 100));
    assertEquals(Status.INSUFFICIENT_DATA, r.status());
    assertEquals(Rule.LOWER_BOUND, r.decision().rule());
    assertEquals(List.of(NANJING), r.decision().citiesCovered());
    assertEquals(13, r.decision().citiesTotal(), "Jiangsu has 13 cities in the region registry");
    assertTrue(r.decision().lowerBound());
    assertTrue(en(r).contains("1 of 13 cities (Nanjing)"), en(r));
    assertTrue(zh(r).contains("13个设区市中1个有数据：南京市"), zh(r));
    assertFalse(r.ratio().isPresent());
  }

  @Test
  void aProvinceSumFromSomeCitiesIsNeverMissed() {
    TargetResult r = evaluate(AT_LEAST_200, LocalDate.of(2026, 6, 30), obs(STATIONS, NANJING, "2025", 100));
    assertEquals(Status.INSUFFICIENT_DATA, r.status());
  }

  @Test
  void aLowerBoundMayProveAnAtLeastTargetAchieved() {
    TargetResult r = evaluate(AT_LEAST_200, JAN_2024, obs(STATIONS, NANJING, "2023", 250));
    assertEquals(Status.ACHIEVED, r.status());
    assertTrue(r.decision().lowerBound());
  }

  @Test
  void eachCityContributesItsLatestValueAndTheOldestContributionIsNamed() {
    // Wuxi last reported in 2022: 100 + 80 (+ 0 for each other city) = 180, not the 2023 "sum" of 100 alone
    List<Observation> rows = new ArrayList<>(Fixture.otherCities(STATIONS, "2023", 0));
    rows.add(obs(STATIONS, NANJING, "2023", 100));
    rows.add(obs(STATIONS, WUXI, "2022", 80));
    TargetResult r = evaluate(AT_LEAST_200, JAN_2024, rows.toArray(new Observation[0]));
    assertEquals(180, r.value().getAsDouble(), 1e-9);
    assertEquals(Optional.of(Period.parse("2022")), r.decision().oldestContribution());
    assertFalse(r.decision().lowerBound());
    assertEquals(Status.ON_TRACK, r.status());
  }

  @Test
  void aCitysYearEndingAfterAMonthThatStartsLaterIsItsLatestValue() {
    // Nanjing's 2023 (to 31 December) ends after its June 2023, which starts later: 150 + 30 (+ 0 for each other
    // city) = 180, not 120 + 30.
    List<Observation> rows = new ArrayList<>(Fixture.otherCities(STATIONS, "2023", 0));
    rows.add(obs(STATIONS, NANJING, "2023", 150));
    rows.add(obs(STATIONS, NANJING, "2023-06", 120));
    rows.add(obs(STATIONS, WUXI, "2023", 30));
    TargetResult r = evaluate(AT_LEAST_200, JAN_2024, rows.toArray(new Observation[0]));
    assertEquals(180, r.value().getAsDouble(), 1e-9);
    assertEquals(150, r.regionValues().get(0).value(), 1e-9);
    assertEquals(NANJING, r.regionValues().get(0).region());
  }

  @Test
  void citiesReportingDifferentPeriodsAreAddedNotComparedPeriodByPeriod() {
    // Nanjing's year 2023 and Wuxi's 2023-Q2 are each city's latest: 700 + 800 (before: 700, the 2023 "sum")
    TargetResult mixed = evaluate(AT_LEAST_200, JAN_2024, obs(STATIONS, NANJING, "2023", 700),
        obs(STATIONS, WUXI, "2023-Q2", 800));
    assertEquals(1500, mixed.value().getAsDouble(), 1e-9);
    // a city missing from the latest period keeps its earlier figure: 31 + 30, not a "fall" to 31
    TargetResult later = evaluate(AT_LEAST_200, LocalDate.of(2025, 1, 1), obs(STATIONS, NANJING, "2023", 30),
        obs(STATIONS, WUXI, "2023", 30), obs(STATIONS, NANJING, "2024", 31));
    assertEquals(61, later.value().getAsDouble(), 1e-9);
    assertEquals(Optional.of(Period.parse("2023")), later.decision().oldestContribution());
  }

  @Test
  void observationRefsNameTheRowsOwnRegion() {
    TargetResult r = evaluate(AT_LEAST_200, JAN_2024, obs(STATIONS, NANJING, "2023", 100),
        obs(STATIONS, WUXI, "2023", 80));
    assertEquals(List.of(NANJING, WUXI), r.observations().stream().map(ObservationRef::region)
        .collect(Collectors.toList()));
  }

  // Point 3: incomplete flow periods

  @Test
  void aFlowWithGapsIsNotMissedButSaysWhatIsCovered() {
    TargetResult r = evaluate(FIRMS_3000, LocalDate.of(2022, 3, 1), obs(NEW_FIRMS, JS, "2021-Q1", 800),
        obs(NEW_FIRMS, JS, "2021-Q3", 800));
    assertEquals(Status.INSUFFICIENT_DATA, r.status());
    assertEquals(List.of(Span.of(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 6, 30)),
        Span.of(LocalDate.of(2021, 10, 1), LocalDate.of(2021, 12, 31))), r.decision().gaps());
    assertTrue(en(r).contains("no data for 2021-04-01 to 2021-06-30, 2021-10-01 to 2021-12-31"),
        en(r));
  }

  @Test
  void aFlowWithGapsMayProveAchievement() {
    assertEquals(Status.ACHIEVED, evaluate(FIRMS_3000, LocalDate.of(2022, 3, 1), obs(NEW_FIRMS, JS, "2021-Q1", 2000),
        obs(NEW_FIRMS, JS, "2021-Q3", 1500)).status());
  }

  @Test
  void aRatingNeedsTheFlowPeriodCoveredUpToTheLatestObservation() {
    TargetResult r = evaluate(FIRMS_3000, LocalDate.of(2021, 10, 1), obs(NEW_FIRMS, JS, "2021-Q1", 800),
        obs(NEW_FIRMS, JS, "2021-Q3", 800));
    assertEquals(Status.INSUFFICIENT_DATA, r.status());
    assertEquals(1, r.decision().gaps().size());
  }

  // Point 4: provisional and estimated data

  @Test
  void resultsCarryTheStatusesOfTheirObservationsAndFlagAnythingButA() {
    Observation provisional = Observation.builder().from(obs(STATIONS, JS, "2023", 170)).status(ObsStatus.P).build();
    TargetResult r = evaluate(AT_LEAST_200, JAN_2024, provisional);
    assertEquals(Set.of(ObsStatus.P), r.obsStatuses());
    assertTrue(r.provisional());
    assertEquals(ObsStatus.P, r.observations().get(0).status());
    assertTrue(en(r).contains("P (provisional)"), en(r));
    assertTrue(zh(r).contains("所用数据非最终数据：初步数"), zh(r));
    assertFalse(evaluate(AT_LEAST_200, JAN_2024, obs(STATIONS, JS, "2023", 170)).provisional());
  }

  // Point 5: revisions and several sources

  @Test
  void aLaterPublicationSupersedesAnEarlierAndItsSourceIsShown() {
    EvaluationReport report = csv(AT_LEAST_200, JAN_2024, String.join("\n",
        "stations,320000,2023,130,A,2024-01-20,bulletin A",
        "stations,320000,2023,131,A,2024-05-01,https://example.invalid/final"));
    TargetResult r = only(Evaluator.of(catalog(AT_LEAST_200)), report);
    assertEquals(131, r.value().getAsDouble(), 1e-9);
    assertEquals(List.of("https://example.invalid/final"), r.sources());
    assertEquals(Optional.of(LocalDate.of(2024, 5, 1)), r.observations().get(0).published());
    assertTrue(report.rejected().isEmpty());
    assertEquals(1, report.unused().size());
    NotUsed superseded = report.unused().get(0);
    assertEquals(NotUsedReason.SUPERSEDED, superseded.reason());
    assertEquals("line 2", superseded.location());
    assertTrue(superseded.message().contains("line 3") && superseded.message().contains("published 2024-05-01"),
        superseded.message());
    assertEquals(1, report.usedObservations());
    assertTrue(en(r).contains("Sources: https://example.invalid/final"), en(r));
  }

  @Test
  void withoutDatesAFinalValueSupersedesAProvisionalOne() {
    EvaluationReport report = csv(AT_LEAST_200, JAN_2024, String.join("\n",
        "stations,320000,2023,130,P,,", "stations,320000,2023,131,A,,"));
    assertEquals(131, only(report).value().getAsDouble(), 1e-9);
    assertEquals(Set.of(ObsStatus.A), only(report).obsStatuses());
    assertEquals(NotUsedReason.SUPERSEDED, report.unused().get(0).reason());
  }

  @Test
  void ofAgreeingRowsTheSameOneIsUsedWhateverTheirOrder() {
    String dated = "stations,320000,2023,130,E,2024-01-20,bulletin";
    String undated = "stations,320000,2023,130,E,,yearbook";
    TargetResult forward = only(csv(AT_LEAST_200, JAN_2024, dated + "\n" + undated));
    TargetResult backward = only(csv(AT_LEAST_200, JAN_2024, undated + "\n" + dated));
    assertEquals(List.of("bulletin"), forward.sources());
    assertEquals(forward.sources(), backward.sources());
    assertEquals(forward.observations().get(0).published(), backward.observations().get(0).published());
  }

  @Test
  void aConflictNothingOrdersIsStillRejected() {
    EvaluationReport report = csv(AT_LEAST_200, JAN_2024, String.join("\n",
        "stations,320000,2023,130,A,2024-01-20,", "stations,320000,2023,131,A,2024-01-20,"));
    assertEquals(Status.NO_DATA, only(report).status());
    assertEquals(2, report.rejected().size());
    assertEquals(RejectionReason.CONFLICTING_DUPLICATE, report.rejected().get(0).reason());
  }

  @Test
  void eachCitysFlowCountsTheRowsOfTheTargetPeriodFromItsFirstDay() {
    // Nanjing: all of 2021 in one row; Wuxi: two quarters, the first starting on 1 January.
    TargetResult r = evaluate(FIRMS_3000, JAN_2024, obs(NEW_FIRMS, NANJING, "2021", 1000),
        obs(NEW_FIRMS, WUXI, "2021-Q1", 300), obs(NEW_FIRMS, WUXI, "2021-Q2", 200), obs(NEW_FIRMS, WUXI, "2020", 99));
    assertEquals(List.of(NANJING, WUXI), r.regionValues().stream().map(RegionValue::region).toList());
    assertEquals(1000, r.regionValues().get(0).value(), 1e-9);
    assertEquals(500, r.regionValues().get(1).value(), 1e-9);
    assertEquals(2, r.regionValues().get(1).observations());
  }

  @Test
  void aMonthAndTheQuarterItBeginsAreNotDuplicates() {
    // Same start, different ends: two periods, so neither a conflict nor a revision.
    EvaluationReport report = csv(AT_LEAST_200, JAN_2024, String.join("\n",
        "stations,320000,2023-Q1,130,A,,", "stations,320000,2023-01,131,A,,"));
    assertEquals(List.of(), report.rejected());
    assertEquals(List.of(), report.unused());
  }

  @Test
  void anUnreadablePublicationDateIsRejected() {
    EvaluationReport report = csv(AT_LEAST_200, JAN_2024, "stations,320000,2023,130,A,2024-13-01,");
    assertEquals(RejectionReason.UNPARSEABLE_DATE, report.rejected().get(0).reason());
  }

  @Test
  void jsonAndTablesCarryPublicationDatesAndSources() {
    String json = "[{\"indicator\":\"stations\",\"region\":\"320000\",\"period\":\"2023\",\"value\":130,"
        + "\"published\":\"2024-01-20\",\"source\":\"a\"},{\"indicator\":\"stations\",\"region\":\"320000\","
        + "\"period\":\"2023\",\"value\":131,\"published\":\"2024-05-01\",\"source\":\"b\"}]";
    Evaluator e = Evaluator.of(catalog(AT_LEAST_200)).asOf(JAN_2024);
    TargetResult fromJson = only(e.evaluate(ObservationSource.json(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json")));
    assertEquals(131, fromJson.value().getAsDouble(), 1e-9);
    assertEquals(List.of("b"), fromJson.sources());
    ObservationTable.Builder rows = ObservationTable.builder();
    rows.add("stations", "320000", "2023", 130, "", 0, ObsStatus.A, Optional.of(LocalDate.of(2024, 1, 20)), "a");
    rows.add("stations", "320000", "2023", 131, "", 0, ObsStatus.A, Optional.of(LocalDate.of(2024, 5, 1)), "b");
    EvaluationReport fromTable = e.evaluate(ObservationSource.of(rows.build()));
    assertEquals(131, only(fromTable).value().getAsDouble(), 1e-9);
    assertEquals("#0", fromTable.unused().get(0).location());
  }

  // Point 6: observations inside the baseline's period

  @Test
  void observationsAtOrBeforeTheBaselineNeverRateProgress() {
    Target nodes = target("nodes", STATIONS, Comparator.AT_LEAST).value(Quantity.parse("20座"))
        .baseline(baseline("14座", 2020)).build();
    TargetResult early = evaluate(nodes, LocalDate.of(2021, 1, 1), obs(STATIONS, JS, "2020-01", 3));
    assertEquals(Status.INSUFFICIENT_DATA, early.status());
    assertEquals(Rule.NOTHING_AFTER_BASELINE, early.decision().rule());
    // with a later point, the trend runs from the baseline (14 at the end of 2020), not from 3 in January 2020
    TargetResult later = evaluate(nodes, JAN_2024, obs(STATIONS, JS, "2020-01", 3), obs(STATIONS, JS, "2021", 16));
    assertEquals(2, later.projection().orElseThrow().points());
    assertEquals(2, later.projection().orElseThrow().slopePerYear(), 0.01);
  }

  @Test
  void anObservationBeforeABaselineThatMetTheTargetIsInsufficientNotDeterioration() {
    Target t = target("eq", RADIUS, Comparator.AT_MOST).value(Quantity.parse("1公里"))
        .baseline(baseline("1公里", 2020)).build();
    assertEquals(Status.INSUFFICIENT_DATA, evaluate(t, LocalDate.of(2021, 1, 1), obs(RADIUS, JS, "2020-06", 1.5))
        .status());
  }

  @Test
  void aBaselineThatMetTheTargetGivesInsufficientDataBeforeAnyLaterPoint() {
    Target t = target("eq", RADIUS, Comparator.AT_MOST).value(Quantity.parse("1公里"))
        .baseline(baseline("1公里", 2020)).build();
    // 0.8 km in 2020-06 would meet "at most 1 km", but the 2020 baseline outdates it
    TargetResult r = evaluate(t, LocalDate.of(2021, 1, 1), obs(RADIUS, JS, "2020-06", 0.8));
    assertEquals(Status.INSUFFICIENT_DATA, r.status());
    assertEquals(Rule.NOTHING_AFTER_BASELINE, r.decision().rule());
    assertEquals(Status.ACHIEVED, evaluate(t, JAN_2024, obs(RADIUS, JS, "2023", 0.8)).status());
  }

  // Engine bugs

  @Test
  void reachYearIsGivenOnTheStrictBoundOfARisingTrend() {
    Target t = target("gt", STATIONS, Comparator.GREATER_THAN).value(Quantity.parse("50座"))
        .baseline(baseline("30座", 2020)).build();
    TargetResult r = evaluate(t, LocalDate.of(2023, 1, 1), obs(STATIONS, JS, "2021", 40), obs(STATIONS, JS, "2022", 50));
    assertTrue(r.projection().orElseThrow().reachYear().isPresent(), r.projection().toString());
  }

  @Test
  void sumsBeyondTheRangeOfNumbersAreNeverAchieved() {
    Target t = target("big", NEW_FIRMS, Comparator.AT_LEAST).value(Quantity.parse("10家")).dueYear(2021).build();
    TargetResult r = evaluate(t, LocalDate.of(2022, 1, 1), obs(NEW_FIRMS, JS, "2021-Q1", 1.7e308),
        obs(NEW_FIRMS, JS, "2021-Q2", 1.7e308), obs(NEW_FIRMS, JS, "2021-Q3", 1), obs(NEW_FIRMS, JS, "2021-Q4", 1));
    assertEquals(Status.INSUFFICIENT_DATA, r.status());
    assertEquals(Rule.OVERFLOW, r.decision().rule());
    assertFalse(r.value().isPresent());
    assertFalse(en(r).contains("Infinity"), en(r));
  }

  @Test
  void unitMultShiftsTheDecimalPointExactly() {
    String body = "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MULT\nstations,320000,2023,0.0012,4\n";
    Evaluator e = Evaluator.of(catalog(AT_LEAST_200)).asOf(JAN_2024);
    assertEquals(12.0, only(e.evaluate(ObservationSource.csv(new StringReader(body), "t.csv"))).value().getAsDouble(),
        0);
    ObservationTable.Builder rows = ObservationTable.builder().add("stations", "320000", "2023", 0.0012, "", 4,
        ObsStatus.A);
    assertEquals(12.0, only(e.evaluate(ObservationSource.of(rows.build()))).value().getAsDouble(), 0);
  }

  @Test
  void evaluationDatesOutsideTheSupportedYearsAreRejected() {
    Evaluator e = Evaluator.of(catalog(AT_LEAST_200));
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> e.asOf(LocalDate.of(5_881_581, 1, 1)));
    assertTrue(x.getMessage().contains("1900 to 9999"), x.getMessage());
    assertThrows(IllegalArgumentException.class, () -> e.asOf(LocalDate.of(1899, 12, 31)));
  }

  @Test
  void projectionsOfSharesAreClampedTo100() {
    Target t = target("share", SHARE, Comparator.AT_LEAST).value(Quantity.parse("100%"))
        .baseline(baseline("50%", 2020)).build();
    TargetResult r = evaluate(t, JAN_2024, obs(SHARE, JS, "2021", 70), obs(SHARE, JS, "2022", 90));
    assertEquals(100, r.projection().orElseThrow().valueAtDue(), 1e-9);
  }

  // Open points of SPEC §5, as decided in §5a

  @Test
  void basicCoverageShowsItsThresholdAsTheTargetValue() {
    Target basic = target("basic", SHARE, Comparator.COVERAGE).basically(true).build();
    TargetResult r = evaluate(basic, JAN_2024, obs(SHARE, JS, "2023", 96));
    assertEquals(95, r.targetValue().getAsDouble(), 1e-9);
    assertTrue(en(r).contains("at least 95%"), en(r));
  }

  @Test
  void aFlowsCatalogBaselineIsShownAsAPreviousPeriodsFlow() {
    Target t = target("flowbase", NEW_FIRMS, Comparator.AT_LEAST).value(Quantity.parse("100家"))
        .baseline(baseline("80家", 2020)).build();
    TargetResult r = evaluate(t, JAN_2024, obs(NEW_FIRMS, JS, "2021", 30), obs(NEW_FIRMS, JS, "2022", 30));
    assertEquals(BaselineOrigin.FLOW_PERIOD_START, r.decision().baselineOrigin().orElseThrow());
    assertEquals(80, r.decision().previousPeriodFlow().getAsDouble(), 1e-9);
    assertEquals(0, r.baseline().getAsDouble(), 1e-9);
    assertTrue(en(r).contains("previous period's flow"), en(r));
  }

  @Test
  void explanationsNameTheBaselineAndItsOriginAndWhatTheNumbersMean() {
    // a = 0.7, e = 0.59967
    TargetResult r = evaluate(AT_LEAST_200, JAN_2024, obs(STATIONS, JS, "2023", 170));
    assertEquals("On track: 170座 (2023) against at least 200座 due 2025: closed 70% of the gap from 100座 (the"
        + " catalog's baseline for 2020) to 200座 (2025) with 60% of the time elapsed — on track (ratio 1.17).",
        en(r));
    assertEquals("进度符合预期：170座（2023），目标2025年不低于200座：自100座（规划基期值，2020）至200座的差距已完成70%，"
        + "时间进度60%，进度比1.17，进度符合预期。", zh(r));
  }

  @Test
  void explanationsNameAnEarliestObservationOrAFlowsStartAsTheBaseline() {
    Target noBaseline = AT_LEAST_200.withBaseline(Optional.empty());
    TargetResult level = evaluate(noBaseline, JAN_2024, obs(STATIONS, JS, "2021", 100), obs(STATIONS, JS, "2023", 150));
    assertEquals(BaselineOrigin.EARLIEST_OBSERVATION, level.decision().baselineOrigin().orElseThrow());
    assertTrue(en(level).contains("from 100座 (the earliest observation, 2021)"), en(level));
    assertTrue(zh(level).contains("自100座（最早观测值，2021）"), zh(level));
    Target flow = target("flow", NEW_FIRMS, Comparator.AT_LEAST).value(Quantity.parse("100家")).build();
    TargetResult sum = evaluate(flow, JAN_2024, obs(NEW_FIRMS, JS, "2021", 30), obs(NEW_FIRMS, JS, "2022", 30));
    assertTrue(en(sum).contains("from 0家 (zero at the start of the target period, 2021-01-01)"),
        en(sum));
    assertTrue(zh(sum).contains("自0家（目标期起点2021-01-01的零值）"), zh(sum));
  }

  // Roll-ups, every row's fate, the clock

  @Test
  void rollUpsSayHowManyTargetsTheirMeanRestsOn() {
    Target other = target("other", SHARE, Comparator.AT_LEAST).value(Quantity.parse("60%")).build();
    EvaluationReport report = Evaluator.of(catalog(AT_LEAST_200, other)).asOf(JAN_2024)
        .evaluate(List.of(obs(STATIONS, JS, "2023", 170)));
    RollUp doc = report.rollUps().get(0);
    assertEquals(1, doc.rated());
    assertEquals(1, doc.withData());
    assertEquals("70% (1 of 2 rated)", doc.summary());
    RollUp none = Evaluator.of(catalog(AT_LEAST_200)).asOf(JAN_2024).evaluate(List.of()).rollUps().get(0);
    assertFalse(none.meanAttainment().isPresent());
    assertEquals("– (0 of 1 rated)", none.summary());
  }

  @Test
  void rowsNoTargetInScopeReadsAreReportedAsNotUsed() {
    EvaluationReport report = Evaluator.of(catalog(AT_LEAST_200)).asOf(JAN_2024).evaluate(List.of(
        obs(STATIONS, JS, "2023", 170), obs(SHARE, JS, "2022", 50), obs(SHARE, JS, "2023", 55)));
    assertEquals(1, report.usedObservations());
    assertEquals(1, report.unused().size());
    NotUsed n = report.unused().get(0);
    assertEquals(NotUsedReason.NO_TARGET_IN_SCOPE, n.reason());
    assertEquals("share", n.indicator());
    assertEquals(2, n.rows());
    assertEquals("#1", n.location());
    assertEquals(3, report.usedObservations() + report.unusedObservations() + report.rejected().size());
  }

  @Test
  void theDefaultEvaluationDateIsReadFromTheClock() {
    Clock clock = Clock.fixed(LocalDate.of(2023, 6, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    assertEquals(LocalDate.of(2023, 6, 30), Evaluator.of(catalog(AT_LEAST_200), clock).asOf());
    assertEquals(LocalDate.of(2023, 6, 30), Evaluator.of(catalog(AT_LEAST_200)).clock(clock).asOf());
  }
}
