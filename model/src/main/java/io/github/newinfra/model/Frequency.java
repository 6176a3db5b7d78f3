package io.github.newinfra.model;

/** The length of a {@link Period}, with its SDMX {@code FREQ} code. */
public enum Frequency {
  /** A calendar year, {@code 2023}. */
  ANNUAL("A"),
  /** A calendar quarter, {@code 2023-Q2}. */
  QUARTERLY("Q"),
  /** A calendar month, {@code 2023-06}. */
  MONTHLY("M"),
  /** A day, {@code 2023-06-30}. */
  DAILY("D");

  private final String code;

  Frequency(String code) {
    this.code = code;
  }

  /**
   * Returns the SDMX {@code FREQ} code.
   *
   * @return {@code A}, {@code Q}, {@code M} or {@code D}
   */
  public String code() {
    return code;
  }
}
