package io.github.newinfra.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Facility;
import io.github.newinfra.model.FacilityKind;
import io.github.newinfra.model.FactId;
import io.github.newinfra.model.FiscalFact;
import io.github.newinfra.model.FiscalKind;
import io.github.newinfra.model.IndicatorId;
import io.github.newinfra.model.Measure;
import io.github.newinfra.model.MeasureId;
import io.github.newinfra.model.MeasureLink;
import io.github.newinfra.model.OutcomeLink;
import io.github.newinfra.model.OutcomeRelation;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.ReportedValue;
import io.github.newinfra.model.SectionId;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.ValueQualifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The seventeen points of the second catalog review, one test each, and the scan of chapters 三–九 for goals stated
 * without numbers. Each test pins what the texts say, so that a later edit cannot quietly undo the review.
 */
class CatalogReviewTest {
  private static final Catalog CATALOG = BuiltInCatalogTest.CATALOG;

  private static Target target(String id) {
    return CATALOG.target(FactId.of(id)).orElseThrow(() -> new AssertionError("no target " + id));
  }

  private static boolean absent(String targetId) {
    return CATALOG.target(FactId.of(targetId)).isEmpty();
  }

  /** The one target of the measure whose quote is exactly {@code quote}. */
  private static Target goal(String measure, String quote) {
    List<Target> found = CATALOG.targets(MeasureId.of(measure)).stream()
        .filter(t -> t.source().quote().equals(quote)).collect(Collectors.toList());
    assertEquals(1, found.size(), () -> measure + " has one target quoting “" + quote + "”: " + found);
    Target t = found.get(0);
    assertEquals(2025, t.dueYear(), t.id().value());
    assertTrue(t.dueYearInferred(), t.id().value());
    assertEquals(RegionCode.of("320000"), t.region(), t.id().value());
    return t;
  }

  private static Target qualitativeGoal(String measure, String quote) {
    Target t = goal(measure, quote);
    assertEquals(Comparator.QUALITATIVE, t.comparator(), t.id().value());
    assertTrue(t.indicator().isEmpty(), t.id() + ": a qualitative goal measures no indicator");
    return t;
  }

  private static FiscalFact fiscalQuoting(String measure, String quote) {
    List<FiscalFact> found = CATALOG.fiscalFacts().stream()
        .filter(f -> f.measure().equals(MeasureId.of(measure)) && f.source().quote().equals(quote))
        .collect(Collectors.toList());
    assertEquals(1, found.size(), () -> measure + " has one fiscal fact quoting “" + quote + "”");
    return found.get(0);
  }

  // ---- Not supported by the text ----

  @Test
  void point1The2020ProgrammeIsRecordedAsAProgrammeNotAsAMainCentreTarget() {
    assertTrue(absent("measures2020/target/provincial-big-data-main-centre"));
    Facility programme = CATALOG.facilities().stream()
        .filter(f -> f.id().equals(FactId.of("measures2020/facility/integrated-big-data-centre-programme")))
        .findFirst().orElseThrow();
    assertEquals(FacilityKind.PROGRAMME, programme.kind());
    assertEquals("全省一体化大数据中心“1+N+13”推进工程", programme.nameZh());
    assertEquals(List.of(MeasureId.of("measures2020/1/4")), programme.measures());
    assertEquals("实施全省一体化大数据中心“1+N+13”推进工程", programme.source().quote());
    assertEquals(BuiltInCatalogTest.MEASURES, programme.source().document());
  }

  @Test
  void point2No2020FactBorrowsTheMeaningOf1N13FromThePlan() {
    assertTrue(absent("measures2020/target/city-big-data-sub-centres"));
    for (Target t : CATALOG.targets()) {
      if (t.id().document().equals(BuiltInCatalogTest.MEASURES)) {
        assertFalse(t.indicator().map(IndicatorId::value).filter(i -> i.contains("big_data")).isPresent(), t::toString);
        String description = t.descriptionZh().orElse("") + t.descriptionEn().orElse("");
        assertFalse(description.contains("45号") || description.contains("1＋13＋N"),
            () -> t.id() + " rests on the 2021 plan: " + description);
      }
    }
    Facility programme = CATALOG.facilities().stream()
        .filter(f -> f.id().document().equals(BuiltInCatalogTest.MEASURES)).findFirst().orElseThrow();
    assertFalse(programme.nameEn().orElseThrow().contains("main") || programme.nameEn().orElseThrow().contains("city"),
        "the 2020 text never says what 1, N and 13 are: " + programme.nameEn());
  }

