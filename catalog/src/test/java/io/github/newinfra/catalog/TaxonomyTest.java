package io.github.newinfra.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newinfra.model.CrossCutting;
import io.github.newinfra.model.Measure;
import io.github.newinfra.model.Pillar;
import io.github.newinfra.model.PillarId;
import io.github.newinfra.model.SubArea;
import io.github.newinfra.model.SubAreaId;
import io.github.newinfra.model.json.ModelJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A plan's taxonomy is catalog data: the built-in plan declares Jiangsu's, another plan its own. */
class TaxonomyTest {
  private static final ObjectMapper MAPPER = ModelJson.newMapper();

  private static List<String> ids(List<Pillar> pillars) {
    return pillars.stream().map(p -> p.id().value()).collect(Collectors.toList());
  }

  @Test
  void theBuiltInCatalogDeclaresJiangsusPillarsSubAreasAndCrossCuttingClassesInThePlansOrder() {
    Catalog c = Catalog.builtIn();
    assertEquals(List.of("INFORMATION", "FUSION", "INNOVATION"), ids(c.pillars()));
    assertEquals(List.of("信息基础设施", "融合基础设施", "创新基础设施"), c.pillars().stream().map(Pillar::nameZh)
        .collect(Collectors.toList()));
    assertEquals(List.of("COMMUNICATION_NETWORK", "COMPUTING_POWER", "NEW_TECHNOLOGY", "INDUSTRIAL_INTERNET",
        "TRANSPORT_LOGISTICS", "ENERGY", "SOCIAL_LIVING", "ENVIRONMENT_RESOURCES", "URBAN_RURAL_GOVERNANCE",
        "GOVERNMENT_SERVICES", "STRATEGIC_SCIENCE_TECH", "REGIONAL_INNOVATION", "INDUSTRIAL_TECH_INNOVATION",
        "RESEARCH_SERVICES"), c.pillars().stream().flatMap(p -> p.subAreas().stream()).map(s -> s.id().value())
        .collect(Collectors.toList()));
    assertEquals(List.of("总体要求", "发展效能", "协同发展", "安全防护", "保障措施"), c.crossCutting().stream()
        .map(CrossCutting::nameZh).collect(Collectors.toList()));
    assertEquals("Research services", c.subArea(SubAreaId.of("RESEARCH_SERVICES")).map(SubArea::nameEn).orElseThrow());
  }

  /** A digital-economy plan's own taxonomy, with a pillar without sub-areas. */
  private static ObjectNode digitalEconomy() throws IOException {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(LoadCostProbe.catalog("b", new String[] {"b"}, null));
    ArrayNode pillars = tree.putArray("pillars");
    ObjectNode industry = pillars.addObject().put("id", "DIGITAL_INDUSTRY").put("nameZh", "数字产业化")
        .put("nameEn", "Digital industry");
    industry.putArray("subAreas").addObject().put("id", "SOFTWARE").put("nameZh", "软件").put("nameEn", "Software");
    pillars.addObject().put("id", "DATA").put("nameZh", "数据要素").put("nameEn", "Data");
    tree.putArray("crossCutting").addObject().put("id", "GOALS").put("nameZh", "发展目标").put("nameEn", "Goals");
    ObjectNode measure = (ObjectNode) tree.withArray("measures").get(0);
    measure.remove("crossCutting");
    measure.put("pillar", "DIGITAL_INDUSTRY").putArray("subAreas").add("SOFTWARE");
    return tree;
  }

  private static List<Problem> problems(ObjectNode tree) throws IOException {
    return LoadedProblems.of(tree);
  }

