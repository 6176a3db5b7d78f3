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

  /** Fragments {@link #mutate} inserts: the characters that structure CSV and JSON, and hostile text. */
  public static final List<String> FRAGMENTS = ImmutableList.of(
      ",", "\"", "\n", "\r\n", "{", "}", "[", "]", ":", "\\", "\u0000", "\uFEFF", "\uD83D\uDE00", "\uD800",
      "NaN", "-1", "1e400", "9".repeat(400), "[[[[[[[[[[", "{\"value\":", "\"\"\"", "\t", "江苏", "%", "万");

  /**
   * Returns a corrupted copy of a text: one to four random edits, each deleting, duplicating or swapping a slice,
   * inserting one of the {@link #FRAGMENTS}, or truncating. Use it on valid CSV, JSON or catalog texts to check
   * that a reader answers every corruption with a typed error or a structured rejection.
   *
   * @param random the source of randomness
   * @param text the valid text
   * @return the corrupted text; may equal the input when an edit happens to restore it
   */
  public static String mutate(RandomGenerator random, String text) {
    StringBuilder b = new StringBuilder(text);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int at = b.length() == 0 ? 0 : random.nextInt(b.length() + 1);
      int len = b.length() - at == 0 ? 0 : 1 + random.nextInt(Math.min(16, b.length() - at));
      switch (random.nextInt(5)) {
        case 0:
          b.delete(at, at + len);
          break;
        case 1:
          b.insert(at, b.substring(at, at + len));
          break;
        case 2:
          b.insert(at, ModelGenerators.oneOf(random, FRAGMENTS));
          break;
        case 3:
          if (len > 0) {
            int other = random.nextInt(b.length() - len + 1);
            String slice = b.substring(at, at + len);
            b.delete(at, at + len);
            b.insert(Math.min(other, b.length()), slice);
          }
          break;
        default:
          b.setLength(at);
          break;
      }
    }
    return b.toString();
  }
}