  @Test
  void point3TheFutureNetworkFacilityKeepsItsFortyCitiesAndIsNoJiangsuTarget() {
    assertTrue(absent("plan2021/target/future-network-test-facility-cities"));
    assertTrue(CATALOG.indicator(IndicatorId.of("future_network_test_facility_cities")).isEmpty());
    assertTrue(CATALOG.targets().stream().noneMatch(t -> t.source().quote().contains("覆盖全国 40 个城市")));
    Facility facility = CATALOG.facilities().stream()
        .filter(f -> f.id().equals(FactId.of("plan2021/facility/future-network-test-facility")))
        .findFirst().orElseThrow();
    assertTrue(facility.source().quote().contains("覆盖全国 40 个城市的未来网络大规模通用试验设施"), facility::toString);
    assertTrue(facility.nameEn().orElseThrow().contains("40 cities across China"), facility::toString);
    assertEquals(List.of(), facility.regions(), "a national facility, not one of Jiangsu's regions");
  }

  // ---- Missing ----

  @Test
  void point4TheUpgradeToTheNextGenerationInternetIsAGoal() {
    qualitativeGoal("plan2021/3/1/4", "全面完成向下一代互联网平滑演进升级");
  }

  @Test
  void point5FibreVillagesAndTheNewBroadcastNetworkAreAGoal() {
    qualitativeGoal("plan2021/4/6/2", "全面建成光网乡村和新一代广播电视网");
  }

  @Test
  void point6TheDualStackEGovernmentExtranetIsAGoal() {
    qualitativeGoal("plan2021/4/7/1", "建成 “横向到边、纵向到底” 支持 IPv4 和 IPv6 双栈的电子政务外网");
  }

  @Test
  void point7RuralBroadbandBasicallyReachingTheUrbanLevelIsAGoal() {
    Target t = qualitativeGoal("plan2021/7/3/1", "宽带网络接入能力和速率基本达到城市同等水平");
    assertTrue(t.descriptionZh().orElseThrow().contains("基本达到"), t::toString);
    assertTrue(t.descriptionEn().orElseThrow().contains("basically"), t::toString);
    assertTrue(CATALOG.measureLinks(MeasureId.of("measures2020/1/1")).stream()
        .anyMatch(l -> l.to().equals(t.measure())), "the paragraph carries measure 1 on");
  }

  @Test
  void point8OneChainSupervisionIsAGoal() {
    qualitativeGoal("plan2021/3/3/2", "实现全省 “一链统管”");
  }

  @Test
  void point9TheEasedLandAndTaxConditionsOfMeasure27AreAFiscalFact() {
    FiscalFact f = fiscalQuoting("measures2020/4/27", "对新型信息基础设施新增项目，放宽用地纳税条件");
    assertEquals(FiscalKind.EASED_CONDITIONS, f.kind());
    assertTrue(f.amount().isEmpty() && f.period().isEmpty(), f::toString);
  }

  @Test
  void point10TheTwoNationalCrossIndustryPlatformsAreA2020Count() {
    List<ReportedValue> found = CATALOG.reportedValues().stream()
        .filter(v -> v.source().quote().equals("汉云和 UNIPower 入选国家级跨行业跨领域工业互联网平台"))
        .collect(Collectors.toList());
    assertEquals(1, found.size());
    ReportedValue v = found.get(0);
    assertEquals(IndicatorId.of("national_cross_industry_iiot_platforms"), v.indicator());
    assertEquals(Quantity.parse("2个"), v.value());
    assertEquals(ValueQualifier.EXACT, v.qualifier());
    assertEquals("2020", v.period().toString());
    assertEquals(SectionId.of("plan2021/1/1/3"), v.section());
  }

  // ---- Reconsider ----

  @Test
  void point11NoTargetCountsTwiceAndThePremiumNetworkIsAQualityGoal() {
    Map<List<String>, List<String>> byKey = new HashMap<>();
    for (Target t : CATALOG.targets()) {
      t.indicator().ifPresent(i -> byKey.computeIfAbsent(List.of(t.id().document().value(), i.value(),
          t.region().value(), String.valueOf(t.dueYear())), k -> new ArrayList<>()).add(t.id().value()));
    }
    byKey.forEach((key, ids) -> assertEquals(1, ids.size(), () -> "one target per indicator, region and year: " + ids));
    assertTrue(absent("plan2021/target/coverage-5g-province-wide"));
    Target quality = qualitativeGoal("plan2021/3/1/1", "实现省域范围内全面、连续、深度覆盖的精品网络");
    assertEquals(FactId.of("plan2021/target/5g-premium-network"), quality.id());
    assertEquals(Comparator.COVERAGE, target("plan2021/target/coverage-5g-full").comparator());
  }

