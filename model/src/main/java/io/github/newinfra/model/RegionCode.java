package io.github.newinfra.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;

/**
 * A six-digit administrative division code of GB/T 2260, e.g. {@code 320000} for Jiangsu or {@code 320100}
 * for Nanjing.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegionCode extends TypedId<RegionCode> {
  private static final long serialVersionUID = 1L;
  private static final Pattern PATTERN = Pattern.compile("[1-9][0-9]{5}");

  /** Jiangsu province, {@code 320000}. */
  public static final RegionCode JIANGSU = new RegionCode("320000");

  private RegionCode(String value) {
    super(value, PATTERN, "region code", "320100");
  }

  /**
   * Obtains a region code from its text.
   *
   * @param value six digits
   * @return the code
   * @throws InvalidValueException if {@code value} is null or not six digits
   */
  @JsonCreator
  public static RegionCode of(String value) {
    return JIANGSU.value().equals(value) ? JIANGSU : new RegionCode(value);
  }

  /**
   * Tells whether this is a province-level code (the last four digits are zero).
   *
   * @return true for a province
   */
  public boolean isProvince() {
    return value().endsWith("0000");
  }

  /**
   * Returns the code of the province this code belongs to.
   *
   * @return the province-level code
   */
  public RegionCode province() {
    return of(value().substring(0, 2) + "0000");
  }
}
