package io.github.newinfra.testing;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Texts that parsers must reject with a typed error: malformed quantities, periods, region codes and
 * numbers. Each list is a fixed set of hand-picked cases; the {@code RandomGenerator} methods pick one and may
 * garble it further.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class MalformedInputs {
  /** Quantity texts that {@code Quantity.parse} must reject. */
  public static final List<String> QUANTITIES = ImmutableList.of(
      "", " ", "万座", "7.1万X", "1,000个", "1.2.3个", "NaN个", "∞%", "Infinity", "1e5个", "七万座",
      "12 34个", "-", "+.5个", "0x10个", "7.1万万座", "%60", "1000 Mbps Mbps");

  /** Period texts that {@code Period.parse} must reject. */
  public static final List<String> PERIODS = ImmutableList.of(
      "", "23", "2023Q2", "2023-Q5", "2023-Q0", "2023-13", "2023-00", "2023-02-30", "2023-6", "2023/06",
      "20230630", "2023-06-31", "1899", "2200", "abcd", "2023-W12", "2023-S1", "2023-06-30T00:00");

  /** Region-code texts that {@code RegionCode.of} must reject. */
  public static final List<String> REGION_CODES = ImmutableList.of(
      "", "32000", "3200000", "032000", "32O000", "江苏", "320000 ");

  /** Numeric texts an observation reader must reject. */
  public static final List<String> NUMBERS = ImmutableList.of(
      "NaN", "Infinity", "-Infinity", "∞", "", "1,5", "abc", "1e400", "--1", "0x1F");

  private MalformedInputs() {}

  /**
   * Returns a malformed quantity text.
   *
   * @param random the source of randomness
   * @return a text {@code Quantity.parse} rejects
   */
  public static String quantity(RandomGenerator random) {
    return ModelGenerators.oneOf(random, QUANTITIES);
  }

  /**
   * Returns a malformed period text.
   *
   * @param random the source of randomness
   * @return a text {@code Period.parse} rejects
   */
  public static String period(RandomGenerator random) {
    return ModelGenerators.oneOf(random, PERIODS);
  }

  /**
   * Returns a malformed region code.
   *
   * @param random the source of randomness
   * @return a text {@code RegionCode.of} rejects
   */
  public static String regionCode(RandomGenerator random) {
    return ModelGenerators.oneOf(random, REGION_CODES);
  }

  /**
   * Returns a text that is not a finite number.
   *
   * @param random the source of randomness
   * @return a text an observation reader rejects as a value
   */
  public static String number(RandomGenerator random) {
    return ModelGenerators.oneOf(random, NUMBERS);
  }
}