  @Test
  void point12BothCitySlogansOfThe2020MeasuresAreQualitativeGoals() {
    assertTrue(absent("measures2020/target/smart-skynet-city-coverage"));
    assertTrue(CATALOG.indicator(IndicatorId.of("smart_skynet_city_coverage")).isEmpty());
    for (Target t : List.of(target("measures2020/target/smart-skynet"),
        target("measures2020/target/city-public-service-platform"))) {
      assertEquals(Comparator.QUALITATIVE, t.comparator(), t.id().value());
      assertTrue(t.indicator().isEmpty(), t.id().value());
      assertEquals(2020, t.dueYear(), t.id().value());
    }
    assertEquals("构建“全城覆盖、全网共享、全时可用、全程可控”的智慧天网",
        target("measures2020/target/smart-skynet").source().quote());
    assertEquals("打造全景式、全覆盖的城市公共服务平台",
        target("measures2020/target/city-public-service-platform").source().quote());
  }

  @Test
  void point13TheSmartCampusIndicatorIsNamedAsTheTextsNameItAndItsLinkIsAnInference() {
    assertTrue(CATALOG.indicator(IndicatorId.of("smart_campus_rate")).isEmpty());
    IndicatorId rate = IndicatorId.of("smart_campus_compliance_rate");
    assertEquals("智慧校园达标率", CATALOG.indicator(rate).orElseThrow().nameZh());
    assertEquals(rate, target("measures2020/target/smart-campus-rate").indicator().orElseThrow());
    assertEquals(rate, CATALOG.reportedValue(FactId.of("plan2021/reported/smart-campus-rate")).orElseThrow().indicator());
    OutcomeLink link = CATALOG.data().outcomeLinks().stream()
        .filter(l -> l.target().equals(FactId.of("measures2020/target/smart-campus-rate"))).findFirst().orElseThrow();
    assertEquals(OutcomeRelation.DIRECT, link.relation());
    String note = link.note().orElseThrow();
    assertTrue(note.startsWith("Inference:"), note);
    assertTrue(note.contains("中小学") && note.contains("省级") && note.contains("2020"), note);
  }

  @Test
  void point14TheBigDataCentreCountsOfThePlanSayTheyAreAReading() {
    for (String id : List.of("plan2021/target/provincial-big-data-main-centre", "plan2021/target/city-big-data-sub-centres")) {
      Target t = target(id);
      assertEquals(Comparator.AT_LEAST, t.comparator(), id);
      String en = t.descriptionEn().orElseThrow();
      assertTrue(en.contains("(a reading:") && en.contains("两地三中心"), en);
      assertTrue(t.descriptionZh().orElseThrow().contains("（解读："), id);
    }
  }

  @Test
  void point15TheWaterNetworkCoverageSaysWhy覆盖IsReadAsFullCoverage() {
    Target t = target("plan2021/target/water-info-network-unit-coverage");
    assertEquals(Comparator.COVERAGE, t.comparator());
    assertTrue(t.source().quote().contains("覆盖全省各级水利行政主管部门、各类水利工程管理及涉水单位"));
    String en = t.descriptionEn().orElseThrow();
    assertTrue(en.contains("(a reading:") && en.contains("not 全覆盖") && en.contains("各级") && en.contains("各类"), en);
    assertTrue(t.descriptionZh().orElseThrow().contains("（解读："), t::toString);
  }

  @Test
  void point16TheTaxPartOfMeasure27HasNoCounterpartAndItsLinkSaysSo() {
    List<MeasureLink> links = CATALOG.measureLinks(MeasureId.of("measures2020/4/27"));
    assertEquals(List.of(MeasureId.of("plan2021/9/3/1")), links.stream().map(MeasureLink::to).collect(Collectors.toList()));
    String note = links.get(0).note().orElseThrow();
    assertTrue(note.contains("land") && note.contains("no counterpart in the plan"), note);
    assertFalse(note.contains("放宽用地纳税条件) is carried on"), note);
  }

