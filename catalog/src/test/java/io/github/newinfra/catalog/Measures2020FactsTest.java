package io.github.newinfra.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.DepartmentId;
import io.github.newinfra.model.DepartmentKind;
import io.github.newinfra.model.FactId;
import io.github.newinfra.model.FiscalFact;
import io.github.newinfra.model.FiscalKind;
import io.github.newinfra.model.Measure;
import io.github.newinfra.model.MeasureId;
import io.github.newinfra.model.PillarId;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.SubAreaId;
import io.github.newinfra.model.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Concrete facts of 苏政办发〔2020〕31号, pinned one by one. */
class Measures2020FactsTest {
  private static final Catalog CATALOG = BuiltInCatalogTest.CATALOG;

  private static Target target(String slug) {
    return CATALOG.target(FactId.of("measures2020/target/" + slug)).orElseThrow();
  }

  private static List<String> departments(String measure) {
    return CATALOG.measure(MeasureId.of(measure)).orElseThrow().departments().stream()
        .map(d -> CATALOG.department(d).orElseThrow().nameZh()).collect(Collectors.toList());
  }

  @Test
  void measureOneListsItsEightDepartmentsLeadFirst() {
    assertEquals(List.of("省工业和信息化厅", "省发展改革委", "省市场监管局", "省通信管理局", "省财政厅", "省广电局",
        "省能源局", "省电力公司"), departments("measures2020/1/1"));
    Measure m = CATALOG.measure(MeasureId.of("measures2020/1/1")).orElseThrow();
    assertEquals(DepartmentId.of("js-industry-it"), m.leadDepartment().orElseThrow());
  }

  @Test
  void talentMeasureNamesTheFinancialRegulators() {
    List<String> d = departments("measures2020/4/29");
    assertEquals("省人才办", d.get(0));
    assertTrue(d.containsAll(List.of("人民银行南京分行", "江苏银保监局", "江苏证监局")), d.toString());
    assertEquals(DepartmentKind.FINANCIAL_REGULATOR, CATALOG.departmentNamed("江苏证监局").orElseThrow().kind());
    assertEquals(DepartmentKind.MUNICIPAL_GOVERNMENTS, CATALOG.departmentNamed("各设区市人民政府").orElseThrow().kind());
    assertEquals(33, CATALOG.departments().size());
    // 依托江苏股权交易中心设立“人才板”: a named institution, not one of the responsible departments
    assertEquals(List.of("江苏股权交易中心"),
        CATALOG.measure(MeasureId.of("measures2020/4/29")).orElseThrow().namedActors());
  }

  @Test
  void fiveGTargetsOf2020() {
    Target stations = target("new-5g-base-stations");
    assertEquals(Comparator.AT_LEAST, stations.comparator());
    assertEquals(Quantity.parse("5.2万个"), stations.value().orElseThrow());
    assertEquals(2020, stations.dueYear());
    // “2020年计划投资 120亿元，新建 5G基站 5.2万个，实现…全覆盖”: the year is stated for the whole sentence
    assertFalse(stations.dueYearInferred());
    assertTrue(stations.source().quote().startsWith("2020年"));
    Target coverage = target("5g-coverage-urban-key-towns");
    assertEquals(Comparator.COVERAGE, coverage.comparator());
    assertFalse(coverage.basically());
    assertEquals(2020, coverage.dueYear());
    assertFalse(coverage.dueYearInferred());
    assertTrue(coverage.source().quote().startsWith("2020年") && coverage.source().quote().endsWith("重点中心镇 5G网络全覆盖"));
  }

  @Test
  void theDataCentreProgrammeIsAProgrammeWithoutTargets() {
    // “1+N+13”推进工程 names a programme; the 2020 text never says what 1, N and 13 are, nor by when.
    assertEquals(List.of(), CATALOG.targets(MeasureId.of("measures2020/1/4")));
    assertTrue(CATALOG.facilities().stream().anyMatch(f -> f.measures().contains(MeasureId.of("measures2020/1/4"))
        && f.nameZh().equals("全省一体化大数据中心“1+N+13”推进工程")));
  }

  @Test
  void telemedicineCoverageNamesOnlyWhatTheTextNames() {
    Target t = target("township-remote-medical-coverage");
    assertEquals(Comparator.COVERAGE, t.comparator());
    assertEquals("完善基层远程医疗服务网络，实现乡镇卫生院－服务中心全覆盖", t.source().quote());
    String indicator = CATALOG.indicator(t.indicator().orElseThrow()).orElseThrow().nameZh();
    assertTrue(indicator.contains("乡镇卫生院－服务中心"), indicator);
    assertFalse(indicator.contains("社区") || t.descriptionZh().orElseThrow().contains("社区"), indicator);
  }

  @Test
  void starRatedCloudEnterprisesAreApproximately3000() {
    Target t = target("star-cloud-enterprises");
    assertEquals(Comparator.APPROXIMATELY, t.comparator());
    assertEquals(Quantity.parse("3000家"), t.value().orElseThrow());
    assertEquals(new BigDecimal("0.1"), t.tolerance().orElseThrow());
    assertTrue(t.source().quote().contains("3000家左右"));
  }

