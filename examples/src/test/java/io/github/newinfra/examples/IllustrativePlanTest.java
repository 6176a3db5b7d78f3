package io.github.newinfra.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.Evaluator;
import io.github.newinfra.core.ObservationSource;
import io.github.newinfra.core.RollUp;
import io.github.newinfra.core.RollUpDimension;
import io.github.newinfra.core.Status;
import io.github.newinfra.core.TargetResult;
import io.github.newinfra.core.report.ReportFormat;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.RegionLevel;
import io.github.newinfra.model.SectionKind;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A plan that is not Jiangsu's, written as a user would from docs/catalog-format.md: the illustrative national plan
 * of the test resources (made up, labelled so) and the worked example of "Write your own plan".
 */
class IllustrativePlanTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 1, 15);

  private static Path plan() throws Exception {
    return Path.of(IllustrativePlanTest.class.getResource("/illustrative-plan/plan.json").toURI());
  }

  private static Map<String, TargetResult> byTarget(EvaluationReport report) {
    return report.results().stream().collect(Collectors.toMap(r -> r.target().value().split("/")[2], r -> r));
  }

  @Test
  void theIllustrativePlanValidatesWithItsTableCountryScopeAndOwnTaxonomy() throws Exception {
    Catalog c = Catalog.load(plan());
    assertTrue(c.data().documents().get(0).titleZh().contains("示意文本，非真实文件"), "labelled as illustrative");
    assertTrue(c.data().documents().get(0).issuingNumber().isEmpty());
    assertEquals(1, c.data().sections().stream().filter(s -> s.kind() == SectionKind.TABLE).count());
    assertEquals(List.of("NETWORKS", "CORE_INDUSTRY"), c.pillars().stream().map(p -> p.id().value())
        .collect(Collectors.toList()));
    assertEquals(RegionLevel.COUNTRY, c.data().regions().stream().filter(r -> r.code().equals(RegionCode.CHINA))
        .findFirst().orElseThrow().level());
  }

  @Test
  void theIllustrativePlanEvaluatesByItsOwnUnitsScopeAndTaxonomy() throws Exception {
    Catalog c = Catalog.load(plan());
    EvaluationReport report = Evaluator.of(c.data()).asOf(AS_OF)
        .evaluate(ObservationSource.csv(plan().resolveSibling("observations.csv")));
    Map<String, TargetResult> r = byTarget(report);
    // 翻一番 from 2万亿元: 4万亿元; the annual amount of 2023 (3), not the Jan–Oct 2024 figure (2.7, a lower bound).
    TargetResult value = r.get("core-value-added");
    assertEquals(4, value.targetValue().getAsDouble(), 1e-12);
    assertEquals("万亿元", value.unit());
    assertEquals(3, value.value().getAsDouble(), 1e-12);
    assertEquals(Status.NEEDS_ACCELERATION, value.status());
    // 提高53个百分点 from 17%: 70%.
    assertEquals(70, r.get("ipv6-traffic-share").targetValue().getAsDouble(), 1e-12);
    assertEquals(Status.ON_TRACK, r.get("ipv6-traffic-share").status());
    // per 10,000 people, and a province below the country
    assertEquals("个/万人", r.get("base-stations-5g-per-10k").unit());
    assertEquals(Status.ACHIEVED, r.get("base-stations-5g-per-10k").status());
    assertEquals(RegionCode.of("330000"), r.get("zhejiang-base-stations-5g-per-10k").region());
    // 30000 Gbps is 30 Tbps
    assertEquals(30, r.get("international-bandwidth").value().getAsDouble(), 1e-12);
    assertEquals(0, report.rejected().size());
    // roll-ups by the plan's own pillars, in its order, cross-cutting classes after them
    List<RollUp> pillars = report.rollUps().stream().filter(u -> u.dimension() == RollUpDimension.PILLAR)
        .collect(Collectors.toList());
    assertEquals(List.of("网络基础设施", "数字经济核心产业", "发展目标"), pillars.stream().map(RollUp::labelZh)
        .collect(Collectors.toList()));
  }

  @Test
  void theIllustrativePlansReportsSayNothingOfJiangsu() throws Exception {
    Catalog c = Catalog.load(plan());
    EvaluationReport report = Evaluator.of(c.data()).asOf(AS_OF)
        .evaluate(ObservationSource.csv(plan().resolveSibling("observations.csv")));
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      for (ReportFormat format : List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML)) {
        String out = Written.all(report, c.data(), format, locale);
        for (String word : List.of("江苏", "Jiangsu", "设区市", "文号不详", "苏政办发")) {
          assertFalse(out.contains(word), word);
        }
        assertTrue(out.contains(locale == Locale.ENGLISH ? "An illustrative national digital economy plan"
            : "“十四五”数字经济发展示例规划"));
      }
    }
  }

  @Test
  void theWorkedExampleOfTheDocsValidatesAndEvaluatesAsTheDocsSay() throws Exception {
    String docs = Files.readString(Path.of("..", "docs", "catalog-format.md"));
    String section = docs.substring(docs.indexOf("### A worked example"));
    String json = section.substring(section.indexOf("```json") + 7, section.indexOf("```", section.indexOf("```json") + 7));
    String csv = section.substring(section.indexOf("INDICATOR,"), section.indexOf("```", section.indexOf("INDICATOR,")));
    Catalog c = Catalog.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    EvaluationReport report = Evaluator.of(c.data()).asOf(LocalDate.of(2024, 1, 1))
        .evaluate(ObservationSource.csv(new StringReader(csv), "figures.csv"));
    TargetResult r = report.results().get(0);
    assertEquals(17, r.value().getAsDouble(), 1e-12);
    assertEquals(12.0 / 21, r.attainment().getAsDouble(), 1e-12);
    assertEquals(Status.ON_TRACK, r.status());
    assertTrue(section.contains("57% of the gap closed with 60% of the time gone, ON_TRACK"));
  }
}
