package io.github.newinfra.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exact amount in a {@link Unit}, e.g. {@code 7.1万座} or {@code 120亿元}.
 *
 * <p>The amount is a {@link BigDecimal} kept without trailing zeros, so {@code 7.10万座} and {@code 7.1万座}
 * are the same quantity. Equality compares amount and unit: {@code 7.1万座} is not <em>equal</em> to
 * {@code 71000座}, but it is {@linkplain #isEquivalentTo equivalent} to it. Conversion within a dimension is
 * exact; across dimensions it throws {@link UnitConversionException}.
 *
 * <p>In JSON a quantity is its text, as {@link #toString()} writes and {@link #parse} reads it.
 * This class is immutable and thread-safe.
 */
public final class Quantity implements Comparable<Quantity>, Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The longest text {@link #parse} and {@link #of(String, Unit)} read, in characters: far more than any figure a
   * plan writes ({@code 1234567.89万亿元} is 14), and short enough that reading one is cheap. Exact decimal
   * arithmetic on a number of a million digits takes seconds; a longer text is rejected before any of it.
   */
  public static final int MAX_TEXT_LENGTH = 64;

  private static final Pattern TEXT = Pattern.compile("([+-]?[0-9]+(?:\\.[0-9]+)?)\\s*(.*)", Pattern.DOTALL);

  private final BigDecimal value;
  private final Unit unit;

  private Quantity(BigDecimal value, Unit unit) {
    this.value = value;
    this.unit = unit;
  }

  /**
   * Obtains a quantity.
   *
   * @param value the amount
   * @param unit the unit
   * @return the quantity
   * @throws InvalidValueException if either argument is null
   */
  public static Quantity of(BigDecimal value, Unit unit) {
    Checks.notNull(value, "quantity value");
    Checks.notNull(unit, "quantity unit");
    return new Quantity(normalize(value), unit);
  }

  /**
   * Obtains a quantity from a decimal text and a unit.
   *
   * @param value a plain decimal, e.g. {@code 7.1}
   * @param unit the unit
   * @return the quantity
   * @throws InvalidValueException if the value is not a decimal number, or longer than {@value #MAX_TEXT_LENGTH}
   *     characters
   */
  public static Quantity of(String value, Unit unit) {
    Checks.notNull(value, "quantity value");
    if (value.length() > MAX_TEXT_LENGTH) {
      throw new InvalidValueException("Invalid quantity value " + abbreviate(value) + ": longer than "
          + MAX_TEXT_LENGTH + " characters");
    }
    try {
      return of(new BigDecimal(value), unit);
    } catch (NumberFormatException e) {
      throw new InvalidValueException("Invalid quantity value '" + value + "': not a decimal number");
    }
  }

  /**
   * Parses a quantity as written, e.g. {@code 7.1万座}, {@code 120亿元}, {@code 60%}, {@code 3‰}, {@code 2000 公里},
   * {@code 1000Mbps} (or {@code 1000兆}), {@code 40Tbps}, {@code 1.5亿} (a bare count), {@code 26个/万人},
   * {@code 12.5万元/人年}. Surrounding white space and a space
   * between number and unit are allowed. The text is at most {@value #MAX_TEXT_LENGTH} characters long.
   *
   * <p>A bare {@code M} after the number, as in {@code 1000M}, is rejected: it is the metre's {@code UNIT_MEASURE}
   * code but Chinese texts write it for megabits per second, and the message names both readings (see
   * {@link Unit}). Write {@code 1000Mbps} or {@code 1000米}.
   *
   * @param text the text
   * @return the quantity
   * @throws TextParseException if the text is not a plain decimal followed by a unit, is too long, or the unit is
   *     the ambiguous {@code M}
   */
  @JsonCreator
  public static Quantity parse(String text) {
    if (text == null) {
      throw new TextParseException("Cannot parse a quantity from null", "", 0);
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new TextParseException("Cannot parse quantity " + abbreviate(text) + ": a quantity is at most "
          + MAX_TEXT_LENGTH + " characters long, e.g. '7.1万座'", text, MAX_TEXT_LENGTH);
    }
    String t = text.strip();
    Matcher m = TEXT.matcher(t);
    if (!m.matches()) {
      throw new TextParseException("Cannot parse quantity '" + text
          + "': expected a plain decimal number followed by a unit, e.g. '7.1万座'", text, 0);
    }
    Unit unit;
    try {
      unit = Unit.parse(m.group(2));
    } catch (TextParseException e) {
      throw new TextParseException("Cannot parse quantity '" + text + "': unit '" + m.group(2) + "' after the number: "
          + Unit.whyNot(m.group(2)), text, text.indexOf(m.group(2)));
    }
    return new Quantity(normalize(new BigDecimal(m.group(1))), unit);
  }

  /** Quotes a text for a message, shortened to its ends and its length when long. */
  private static String abbreviate(String text) {
    // Equivalent mutant (<= to <): only texts longer than MAX_TEXT_LENGTH (64) are abbreviated, so a text of
    // exactly 40 characters never reaches this line.
    return text.length() <= 40 ? "'" + text + "'"
        : "'" + text.substring(0, 20) + "…" + text.substring(text.length() - 10) + "' (" + text.length() + " characters)";
  }

  private static BigDecimal normalize(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    // Equivalent mutant (< to <=): setScale(0) on a scale already 0 returns an equal BigDecimal.
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Returns the amount in this quantity's own unit.
   *
   * @return the amount, without trailing zeros
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * Returns the unit.
   *
   * @return the unit
   */
  public Unit unit() {
    return unit;
  }

  /**
   * Returns the dimension of the unit.
   *
   * @return the dimension
   */
  public Dimension dimension() {
    return unit.dimension();
  }

  /**
   * Converts exactly to another unit of the same dimension: {@code 7.1万座} to {@code 座} is {@code 71000座}.
   *
   * @param target the unit to convert to
   * @return the equivalent quantity in {@code target}
   * @throws UnitConversionException if {@code target} measures another dimension (or, for an amount per something,
   *     other things per other things), with a message that says what each measures
   */
  public Quantity to(Unit target) {
    Checks.notNull(target, "target unit");
    if (!unit.isConvertibleTo(target)) {
      throw new UnitConversionException(String.format(
          "Cannot convert %s to '%s': %s is %s, '%s' is %s", this, target,
          unit.toString().isEmpty() ? "a bare count" : "'" + unit + "'", unit.description(), target,
          target.description()));
    }
    return new Quantity(normalize(value.movePointRight(unit.baseExponent() - target.baseExponent())), target);
  }

  /**
   * Returns the amount in the base unit of the dimension (items, metres, yuan, percent, Mbps, years; for an amount
   * per something, the numerator's base per one of the denominator's things).
   *
   * @return the exact amount
   */
  public BigDecimal toBaseValue() {
    return normalize(value.movePointRight(unit.baseExponent()));
  }

  /**
   * Tells whether two quantities denote the same amount of the same dimension, whatever their units (for amounts
   * per something, of the same things per the same things).
   *
   * @param other another quantity
   * @return true if both convert to the same base amount
   */
  public boolean isEquivalentTo(Quantity other) {
    return unit.isConvertibleTo(other.unit) && toBaseValue().compareTo(other.toBaseValue()) == 0;
  }

  /**
   * Compares amounts of the same dimension, whatever their units.
   *
   * @param other a quantity in a unit this one {@linkplain Unit#isConvertibleTo converts to}
   * @return negative, zero or positive as this amount is less than, equal to or greater than the other
   * @throws UnitConversionException if the units do not convert to each other
   */
  @Override
  public int compareTo(Quantity other) {
    if (!unit.isConvertibleTo(other.unit)) {
      throw new UnitConversionException(
          "Cannot compare " + this + " (" + unit.description() + ") with " + other + " (" + other.unit.description()
              + ")");
    }
    return toBaseValue().compareTo(other.toBaseValue());
  }

  /**
   * Returns the quantity as written, e.g. {@code 7.1万座}: the plain amount followed by the unit.
   * {@link #parse} reads it back to an equal quantity.
   *
   * @return the text
   */
  @JsonValue
  @Override
  public String toString() {
    return value.toPlainString() + unit;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Quantity && ((Quantity) other).value.equals(value) && ((Quantity) other).unit.equals(unit);
  }

  @Override
  public int hashCode() {
    // Equivalent mutant (+ to -): a hash code may combine the fields equals compares in any fixed way.
    return value.hashCode() * 31 + unit.hashCode();
  }
}
