package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.JS;
import static io.github.newinfra.core.Fixture.MEASURE;
import static io.github.newinfra.core.Fixture.NANJING;
import static io.github.newinfra.core.Fixture.NEW_FIRMS;
import static io.github.newinfra.core.Fixture.RADIUS;
import static io.github.newinfra.core.Fixture.SHARE;
import static io.github.newinfra.core.Fixture.STATIONS;
import static io.github.newinfra.core.Fixture.baseline;
import static io.github.newinfra.core.Fixture.catalog;
import static io.github.newinfra.core.Fixture.en;
import static io.github.newinfra.core.Fixture.obs;
import static io.github.newinfra.core.Fixture.only;
import static io.github.newinfra.core.Fixture.target;
import static io.github.newinfra.core.Fixture.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.FactId;
import io.github.newinfra.model.OutcomeLink;
import io.github.newinfra.model.OutcomeRelation;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.ReportedValue;
import io.github.newinfra.model.SourceRef;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.ValueQualifier;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The rules for the final evaluation (SPEC §5b): no MISSED or late verdict without evidence at the due date, stale
 * data said, 基本完成, time ranges, the documents' own figures, "as of" meaning as of. One example per rule and per
 * engine bug fixed, each worked by hand; each fails on the engine before these rules.
 */
