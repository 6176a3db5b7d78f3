package io.github.newinfra.core.internal;

import io.github.newinfra.core.Status;
import io.github.newinfra.core.report.Labels;
import io.github.newinfra.model.Comparator;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number and phrase formatting for explanations. Not part of the API. */
public final class Text {
  private Text() {}

  /**
   * Formats a number with at most six significant digits, without exponent or trailing zeros.
   *
   * @param value the number
   * @return e.g. {@code 41.5}
   */
  public static String number(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    BigDecimal d = new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  static String statusEn(Status s) {
    return Labels.of(Locale.ENGLISH).status(s);
  }

  static String statusZh(Status s) {
    return Labels.of(Locale.SIMPLIFIED_CHINESE).status(s);
  }

  static String targetEn(Comparator c, String v, String upper, String tolerance, boolean basically, String unit) {
    switch (c) {
      case AT_LEAST: return "at least " + v + unit;
      case GREATER_THAN: return "more than " + v + unit;
      case AT_MOST: return "at most " + v + unit;
      case LESS_THAN: return "less than " + v + unit;
      case APPROXIMATELY: return "about " + v + unit + " (±" + tolerance + "%)";
      case BETWEEN: return "between " + v + unit + " and " + upper + unit;
      case COVERAGE: return basically ? "basic full coverage (at least " + v + unit + ")" : "full coverage (100%)";
      default: return "a qualitative goal";
    }
  }

  static String targetZh(Comparator c, String v, String upper, String tolerance, boolean basically, String unit) {
    switch (c) {
      case AT_LEAST: return "不低于" + v + unit;
      case GREATER_THAN: return "超过" + v + unit;
      case AT_MOST: return "不超过" + v + unit;
      case LESS_THAN: return "小于" + v + unit;
      case APPROXIMATELY: return v + unit + "左右（±" + tolerance + "%）";
      case BETWEEN: return v + unit + "至" + upper + unit;
      case COVERAGE: return basically ? "基本全覆盖（不低于" + v + unit + "）" : "全覆盖（100%）";
      default: return "定性目标";
    }
  }
}
