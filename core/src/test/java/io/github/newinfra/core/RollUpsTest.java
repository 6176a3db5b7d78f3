package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.JS;
import static io.github.newinfra.core.Fixture.MEASURE;
import static io.github.newinfra.core.Fixture.NANJING;
import static io.github.newinfra.core.Fixture.NEW_FIRMS;
import static io.github.newinfra.core.Fixture.RADIUS;
import static io.github.newinfra.core.Fixture.SHARE;
import static io.github.newinfra.core.Fixture.STATIONS;
import static io.github.newinfra.core.Fixture.WUXI;
import static io.github.newinfra.core.Fixture.baseline;
import static io.github.newinfra.core.Fixture.obs;
import static io.github.newinfra.core.Fixture.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.CrossCutting;
import io.github.newinfra.model.CrossCuttingId;
import io.github.newinfra.model.Department;
import io.github.newinfra.model.DepartmentId;
import io.github.newinfra.model.DepartmentKind;
import io.github.newinfra.model.Measure;
import io.github.newinfra.model.MeasureId;
import io.github.newinfra.model.Pillar;
import io.github.newinfra.model.PillarId;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.SubArea;
import io.github.newinfra.model.SubAreaId;
import io.github.newinfra.model.Target;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Roll-ups of one worked scenario, asserted per dimension: which groups appear and in what order, their labels,
 * counts, rated and with-data figures, the achieved flag and the mean with its equal weight per child.
 *
 * <p>The scenario (evaluated 2024-01-01; ratios as in {@code EvaluatorExamplesTest}, e = 1095 / 1826):
 *
 * <pre>
 *   measure M1 (Fixture's: information pillar, communication networks, no department)
 *     T1 Jiangsu  at least 200座 from 100 (2020), 170 in 2023: a = 0.7, ON_TRACK
 *     T2 Nanjing  at least 100座 from 50 (2020), 120 in 2023: ACHIEVED (capped attainment 1)
 *   measure M2 (cross-cutting: security; departments d2, d1)
 *     T3 Jiangsu  at least 60% from 40% (2020), 50% in 2023: a = 0.5, NEEDS_ACCELERATION
 *     T6 Jiangsu  qualitative, no assessment: NOT_ASSESSED
 *   measure M3 (fusion pillar; energy and social life; department d1)
 *     T4 Jiangsu  at most 1公里 from 3 (2020), 1.5 in 2023: a = 1 - 0.5 / 2 = 0.75, ON_TRACK
 *     T5 Wuxi     at least 100家 new firms (a flow), 2021-Q1 and 2021-Q3 only: gaps, INSUFFICIENT_DATA, not rated
 *     T7 Jiangsu  at least 300座 from 100 (2020), 170 in 2023: a = 70 / 200 = 0.35, NEEDS_ACCELERATION
 * </pre>
 *
 * <p>Means of capped attainment per measure: M1 (0.7 + 1) / 2 = 0.85; M2 0.5; M3 (0.75 + 0.35) / 2 = 0.55.
 */
class RollUpsTest {
  private static final DepartmentId D1 = DepartmentId.of("js-industry-it");
  private static final DepartmentId D2 = DepartmentId.of("js-dev-reform");
  private static final MeasureId M2 = MeasureId.of("plan2030/1/1/2");
  private static final MeasureId M3 = MeasureId.of("plan2030/1/1/3");
  /** The scenario's taxonomy beyond Fixture's information pillar: sub-areas declared energy first. */
  private static final Pillar FUSION = Pillar.builder().id(PillarId.of("FUSION")).nameZh("融合基础设施")
      .nameEn("Fusion infrastructure")
      .addSubAreas(SubArea.builder().id(SubAreaId.of("ENERGY")).nameZh("能源").nameEn("Energy").build())
      .addSubAreas(SubArea.builder().id(SubAreaId.of("SOCIAL_LIVING")).nameZh("社会民生").nameEn("Social life").build())
      .build();
  private static final CrossCutting SECURITY = CrossCutting.builder().id(CrossCuttingId.of("SECURITY"))
      .nameZh("安全保障").nameEn("Security").build();

  private static EvaluationReport evaluate() {
    Target t1 = target("t1", STATIONS, Comparator.AT_LEAST).value(Quantity.parse("200座"))
        .baseline(baseline("100座", 2020)).build();
    Target t2 = target("t2", STATIONS, Comparator.AT_LEAST).value(Quantity.parse("100座"))
        .baseline(baseline("50座", 2020)).region(NANJING).build();
    Target t3 = target("t3", SHARE, Comparator.AT_LEAST).measure(M2).value(Quantity.parse("60%"))
        .baseline(baseline("40%", 2020)).build();
    Target t6 = target("t6", STATIONS, Comparator.QUALITATIVE).measure(M2).indicator(Optional.empty()).build();
    Target t4 = target("t4", RADIUS, Comparator.AT_MOST).measure(M3).value(Quantity.parse("1公里"))
        .baseline(baseline("3公里", 2020)).build();
    Target t5 = target("t5", NEW_FIRMS, Comparator.AT_LEAST).measure(M3).value(Quantity.parse("100家"))
        .region(WUXI).build();
    Target t7 = target("t7", STATIONS, Comparator.AT_LEAST).measure(M3).value(Quantity.parse("300座"))
        .baseline(baseline("100座", 2020)).build();
    Measure m1 = Fixture.base().build().measures().get(0);
    CatalogData data = Fixture.base()
        .addMeasures(Measure.builder().from(m1).id(M2).section(M2.section()).label("2").titleZh("安全")
            .titleEn("Security").pillar(Optional.empty()).subAreas(List.of())
            .crossCutting(SECURITY.id()).departments(List.of(D2, D1)).build())
        .addMeasures(Measure.builder().from(m1).id(M3).section(M3.section()).label("3").titleZh("能源")
            .titleEn("Energy").pillar(FUSION.id())
            .subAreas(List.of(SubAreaId.of("SOCIAL_LIVING"), SubAreaId.of("ENERGY")))
            .departments(List.of(D1)).build())
        .addDepartments(department(D1, "省工业和信息化厅", "Industry and IT"),
            department(D2, "省发展改革委", "Development and Reform"))
        .addPillars(FUSION).addCrossCutting(SECURITY)
        .addIndicators(STATIONS, NEW_FIRMS, SHARE, RADIUS)
        .addTargets(t1, t2, t3, t6, t4, t5, t7)
        .build();
    return Evaluator.of(data).asOf(LocalDate.of(2024, 1, 1)).evaluate(List.of(
        obs(STATIONS, JS, "2023", 170), obs(STATIONS, NANJING, "2023", 120), obs(SHARE, JS, "2023", 50),
        obs(RADIUS, JS, "2023", 1.5), obs(NEW_FIRMS, WUXI, "2021-Q1", 10), obs(NEW_FIRMS, WUXI, "2021-Q3", 10)));
  }

  private static Department department(DepartmentId id, String zh, String en) {
    return Department.builder().id(id).nameZh(zh).nameEn(en).kind(DepartmentKind.PROVINCIAL_DEPARTMENT).build();
  }

  // Evaluated afresh by each test, not once for the class: a mutation test changes the code between tests.
  private static List<RollUp> of(RollUpDimension dimension) {
    return evaluate().rollUps().stream().filter(r -> r.dimension() == dimension).collect(Collectors.toList());
  }

  private static List<String> keys(RollUpDimension dimension) {
    return of(dimension).stream().map(RollUp::key).collect(Collectors.toList());
  }

  /** Counts for every status: those given, 0 for the rest. */
  private static Map<Status, Integer> counts(Object... statusAndCount) {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0);
    }
    for (int i = 0; i < statusAndCount.length; i += 2) {
      counts.put((Status) statusAndCount[i], (Integer) statusAndCount[i + 1]);
    }
    return counts;
  }

  private static void assertGroup(RollUp r, int targets, int rated, int withData, double mean, boolean achieved) {
    assertEquals(targets, r.targets(), r::toString);
    assertEquals(rated, r.rated(), r::toString);
    assertEquals(withData, r.withData(), r::toString);
    if (Double.isNaN(mean)) {
      assertFalse(r.meanAttainment().isPresent(), r::toString);
    } else {
      assertEquals(mean, r.meanAttainment().getAsDouble(), 1e-12, r::toString);
    }
    assertEquals(achieved, r.achieved(), r::toString);
  }

  @Test
  void everyDimensionIsRolledUpInTheirOrder() {
    assertEquals(List.of(RollUpDimension.DOCUMENT, RollUpDimension.PILLAR, RollUpDimension.PILLAR,
        RollUpDimension.PILLAR, RollUpDimension.SUB_AREA, RollUpDimension.SUB_AREA, RollUpDimension.SUB_AREA,
        RollUpDimension.MEASURE, RollUpDimension.MEASURE, RollUpDimension.MEASURE, RollUpDimension.DEPARTMENT,
        RollUpDimension.DEPARTMENT, RollUpDimension.REGION, RollUpDimension.REGION, RollUpDimension.REGION),
        evaluate().rollUps().stream().map(RollUp::dimension).collect(Collectors.toList()));
  }

  @Test
  void theDocumentCountsEveryTargetAndWeighsEachMeasureEqually() {
    RollUp doc = of(RollUpDimension.DOCUMENT).get(0);
    assertEquals("plan2030", doc.key());
    assertEquals("测试", doc.labelZh());
    assertEquals("Test", doc.labelEn());
    assertEquals(counts(Status.ON_TRACK, 2, Status.ACHIEVED, 1, Status.NEEDS_ACCELERATION, 2,
        Status.NOT_ASSESSED, 1, Status.INSUFFICIENT_DATA, 1), doc.statusCounts());
    // rated: T1, T2, T3, T4, T7; with data: all but T6. Mean over measures: (0.85 + 0.5 + 0.55) / 3 = 0.6333
    // (over targets it would be (0.7 + 1 + 0.5 + 0.75 + 0.35) / 5 = 0.66).
    assertGroup(doc, 7, 5, 6, (0.85 + 0.5 + 0.55) / 3, false);
  }

  @Test
  void pillarsComeInTheirOrderWithCrossCuttingGroupsAfterThem() {
    assertEquals(List.of("INFORMATION", "FUSION", "SECURITY"), keys(RollUpDimension.PILLAR));
    List<RollUp> pillars = of(RollUpDimension.PILLAR);
    assertEquals("信息基础设施", pillars.get(0).labelZh());
    assertEquals(FUSION.nameEn(), pillars.get(1).labelEn());
    assertEquals(SECURITY.nameZh(), pillars.get(2).labelZh());
    assertEquals(SECURITY.nameEn(), pillars.get(2).labelEn());
    assertGroup(pillars.get(0), 2, 2, 2, 0.85, false);
    assertGroup(pillars.get(1), 3, 2, 3, 0.55, false);
    assertGroup(pillars.get(2), 2, 1, 1, 0.5, false);
    assertEquals(counts(Status.ON_TRACK, 1, Status.INSUFFICIENT_DATA, 1, Status.NEEDS_ACCELERATION, 1),
        pillars.get(1).statusCounts());
  }

  @Test
  void subAreasComeInTheirOrderWhateverTheMeasureLists() {
    // M3 lists social life before energy; the roll-up follows the sub-areas' own order
    assertEquals(List.of("COMMUNICATION_NETWORK", "ENERGY", "SOCIAL_LIVING"), keys(RollUpDimension.SUB_AREA));
    List<RollUp> areas = of(RollUpDimension.SUB_AREA);
    assertEquals(FUSION.subAreas().get(0).nameZh(), areas.get(1).labelZh());
    assertEquals(FUSION.subAreas().get(1).nameEn(), areas.get(2).labelEn());
    assertGroup(areas.get(0), 2, 2, 2, 0.85, false);
    assertGroup(areas.get(1), 3, 2, 3, 0.55, false);
    assertGroup(areas.get(2), 3, 2, 3, 0.55, false);
  }

  @Test
  void measuresComeInCatalogOrderAndWeighEachTargetEqually() {
    assertEquals(List.of(MEASURE.value(), M2.value(), M3.value()), keys(RollUpDimension.MEASURE));
    List<RollUp> measures = of(RollUpDimension.MEASURE);
    // Fixture's measure has no English title: its Chinese title stands for it
    assertEquals("措施", measures.get(0).labelZh());
    assertEquals("措施", measures.get(0).labelEn());
    assertEquals("安全", measures.get(1).labelZh());
    assertEquals("Security", measures.get(1).labelEn());
    assertGroup(measures.get(0), 2, 2, 2, 0.85, false);
    assertGroup(measures.get(1), 2, 1, 1, 0.5, false);
    assertGroup(measures.get(2), 3, 2, 3, 0.55, false);
    assertEquals(counts(Status.NEEDS_ACCELERATION, 1, Status.NOT_ASSESSED, 1), measures.get(1).statusCounts());
  }

  @Test
  void departmentsComeInCatalogOrderAndWeighEachMeasureEqually() {
    // M2 names d2 first; the catalog lists d1 first
    assertEquals(List.of(D1.value(), D2.value()), keys(RollUpDimension.DEPARTMENT));
    List<RollUp> departments = of(RollUpDimension.DEPARTMENT);
    assertEquals("省工业和信息化厅", departments.get(0).labelZh());
    assertEquals("Industry and IT", departments.get(0).labelEn());
    // d1: M2 (0.5) and M3 (0.55): (0.5 + 0.55) / 2 = 0.525, not the targets' (0.5 + 0.75 + 0.35) / 3 = 0.5333
    assertGroup(departments.get(0), 5, 3, 4, 0.525, false);
    assertGroup(departments.get(1), 2, 1, 1, 0.5, false);
  }

  @Test
  void regionsComeInCatalogOrderAndOnlyAGroupOfAchievedTargetsIsAchieved() {
    assertEquals(List.of(JS.value(), NANJING.value(), WUXI.value()), keys(RollUpDimension.REGION));
    List<RollUp> regions = of(RollUpDimension.REGION);
    assertEquals("江苏省", regions.get(0).labelZh());
    assertEquals("Nanjing", regions.get(1).labelEn());
    // Jiangsu: T1, T3, T4, T6, T7; mean over its rated targets (0.7 + 0.5 + 0.75 + 0.35) / 4 = 0.575
    assertGroup(regions.get(0), 5, 4, 4, (0.7 + 0.5 + 0.75 + 0.35) / 4, false);
    // Nanjing: T2 alone, achieved
    assertGroup(regions.get(1), 1, 1, 1, 1, true);
    assertEquals(counts(Status.ACHIEVED, 1), regions.get(1).statusCounts());
    // Wuxi: T5 has data (a lower bound) but is not rated: no mean, not 0%
    assertGroup(regions.get(2), 1, 0, 1, Double.NaN, false);
    assertTrue(regions.get(2).summary().startsWith("–"), regions.get(2).summary());
  }
}
