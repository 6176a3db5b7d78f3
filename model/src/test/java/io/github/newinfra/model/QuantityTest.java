package io.github.newinfra.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

class QuantityTest {
  @Test
  void parsesTenThousandsWithClassifier() {
    Quantity q = Quantity.parse("7.1万座");
    assertEquals(new BigDecimal("7.1"), q.value());
    assertEquals(Unit.of("座", 4), q.unit());
    assertEquals(Dimension.COUNT, q.dimension());
    assertEquals(new BigDecimal("71000"), q.toBaseValue());
    assertEquals("7.1万座", q.toString());
  }

  @Test
  void parsesHundredMillionYuan() {
    Quantity q = Quantity.parse("120亿元");
    assertEquals(Unit.of("元", 8), q.unit());
    assertEquals(new BigDecimal("12000000000"), q.toBaseValue());
  }

  @Test
  void parsesTheSpacedFormsThePlanWrites() {
    assertEquals(Quantity.parse("7.1万座"), Quantity.parse("7.1 万座"));
    assertEquals(Quantity.parse("2000公里"), Quantity.parse(" 2000 公里 "));
  }

  @Test
  void readsMegabitsWrittenInFull() {
    Quantity q = Quantity.parse("1000Mbps");
    assertEquals(Dimension.DATA_RATE, q.dimension());
    assertEquals(q, Quantity.parse("1000兆"));
    assertEquals(new BigDecimal("1"), q.to(Unit.of("Gbps")).value());
  }

  @Test
  void rejectsTheBareMWithBothReadings() {
    // M is the metre's UNIT_MEASURE code, yet the plan writes "1000M" for 1000 Mbps: neither reading is safe.
    TextParseException e = assertThrows(TextParseException.class, () -> Quantity.parse("1000M"));
    assertTrue(e.getMessage().contains("metre") && e.getMessage().contains("megabits per second"), e.getMessage());
    assertTrue(e.getMessage().contains("1000M"), e.getMessage());
    assertEquals(4, e.errorIndex());
  }

  @Test
  void namesTheUnknownUnitAndListsTheKnownSymbolsCleanly() {
    TextParseException e = assertThrows(TextParseException.class, () -> Quantity.parse("5斤"));
    assertTrue(e.getMessage().startsWith("Cannot parse quantity '5斤': unit '斤' after the number: "), e.getMessage());
    assertTrue(e.getMessage().contains("个, 座") && e.getMessage().contains("公里 or km"), e.getMessage());
    assertFalse(e.getMessage().contains("[") || e.getMessage().contains("Cannot parse unit"), e.getMessage());
  }

  @Test
  void readsABareMagnitudeAsACount() {
    Quantity q = Quantity.parse("1.5亿");
    assertEquals(Dimension.COUNT, q.dimension());
    assertTrue(q.unit().classifier().isEmpty());
    assertEquals(new BigDecimal("150000000"), q.toBaseValue());
  }

  @Test
  void normalisesTrailingZerosSoEqualAmountsAreEqual() {
    assertEquals(Quantity.parse("7.10万座"), Quantity.parse("7.1万座"));
    assertEquals("120亿元", Quantity.parse("120.00亿元").toString());
  }

  @Test
  void convertsExactlyWithinADimension() {
    assertEquals(Quantity.parse("71000座"), Quantity.parse("7.1万座").to(Unit.of("座")));
    assertEquals(Quantity.parse("5.2万个"), Quantity.parse("52000座").to(Unit.parse("万个")));
    assertEquals(Quantity.parse("770000米"), Quantity.parse("770公里").to(Unit.of("米")));
    assertTrue(Quantity.parse("5.2万个").isEquivalentTo(Quantity.parse("52000座")));
    assertFalse(Quantity.parse("5.2万个").equals(Quantity.parse("52000座")));
  }

  @Test
  void refusesToConvertAcrossDimensionsAndSaysWhich() {
    UnitConversionException e =
        assertThrows(UnitConversionException.class, () -> Quantity.parse("2000公里").to(Unit.of("元")));
    assertTrue(e.getMessage().contains("a length") && e.getMessage().contains("an amount of money"), e.getMessage());
    UnitConversionException per =
        assertThrows(UnitConversionException.class, () -> Quantity.parse("26个/万人").to(Unit.parse("个/户")));
    assertTrue(per.getMessage().contains("a count per 人") && per.getMessage().contains("a count per 户"),
        per.getMessage());
  }

