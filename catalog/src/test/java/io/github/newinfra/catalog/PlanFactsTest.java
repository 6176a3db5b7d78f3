package io.github.newinfra.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.FactId;
import io.github.newinfra.model.IndicatorId;
import io.github.newinfra.model.Measure;
import io.github.newinfra.model.MeasureId;
import io.github.newinfra.model.PillarId;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.ReportedValue;
import io.github.newinfra.model.SubAreaId;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.ValueQualifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Concrete facts of 苏政办发〔2021〕45号, pinned one by one. */
class PlanFactsTest {
  private static final Catalog CATALOG = BuiltInCatalogTest.CATALOG;

  private static ReportedValue reported(String indicator) {
    List<ReportedValue> found = CATALOG.reportedValues().stream()
        .filter(v -> v.indicator().equals(IndicatorId.of(indicator))).collect(Collectors.toList());
    assertEquals(1, found.size(), indicator);
    return found.get(0);
  }

  private static Target planTarget(String indicator) {
    List<Target> found = CATALOG.targets(IndicatorId.of(indicator)).stream()
        .filter(t -> t.id().document().equals(BuiltInCatalogTest.PLAN)).collect(Collectors.toList());
    assertEquals(1, found.size(), indicator);
    return found.get(0);
  }

  @Test
  void reportsThe2020OutcomesOfTheBackgroundChapter() {
    assertTrue(reported("base_stations_5g").value().isEquivalentTo(Quantity.parse("71000座")));
    assertEquals(Quantity.parse("38.9万座"), reported("base_stations_4g").value());
    assertEquals(Quantity.parse("9233万个"), reported("broadband_access_ports").value());
    assertEquals(ValueQualifier.MORE_THAN, reported("pon_10g_ports").qualifier());
    assertEquals(Quantity.parse("50万个"), reported("pon_10g_ports").value());
    assertEquals(Quantity.parse("98.59%"), reported("cable_tv_digitalisation_rate").value());
    assertEquals(Quantity.parse("770公里"), reported("rsu_road_length").value());
    assertEquals(Quantity.parse("14个"), reported("iiot_secondary_nodes").value());
    assertEquals(Quantity.parse("41.5%"), reported("smart_campus_compliance_rate").value());
    assertEquals(Quantity.parse("82家"), reported("internet_hospitals").value());
    assertEquals(Quantity.parse("35万架"), reported("idc_standard_racks").value());
    assertEquals(ValueQualifier.MORE_THAN, reported("iiot_identifier_registrations").qualifier());
    for (ReportedValue v : CATALOG.reportedValues()) {
      assertEquals("2020", v.period().toString(), v.id().value());
      assertTrue(v.section().isWithin(io.github.newinfra.model.SectionId.of("plan2021/1/1")), v.id().value());
    }
  }

  @Test
  void rsuRoadsGrowFrom770To2000KilometresBy2025() {
    Target rsu = planTarget("rsu_road_length");
    assertEquals(Comparator.AT_LEAST, rsu.comparator());
    assertEquals(Quantity.parse("2000公里"), rsu.value().orElseThrow());
    assertEquals(2025, rsu.dueYear());
    assertEquals(Quantity.parse("770公里"), rsu.baseline().orElseThrow().value());
    assertEquals(MeasureId.of("plan2021/4/2/2"), rsu.measure());
    assertEquals(List.of(SubAreaId.of("TRANSPORT_LOGISTICS")), CATALOG.measure(rsu.measure()).orElseThrow().subAreas());
  }

  @Test
  void secondaryNodesGrowFrom14ToFortyOrMore() {
    Target nodes = planTarget("iiot_secondary_nodes");
    assertEquals(Comparator.AT_LEAST, nodes.comparator());
    assertEquals(Quantity.parse("40个"), nodes.value().orElseThrow());
    assertEquals(Quantity.parse("14个"), nodes.baseline().orElseThrow().value());
    assertTrue(nodes.source().quote().contains("40 个以上"), nodes.source().quote());
  }

