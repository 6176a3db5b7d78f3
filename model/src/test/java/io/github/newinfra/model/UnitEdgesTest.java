package io.github.newinfra.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The edges of units per something and of magnitudes: a denominator alone ({@code /万人}), the magnitude's range at
 * both ends, a denominator of another magnitude, and where a message points in a bad unit.
 */
class UnitEdgesTest {
  @Test
  void aDenominatorAloneIsAUnitWhicheverWayItIsRead() {
    Unit parsed = Unit.parse("/万人");
    assertEquals(parsed, Unit.of("/万人", 0));
    assertEquals(parsed, Unit.fromCode("/万人", 0));
    assertEquals("/万人", parsed.toString());
  }

  @Test
  void theMagnitudeRunsFromZeroToTwelveInclusive() {
    Unit wan = Unit.parse("万个");
    assertEquals(Unit.parse("个"), wan.withUnitMult(0));
    assertEquals(12, wan.withUnitMult(Unit.MAX_UNIT_MULT).unitMult());
    assertThrows(InvalidValueException.class, () -> wan.withUnitMult(-1));
    assertThrows(InvalidValueException.class, () -> wan.withUnitMult(Unit.MAX_UNIT_MULT + 1));
  }

  @Test
  void aDenominatorsOwnUnitScalesTheConversion() {
    // 1 元 per 米 is 1000 元 per 公里: the denominator's 10^3 divides.
    assertEquals(1000, Quantity.parse("1元/米").to(Unit.parse("元/公里")).value().doubleValue(), 1e-9);
  }

  @Test
  void aBadDenominatorIsPointedAtWhereItStarts() {
    TextParseException e = assertThrows(TextParseException.class, () -> Unit.parse("件/万斤"));
    assertEquals(2, e.errorIndex());
    assertTrue(e.getMessage().startsWith("Cannot parse unit '件/万斤': "), e.getMessage());
  }

  private static String reason(TextParseException e) {
    return e.getMessage().substring(e.getMessage().indexOf("': ") + 3);
  }

  @Test
  void aQuantityWithABadDenominatorSaysWhatTheUnitSays() {
    for (String unit : new String[] {"件/万斤", "/万斤"}) {
      String why = reason(assertThrows(TextParseException.class, () -> Unit.parse(unit)));
      TextParseException q = assertThrows(TextParseException.class, () -> Quantity.parse("3" + unit));
      assertTrue(q.getMessage().endsWith(why), unit + ": " + q.getMessage() + " does not end with " + why);
      assertTrue(!why.isEmpty() && !why.startsWith("expected an optional magnitude"), why);
    }
  }
}
