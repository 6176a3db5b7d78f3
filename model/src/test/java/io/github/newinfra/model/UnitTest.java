package io.github.newinfra.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashSet;
import java.util.Set;

class UnitTest {
  @Test
  void magnitudesAreSdmxUnitMult() {
    assertEquals(4, Unit.parse("万座").unitMult());
    assertEquals(8, Unit.parse("亿元").unitMult());
    assertEquals(12, Unit.parse("万亿元").unitMult());
    assertEquals(7, Unit.parse("千万个").unitMult());
    assertEquals(0, Unit.parse("公里").unitMult());
  }

  @Test
  void aWholeSymbolWinsOverMagnitudePlusSymbol() {
    assertEquals(Unit.of("Mbps"), Unit.parse("兆"));
    assertEquals(Unit.of("Mbps", 4), Unit.parse("万兆"));
    assertEquals(3, Unit.parse("千元").unitMult());
  }

  @Test
  void kilometreWrittenAsThousandMetresIsAnEquivalentUnit() {
    assertEquals(Unit.of("米", 3), Unit.parse("千米"));
    assertEquals(Unit.parse("千米").baseExponent(), Unit.of("公里").baseExponent());
  }

  @Test
  void classifiersAreCountsThatConvertToEachOther() {
    assertEquals(Dimension.COUNT, Unit.of("家").dimension());
    assertEquals("家", Unit.of("家").classifier().orElseThrow());
    assertTrue(Unit.of("家").isConvertibleTo(Unit.of("座")));
    assertTrue(Unit.of("公里").classifier().isEmpty());
  }

  @Test
  void mapsSdmxCodesBothWays() {
    assertEquals(Unit.of("元", 8), Unit.fromCode("CNY", 8));
    assertEquals(Unit.of("%"), Unit.fromCode("PERCENT", 0));
    assertEquals(Unit.of(""), Unit.fromCode("NUMBER", 0));
    assertEquals("KM", Unit.of("公里").code());
    assertEquals(Unit.of("座", 4), Unit.fromCode("座", 4));
  }