  @Test
  void convertsExactlyPerSomething() {
    assertEquals(Quantity.parse("0.0026个/人"), Quantity.parse("26个/万人").to(Unit.parse("个/人")));
    assertEquals(Quantity.parse("125000元/人年"), Quantity.parse("12.5万元/人年").to(Unit.parse("元/人年")));
    assertEquals(Quantity.parse("3‰"), Quantity.parse("0.3%").to(Unit.of("‰")));
    assertEquals(Quantity.parse("40000Gbps"), Quantity.parse("40Tbps").to(Unit.of("Gbps")));
    assertTrue(Quantity.parse("26个/万人").isEquivalentTo(Quantity.parse("0.26个/百人")));
    assertTrue(Quantity.parse("26个/万人").compareTo(Quantity.parse("0.2个/百人")) > 0);
    assertEquals("26个/万人", Quantity.parse("26个/万人").toString());
  }

  @Test
  void comparesAcrossMagnitudes() {
    assertTrue(Quantity.parse("7.1万座").compareTo(Quantity.parse("52000个")) > 0);
    assertThrows(UnitConversionException.class, () -> Quantity.parse("1%").compareTo(Quantity.parse("1个")));
  }

  @Test
  void rejectsMalformedTextWithATypedErrorNamingTheText() {
    TextParseException e = assertThrows(TextParseException.class, () -> Quantity.parse("7.1万X"));
    assertTrue(e.getMessage().contains("7.1万X"), e.getMessage());
    assertEquals("7.1万X", e.text());
    assertThrows(TextParseException.class, () -> Quantity.parse("1,000个"));
    assertThrows(TextParseException.class, () -> Quantity.parse("万座"));
    assertThrows(TextParseException.class, () -> Quantity.parse(null));
  }

  @Test
  void rejectsNullParts() {
    assertThrows(InvalidValueException.class, () -> Quantity.of((BigDecimal) null, Unit.of("个")));
    assertThrows(InvalidValueException.class, () -> Quantity.of("x", Unit.of("个")));
  }

  @Test
  void aTextOfExactlyTheLongestLengthIsReadAndOneCharacterMoreIsNot() {
    // 63 digits and a classifier: 64 characters, MAX_TEXT_LENGTH.
    String number = "1" + "0".repeat(62);
    assertEquals(Quantity.MAX_TEXT_LENGTH, (number + "个").length());
    assertEquals(new BigDecimal(number), Quantity.parse(number + "个").value());
    assertThrows(TextParseException.class, () -> Quantity.parse(number + "0个"));
    // Quantity.of reads the number alone: 64 digits pass, 65 do not.
    String longest = number + "0";
    assertEquals(new BigDecimal(longest), Quantity.of(longest, Unit.of("个")).value());
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Quantity.of(longest + "0", Unit.of("个")));
    assertTrue(e.getMessage().contains("longer than 64 characters"), e.getMessage());
  }

  @Test
  void ofBuildsTheQuantityParseReads() {
    assertEquals(Quantity.parse("7.1万座"), Quantity.of(new BigDecimal("7.10"), Unit.parse("万座")));
    assertEquals(Quantity.parse("7.1万座"), Quantity.of("7.100", Unit.parse("万座")));
    assertEquals("7.1万座", Quantity.of("7.100", Unit.parse("万座")).toString());
  }

  @Test
  void quantitiesOfAnotherAmountOrDimensionAreNotEquivalent() {
    assertFalse(Quantity.parse("1万座").isEquivalentTo(Quantity.parse("1000座")));
    // The same base amount, 1, in two dimensions.
    assertFalse(Quantity.parse("1%").isEquivalentTo(Quantity.parse("1个")));
    assertTrue(Quantity.parse("0.1万个").isEquivalentTo(Quantity.parse("1000座")));
  }

  @Test
  void aFailedConversionNamesBothUnitsAndDimensions() {
    assertEquals("Cannot convert 2000公里 to '元': '公里' is a length, '元' is an amount of money",
        assertThrows(UnitConversionException.class, () -> Quantity.parse("2000公里").to(Unit.of("元"))).getMessage());
    assertEquals("Cannot convert 5 to '元': a bare count is a count, '元' is an amount of money",
        assertThrows(UnitConversionException.class, () -> Quantity.parse("5").to(Unit.of("元"))).getMessage());
  }

  @Test
  void equalQuantitiesHaveEqualHashCodesAndTheseDistinctOnesDistinctCodes() {
    assertEquals(Quantity.parse("7.10万座").hashCode(), Quantity.parse("7.1万座").hashCode());
    List<Quantity> distinct = List.of(Quantity.parse("1座"), Quantity.parse("0.1座"), Quantity.parse("2座"),
        Quantity.parse("10座"), Quantity.parse("1个"), Quantity.parse("1万座"), Quantity.parse("1公里"));
    Set<Integer> codes = new HashSet<>();
    for (Quantity q : distinct) {
      codes.add(q.hashCode());
    }
    assertEquals(distinct.size(), codes.size(), "hash codes of " + distinct);
    assertNotEquals(Quantity.parse("1座"), "1座");
  }
}
