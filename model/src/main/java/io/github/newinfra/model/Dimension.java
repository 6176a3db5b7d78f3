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
  /** A share expressed in percent. */
  RATIO("PERCENT"),
  /** A data rate, based on megabits per second. */
  DATA_RATE("MBPS"),
  /** A duration in years. */
  DURATION("YEAR");

  private final String baseCode;

  Dimension(String baseCode) {
    this.baseCode = baseCode;
  }

  /**
   * Returns the SDMX-style {@code UNIT_MEASURE} code of the dimension's base unit.
   *
   * @return e.g. {@code NUMBER} or {@code CNY}
   */
  public String baseCode() {
    return baseCode;
  }
}