  @Test
  void mIsTheMetreAsACodeAndAmbiguousAsASymbol() {
    assertEquals(Unit.of("米"), Unit.fromCode("M", 0));
    assertEquals(Dimension.LENGTH, Unit.fromCode("M", 3).dimension());
    assertEquals(Unit.of("公里").baseExponent(), Unit.fromCode("M", 3).baseExponent());
    assertEquals(Unit.of("Mbps"), Unit.fromCode("MBPS", 0));
    assertEquals(Unit.of("米"), Unit.of("m"));
    assertEquals("M", Unit.of("米").code());
    for (String written : new String[] {"M", "万M", " M "}) {
      TextParseException e = assertThrows(TextParseException.class, () -> Unit.parse(written));
      assertTrue(e.getMessage().contains("metre") && e.getMessage().contains("megabits per second")
          && e.getMessage().contains("Mbps") && e.getMessage().contains("米"), e.getMessage());
    }
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Unit.of("M"));
    assertTrue(e.getMessage().contains("metre") && e.getMessage().contains("megabits per second"), e.getMessage());
  }

  @Test
  void listsTheKnownSymbolsReadably() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Unit.of("斤"));
    assertTrue(e.getMessage().contains("个, 座, 家") && e.getMessage().contains("no symbol for a bare count")
        && e.getMessage().contains("Mbps or 兆"), e.getMessage());
    assertFalse(e.getMessage().contains("[,") || e.getMessage().contains("[]"), e.getMessage());
    TextParseException p = assertThrows(TextParseException.class, () -> Unit.parse("万斤"));
    assertFalse(p.getMessage().contains("[,"), p.getMessage());
    assertTrue(p.getMessage().contains("米 or m"), p.getMessage());
  }

  @Test
  void rejectsUnknownSymbolsAndMagnitudesOutOfRange() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Unit.of("斤"));
    assertTrue(e.getMessage().contains("斤"), e.getMessage());
    assertThrows(InvalidValueException.class, () -> Unit.of("个", 13));
    assertThrows(InvalidValueException.class, () -> Unit.fromCode("CNY", -1));
    assertThrows(TextParseException.class, () -> Unit.parse("万斤"));
  }

  @Test
  void aUnitPerSomethingHasANumeratorAndADenominatorWithItsOwnMagnitude() {
    Unit patents = Unit.parse("件/万人");
    assertEquals(Dimension.INTENSITY, patents.dimension());
    assertEquals(Unit.of("件"), patents.numerator());
    assertEquals("万人", patents.denominator().orElseThrow());
    assertEquals(0, patents.unitMult());
    assertEquals(-4, patents.baseExponent());
    assertEquals("件/万人", patents.toString());
    assertEquals(Unit.parse("万元/人年"), Unit.parse("万元/人年"));
    assertEquals(4, Unit.parse("万元/人年").unitMult());
    assertEquals("人年", Unit.parse("元/人年").denominator().orElseThrow());
    assertTrue(Unit.of("").denominator().isEmpty());
    assertEquals(Unit.of("座"), Unit.of("座").numerator());
  }

  @Test
  void perTenThousandPeopleIsWrittenWithOrWithoutAClassifierAndWithAFullWidthSlash() {
    assertEquals(Unit.parse("/万人"), Unit.parse("/万人口"));
    assertEquals(Unit.parse("件/万人"), Unit.parse("件／万人"));
    assertEquals("/万人", Unit.parse(" /万人口 ").toString());
    assertEquals(Unit.parse("户/百人"), Unit.of("户/百人"));
  }

  @Test
  void unitMeasureCodesPerSomethingReadBack() {
    assertEquals("NUMBER/万人", Unit.parse("件/万人").code());
    assertEquals(Unit.parse("/万人"), Unit.fromCode("NUMBER/万人", 0));
    assertEquals(Unit.parse("件/万人"), Unit.fromCode("件/万人", 0));
    assertEquals(Unit.parse("亿元/人年"), Unit.fromCode("CNY/人年", 8));
  }

  @Test
  void intensitiesConvertWhenTheyCountTheSameThingsPerTheSameThings() {
    assertTrue(Unit.parse("件/万人").isConvertibleTo(Unit.parse("个/人")));
    assertTrue(Unit.parse("万元/人年").isConvertibleTo(Unit.parse("元/人年")));
    assertFalse(Unit.parse("件/万人").isConvertibleTo(Unit.parse("件/万户")));
    assertFalse(Unit.parse("件/万人").isConvertibleTo(Unit.parse("元/万人")));
    assertFalse(Unit.parse("件/万人").isConvertibleTo(Unit.parse("件")));
    assertFalse(Unit.parse("元/人").isConvertibleTo(Unit.parse("元/人年")));
    assertTrue(Unit.parse("个/公里").isConvertibleTo(Unit.parse("个/米")));
  }

  @Test
  void perMilleIsATenthOfAPercent() {
    assertEquals(Dimension.RATIO, Unit.of("‰").dimension());
    assertEquals(-1, Unit.of("‰").baseExponent());
    assertTrue(Unit.of("‰").isConvertibleTo(Unit.of("%")));
    assertEquals("PERMILLE", Unit.of("‰").code());
    assertEquals(Unit.of("‰"), Unit.fromCode("PERMILLE", 0));
  }

  @Test
  void dataRatesReachTerabitsPerSecond() {
    assertEquals(6, Unit.of("Tbps").baseExponent());
    assertEquals(Unit.of("Tbps"), Unit.parse("T"));
    assertEquals(Unit.of("Tbps"), Unit.fromCode("TBPS", 0));
  }

  @Test
  void aDenominatorThatIsNotOneIsRefusedInTheUsersTerms() {
    TextParseException e = assertThrows(TextParseException.class, () -> Unit.parse("件/万斤"));
    assertTrue(e.getMessage().contains("after '/'") && e.getMessage().contains("万人"), e.getMessage());
    assertThrows(TextParseException.class, () -> Unit.parse("件/"));
    assertThrows(TextParseException.class, () -> Unit.parse("件/%"));
    assertThrows(TextParseException.class, () -> Unit.parse("件/万人/年"));
    InvalidValueException i = assertThrows(InvalidValueException.class, () -> Unit.of("件/斤"));
    assertTrue(i.getMessage().contains("件/斤"), i.getMessage());
    assertFalse(i.getMessage().contains("Unit") || i.getMessage().contains("Exception"), i.getMessage());
  }

  @Test
  void describesWhatAUnitMeasuresInWords() {
    assertEquals("a count", Unit.of("座").description());
    assertEquals("an amount of money per 人年", Unit.parse("万元/人年").description());
    assertEquals("a share", Unit.of("‰").description());
  }

  @Test
  void unitsOfAnotherSymbolOrMagnitudeAreNotEqual() {
    assertNotEquals(Unit.of("座"), Unit.of("个"));
    assertNotEquals(Unit.of("座"), Unit.of("座", 4));
    assertNotEquals(Unit.of("座"), "座");
    assertEquals(Unit.of("公里"), Unit.parse("km"));
    assertEquals(Unit.of("座", 4), Unit.parse("万座"));
  }

  @Test
  void everyMagnitudeFromZeroToTwelveIsAcceptedAndNoOther() {
    assertEquals(0, Unit.of("个", 0).unitMult());
    assertEquals(12, Unit.of("个", 12).unitMult());
    assertThrows(InvalidValueException.class, () -> Unit.of("个", -1));
    assertEquals(0, Unit.fromCode("KM", 0).unitMult());
    assertEquals(12, Unit.fromCode("KM", 12).unitMult());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Unit.fromCode("KM", 13));
    assertEquals("Invalid UNIT_MULT 13 for unit 'KM': must be between 0 and 12", e.getMessage());
  }

  @Test
  void aParseErrorPointsAtTheAmbiguousM() {
    // "万M": the M stands at index 1.
    assertEquals(1, assertThrows(TextParseException.class, () -> Unit.parse("万M")).errorIndex());
    assertEquals(0, assertThrows(TextParseException.class, () -> Unit.parse("万斤")).errorIndex());
  }

  @Test
  void aUnitSurvivesSerialisation() throws Exception {
    Unit unit = Unit.parse("万公里");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(unit);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      Unit read = (Unit) in.readObject();
      assertEquals(unit, read);
      assertEquals(Dimension.LENGTH, read.dimension());
      assertEquals(7, read.baseExponent());
    }
  }

  @Test
  void theSymbolIsTheCanonicalOneWithoutItsMagnitude() {
    assertEquals("座", Unit.parse("万座").symbol());
    assertEquals("公里", Unit.parse("km").symbol());
    assertEquals("", Unit.parse("亿").symbol());
  }

  @Test
  void withUnitMultChangesTheMagnitudeOnly() {
    Unit seats = Unit.of("座");
    assertEquals(Unit.parse("万座"), seats.withUnitMult(4));
    assertSame(seats, seats.withUnitMult(0));
    assertThrows(InvalidValueException.class, () -> seats.withUnitMult(13));
  }

  @Test
  void everyUnitHasItsOwnHashCode() {
    // Every canonical symbol at every magnitude: distinct units, distinct codes; equal units, equal codes.
    Set<Unit> units = new HashSet<>();
    Set<Integer> codes = new HashSet<>();
    for (String symbol : new String[] {"", "米", "公里", "元", "%", "Kbps", "Mbps", "Gbps", "年"}) {
      for (int mult = 0; mult <= Unit.MAX_UNIT_MULT; mult++) {
        units.add(Unit.of(symbol, mult));
        codes.add(Unit.of(symbol, mult).hashCode());
      }
    }
    for (int i = 0; i < Unit.CLASSIFIERS.length(); i++) {
      for (int mult = 0; mult <= Unit.MAX_UNIT_MULT; mult++) {
        Unit u = Unit.of(Unit.CLASSIFIERS.substring(i, i + 1), mult);
        units.add(u);
        codes.add(u.hashCode());
      }
    }
    assertEquals(units.size(), codes.size());
    assertEquals(Unit.parse("km").hashCode(), Unit.of("公里").hashCode());
  }
}
