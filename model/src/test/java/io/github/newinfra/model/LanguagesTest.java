package io.github.newinfra.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A fact's name, title or description in the reader's language: Chinese for zh, English otherwise. */
class LanguagesTest {
  private static final Region WUXI = Region.builder().code(RegionCode.of("320200")).nameZh("无锡市").nameEn("Wuxi")
      .level(RegionLevel.PREFECTURE_CITY).parent(RegionCode.JIANGSU).build();
  private static final MeasureId MEASURE = MeasureId.of("plan2021/4/2/2");

  private static Target.Builder target() {
    return Target.builder().id(FactId.of("plan2021/target/rsu-roads")).measure(MEASURE)
        .indicator(IndicatorId.of("rsu_road_length")).comparator(Comparator.AT_LEAST)
        .value(Quantity.parse("2000公里")).dueYear(2025).region(RegionCode.JIANGSU)
        .source(SourceRef.of(DocumentId.of("plan2021"), MEASURE.section(), "部署 RSU 车联网道路 2000 公里"));
  }

  @Test
  void aNameIsChineseForEveryChineseLocaleAndEnglishForAnyOther() {
    assertEquals("无锡市", WUXI.name(Locale.SIMPLIFIED_CHINESE));
    assertEquals("无锡市", WUXI.name(Locale.TRADITIONAL_CHINESE));
    assertEquals("无锡市", WUXI.name(Locale.CHINESE));
    assertEquals("Wuxi", WUXI.name(Locale.ENGLISH));
    assertEquals("Wuxi", WUXI.name(Locale.GERMAN));
  }

  @Test
  void aDescriptionFallsBackToTheOtherLanguageAndIsEmptyOnlyWithoutEither() {
    Target both = target().descriptionZh("部署车联网道路2000公里").descriptionEn("2,000 km of connected roads").build();
    assertEquals(Optional.of("部署车联网道路2000公里"), both.description(Locale.SIMPLIFIED_CHINESE));
    assertEquals(Optional.of("2,000 km of connected roads"), both.description(Locale.ENGLISH));
    Target chineseOnly = target().descriptionZh("部署车联网道路2000公里").build();
    assertEquals(Optional.of("部署车联网道路2000公里"), chineseOnly.description(Locale.ENGLISH));
    Target englishOnly = target().descriptionEn("2,000 km of connected roads").build();
    assertEquals(Optional.of("2,000 km of connected roads"), englishOnly.description(Locale.SIMPLIFIED_CHINESE));
    assertEquals(Optional.empty(), target().build().description(Locale.ENGLISH));
  }

  @Test
  void aTitleWithoutEnglishIsReadInChineseByEveryone() {
    Section section = Section.builder().id(SectionId.of("plan2021/4/2")).document(DocumentId.of("plan2021"))
        .parent(SectionId.of("plan2021/4"))
        .kind(SectionKind.CHAPTER).label("（二）").titleZh("融合基础设施").build();
    assertEquals("融合基础设施", section.title(Locale.ENGLISH));
    assertEquals("融合基础设施", section.title(Locale.SIMPLIFIED_CHINESE));
  }
}
