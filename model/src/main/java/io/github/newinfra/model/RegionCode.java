package io.github.newinfra.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;

/**
 * A six-digit administrative division code of GB/T 2260, e.g. {@code 320000} for Jiangsu or {@code 320100}
 * for Nanjing; {@code 100000} stands for the whole country.
 *
 * <p>A code is an identifier: which region contains which comes from the regions' parents (see {@link Region} and
 * {@link RegionRegistry}), not from the digits. This class is immutable and thread-safe.
 */
public final class RegionCode extends TypedId<RegionCode> {
  private static final long serialVersionUID = 1L;
  private static final Pattern PATTERN = Pattern.compile("[1-9][0-9]{5}");

  /** Jiangsu province, {@code 320000}. */
  public static final RegionCode JIANGSU = new RegionCode("320000");

  /** The whole country, 中华人民共和国, {@code 100000}. */
  public static final RegionCode CHINA = new RegionCode("100000");

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
    return JIANGSU.value().equals(value) ? JIANGSU : CHINA.value().equals(value) ? CHINA : new RegionCode(value);
  }

  /**
   * Tells whether the code has the form of a province-level code: its last four digits are zero, and it is not the
   * country's {@code 100000}. The form only: which regions a province contains comes from their parents.
   *
   * @return true for a code of a province's form
   */
  public boolean isProvince() {
    return value().endsWith("0000") && !equals(CHINA);
  }

  /**
   * Tells whether this is the country's code, {@code 100000}.
   *
   * @return true for {@code 100000}
   */
  public boolean isCountry() {
    return equals(CHINA);
  }

  /**
   * Returns the code of the province whose first two digits this code shares, by the form of GB/T 2260 codes.
   *
   * @return the province-level code (the country's code for {@code 100000})
   */
  public RegionCode province() {
    return isCountry() ? this : of(value().substring(0, 2) + "0000");
  }
}