  @Test
  void platformsAreARangeAndAFloor() {
    Target range = CATALOG.targets(Comparator.BETWEEN).get(0);
    assertEquals(Quantity.parse("1个"), range.value().orElseThrow());
    assertEquals(Quantity.parse("2个"), range.upperValue().orElseThrow());
    assertTrue(range.source().quote().contains("1－2 个"), range.source().quote());
    Target floor = planTarget("provincial_key_iiot_platforms");
    assertEquals(Comparator.AT_LEAST, floor.comparator());
    assertEquals(Quantity.parse("100个"), floor.value().orElseThrow());
    assertTrue(floor.source().quote().contains("不少于 100 个"));
  }

  @Test
  void chargingRadiusIsLessThanOneKilometreAndSchoolsGetGigabit() {
    Target radius = CATALOG.targets(Comparator.LESS_THAN).get(0);
    assertEquals(Quantity.parse("1公里"), radius.value().orElseThrow());
    assertEquals(io.github.newinfra.model.Direction.LOWER_IS_BETTER,
        CATALOG.indicator(radius.indicator().orElseThrow()).orElseThrow().direction());
    Target schools = planTarget("school_broadband_bandwidth");
    assertTrue(schools.value().orElseThrow().isEquivalentTo(Quantity.parse("1000Mbps")));
    assertEquals(Comparator.AT_LEAST, schools.comparator());
  }

  @Test
  void theBigDataStructuresAreCountedAndTheFutureNetworkIsAFacility() {
    assertEquals(Quantity.parse("13个"), planTarget("city_big_data_sub_centers").value().orElseThrow());
    assertEquals(Quantity.parse("1个"), planTarget("provincial_big_data_main_centers").value().orElseThrow());
    assertTrue(CATALOG.facility(FactId.of("plan2021/facility/future-network-test-facility")).orElseThrow()
        .source().quote().contains("覆盖全国 40 个城市"));
  }

  @Test
  void coverageRequirementsAreTargetsAndCableFibreIsOnlyBasic() {
    List<Target> coverage = CATALOG.targets(Comparator.COVERAGE).stream()
        .filter(t -> t.id().document().equals(BuiltInCatalogTest.PLAN)).collect(Collectors.toList());
    assertTrue(coverage.size() >= 10, coverage.toString());
    assertTrue(coverage.stream().allMatch(t -> t.source().quote().contains("覆盖")));
    assertEquals(List.of(FactId.of("plan2021/target/cable-tv-fibre-to-home-coverage")),
        coverage.stream().filter(Target::basically).map(Target::id).collect(Collectors.toList()));
  }

  @Test
  void theGoalsOfChapter2AreQualitativeTargetsDue2025() {
    List<Target> goals = CATALOG.targets(Comparator.QUALITATIVE).stream()
        .filter(g -> g.measure().section().isWithin(io.github.newinfra.model.SectionId.of("plan2021/2")))
        .collect(Collectors.toList());
    // 二（三）: 2 in the lead paragraph, 7 + 9 + 7 in the three "——" paragraphs (5G 全覆盖 is a COVERAGE target).
    assertEquals(Map.of("plan2021/2/3/1", 2L, "plan2021/2/3/2", 7L, "plan2021/2/3/3", 9L, "plan2021/2/3/4", 7L),
        goals.stream().collect(Collectors.groupingBy(g -> g.measure().value(), Collectors.counting())));
    for (Target g : goals) {
      assertTrue(g.measure().section().isWithin(io.github.newinfra.model.SectionId.of("plan2021/2/3")), g.id().value());
      assertEquals(2025, g.dueYear());
      assertTrue(g.dueYearInferred());
    }
  }