  @Test
  void educationTargets() {
    assertEquals(Quantity.parse("60%"), target("smart-campus-rate").value().orElseThrow());
    assertEquals(Quantity.parse("100所"), target("smart-campus-demo-schools").value().orElseThrow());
    assertTrue(target("school-broadband-1000m").value().orElseThrow().isEquivalentTo(Quantity.parse("1Gbps")));
  }

  @Test
  void industrialInternetTargetsOfMeasure23() {
    List<Target> t23 = CATALOG.targets(MeasureId.of("measures2020/3/23"));
    assertEquals(List.of("30项", "50家", "50家", "10家", "3.5万家", "3000家", "400家"),
        t23.stream().map(t -> t.value().orElseThrow().toString()).collect(Collectors.toList()));
  }

  @Test
  void budgetIncentivesAndTaxes() {
    FiscalFact investment = CATALOG.fiscalFact(FactId.of("measures2020/fiscal/5g-investment-2020")).orElseThrow();
    assertEquals(FiscalKind.PLANNED_INVESTMENT, investment.kind());
    assertTrue(investment.amount().orElseThrow().isEquivalentTo(Quantity.parse("12000000000元")));
    assertEquals(List.of("200万元", "100万元"), CATALOG.fiscalFacts().stream()
        .filter(f -> f.kind() == FiscalKind.ONE_OFF_AWARD).map(f -> f.amount().orElseThrow().toString())
        .collect(Collectors.toList()));
    assertEquals(List.of("TAX_EXEMPTION_PERIOD 2年", "TAX_REDUCTION_PERIOD 3年", "TAX_RATE 10%", "TAX_DEDUCTION",
        "TAX_DEDUCTION", "EASED_CONDITIONS", "SUBSIDY"), CATALOG.fiscalFacts().stream()
        .filter(f -> f.measure().equals(MeasureId.of("measures2020/4/27")))
        .map(f -> f.kind() + f.amount().map(a -> " " + a).orElse("")).collect(Collectors.toList()));
  }

  @Test
  void incentivesWithoutAnAmountAreFactsToo() {
    FiscalFact staff = fiscal("software-staff-cost-deduction");
    assertEquals(FiscalKind.TAX_DEDUCTION, staff.kind());
    assertTrue(staff.amount().isEmpty());
    assertEquals("软件企业人员薪酬和培训费用按实际发生额在企业所得税税前列支", staff.source().quote());
    assertEquals(FiscalKind.TAX_DEDUCTION, fiscal("manufacturing-it-cost-super-deduction").kind());
    assertTrue(fiscal("manufacturing-it-cost-super-deduction").source().quote().contains("研发费用加计扣除"));
    FiscalFact terminals = fiscal("5g-terminal-package-subsidy");
    assertEquals(FiscalKind.SUBSIDY, terminals.kind());
    assertEquals(MeasureId.of("measures2020/2/6"), terminals.measure());
    assertTrue(terminals.amount().isEmpty(), "一定比例: the share is not stated");
    assertTrue(fiscal("information-consumption-vouchers").source().quote().contains("“信息消费券”“消费补贴”"));
    assertEquals(List.of("measures2020/4/28", "measures2020/4/29"), CATALOG.fiscalFacts().stream()
        .filter(f -> f.kind() == FiscalKind.FUND).map(f -> f.measure().value()).collect(Collectors.toList()));
  }

  @Test
  void quotesSayWhoOrWhatTheFactIsAbout() {
    for (String slug : List.of("scenic-spot-4a-monitoring-coverage", "key-cultural-venue-monitoring-coverage",
        "heritage-unit-monitoring-coverage")) {
      assertTrue(target(slug).source().quote().startsWith("建设文旅行业监管指挥中心，实现 4A级以上景区"), slug);
    }
    assertTrue(fiscal("software-tax-exemption").source().quote().contains("软件企业，享受企业所得税“两免三减半”"));
    assertTrue(fiscal("key-software-tax-rate").source().quote().startsWith("对国家规划布局内的重点软件企业，"));
  }

  private static FiscalFact fiscal(String slug) {
    return CATALOG.fiscalFact(FactId.of("measures2020/fiscal/" + slug)).orElseThrow();
  }

  @Test
  void everyMeasureIsClassifiedAndThePartFourMeasuresAreSafeguards() {
    for (Measure m : CATALOG.measures(BuiltInCatalogTest.MEASURES)) {
      assertTrue(m.classificationNote().isPresent(), m.id().value());
    }
    assertEquals(4, CATALOG.measures(io.github.newinfra.model.CrossCuttingId.of("SAFEGUARDS")).stream()
        .filter(m -> m.document().equals(BuiltInCatalogTest.MEASURES)).count());
    assertTrue(CATALOG.measures(PillarId.of("INFORMATION")).stream().anyMatch(m -> m.id().value().equals("measures2020/1/1")));
    // 支持车载终端后装投放、充电桩建设: charging piles are energy infrastructure besides the connected-vehicle roads
    assertEquals(List.of(SubAreaId.of("TRANSPORT_LOGISTICS"), SubAreaId.of("ENERGY")),
        CATALOG.measure(MeasureId.of("measures2020/1/5")).orElseThrow().subAreas());
  }
}
