package io.github.newinfra.model;

/**
 * What a unit measures. Quantities convert exactly within a dimension and never across dimensions.
 */
public enum Dimension {
  /** A number of items; Chinese classifiers (个, 座, 家 …) are all counts of one item each. */
  COUNT("NUMBER"),
  /** Length, based on the metre. */
  LENGTH("M"),
  /** Money in Chinese yuan. */
  MONEY("CNY"),
  /** A share expressed in percent (‰ is a tenth of a percent). */
  RATIO("PERCENT"),
  /** A data rate, based on megabits per second. */
  DATA_RATE("MBPS"),
  /** A duration in years. */
  DURATION("YEAR"),
  /**
   * An amount per something (强度): {@code 件/万人}, {@code 元/人年}, {@code 户/百人}. What it counts and what it is
   * per are the unit's {@link Unit#numerator() numerator} and {@link Unit#denominator() denominator}; two
   * intensities convert only when both agree (see {@link Unit#isConvertibleTo}). Intensities never add up over
   * regions.
   */
  INTENSITY("");

  private final String baseCode;

  Dimension(String baseCode) {
    this.baseCode = baseCode;
  }

  /**
   * Returns the SDMX-style {@code UNIT_MEASURE} code of the dimension's base unit.
   *
   * @return e.g. {@code NUMBER} or {@code CNY}; empty for {@link #INTENSITY}, which has no base unit of its own (an
   *     intensity's code is its numerator's code over its denominator, {@code NUMBER/万人})
   */
  public String baseCode() {
    return baseCode;
  }
}