  @Test
  void aPlanDeclaresItsOwnTaxonomyAndItsMeasuresUseIt() throws IOException {
    ObjectNode tree = digitalEconomy();
    Catalog c = Catalog.load(new ByteArrayInputStream(MAPPER.writeValueAsBytes(tree)));
    assertEquals(List.of("DIGITAL_INDUSTRY", "DATA"), ids(c.pillars()));
    assertEquals(1, c.measures(PillarId.of("DIGITAL_INDUSTRY")).size());
    assertTrue(c.measures(PillarId.of("INFORMATION")).isEmpty(), "no built-in pillar in a plan that declares its own");
    ObjectNode measure = (ObjectNode) tree.withArray("measures").get(0);
    measure.put("pillar", "DATA").putArray("subAreas");
    assertEquals(List.of(), problems(tree), "a pillar without sub-areas takes measures without sub-areas");
  }

  @Test
  void aMeasureNamesDeclaredIdsAndSubAreasOfItsOwnPillar() throws IOException {
    ObjectNode tree = digitalEconomy();
    ObjectNode measure = (ObjectNode) tree.withArray("measures").get(0);
    measure.put("pillar", "INFORMATION");
    List<Problem> problems = problems(tree);
    assertEquals(List.of("$.measures[0].pillar"), problems.stream().map(Problem::path).collect(Collectors.toList()));
    assertTrue(problems.get(0).message().contains("pillar 'INFORMATION' is not declared: declared are DATA, "
        + "DIGITAL_INDUSTRY"), problems.get(0).message());
    measure.put("pillar", "DATA");
    problems = problems(tree);
    assertEquals(List.of("$.measures[0].subAreas[0]"), problems.stream().map(Problem::path)
        .collect(Collectors.toList()));
    assertTrue(problems.get(0).message().contains("belongs to pillar 'DIGITAL_INDUSTRY'"), problems.get(0).message());
    measure.put("pillar", "DIGITAL_INDUSTRY").putArray("subAreas");
    problems = problems(tree);
    assertEquals(List.of("$.measures[0].subAreas"), problems.stream().map(Problem::path).collect(Collectors.toList()));
    measure.remove("pillar");
    measure.remove("subAreas");
    measure.put("crossCutting", "SAFEGUARDS");
    assertEquals(List.of("$.measures[0].crossCutting"), problems(tree).stream().map(Problem::path)
        .collect(Collectors.toList()));
    tree.withArray("pillars").addObject().put("id", "DATA").put("nameZh", "数据").put("nameEn", "Data again");
    assertTrue(problems(tree).stream().anyMatch(p -> p.path().equals("$.pillars[2].id")
        && p.type() == ProblemType.DUPLICATE_ID), problems(tree).toString());
  }

  @Test
  void aCatalogInTheFormatBeforeTaxonomiesReadsWithTheBuiltInPillarsAndSaysWhatToAdd() throws IOException {
    ObjectNode tree;
    try (InputStream in = TaxonomyTest.class.getResourceAsStream("legacy/plan-format-2026.json")) {
      tree = (ObjectNode) MAPPER.readTree(in);
    }
    // As written then: its targets have no region, which is the one thing to change.
    List<Problem> problems = problems(tree);
    assertEquals(List.of("$.targets[0]", "$.targets[1]", "$.targets[2]"), problems.stream().map(Problem::path)
        .collect(Collectors.toList()));
    for (Problem p : problems) {
      assertTrue(p.message().startsWith("missing required field region: the GB/T 2260 code of the region the target "
          + "is for, e.g. \"region\": \"320000\" (earlier versions took Jiangsu"), p.message());
    }
    tree.withArray("targets").forEach(t -> ((ObjectNode) t).put("region", "320000"));
    Catalog c = Catalog.load(new ByteArrayInputStream(MAPPER.writeValueAsBytes(tree)));
    Measure m = c.measures().get(0);
    assertEquals(PillarId.of("FUSION"), m.pillar().orElseThrow());
    assertEquals("融合基础设施", c.pillar(PillarId.of("FUSION")).orElseThrow().nameZh(),
        "it declares no taxonomy, so the built-in plan's names its pillars");
    assertEquals(List.of("INFORMATION", "FUSION", "INNOVATION"), ids(c.pillars()));
  }
}
