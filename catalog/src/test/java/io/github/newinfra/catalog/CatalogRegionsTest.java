package io.github.newinfra.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newinfra.model.Region;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.RegionLevel;
import io.github.newinfra.model.json.ModelJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Scope: the region registry, the levels from the country to counties, and no default region. */
class CatalogRegionsTest {
  private static final ObjectMapper MAPPER = ModelJson.newMapper();

  /** A one-document catalog with one qualitative target for Jiangsu and Jiangsu as its only region. */
  private static ObjectNode minimal() throws IOException {
    return (ObjectNode) MAPPER.readTree(LoadCostProbe.catalog("b", new String[] {"b"}, null));
  }

  private static List<Problem> problems(ObjectNode tree) throws IOException {
    return LoadedProblems.of(tree);
  }

  private static Catalog load(ObjectNode tree) throws IOException {
    return Catalog.load(new ByteArrayInputStream(MAPPER.writeValueAsBytes(tree)));
  }

  private static ObjectNode target(ObjectNode tree) {
    return (ObjectNode) tree.withArray("targets").get(0);
  }

  @Test
  void aCatalogNamesRegistryRegionsByCodeWithoutDefiningThem() throws IOException {
    ObjectNode tree = minimal();
    tree.remove("regions");
    target(tree).put("region", "330000");
    Catalog c = load(tree);
    assertEquals("浙江省", c.region(RegionCode.of("330000")).orElseThrow().nameZh());
    assertEquals(11, c.regions().stream().filter(r -> r.parent().equals(java.util.Optional.of(RegionCode.of("330000"))))
        .count(), "Zhejiang's cities come with it, for sums over cities");
    assertEquals(RegionLevel.COUNTRY, c.region(RegionCode.CHINA).orElseThrow().level());
  }

  @Test
  void aNationalTargetValidatesAndTheCountryIsNotAProvince() throws IOException {
    ObjectNode tree = minimal();
    target(tree).put("region", "100000");
    assertEquals(List.of(), problems(tree));
    tree.withArray("regions").addObject().put("code", "100000").put("nameZh", "中国").put("nameEn", "China")
        .put("level", "PROVINCE");
    List<Problem> problems = problems(tree);
    assertEquals(List.of("$.regions[1]"), problems.stream().map(Problem::path).collect(Collectors.toList()));
    assertTrue(problems.get(0).message().contains("100000 is the country's"), problems.get(0).message());
  }

  @Test
  void aRestatedRegistryRegionKeepsItsLevelAndParent() throws IOException {
    ObjectNode tree = minimal();
    tree.withArray("regions").addObject().put("code", "320100").put("nameZh", "南京市").put("nameEn", "Nanjing")
        .put("level", "PREFECTURE_CITY").put("parent", "330000");
    tree.withArray("regions").addObject().put("code", "330100").put("nameZh", "杭州市").put("nameEn", "Hangzhou")
        .put("level", "COUNTY").put("parent", "330000");
    List<Problem> problems = problems(tree);
    assertEquals(List.of("$.regions[1].parent", "$.regions[2].level"), problems.stream().map(Problem::path)
        .collect(Collectors.toList()), problems.toString());
    assertTrue(problems.get(0).message().contains("lies in 320000 in GB/T 2260"), problems.get(0).message());
    assertTrue(problems.get(1).message().contains("is 杭州市, a prefecture-level city in GB/T 2260 (the region "
        + "registry), not a county"), problems.get(1).message());
  }

  @Test
  void aCountyLiesInACityOrAProvinceAndItsParentIsOneLevelUp() throws IOException {
    ObjectNode tree = minimal();
    tree.withArray("regions").addObject().put("code", "320102").put("nameZh", "玄武区").put("nameEn", "Xuanwu")
        .put("level", "COUNTY").put("parent", "320100");
    tree.withArray("regions").addObject().put("code", "110101").put("nameZh", "东城区").put("nameEn", "Dongcheng")
        .put("level", "COUNTY").put("parent", "110000");
    tree.withArray("regions").addObject().put("code", "419001").put("nameZh", "济源市").put("nameEn", "Jiyuan")
        .put("level", "COUNTY").put("parent", "100000");
    target(tree).put("region", "320102");
    List<Problem> problems = problems(tree);
    assertEquals(List.of("$.regions[3].parent"), problems.stream().map(Problem::path).collect(Collectors.toList()));
    assertTrue(problems.get(0).message().contains("a county lies in a city, or in a province"),
        problems.get(0).message());
    ((ObjectNode) tree.withArray("regions").get(3)).put("parent", "410000");
    Catalog c = load(tree);
    Region xuanwu = c.region(RegionCode.of("320102")).orElseThrow();
    assertEquals(RegionLevel.COUNTY, xuanwu.level());
  }

  @Test
  void anOmittedTargetRegionIsAnErrorNamingTheFieldNotJiangsu() throws IOException {
    ObjectNode tree = minimal();
    target(tree).remove("region");
    List<Problem> problems = problems(tree);
    assertEquals(List.of("$.targets[0]"), problems.stream().map(Problem::path).collect(Collectors.toList()));
    Problem p = problems.get(0);
    assertEquals(ProblemType.MALFORMED, p.type());
    assertTrue(p.message().startsWith("missing required field region: the GB/T 2260 code"), p.message());
    assertTrue(!p.message().contains("does not exist"), p.message());
  }
}