  @Test
  void everyMeasureOfTheThreePillarChaptersHasItsPillar() {
    assertEquals(14, CATALOG.measures(PillarId.of("INFORMATION")).stream()
        .filter(m -> m.document().equals(BuiltInCatalogTest.PLAN)).count());
    assertEquals(22, CATALOG.measures(PillarId.of("FUSION")).stream()
        .filter(m -> m.document().equals(BuiltInCatalogTest.PLAN)).count());
    assertEquals(14, CATALOG.measures(PillarId.of("INNOVATION")).stream()
        .filter(m -> m.document().equals(BuiltInCatalogTest.PLAN)).count());
    assertTrue(CATALOG.measures(BuiltInCatalogTest.PLAN).stream().allMatch(m -> m.departments().isEmpty()),
        "the plan assigns no departments");
  }

  @Test
  void chapter4GroupsItsTwentyTwoParagraphsUnderTheSevenFusionSubAreas() {
    List<SubAreaId> bySection = List.of(SubAreaId.of("INDUSTRIAL_INTERNET"), SubAreaId.of("TRANSPORT_LOGISTICS"), SubAreaId.of("ENERGY"),
        SubAreaId.of("SOCIAL_LIVING"), SubAreaId.of("ENVIRONMENT_RESOURCES"), SubAreaId.of("URBAN_RURAL_GOVERNANCE"),
        SubAreaId.of("GOVERNMENT_SERVICES"));
    List<Integer> paragraphs = List.of(4, 4, 2, 5, 3, 3, 1);
    assertEquals(7, CATALOG.children(io.github.newinfra.model.SectionId.of("plan2021/4")).size());
    for (int s = 0; s < 7; s++) {
      List<Measure> in = CATALOG.measures(io.github.newinfra.model.SectionId.of("plan2021/4/" + (s + 1)));
      assertEquals(paragraphs.get(s), in.size(), "plan2021/4/" + (s + 1));
      for (Measure m : in) {
        assertEquals(Optional.of(PillarId.of("FUSION")), m.pillar(), m.id().value());
        assertEquals(List.of(bySection.get(s)), m.subAreas(), m.id().value());
        assertEquals(m.text().substring(0, m.text().indexOf('。')), m.titleZh(), m.id().value());
        assertEquals(List.of(), m.departments(), m.id().value());
      }
    }
    assertEquals("持续深入开展数字政府建设，全面推进政务服务数字化",
        CATALOG.measure(MeasureId.of("plan2021/4/7/1")).orElseThrow().titleZh());
  }

  @Test
  void chapter4ParagraphsRecordTheCitiesAndActorsTheyName() {
    assertEquals(codes("320200", "320400", "320500", "320900"), regionsOf("plan2021/4/2/2"));
    assertEquals(codes("320100", "320200", "320500", "320600", "320900"), regionsOf("plan2021/4/3/2"));
    assertEquals(codes("320100", "320500"), regionsOf("plan2021/4/1/2"));
    assertEquals(codes("320100", "320200"), regionsOf("plan2021/4/5/1"));
    assertEquals(codes("320100"), regionsOf("plan2021/4/6/2"));
    assertEquals(List.of("国家电网"), CATALOG.measure(MeasureId.of("plan2021/4/3/1")).orElseThrow().namedActors());
    assertEquals(List.of("东南大学", "网络通信与安全紫金山实验室"),
        CATALOG.measure(MeasureId.of("plan2021/4/1/2")).orElseThrow().namedActors());
  }

  private static List<io.github.newinfra.model.RegionCode> codes(String... codes) {
    return Stream.of(codes).map(io.github.newinfra.model.RegionCode::of).collect(Collectors.toList());
  }

  private static List<io.github.newinfra.model.RegionCode> regionsOf(String measure) {
    return CATALOG.measure(MeasureId.of(measure)).orElseThrow().regions();
  }

  @Test
  void identifierResolutionLayoutIsOnePlusOnePlusFortyPlusN() {
    assertEquals(Quantity.parse("1个"), planTarget("iiot_national_top_node_dr_centers").value().orElseThrow());
    assertEquals(Quantity.parse("1个"), planTarget("iiot_recursive_nodes").value().orElseThrow());
    Target nodes = planTarget("iiot_secondary_nodes");
    assertEquals("标识解析递归节点、40 个以上二级节点", nodes.source().quote());
    assertEquals(MeasureId.of("plan2021/4/1/1"), nodes.measure());
  }

