package io.github.newinfra.core.internal.reading;

import java.util.Locale;
import java.util.Set;

/**
 * Strict number parsing for observation values and UNIT_MULT, by one rule for digits: ASCII {@code 0}–{@code 9}
 * only. Full-width ({@code ４}) and other scripts' digits ({@code ٤}) are not read as numbers anywhere, so a value
 * and its scale never disagree on what a digit is. Not part of the API.
 */
public final class Numbers {
  private static final Set<String> NOT_FINITE = Set.of("nan", "inf", "infinity", "+inf", "-inf", "+infinity",
      "-infinity", "∞", "+∞", "-∞");

  private Numbers() {}

  /**
   * Parses a whole number: an optional sign and ASCII digits.
   *
   * @param text the text, surrounding whitespace allowed
   * @return the number, or -1 if the text is not one or is negative or beyond {@code int}
   */
  public static int wholeNumber(String text) {
    String t = text.strip();
    int i = t.startsWith("+") || t.startsWith("-") ? 1 : 0;
    if (i == t.length() || t.length() - i > 9) {
      return -1;
    }
    for (int k = i; k < t.length(); k++) {
      if (t.charAt(k) < '0' || t.charAt(k) > '9') {
        return -1;
      }
    }
    int n = Integer.parseInt(t.substring(i));
    return t.charAt(0) == '-' && n != 0 ? -1 : n;
  }

  /**
   * Parses a plain decimal or scientific number: optional sign, digits with an optional fraction, optional
   * exponent. Nothing else (no hex, no type suffix, no grouping).
   *
   * @return the value (possibly infinite when out of range), or NaN if the text is not such a number
   */
  public static double parse(String text) {
    String t = text.strip();
    int n = t.length();
    int i = 0;
    if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      i++;
      digits++;
    }
    if (i < n && t.charAt(i) == '.') {
      i++;
      while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
      i++;
      if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
        i++;
      }
      int exp = 0;
      while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
        i++;
        exp++;
      }
      if (exp == 0) {
        return Double.NaN;
      }
    }
    if (i != n) {
      return Double.NaN;
    }
    return digits <= 15 ? plain(t) : Double.parseDouble(t);
  }

  /**
   * A number without exponent and of at most 15 digits, without creating an object: its digits as an exact
   * long divided by an exact power of ten, one correctly rounded division — the same double as
   * {@link Double#parseDouble}.
   */
  private static double plain(String t) {
    int n = t.length();
    int i = 0;
    boolean negative = false;
    char first = t.charAt(0);
    if (first == '+' || first == '-') {
      negative = first == '-';
      i++;
    }
    long mantissa = 0;
    int fraction = -1;
    for (; i < n; i++) {
      char c = t.charAt(i);
      if (c == '.') {
        fraction = 0;
      } else if (c >= '0' && c <= '9') {
        mantissa = mantissa * 10 + (c - '0');
        if (fraction >= 0) {
          fraction++;
        }
      } else {
        return Double.parseDouble(t);
      }
    }
    double v = fraction > 0 ? mantissa / POW10[fraction] : mantissa;
    return negative ? -v : v;
  }

  /**
   * The same plain decimal as bytes: ASCII sign, digits and at most one point, at most 15 digits in all, nothing
   * around them — the same double {@link Double#parseDouble} gives, without creating an object; NaN for anything
   * else (an exponent, more digits, any other byte), which the caller then reads as text with {@link #parse}.
   *
   * @param b the bytes
   * @param from the first byte
   * @param to after the last byte
   * @return the value, or NaN
   */
  static double plain(byte[] b, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (b[i] == '+' || b[i] == '-')) {
      negative = b[i] == '-';
      i++;
    }
    int first = i;
    int dot = -1;
    long mantissa = 0;
    for (; i < to; i++) {
      int d = b[i] - '0';
      if (d >= 0 && d <= 9) {
        mantissa = mantissa * 10 + d;
      } else if (b[i] == '.' && dot < 0) {
        dot = i;
      } else {
        return Double.NaN;
      }
    }
    return decimal(mantissa, to - first - (dot < 0 ? 0 : 1), dot < 0 ? 0 : to - dot - 1, negative);
  }

  /**
   * The value of a plain decimal from its digits: {@code mantissa / 10^fraction}, one correctly rounded division,
   * negated if {@code negative}; NaN unless it has 1 to 15 digits (more may not be exact in a long or a double).
   *
   * @param mantissa the digits as a whole number
   * @param digits how many digits there are
   * @param fraction how many of them follow the decimal point
   * @param negative whether a minus sign precedes them
   * @return the value, or NaN
   */
  static double decimal(long mantissa, int digits, int fraction, boolean negative) {
    if (!decimalFits(digits)) {
      return Double.NaN;
    }
    double v = fraction > 0 ? mantissa / POW10[fraction] : mantissa;
    return negative ? -v : v;
  }

  /**
   * Whether a decimal of this many digits is one {@link #decimal} reads exactly: 1 to 15 digits.
   *
   * @param digits how many digits there are
   * @return whether {@link #decimal} gives a value rather than NaN
   */
  static boolean decimalFits(int digits) {
    return digits >= 1 && digits <= 15;
  }

  private static final double[] POW10 = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = p;
      p *= 10;
    }
  }

  /**
   * Scales a value by a power of ten as a shift of its decimal point: the value's shortest decimal digits (up to
   * 15 significant digits, as a file states them) times 10^k, correctly rounded, without creating an object. So
   * 0.0012 scaled by 10^4 is exactly 12, not 11.999999999999998. Values with more digits, or shifts beyond the
   * exactly representable powers of ten, are multiplied by the factor instead.
   *
   * @param v a finite value
   * @param k the power of ten
   * @param factor 10^k as a double, the fallback
   * @return the scaled value
   */
  public static double scale(double v, int k, double factor) {
    if (k == 0 || v == 0) {
      return v;
    }
    double a = Math.abs(v);
    for (int d = 0; d <= 15; d++) {
      double m = Math.rint(a * POW10[d]);
      if (m < 1e15 && m / POW10[d] == a) {
        int e = k - d;
        double x = e >= 0 ? (e < POW10.length ? m * POW10[e] : a * factor)
            : (-e < POW10.length ? m / POW10[-e] : a * factor);
        return Math.copySign(x, v);
      }
    }
    return v * factor;
  }

  public static boolean isNotFiniteWord(String text) {
    return NOT_FINITE.contains(text.strip().toLowerCase(Locale.ROOT));
  }

  /** Equal within a relative 1e-9, as converted doubles of one decimal may differ in the last bits. */
  public static boolean same(double a, double b) {
    return a == b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }
}