  /**
   * Every word of money or relief in a 2020 measure (给予, 专项资金, 奖励, 补贴, 基金, 放宽) lies inside a fiscal fact's
   * quote of that measure: support is encoded whether or not the text gives an amount.
   */
  @Test
  void point17EveryPromiseOfMoneyOrReliefInThe2020MeasuresIsAFiscalFact() {
    List<String> missing = new ArrayList<>();
    for (Measure m : CATALOG.measures(BuiltInCatalogTest.MEASURES)) {
      String text = m.text();
      List<String> quotes = CATALOG.fiscalFacts().stream().filter(f -> f.measure().equals(m.id()))
          .map(f -> f.source().quote()).collect(Collectors.toList());
      for (String marker : List.of("给予", "专项资金", "奖励", "补贴", "基金", "放宽")) {
        for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
          if (!insideAQuote(text, at, marker.length(), quotes)) {
            missing.add(m.id() + ": " + text.substring(Math.max(0, at - 20), Math.min(text.length(), at + 12)));
          }
        }
      }
    }
    assertEquals(List.of(), missing);
    assertEquals(FiscalKind.SUPPORT, fiscalQuoting("measures2020/4/28",
        "省级工业和信息产业转型升级、战略性新兴产业、科技成果转化等专项资金对符合条件的 5G、工业互联网、大数据、人工智能等重点领域的重点项目给予优先支持")
        .kind());
    assertEquals(FiscalKind.AWARD, fiscalQuoting("measures2020/3/21",
        "组织企业积极参与数据开发与应用大赛、“i创杯”互联网创新创业大赛，对获奖项目给予奖励").kind());
    assertEquals(FiscalKind.SUPPORT, fiscalQuoting("measures2020/2/6",
        "对新型智能终端、可穿戴设备、服务机器人、消费级无人机、虚拟增强现实、人工智能设备等研发与产业化项目，纳入相关产业类专项资金扶持范围")
        .kind());
    for (FiscalFact f : CATALOG.fiscalFacts()) {
      if (f.kind() == FiscalKind.SUPPORT || f.kind() == FiscalKind.AWARD || f.kind() == FiscalKind.EASED_CONDITIONS) {
        assertTrue(f.amount().isEmpty(), f.id() + ": no amount stated");
        assertTrue(f.descriptionEn().orElseThrow().contains("not stated"), f.id() + " says what the text leaves open");
      }
    }
  }

  private static boolean insideAQuote(String text, int at, int length, List<String> quotes) {
    for (String q : quotes) {
      for (int from = text.indexOf(q); from >= 0; from = text.indexOf(q, from + 1)) {
        if (from <= at && at + length <= from + q.length()) {
          return true;
        }
      }
    }
    return false;
  }

  // ---- Goals of chapters 三–九 stated without numbers ----

  /**
   * The goals of chapters 三–九 that carry no number: each clause that states an outcome with a completion verb
   * (实现, 建成, 全面完成, 全面建成, 基本达到, 取得…进展) is a QUALITATIVE target, one per clause.
   */
  @Test
  void everyUnnumberedGoalOfChapters3To9IsAQualitativeTarget() {
    List<List<String>> expected = List.of(
        List.of("plan2021/3/1/1", "实现省域范围内全面、连续、深度覆盖的精品网络"),
        List.of("plan2021/3/1/4", "全面完成向下一代互联网平滑演进升级"),
        List.of("plan2021/3/3/2", "实现全省 “一链统管”"),
        List.of("plan2021/3/3/3", "在虚拟化、分布式计算、资源管理、信息安全创新服务等领域实现突破"),
        List.of("plan2021/3/3/4", "实现与国家广域量子保密通信骨干网络无缝对接"),
        List.of("plan2021/4/1/1", "建成国家工业互联网大数据中心江苏分中心"),
        List.of("plan2021/4/1/2", "建成并运营南京、苏州国家级工业互联网平台应用创新体验中心"),
        List.of("plan2021/4/1/3", "建成省级工业信息安全保障平台、国家工业互联网安全保障平台江苏分平台、“工业互联网＋安全”数据支撑平台"),
        List.of("plan2021/4/1/4", "在高端可编程逻辑控制、分散控制系统、现场可编程门阵列等关键基础领域实现突破"),
        List.of("plan2021/4/2/2", "深入推进车路协同智能交通城市示范—新一代国家交通控制网江苏（常州）试点工程、苏州车联网先导区、"
            + "长三角（盐城）智能网联汽车试验场建设取得实质性进展"),
        List.of("plan2021/4/5/2", "实现重要江河湖库水文水资源监测预警、预测预报和远程控制"),
        List.of("plan2021/4/6/2", "全面建成光网乡村和新一代广播电视网"),
        List.of("plan2021/4/6/3", "建成省级应急管理综合应用平台"),
        List.of("plan2021/4/7/1", "建成 “横向到边、纵向到底” 支持 IPv4 和 IPv6 双栈的电子政务外网"),
        List.of("plan2021/4/7/1", "加快整合各部门政务信息系统，实现与省一体化政务服务平台对接"),
        List.of("plan2021/7/3/1", "宽带网络接入能力和速率基本达到城市同等水平"));
    List<List<String>> actual = CATALOG.targets(Comparator.QUALITATIVE).stream()
        .filter(t -> t.id().document().equals(BuiltInCatalogTest.PLAN)
            && !t.measure().section().isWithin(SectionId.of("plan2021/2")))
        .map(t -> List.of(t.measure().value(), t.source().quote())).collect(Collectors.toList());
    assertEquals(expected, actual);
    for (List<String> e : expected) {
      Target t = qualitativeGoal(e.get(0), e.get(1));
      assertTrue(t.source().quote().matches(".*(实现|建成|全面完成|基本达到|取得实质性进展).*"), t::toString);
    }
  }
}
