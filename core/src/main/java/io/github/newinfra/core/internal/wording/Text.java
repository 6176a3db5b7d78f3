package io.github.newinfra.core.internal.wording;

import io.github.newinfra.core.Status;
import io.github.newinfra.model.Comparator;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The one place where numbers are written for readers, as Chinese official reports write them (the rules are listed in
 * docs/report.md, "Glossary and number style"): a plain figure with at most six significant digits; in Chinese, a
 * figure of 100,000 or more in 万 (and of 10^8 or more in 亿), to at most two decimals ({@code 187000} is
 * {@code 18.7万}); a percentage to one decimal ({@code 96.2%}, {@code 100%}); a ratio to two decimals
 * ({@code 5.78}). The statuses' names live here too ({@link #status}), so that explanations and reports say them alike
 * and the report's labels ({@code core.report.Labels}) depend on this class, not the other way round. Not part of the
 * API.
 */
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

  /**
   * Formats a number as a Chinese report writes it: in 亿 from 10^8, in 万 from 10^5 (to at most two decimals),
   * otherwise as {@link #number(double)}.
   *
   * @param value the number
   * @return e.g. {@code 18.7万}, {@code 1.25亿}, {@code 41.5}
   */
  public static String numberZh(double value) {
    double a = Math.abs(value);
    if (!Double.isFinite(value) || a < 1e5) {
      return number(value);
    }
    if (a >= 1e8) {
      return scaled(value / 1e8) + "亿";
    }
    return scaled(value / 1e4) + "万";
  }

  private static String scaled(double v) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /**
   * Formats a share as a percentage to one decimal, without a trailing {@code .0}.
   *
   * @param share the share, 1 = 100%
   * @return e.g. {@code 96.2%}, {@code 100%}
   */
  public static String percent(double share) {
    if (!Double.isFinite(share)) {
      return Double.toString(share);
    }
    BigDecimal d = BigDecimal.valueOf(share * 100).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    return (d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString()) + "%";
  }

  /**
   * Formats a ratio (the progress ratio of a rating) to two decimals.
   *
   * @param ratio the ratio
   * @return e.g. {@code 5.78}, {@code 1.00}
   */
  public static String ratio(double ratio) {
    if (!Double.isFinite(ratio)) {
      return Double.toString(ratio);
    }
    return BigDecimal.valueOf(ratio).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  static String statusEn(Status s) {
    return status(s, false);
  }

  static String statusZh(Status s) {
    return status(s, true);
  }

  /**
   * Returns a status's name, as every report and explanation says it: the terms planning offices use.
   *
   * @param status the status
   * @param chinese Chinese, else English
   * @return e.g. {@code 需加快推进} or {@code Needs acceleration}
   */
  public static String status(Status status, boolean chinese) {
    switch (status) {
      case ACHIEVED: return chinese ? "已完成" : "Achieved";
      case ACHIEVED_LATE: return chinese ? "逾期完成" : "Achieved late";
      case ACHIEVED_TIMING_UNKNOWN: return chinese ? "已完成（是否按期不详）" : "Achieved (timing unknown)";
      case BASICALLY_ACHIEVED: return chinese ? "基本完成" : "Basically achieved";
      case MISSED: return chinese ? "未完成" : "Missed";
      case ON_TRACK: return chinese ? "进度符合预期" : "On track";
      case NEEDS_ACCELERATION: return chinese ? "需加快推进" : "Needs acceleration";
      case LIMITED_PROGRESS: return chinese ? "进展有限" : "Limited progress";
      case DETERIORATION: return chinese ? "出现倒退" : "Deterioration";
      case INSUFFICIENT_DATA: return chinese ? "数据不足" : "Insufficient data";
      case NO_DATA: return chinese ? "无数据" : "No data";
      default: return chinese ? "未评估" : "Not assessed";
    }
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
      case COVERAGE: return basically ? "基本全覆盖（不低于" + v + unit + "）" : "全覆盖";
      default: return "定性目标";
    }
  }
}