  @Test
  void cultureAndTourismCoverageIsAchievedByBothNewCentres() {
    for (String indicator : List.of("scenic_spot_4a_monitoring_coverage", "key_cultural_venue_monitoring_coverage",
        "heritage_unit_monitoring_coverage")) {
      Target t = planTarget(indicator);
      assertEquals(Comparator.COVERAGE, t.comparator(), indicator);
      assertEquals(MeasureId.of("plan2021/4/4/4"), t.measure(), indicator);
      assertTrue(t.source().quote().startsWith("建设文旅行业数据分析中心和文旅行业监管指挥中心，实现 4A 级以上景区"),
          t.source().quote());
      String description = t.descriptionZh().orElseThrow();
      assertTrue(description.contains("文旅行业数据分析中心和文旅行业监管指挥中心"), description);
    }
  }

  @Test
  void chapter4HasTwentyTwoTargetsAllDueIn2025ByInference() {
    List<Target> targets = CATALOG.targets().stream()
        .filter(t -> t.measure().section().isWithin(io.github.newinfra.model.SectionId.of("plan2021/4")))
        .collect(Collectors.toList());
    // 22 with a number or a coverage, and 10 goals stated with a completion verb (实现, 建成, 取得实质性进展)
    assertEquals(32, targets.size());
    for (Target t : targets) {
      assertEquals(2025, t.dueYear(), t.id().value());
      assertTrue(t.dueYearInferred(), t.id().value());
      assertTrue(!t.basically(), t.id().value());
    }
    assertEquals(14, targets.stream().filter(t -> t.comparator() == Comparator.COVERAGE).count());
    assertEquals(List.of("plan2021/target/iiot-secondary-nodes", "plan2021/target/rsu-roads"),
        targets.stream().filter(t -> t.baseline().isPresent()).map(t -> t.id().value()).collect(Collectors.toList()));
  }

  @Test
  void chapter4FacilitiesIncludeTheProvincialPlatformsAndNetworks() {
    assertEquals(List.of(MeasureId.of("plan2021/4/1/1")), facilityNamed("工业互联网交换中心").measures());
    assertEquals(List.of(MeasureId.of("plan2021/4/4/4")), facilityNamed("文旅行业监管指挥中心").measures());
    assertEquals(List.of(MeasureId.of("plan2021/4/4/4")), facilityNamed("文旅行业数据分析中心").measures());
    assertEquals(List.of(MeasureId.of("plan2021/4/3/1")), facilityNamed("成品油智慧监测云平台").measures());
    assertEquals(List.of(MeasureId.of("plan2021/4/6/3")), facilityNamed("应急 5G 通信专网").measures());
    assertEquals(List.of(MeasureId.of("plan2021/4/2/3"), MeasureId.of("plan2021/4/7/1")),
        facilityNamed("省政务云").measures());
    assertEquals(91, CATALOG.facilities().stream()
        .filter(f -> f.source().section().isWithin(io.github.newinfra.model.SectionId.of("plan2021/4"))).count());
  }

  private static io.github.newinfra.model.Facility facilityNamed(String nameZh) {
    List<io.github.newinfra.model.Facility> found = CATALOG.facilities().stream()
        .filter(f -> f.nameZh().equals(nameZh)).collect(Collectors.toList());
    assertEquals(1, found.size(), nameZh);
    return found.get(0);
  }

  @Test
  void namedFacilitiesAreAttachedToTheirMeasures() {
    assertTrue(CATALOG.facilities().stream().anyMatch(f -> f.nameZh().equals("国家超级计算无锡中心")
        && f.measures().contains(MeasureId.of("plan2021/3/2/3"))));
    assertTrue(CATALOG.facilities().stream().anyMatch(f -> f.nameZh().contains("紫金山实验室")));
  }

