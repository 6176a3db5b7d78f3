package io.github.newinfra.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TargetTest {
  private static final MeasureId MEASURE = MeasureId.of("plan2021/4/2/2");
  private static final SourceRef SOURCE =
      SourceRef.of(DocumentId.of("plan2021"), MEASURE.section(), "部署 RSU 车联网道路 2000 公里");

  private static Target.Builder rsu() {
    return Target.builder().id(FactId.of("plan2021/target/rsu-roads")).measure(MEASURE)
        .indicator(IndicatorId.of("rsu_road_length")).comparator(Comparator.AT_LEAST)
        .value(Quantity.parse("2000公里")).dueYear(2025).source(SOURCE).region(RegionCode.JIANGSU);
  }

  @Test
  void buildsAValidTargetWithDefaultsButNoDefaultRegion() {
    Target t = rsu().build();
    assertEquals(RegionCode.JIANGSU, t.region());
    IllegalStateException noRegion = assertThrows(IllegalStateException.class, () -> Target.builder()
        .id(FactId.of("plan2021/target/x")).measure(MEASURE).comparator(Comparator.QUALITATIVE).dueYear(2025)
        .source(SOURCE).build());
    assertTrue(noRegion.getMessage().contains("region"), "a target's region has no default: " + noRegion.getMessage());
    assertEquals(Quantity.parse("2000公里"), t.referenceValue().orElseThrow());
    assertEquals(false, t.basically());
  }

  @Test
  void coverageMeansOneHundredPercent() {
    Target t = rsu().comparator(Comparator.COVERAGE).value(java.util.Optional.empty()).basically(true).build();
    assertEquals(Quantity.parse("100%"), t.referenceValue().orElseThrow());
  }

  @Test
  void rejectsBetweenWithLowerAboveUpper() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> rsu().comparator(Comparator.BETWEEN)
        .value(Quantity.parse("3个")).upperValue(Quantity.parse("2个")).build());
    assertTrue(e.getMessage().contains("plan2021/target/rsu-roads") && e.getMessage().contains("greater than"),
        e.getMessage());
  }

  @Test
  void rejectsAFieldTheComparatorDoesNotTake() {
    assertThrows(InvalidValueException.class, () -> rsu().upperValue(Quantity.parse("3000公里")).build());
    assertThrows(InvalidValueException.class, () -> rsu().tolerance(new BigDecimal("0.1")).build());
    assertThrows(InvalidValueException.class, () -> rsu().basically(true).build());
    assertThrows(InvalidValueException.class, () -> rsu().comparator(Comparator.APPROXIMATELY).build());
    assertThrows(InvalidValueException.class,
        () -> rsu().comparator(Comparator.APPROXIMATELY).tolerance(new BigDecimal("1.5")).build());
  }

  @Test
  void rejectsABaselineAfterTheDueYearOrOfAnotherDimension() {
    assertThrows(InvalidValueException.class, () -> rsu().baseline(
        Baseline.builder().value(Quantity.parse("770公里")).period(Period.ofYear(2026)).build()).build());
    assertThrows(InvalidValueException.class, () -> rsu().baseline(
        Baseline.builder().value(Quantity.parse("770个")).period(Period.ofYear(2020)).build()).build());
  }

  @Test
  void rejectsAnIdOfAnotherKindOrDocument() {
    assertThrows(InvalidValueException.class, () -> rsu().id(FactId.of("plan2021/reported/rsu-roads")).build());
    assertThrows(InvalidValueException.class, () -> rsu().id(FactId.of("measures2020/target/rsu")).build());
  }

  @Test
  void rejectsMissingRequiredFieldsWithoutANullPointerFromDeepInside() {
    assertThrows(IllegalStateException.class, () -> Target.builder().build());
  }

  private static Target.Builder doubling() {
    return Target.builder().id(FactId.of("plan2021/target/sales")).measure(MEASURE).region(RegionCode.JIANGSU)
        .indicator(IndicatorId.of("online_retail_sales")).comparator(Comparator.AT_LEAST).dueYear(2025).source(SOURCE)
        .baseline(Baseline.builder().value(Quantity.parse("2万亿元")).period(Period.ofYear(2020)).build());
  }

  @Test
  void aRelativeTargetDerivesItsValueFromTheBaselineExactly() {
    Target doubled = doubling().relative(RelativeChange.builder().factor(new BigDecimal("2")).build()).build();
    assertEquals(Quantity.parse("4万亿元"), doubled.value().orElseThrow());
    assertEquals("翻一番", doubled.relative().orElseThrow().textZh());
    Target up = doubling().relative(RelativeChange.builder().percent(new BigDecimal("50")).build()).build();
    assertEquals(Quantity.parse("3万亿元"), up.value().orElseThrow());
    Target down = doubling().comparator(Comparator.AT_MOST)
        .relative(RelativeChange.builder().percent(new BigDecimal("-10")).build()).build();
    assertEquals(Quantity.parse("1.8万亿元"), down.value().orElseThrow());
    assertEquals("下降10%", down.relative().orElseThrow().textZh());
    Target points = doubling().baseline(Baseline.builder().value(Quantity.parse("60%")).period(Period.ofYear(2020))
        .build()).relative(RelativeChange.builder().points(new BigDecimal("5")).build()).build();
    assertEquals(Quantity.parse("65%"), points.value().orElseThrow());
    assertEquals("提高5个百分点", points.relative().orElseThrow().textZh());
    assertEquals(Quantity.parse("4万亿元"), doubling().relative(RelativeChange.builder().factor(new BigDecimal("2"))
        .build()).value(Quantity.parse("40000亿元")).build().value().orElseThrow().to(Unit.parse("万亿元")));
  }

  @Test
  void aRelativeTargetRejectsAValueThatIsNotDerivedAndAChangeWithoutABaseline() {
    InvalidValueException wrong = assertThrows(InvalidValueException.class, () -> doubling()
        .relative(RelativeChange.builder().factor(new BigDecimal("2")).build()).value(Quantity.parse("5万亿元")).build());
    assertTrue(wrong.getMessage().contains("differs from 4万亿元, 翻一番 of the baseline 2万亿元"), wrong.getMessage());
    InvalidValueException none = assertThrows(InvalidValueException.class, () -> doubling()
        .relative(RelativeChange.builder().factor(new BigDecimal("2")).build()).baseline(java.util.Optional.empty())
        .value(java.util.Optional.empty()).build());
    assertTrue(none.getMessage().contains("needs a baseline"), none.getMessage());
    assertThrows(InvalidValueException.class, () -> doubling().relative(RelativeChange.builder()
        .points(new BigDecimal("5")).build()).build());
    assertThrows(InvalidValueException.class, () -> RelativeChange.builder().factor(BigDecimal.ONE)
        .percent(BigDecimal.ONE).build());
  }
}