class DueDateEvidenceTest {
  /** At least 200 stations by 2025, from 100 at the end of 2020 (span 2020-12-31 to 2025-12-31: 1826 days). */
  private static final Target STATIONS_200 = target("stations", STATIONS, Comparator.AT_LEAST)
      .value(Quantity.parse("200座")).baseline(baseline("100座", 2020)).build();
  /** At least 60% due 2021, from 40% at the end of 2020. */
  private static final Target SHARE_60 = target("share60", SHARE, Comparator.AT_LEAST).value(Quantity.parse("60%"))
      .baseline(baseline("40%", 2020)).dueYear(2021).build();
  /** Full coverage due 2021. */
  private static final Target COVERAGE = target("coverage", SHARE, Comparator.COVERAGE).dueYear(2021).build();
  private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);
  private static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 31);
  private static final String HEADER = "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,QUALIFIER\n";

  private static TargetResult evaluate(Target t, LocalDate asOf, Observation... observations) {
    Evaluator e = Evaluator.of(catalog(t)).asOf(asOf);
    return only(e, e.evaluate(List.of(observations)));
  }

  private static TargetResult evaluate(Target t, LocalDate asOf, EvaluationOptions options,
      Observation... observations) {
    Evaluator e = Evaluator.of(catalog(t)).asOf(asOf).options(options);
    return only(e, e.evaluate(List.of(observations)));
  }

  private static EvaluationReport csv(CatalogData data, LocalDate asOf, String body) {
    return Fixture.csvBothWays(Evaluator.of(data).asOf(asOf), HEADER + body, "t.csv");
  }

  private static Observation qualified(Observation o, ValueQualifier q) {
    return Observation.builder().from(o).qualifier(q).build();
  }

  // 1. MISSED needs evidence at the due date

  @Test
  void onlyOlderDataAfterTheDueYearIsInsufficientDataWithTheLastRatingKeptAsContext() {
    Observation oct2021 = obs(STATIONS, JS, "2021-10", 160);
    // On 2025-12-31: a = (160 − 100)/(200 − 100) = 0.6; e = 304/1826 = 0.16648; r = 3.604 → ON_TRACK.
    TargetResult before = evaluate(STATIONS_200, END_2025, oct2021);
    assertEquals(Status.ON_TRACK, before.status());
    assertEquals(0.6 / (304.0 / 1826), before.ratio().getAsDouble(), 1e-9);
    // One day later the same row is no evidence of how things stood at the end of 2025.
    TargetResult after = evaluate(STATIONS_200, LocalDate.of(2026, 1, 1), oct2021);
    assertEquals(Status.INSUFFICIENT_DATA, after.status());
    assertEquals(Rule.NO_DUE_YEAR_DATA, after.decision().rule());
    assertEquals(Optional.of(Status.ON_TRACK), after.decision().lastRating());
    assertEquals(0.6 / (304.0 / 1826), after.decision().lastRatio().getAsDouble(), 1e-9);
    assertFalse(after.attainment().isPresent(), "no attainment without a rating");
    assertFalse(after.ratio().isPresent());
    assertEquals(OptionalDouble.of(160), after.value());
    assertTrue(en(after).contains("no observation for 2025; the latest is 160座 (2021-10), on which it was"
        + " last rated on track (ratio 3.60). Whether at least 200座 due 2025 was met cannot be decided without"
        + " data for 2025."), en(after));
    assertTrue(zh(after).contains("2025年无观测值；最新数据为160座（2021-10）"), zh(after));
    assertTrue(zh(after).contains("进度符合预期"), zh(after));
  }

  @Test
  void aFailingObservationEndingInsideTheDueYearIsMissed() {
    TargetResult r = evaluate(STATIONS_200, MARCH_2026, obs(STATIONS, JS, "2021-10", 160),
        obs(STATIONS, JS, "2025", 190));
    assertEquals(Status.MISSED, r.status());
    assertEquals(Rule.MISSED, r.decision().rule());
    assertEquals(Optional.of(Period.parse("2025")), r.decision().dueYearEvidence());
    // a = (190 − 100)/(200 − 100)
    assertEquals(0.9, r.attainment().getAsDouble(), 1e-12);
    assertFalse(r.stale(), "a verdict on due-year evidence is final, not stale");
  }

  @Test
  void aQuarterEndingInsideTheDueYearIsEvidenceToo() {
    TargetResult r = evaluate(STATIONS_200, MARCH_2026, obs(STATIONS, JS, "2025-Q1", 150));
    assertEquals(Status.MISSED, r.status());
    assertEquals(Optional.of(Period.parse("2025-Q1")), r.decision().dueYearEvidence());
  }

  @Test
  void withoutDueYearDataALaterCompleteObservationThatFailsIsMissedLater() {
    TargetResult r = evaluate(STATIONS_200, LocalDate.of(2026, 12, 31), obs(STATIONS, JS, "2021", 150),
        obs(STATIONS, JS, "2026-06", 180));
    assertEquals(Status.MISSED, r.status());
    assertEquals(Rule.MISSED_LATER, r.decision().rule());
    assertEquals(Optional.empty(), r.decision().dueYearEvidence());
    assertEquals(OptionalDouble.of(180), r.value());
    assertEquals(0.8, r.attainment().getAsDouble(), 1e-12);
    assertTrue(zh(r).contains("2025年无观测值，其后的数据表明至评估日2026-12-31仍未实现"), zh(r));
  }

  @Test
  void aSumOverSomeCitiesAfterTheDueYearIsNeverMissed() {
    Target t = target("sum", STATIONS, Comparator.AT_LEAST).value(Quantity.parse("200座")).build();
    TargetResult r = evaluate(t, MARCH_2026, obs(STATIONS, NANJING, "2025", 120));
    assertEquals(Status.INSUFFICIENT_DATA, r.status());
    assertEquals(Rule.LOWER_BOUND, r.decision().rule());
  }

  // 2. Late needs a failing observation at the due date

  @Test
  void metLaterWithNothingAtTheDueDateIsAchievedTimingUnknown() {
    TargetResult r = evaluate(SHARE_60, LocalDate.of(2024, 1, 1), obs(SHARE, JS, "2022", 90));
    assertEquals(Status.ACHIEVED_TIMING_UNKNOWN, r.status());
    assertEquals(Rule.ACHIEVED_TIMING_UNKNOWN, r.decision().rule());
    assertEquals(Optional.of(Period.parse("2022")), r.decision().achievedIn());
    assertTrue(zh(r).contains("2022年已实现") && zh(r).contains("2021年底情况无数据"),
        zh(r));
    assertEquals(OptionalDouble.of(1), r.cappedAttainment());
  }

  @Test
  void aFailingDueYearObservationAndALaterOneThatMeetsIsAchievedLate() {
    TargetResult r = evaluate(SHARE_60, LocalDate.of(2024, 1, 1), obs(SHARE, JS, "2021", 55),
        obs(SHARE, JS, "2022", 90));
    assertEquals(Status.ACHIEVED_LATE, r.status());
    assertEquals(Optional.of(Period.parse("2021")), r.decision().dueYearEvidence());
    assertEquals(OptionalDouble.of(55), r.decision().dueYearValue());
    assertTrue(zh(r).contains("未按期实现：2021年底为55%（2021）"), zh(r));
  }

  @Test
  void rollUpsKeepTimingUnknownApartFromOnTimeAndLate() {
    Target onTime = target("a", SHARE, Comparator.AT_LEAST).value(Quantity.parse("60%")).dueYear(2021).build();
    EvaluationReport report = Evaluator.of(catalog(onTime)).asOf(LocalDate.of(2024, 1, 1))
        .evaluate(List.of(obs(SHARE, JS, "2022", 90)));
    RollUp document = report.rollUps().stream().filter(u -> u.dimension() == RollUpDimension.DOCUMENT).findFirst()
        .orElseThrow();
    assertEquals(1, document.statusCounts().get(Status.ACHIEVED_TIMING_UNKNOWN));
    assertEquals(0, document.statusCounts().get(Status.ACHIEVED));
    assertEquals(0, document.statusCounts().get(Status.ACHIEVED_LATE));
    assertFalse(document.achieved(), "achieved only when every target is achieved on time");
  }

  // 3. Stale data is said

  @Test
  void aRatingOnDataOlderThanTheWindowIsFlaggedStaleAndCarriesItsAge() {
    TargetResult r = evaluate(STATIONS_200, LocalDate.of(2023, 12, 31), obs(STATIONS, JS, "2021-10", 160));
    assertEquals(Status.ON_TRACK, r.status());
    assertTrue(r.stale());
    // 2021-10-31 to 2023-12-31: 26 whole months
    assertEquals(OptionalInt.of(26), r.dataAgeMonths());
    assertTrue(zh(r).contains("数据陈旧：数据截至2021-10，距评估日2023-12-31已26个月（超过18个月）"),
        zh(r));
    TargetResult wider = evaluate(STATIONS_200, LocalDate.of(2023, 12, 31),
        EvaluationOptions.builder().staleAfterMonths(30).build(), obs(STATIONS, JS, "2021-10", 160));
    assertFalse(wider.stale());
    assertEquals(OptionalInt.of(26), wider.dataAgeMonths());
  }

  @Test
  void dataTurnsStaleTheDayAfterTheWindowEnds() {
    // 2024 data ends 2024-12-31; 18 months later is 2026-06-30.
    Target t = target("late", STATIONS, Comparator.AT_LEAST).value(Quantity.parse("200座"))
        .baseline(baseline("100座", 2020)).dueYear(2027).build();
    assertFalse(evaluate(t, LocalDate.of(2026, 6, 30), obs(STATIONS, JS, "2024", 150)).stale());
    assertTrue(evaluate(t, LocalDate.of(2026, 7, 1), obs(STATIONS, JS, "2024", 150)).stale());
  }

  @Test
  void aProjectedYearAlreadyPastIsSaidAsSuch() {
    // Through (2020-12-31, 100), (2021-06-30, 150), (2021-10-31, 190): slope 107.6 a year, 200 reached in 2021-12.
    TargetResult r = evaluate(STATIONS_200, LocalDate.of(2023, 12, 31), obs(STATIONS, JS, "2021-06", 150),
        obs(STATIONS, JS, "2021-10", 190));
    assertEquals(OptionalInt.of(2021), r.projection().orElseThrow().reachYear());
    assertTrue(zh(r).contains("按趋势应于2021年达到，之后无数据证实"), zh(r));
    assertTrue(en(r).contains("should have been reached in 2021; no later data confirms it"),
        en(r));
  }

  // 4. 基本完成

  @Test
  void aValueQualifiedBasicallyThatMeetsAtFaceValueIsBasicallyAchievedAfterTheDueYear() {
    TargetResult r = evaluate(COVERAGE, LocalDate.of(2022, 3, 1), qualified(obs(SHARE, JS, "2021", 100),
        ValueQualifier.BASICALLY));
    assertEquals(Status.BASICALLY_ACHIEVED, r.status());
    assertEquals(Rule.BASICALLY_ACHIEVED, r.decision().rule());
    assertEquals(ValueQualifier.BASICALLY, r.observations().get(0).qualifier());
    assertTrue(zh(r).startsWith("基本完成"), zh(r));
  }

  @Test
  void aBasicallyQualifiedValueIsNeverFullAchievementAndAFullValueLaterMakesItLate() {
    TargetResult r = evaluate(COVERAGE, LocalDate.of(2023, 3, 1), qualified(obs(SHARE, JS, "2021", 100),
        ValueQualifier.BASICALLY), obs(SHARE, JS, "2022", 100));
    assertEquals(Status.ACHIEVED_LATE, r.status());
    assertTrue(r.decision().dueYearBasically());
    assertTrue(zh(r).contains("未按期实现：2021年底为100%（2021，表述为“基本”实现）"), zh(r));
  }

  @Test
  void theQualifierColumnReadsTheChineseWord() {
    EvaluationReport report = csv(catalog(COVERAGE), LocalDate.of(2022, 3, 1), "share,320000,2021,100,基本\n");
    assertEquals(Status.BASICALLY_ACHIEVED, only(report).status());
    EvaluationReport bad = csv(catalog(COVERAGE), LocalDate.of(2022, 3, 1), "share,320000,2021,100,大致\n");
    assertEquals(RejectionReason.UNKNOWN_QUALIFIER, bad.rejected().get(0).reason());
    assertTrue(bad.rejected().get(0).message().contains("'大致'"), bad.rejected().get(0).message());
  }

  @Test
  void anAttainmentShareGivesBasicallyAchievedOnlyWhenTheUserSetsOne() {
    // a = (59 − 40)/(60 − 40) = 0.95
    Observation due = obs(SHARE, JS, "2021", 59);
    LocalDate asOf = LocalDate.of(2022, 6, 30);
    assertEquals(Status.MISSED, evaluate(SHARE_60, asOf, due).status());
    TargetResult r = evaluate(SHARE_60, asOf, EvaluationOptions.builder().basicallyAchievedShare(0.9).build(), due);
    assertEquals(Status.BASICALLY_ACHIEVED, r.status());
    assertEquals(Rule.BASICALLY_ACHIEVED_BY_SHARE, r.decision().rule());
    assertEquals(0.95, r.attainment().getAsDouble(), 1e-12);
    assertEquals(Status.MISSED, evaluate(SHARE_60, asOf,
        EvaluationOptions.builder().basicallyAchievedShare(0.96).build(), due).status());
  }

  // 5. Year-to-date flows: time ranges

  @Test
  void aYearToDateFlowIsALowerBoundThatMayProveAnAtLeastTarget() {
    Target t = target("new", NEW_FIRMS, Comparator.AT_LEAST).value(Quantity.parse("5.2万家")).dueYear(2021).build();
    for (String period : List.of("2021-01/2021-09", "2021-01-01/P9M")) {
      TargetResult r = only(csv(catalog(t), LocalDate.of(2022, 1, 1), "new_firms,320000," + period + ",63000,\n"));
      assertEquals(Status.ACHIEVED, r.status(), period);
      assertEquals(Optional.of(Period.parse("2021-01/2021-09")), r.valuePeriod());
      assertTrue(r.decision().lowerBound());
    }
    TargetResult under = only(csv(catalog(t), LocalDate.of(2022, 1, 1), "new_firms,320000,2021-01/2021-09,40000,\n"));
    assertEquals(Status.INSUFFICIENT_DATA, under.status(), "a partial sum below the target proves nothing");
    assertEquals(Rule.LOWER_BOUND, under.decision().rule());
  }

  @Test
  void overlappingTimeRangesOfAFlowAreRejected() {
    Target t = target("new", NEW_FIRMS, Comparator.AT_LEAST).value(Quantity.parse("5.2万家")).dueYear(2021).build();
    EvaluationReport report = csv(catalog(t), LocalDate.of(2022, 1, 1),
        "new_firms,320000,2021-01/2021-09,63000,\nnew_firms,320000,2021-07/2021-12,1000,\n");
    // As for overlapping quarters and months: both rows are rejected, nothing is counted twice.
    assertEquals(2, report.rejected().size());
    assertTrue(report.rejected().stream().allMatch(x -> x.reason() == RejectionReason.OVERLAPPING_PERIOD));
    assertEquals(Status.NO_DATA, only(report).status());
  }

  // 6. The documents' own figures are evidence

  private static final FactId REPORTED = FactId.of("plan2030/reported/coverage");

  private static CatalogData withReportedCoverage(ValueQualifier qualifier) {
    return Fixture.base().addIndicators(STATIONS, NEW_FIRMS, SHARE, RADIUS).addTargets(COVERAGE)
        .addReportedValues(ReportedValue.builder().id(REPORTED).section(MEASURE.section()).indicator(SHARE.id()).region(JS)
            .period(Period.ofYear(2021)).value(Quantity.parse("100%")).qualifier(qualifier)
            .source(SourceRef.of(Fixture.DOC, MEASURE.section(), "基本实现覆盖")).build())
        .addOutcomeLinks(OutcomeLink.builder().target(COVERAGE.id()).reported(REPORTED)
            .relation(OutcomeRelation.DIRECT).build())
        .build();
  }

  @Test
  void aFigureTheDocumentsReportForATargetCountsAsEvidenceWithItsQuote() {
    Evaluator e = Evaluator.of(withReportedCoverage(ValueQualifier.BASICALLY)).asOf(LocalDate.of(2022, 3, 1));
    TargetResult r = only(e, e.evaluate(List.of()));
    assertEquals(Status.BASICALLY_ACHIEVED, r.status());
    ObservationRef ref = r.observations().get(0);
    assertEquals(Optional.of(REPORTED), ref.reported());
    assertEquals(-1, ref.ordinal());
    assertEquals(List.of("测试（测〔2021〕1号）：“基本实现覆盖”"), r.sources());
    assertTrue(zh(r).contains("含规划文本所报数据"), zh(r));
  }

  @Test
  void aUsersRowForTheSamePeriodSupersedesTheDocumentsFigure() {
    TargetResult r = only(Evaluator.of(withReportedCoverage(ValueQualifier.BASICALLY)).asOf(LocalDate.of(2022, 3, 1))
        .evaluate(List.of(obs(SHARE, JS, "2021", 100))));
    assertEquals(Status.ACHIEVED, r.status());
    assertEquals(1, r.observations().size());
    assertEquals(Optional.empty(), r.observations().get(0).reported());
  }

  @Test
  void theDocumentsFiguresCanBeSwitchedOff() {
    TargetResult r = only(Evaluator.of(withReportedCoverage(ValueQualifier.BASICALLY)).asOf(LocalDate.of(2022, 3, 1))
        .options(EvaluationOptions.builder().documentFigures(false).build()).evaluate(List.of()));
    assertEquals(Status.NO_DATA, r.status());
  }

  @Test
  void aDocumentsFigureMakesALaterRowLateRatherThanTimingUnknown() {
    // The document says 41.5% for the due year: a user's 2022 row of 90% is late, with the due-year evidence shown.
    CatalogData data = Fixture.base().addIndicators(STATIONS, NEW_FIRMS, SHARE, RADIUS).addTargets(SHARE_60)
        .addReportedValues(ReportedValue.builder().id(REPORTED).section(MEASURE.section()).indicator(SHARE.id()).region(JS)
            .period(Period.ofYear(2021)).value(Quantity.parse("41.5%"))
            .source(SourceRef.of(Fixture.DOC, MEASURE.section(), "达标率 41.5%")).build())
        .addOutcomeLinks(OutcomeLink.builder().target(SHARE_60.id()).reported(REPORTED)
            .relation(OutcomeRelation.DIRECT).build())
        .build();
    TargetResult r = only(Evaluator.of(data).asOf(LocalDate.of(2023, 1, 1)).evaluate(List.of(obs(SHARE, JS, "2022",
        90))));
    assertEquals(Status.ACHIEVED_LATE, r.status());
    assertEquals(OptionalDouble.of(41.5), r.decision().dueYearValue());
  }

  // Engine bugs

  @Test
  void anInsufficientFlowUnderCagrCarriesNoAttainmentAndIsNotRatedInRollUps() {
    Target t = target("firms", NEW_FIRMS, Comparator.AT_LEAST).value(Quantity.parse("3000家")).dueYear(2021).build();
    EvaluationReport report = Evaluator.of(catalog(t)).asOf(LocalDate.of(2021, 7, 1)).method(Method.CAGR)
        .evaluate(List.of(obs(NEW_FIRMS, JS, "2021-Q1", 500), obs(NEW_FIRMS, JS, "2021-Q2", 900)));
    TargetResult r = only(report);
    assertEquals(Status.INSUFFICIENT_DATA, r.status());
    assertEquals(Rule.CAGR_NEEDS_POSITIVE_VALUES, r.decision().rule());
    assertFalse(r.attainment().isPresent());
    assertFalse(r.expected().isPresent());
    RollUp measure = report.rollUps().stream().filter(u -> u.dimension() == RollUpDimension.MEASURE).findFirst()
        .orElseThrow();
    assertEquals(0, measure.rated());
    assertFalse(measure.meanAttainment().isPresent());
  }

  @Test
  void aFlowWhoseRowsStopBeforeTheEndOfTheDueYearCannotProveACap() {
    Target t = target("cap", NEW_FIRMS, Comparator.AT_MOST).value(Quantity.parse("4000家")).dueYear(2021).build();
    Observation q1 = obs(NEW_FIRMS, JS, "2021-Q1", 1500);
    Observation q2 = obs(NEW_FIRMS, JS, "2021-Q2", 1500);
    TargetResult after = evaluate(t, LocalDate.of(2022, 3, 1), q1, q2);
    assertEquals(Status.INSUFFICIENT_DATA, after.status());
    assertEquals(Rule.LOWER_BOUND, after.decision().rule());
    assertEquals(List.of(Span.of(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 12, 31))), after.decision().gaps());
    TargetResult during = evaluate(t, LocalDate.of(2021, 7, 1), q1, q2);
    assertEquals(Status.INSUFFICIENT_DATA, during.status());
    assertEquals(Rule.RUNNING_SUM_UNDER_CAP, during.decision().rule());
    TargetResult covered = evaluate(t, LocalDate.of(2022, 3, 1), q1, q2, obs(NEW_FIRMS, JS, "2021-Q3", 500),
        obs(NEW_FIRMS, JS, "2021-Q4", 500));
    assertEquals(Status.ACHIEVED, covered.status(), "1500 + 1500 + 500 + 500 = 4000, at most 4000");
  }

  @Test
  void aBaselineExactlyOnAStrictEdgeIsNotAlreadyMet() {
    Target t = target("radius", RADIUS, Comparator.LESS_THAN).value(Quantity.parse("1公里")).build();
    TargetResult r = evaluate(t, LocalDate.of(2024, 1, 1), obs(RADIUS, JS, "2021", 1), obs(RADIUS, JS, "2023", 1.5));
    assertEquals(Status.INSUFFICIENT_DATA, r.status());
    assertEquals(Rule.BASELINE_ON_EDGE, r.decision().rule());
    assertFalse(r.attainment().isPresent());
    assertTrue(en(r).contains("sits exactly on the edge of less than 1公里"), en(r));
  }

  @Test
  void rowsDatedAfterTheEvaluationDateChangeNothing() {
    Target t = target("rsu", STATIONS, Comparator.AT_LEAST).value(Quantity.parse("2000座")).build();
    LocalDate asOf = LocalDate.of(2024, 1, 1);
    EvaluationReport without = Evaluator.of(catalog(t)).asOf(asOf)
        .evaluate(List.of(obs(STATIONS, NANJING, "2023", 2100)));
    EvaluationReport with = Evaluator.of(catalog(t)).asOf(asOf)
        .evaluate(List.of(obs(STATIONS, NANJING, "2023", 2100), obs(STATIONS, JS, "2024", 1600)));
    assertEquals(Status.ACHIEVED, only(without).status());
    assertEquals(only(without), only(with));
    NotUsed later = with.unused().get(0);
    assertEquals(NotUsedReason.AFTER_AS_OF, later.reason());
    assertEquals(1, later.rows());
    assertEquals(1, with.usedObservations());
  }

  @Test
  void aMetBaselineThatMovedAwayIsRatedWithAttainmentZero() {
    Target t = target("radius", RADIUS, Comparator.AT_MOST).value(Quantity.parse("1公里"))
        .baseline(baseline("1公里", 2020)).build();
    EvaluationReport report = Evaluator.of(catalog(t)).asOf(LocalDate.of(2024, 1, 1))
        .evaluate(List.of(obs(RADIUS, JS, "2023", 1.5)));
    TargetResult r = only(report);
    assertEquals(Status.DETERIORATION, r.status());
    assertEquals(OptionalDouble.of(0), r.attainment());
    RollUp measure = report.rollUps().stream().filter(u -> u.dimension() == RollUpDimension.MEASURE).findFirst()
        .orElseThrow();
    assertEquals(1, measure.rated());
    assertEquals(OptionalDouble.of(0), measure.meanAttainment());
  }

  @Test
  void theBaselineShownDoesNotDependOnTheEvaluationDate() {
    Target t = target("charging", SHARE, Comparator.AT_LEAST).value(Quantity.parse("95%")).build();
    Observation july2020 = obs(SHARE, JS, "2020-07", 90);
    Observation y2023 = obs(SHARE, JS, "2023", 92);
    assertEquals(OptionalDouble.of(90), evaluate(t, END_2025, july2020, y2023).baseline());
    assertEquals(OptionalDouble.of(90), evaluate(t, MARCH_2026, july2020, y2023).baseline());
  }

  @Test
  void flowRowsOutsideEveryTargetPeriodAreNotUsedAndSayWhy() {
    Target t = target("firms", NEW_FIRMS, Comparator.AT_LEAST).value(Quantity.parse("3000家")).dueYear(2021).build();
    EvaluationReport report = Evaluator.of(catalog(t)).asOf(LocalDate.of(2024, 1, 1))
        .evaluate(List.of(obs(NEW_FIRMS, JS, "2021", 3500), obs(NEW_FIRMS, JS, "2022", 100),
            obs(NEW_FIRMS, JS, "2023", 200)));
    assertEquals(1, report.usedObservations());
    assertEquals(1, report.unused().size());
    NotUsed outside = report.unused().get(0);
    assertEquals(NotUsedReason.OUTSIDE_TARGET_PERIOD, outside.reason());
    assertEquals(2, outside.rows());
    assertEquals(3, report.usedObservations() + report.unusedObservations() + report.rejected().size());
  }

  @Test
  void aShareWrittenAsAFractionAmongPercentagesIsUsedAsGivenWithAWarning() {
    Target t = target("share", SHARE, Comparator.AT_LEAST).value(Quantity.parse("99%")).build();
    EvaluationReport report = Evaluator.of(catalog(t)).asOf(LocalDate.of(2023, 1, 1))
        .evaluate(List.of(obs(SHARE, JS, "2021", 96.2), obs(SHARE, JS, "2022", 0.975)));
    assertEquals(1, report.warnings().size());
    DataWarning w = report.warnings().get(0);
    assertEquals("#1", w.location());
    assertTrue(w.message().contains("share 0.975 of share in 320000 (2022) looks like a fraction of 1")
        && w.message().contains("e.g. 96.2") && w.message().contains("write 97.5"), w.message());
    // the same facts as values, for wording in any language
    assertEquals(Optional.of("2022"), w.period());
    assertEquals(OptionalDouble.of(0.975), w.value());
    assertEquals(OptionalDouble.of(96.2), w.percentExample());
    TargetResult r = only(Evaluator.of(catalog(t)), report);
    assertEquals(OptionalDouble.of(0.975), r.value(), "the row is used as given");
    assertTrue(r.decision().suspectFraction());
    assertTrue(zh(r).contains("疑似按小数填写"), zh(r));
    EvaluationReport allFractions = Evaluator.of(catalog(t)).asOf(LocalDate.of(2023, 1, 1))
        .evaluate(List.of(obs(SHARE, JS, "2021", 0.5), obs(SHARE, JS, "2022", 0.975)));
    assertEquals(List.of(), allFractions.warnings(), "a series of small shares alone is not suspect");
  }

  @Test
  void aSeriesOfSharesWrittenAsFractionsGivesOneWarningCountingItsRows() {
    // A daily series of 400 rows: one value above 1, then 300 in (0, 1] and 99 above 1 again. One warning, at the
    // first row in the input that looks so, counting all 300: a warning per row would flood the report and the
    // terminal (tens of thousands for a file of a million rows).
    Target t = target("share", SHARE, Comparator.AT_LEAST).value(Quantity.parse("99%")).build();
    List<Observation> rows = new java.util.ArrayList<>();
    LocalDate day = LocalDate.of(2022, 1, 1);
    for (int k = 0; k < 400; k++) {
      double v = k == 0 || k > 300 ? 50 : 0.5;
      rows.add(obs(SHARE, JS, day.plusDays(k).toString(), v));
    }
    EvaluationReport report = Evaluator.of(catalog(t)).asOf(LocalDate.of(2023, 6, 30)).evaluate(rows);
    assertEquals(1, report.warnings().size(), report.warnings().toString());
    DataWarning w = report.warnings().get(0);
    assertEquals(300, w.rows());
    assertEquals("#1", w.location());
    assertEquals(Optional.of("2022-01-02"), w.period());
    assertTrue(w.message().endsWith("; 299 more rows of the series look the same"), w.message());
  }
}