  @Test
  void chapter3SetsItsCoverageAndCountTargetsAndChapter5SetsNone() {
    io.github.newinfra.model.SectionId chapter3 = io.github.newinfra.model.SectionId.of("plan2021/3");
    io.github.newinfra.model.SectionId chapter5 = io.github.newinfra.model.SectionId.of("plan2021/5");
    assertEquals(List.of("plan2021/target/5g-premium-network", "plan2021/target/gigabit-household-access-coverage",
            "plan2021/target/business-10g-access-coverage", "plan2021/target/cable-tv-fibre-to-home-coverage",
            "plan2021/target/next-generation-internet-upgrade", "plan2021/target/provincial-big-data-main-centre",
            "plan2021/target/city-big-data-sub-centres", "plan2021/target/blockchain-unified-supervision",
            "plan2021/target/cloud-key-technology-breakthroughs", "plan2021/target/quantum-backbone-docking"),
        CATALOG.targets().stream().filter(t -> t.measure().section().isWithin(chapter3))
            .map(t -> t.id().value()).collect(Collectors.toList()));
    assertEquals(List.of(), CATALOG.targets().stream().filter(t -> t.measure().section().isWithin(chapter5))
        .map(t -> t.id().value()).collect(Collectors.toList()), "chapter 五 states no quantity or coverage");
    for (Target t : CATALOG.targets()) {
      if (t.measure().section().isWithin(chapter3)) {
        assertEquals(2025, t.dueYear(), t.id().value());
        assertTrue(t.dueYearInferred(), t.id().value());
        assertTrue(t.baseline().isEmpty(), t.id() + ": chapter 一 reports no 2020 figure for it");
      }
    }
    Target subCentres = planTarget("city_big_data_sub_centers");
    assertEquals(Comparator.AT_LEAST, subCentres.comparator());
    assertEquals("1 个省级大数据主中心，13 个设区市分中心", subCentres.source().quote());
    assertEquals(List.of(), CATALOG.targets(MeasureId.of("plan2021/3/1/6")),
        "覆盖全国 40 个城市 describes the national future network facility, not a Jiangsu target");
  }

  @Test
  void chapter3And5MeasuresNameTheirCitiesAndFacilities() {
    assertEquals(List.of("320100", "320300", "320600", "320700", "320800", "320900", "321000", "321100", "321200",
            "321300"), regionCodesOf("plan2021/5/2/4"));
    assertEquals(List.of("320100", "320500", "320600", "321000"), regionCodesOf("plan2021/3/1/5"));
    assertEquals(List.of("320200", "320500"), regionCodesOf("plan2021/3/2/3"));
    assertEquals(List.of(), regionCodesOf("plan2021/3/1/6"));
    assertEquals(List.of("国家超级计算无锡中心", "昆山中心"),
        CATALOG.measure(MeasureId.of("plan2021/3/2/3")).orElseThrow().namedActors());
    assertEquals(List.of("“超算互联网” 工程", "“超算产业园”"), facilitiesOf("plan2021/3/2/3").subList(2, 4));
    assertTrue(facilitiesOf("plan2021/3/3/4").contains("量子保密通信干线网"));
    assertEquals(13, facilitiesOf("plan2021/5/4/1").size());
  }

  private static List<String> regionCodesOf(String measure) {
    return CATALOG.measure(MeasureId.of(measure)).orElseThrow().regions().stream()
        .map(r -> r.value()).collect(Collectors.toList());
  }

  private static List<String> facilitiesOf(String measure) {
    return CATALOG.facilities().stream().filter(f -> f.measures().contains(MeasureId.of(measure)))
        .map(f -> f.nameZh()).collect(Collectors.toList());
  }

  @Test
  void searchFindsChineseSubstringsAndEnglishIgnoringCase() {
    assertTrue(CATALOG.search("紫金山").stream().anyMatch(h -> h.kind() == SearchHit.Kind.FACILITY));
    assertTrue(CATALOG.search("车联网").stream().anyMatch(h -> h.id().equals("plan2021/4/2/2")));
    assertTrue(CATALOG.search("SMART EDUCATION").stream().anyMatch(h -> h.id().equals("measures2020/2/13")));
  }
}
