package io.github.newinfra.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegionRegistryTest {
  private static final RegionRegistry REGISTRY = RegionRegistry.gbt2260();

  private static Region region(String code) {
    return REGISTRY.region(RegionCode.of(code)).orElseThrow(() -> new AssertionError(code + " is not registered"));
  }

  @Test
  void holdsTheCountryItsProvincesAndTheirPrefectureLevelCities() {
    Map<RegionLevel, Long> counts = REGISTRY.regions().stream()
        .collect(Collectors.groupingBy(Region::level, Collectors.counting()));
    assertEquals(Map.of(RegionLevel.COUNTRY, 1L, RegionLevel.PROVINCE, 31L, RegionLevel.PREFECTURE_CITY, 333L), counts);
    assertEquals(RegionLevel.COUNTRY, region("100000").level());
    assertEquals(31, REGISTRY.children(RegionCode.CHINA).size());
    assertEquals(13, REGISTRY.children(RegionCode.JIANGSU).size());
    assertEquals(11, REGISTRY.children(RegionCode.of("330000")).size());
    assertTrue(REGISTRY.children(RegionCode.of("110000")).isEmpty(), "a municipality has no prefecture-level city");
    assertSame(REGISTRY, RegionRegistry.gbt2260());
  }

  @Test
  void everyCodeAndNameIsUniqueAndEveryParentIsOneLevelUp() {
    Set<String> zh = new HashSet<>();
    Set<String> en = new HashSet<>();
    for (Region r : REGISTRY.regions()) {
      assertTrue(zh.add(r.nameZh()), r.nameZh());
      assertTrue(en.add(r.nameEn()), r.nameEn());
      r.parent().ifPresent(p -> assertEquals(r.level().ordinal() - 1, region(p.value()).level().ordinal(), r.code()
          + " under " + p));
      assertEquals(r.level() == RegionLevel.COUNTRY, r.parent().isEmpty(), r.code().value());
    }
  }

  /** Facts checked against the Ministry of Civil Affairs' 2023 list (see the resource's README). */
  @Test
  void agreesWithTheMinistryOfCivilAffairs2023ListOnASample() {
    Map<String, String> sample = Map.ofEntries(Map.entry("130100", "石家庄市"), Map.entry("152200", "兴安盟"),
        Map.entry("222400", "延边朝鲜族自治州"), Map.entry("232700", "大兴安岭地区"), Map.entry("320800", "淮安市"),
        Map.entry("341500", "六安市"), Map.entry("371300", "临沂市"), Map.entry("441900", "东莞市"),
        Map.entry("442000", "中山市"), Map.entry("460400", "儋州市"), Map.entry("513300", "甘孜藏族自治州"),
        Map.entry("540600", "那曲市"), Map.entry("542500", "阿里地区"), Map.entry("620200", "嘉峪关市"),
        Map.entry("630200", "海东市"), Map.entry("650400", "吐鲁番市"), Map.entry("650500", "哈密市"),
        Map.entry("654300", "阿勒泰地区"), Map.entry("450000", "广西壮族自治区"), Map.entry("500000", "重庆市"));
    sample.forEach((code, name) -> assertEquals(name, region(code).nameZh(), code));
    assertTrue(REGISTRY.region(RegionCode.of("371200")).isEmpty(), "莱芜市 was merged into 济南市 in 2019");
    assertTrue(REGISTRY.region(RegionCode.of("429004")).isEmpty(), "仙桃市 is county-level");
  }

  @Test
  void keepsJiangsuAsTheBuiltInCatalogNamesIt() {
    assertEquals("Jiangsu", region("320000").nameEn());
    assertEquals("Huai'an", region("320800").nameEn());
    assertEquals(List.of("320100", "320200", "320300", "320400", "320500", "320600", "320700", "320800", "320900",
        "321000", "321100", "321200", "321300"), REGISTRY.children(RegionCode.JIANGSU).stream()
        .map(r -> r.code().value()).toList());
  }

  private static final DocumentId DOC = DocumentId.of("plan2030");

  private static CatalogData withTargetIn(String region, Region... own) {
    MeasureId m = MeasureId.of("plan2030/1");
    return CatalogData.builder().addRegions(own)
        .addTargets(Target.builder().id(FactId.of("plan2030/target/t")).measure(m).region(RegionCode.of(region))
            .comparator(Comparator.QUALITATIVE).dueYear(2030).source(SourceRef.of(DOC, m.section(), "q")).build())
        .build();
  }

  @Test
  void completingACatalogAddsTheRegionsItNamesTheirChildrenAndTheirAncestors() {
    CatalogData zhejiang = RegionRegistry.gbt2260().complete(withTargetIn("330000"));
    assertEquals(13, zhejiang.regions().size(), "Zhejiang, its 11 cities and the country");
    assertEquals("100000", zhejiang.regions().get(0).code().value());
    CatalogData national = RegionRegistry.gbt2260().complete(withTargetIn("100000"));
    assertEquals(365, national.regions().size());
    Region county = Region.builder().code(RegionCode.of("330106")).nameZh("西湖区").nameEn("Xihu")
        .level(RegionLevel.COUNTY).parent(RegionCode.of("330100")).build();
    CatalogData withCounty = RegionRegistry.gbt2260().complete(withTargetIn("330106", county));
    assertEquals(List.of("330106", "100000", "330000", "330100"),
        withCounty.regions().stream().map(r -> r.code().value()).toList(),
        "the county's city and its ancestors, not the city's siblings");
  }

  @Test
  void aCatalogsOwnRegionsWinAndNeedNothingMore() {
    Region js = Region.builder().code(RegionCode.JIANGSU).nameZh("江苏省").nameEn("Jiangsu")
        .level(RegionLevel.PROVINCE).build();
    CatalogData own = withTargetIn("320000", js);
    CatalogData completed = RegionRegistry.gbt2260().complete(own);
    assertEquals(14, completed.regions().size());
    assertSame(js, completed.regions().get(0));
    CatalogData all = CatalogData.builder().from(completed).build();
    assertSame(all, RegionRegistry.gbt2260().complete(all));
  }

  @Test
  void regionsCheckWhatTheyCanAlone() {
    assertThrows(InvalidValueException.class, () -> Region.builder().code(RegionCode.of("100000")).nameZh("中国")
        .nameEn("China").level(RegionLevel.PROVINCE).build());
    assertThrows(InvalidValueException.class, () -> Region.builder().code(RegionCode.of("320100")).nameZh("南京市")
        .nameEn("Nanjing").level(RegionLevel.PREFECTURE_CITY).build());
    assertThrows(InvalidValueException.class, () -> Region.builder().code(RegionCode.of("320100")).nameZh("南京市")
        .nameEn("Nanjing").level(RegionLevel.PREFECTURE_CITY).parent(RegionCode.of("320100")).build());
    Region js = Region.builder().code(RegionCode.JIANGSU).nameZh("江苏省").nameEn("Jiangsu").level(RegionLevel.PROVINCE)
        .parent(RegionCode.CHINA).build();
    assertEquals(RegionCode.CHINA, js.parent().orElseThrow());
    assertFalse(RegionCode.CHINA.isProvince());
    assertTrue(RegionCode.CHINA.isCountry());
  }
}
