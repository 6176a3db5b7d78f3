package io.github.newinfra.core.report;

import io.github.newinfra.core.Method;
import io.github.newinfra.core.NotUsed;
import io.github.newinfra.core.NotUsedReason;
import io.github.newinfra.core.ObsStatus;
import io.github.newinfra.core.RejectionReason;
import io.github.newinfra.core.RollUpDimension;
import io.github.newinfra.core.Status;
import io.github.newinfra.core.Verdict;
import io.github.newinfra.core.internal.wording.Text;
import io.github.newinfra.model.Region;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.RegionLevel;
import io.github.newinfra.model.RegionRegistry;
import java.util.Locale;

/**
 * The report's language: every label, status and heading in Chinese (zh-CN) or English, the one place where the
 * report's wording lives. Status names are the terms planning offices use: 已完成, 逾期完成, 未完成, 进度符合预期,
 * 需加快推进, 进展有限, 出现倒退, 数据不足, 无数据, 未评估.
 *
 * <p>{@code Labels.of(Locale.SIMPLIFIED_CHINESE).status(Status.ON_TRACK)} is {@code 进度符合预期};
 * {@code Labels.of(Locale.ENGLISH).status(Status.ON_TRACK)} is {@code On track}. This class is immutable and
 * thread-safe.
 */
public final class Labels {
  private static final Labels ZH = new Labels(true);
  private static final Labels EN = new Labels(false);

  private final boolean chinese;

  private Labels(boolean chinese) {
    this.chinese = chinese;
  }

  /**
   * Obtains the labels for a locale: Chinese for any locale whose language is {@code zh}, English otherwise.
   *
   * @param locale the locale
   * @return the labels
   */
  public static Labels of(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? ZH : EN;
  }

  /**
   * Returns the locale the labels are in: {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ENGLISH}, as the model's
   * {@code name(Locale)}, {@code title(Locale)} and {@code description(Locale)} read it.
   *
   * @return the locale
   */
  public Locale locale() {
    return chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
  }

  /**
   * Tells whether the labels are Chinese.
   *
   * @return true for zh-CN
   */
  public boolean chinese() {
    return chinese;
  }

  /**
   * Returns the language tag of the report, for HTML's {@code lang} attribute.
   *
   * @return {@code zh-CN} or {@code en}
   */
  public String languageTag() {
    return chinese ? "zh-CN" : "en";
  }

  /**
   * Returns a label's text.
   *
   * @param label the label
   * @return its text in this language
   */
  public String get(Label label) {
    return chinese ? label.zh() : label.en();
  }

  /**
   * Fills a label that is a format.
   *
   * @param label the label
   * @param args the values for its numbered placeholders
   * @return the text
   */
  public String format(Label label, Object... args) {
    // The labels use only %s, %d and their numbered forms (%2$s); filled here without parsing a Formatter pattern,
    // as a report fills thousands of them.
    String f = get(label);
    StringBuilder b = new StringBuilder(f.length() + 16);
    int next = 0;
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (c != '%' || i + 1 >= f.length()) {
        b.append(c);
        continue;
      }
      int j = i + 1;
      int index = -1;
      if (Character.isDigit(f.charAt(j)) && j + 1 < f.length() && f.charAt(j + 1) == '$') {
        index = f.charAt(j) - '1';
        j += 2;
      }
      if (j < f.length() && (f.charAt(j) == 's' || f.charAt(j) == 'd')) {
        b.append(args[index >= 0 ? index : next++]);
        i = j;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Picks the text in this language from a pair, e.g. a target's two descriptions.
   *
   * @param zh the Chinese text
   * @param en the English text
   * @return one of them
   */
  public String pick(String zh, String en) {
    return chinese ? zh : en;
  }

  /**
   * Returns a status's name.
   *
   * @param status the status
   * @return e.g. {@code 需加快推进} or {@code Needs acceleration}
   */
  public String status(Status status) {
    return Text.status(status, chinese);
  }

  /**
   * Returns a rating method's name.
   *
   * @param method the method
   * @return its name
   */
  public String method(Method method) {
    return get(method == Method.CAGR ? Label.METHOD_CAGR : Label.METHOD_LINEAR);
  }

  /**
   * Returns a verdict's name.
   *
   * @param verdict the verdict
   * @return e.g. {@code 部分达到}
   */
  public String verdict(Verdict verdict) {
    switch (verdict) {
      case MET: return pick("已达到", "met");
      case PARTLY_MET: return pick("部分达到", "partly met");
      default: return pick("未达到", "not met");
    }
  }

  /**
   * Returns an SDMX observation status with its meaning.
   *
   * @param status the status
   * @return e.g. {@code P（初步数）} or {@code P (provisional)}
   */
  public String obsStatus(ObsStatus status) {
    switch (status) {
      case A: return pick("A（正常）", "A (normal)");
      case B: return pick("B（序列中断）", "B (break in series)");
      case D: return pick("D（口径不同）", "D (definition differs)");
      case E: return pick("E（估计数）", "E (estimated)");
      case F: return pick("F（预测数）", "F (forecast)");
      case I: return pick("I（推算数）", "I (imputed)");
      case M: return pick("M（缺失）", "M (missing)");
      case N: return pick("N（不显著）", "N (not significant)");
      case P: return pick("P（初步数）", "P (provisional)");
      case S: return pick("S（特殊情况）", "S (strike or special circumstance)");
      case U: return pick("U（可靠性低）", "U (low reliability)");
      default: return pick("V（未核实）", "V (unvalidated)");
    }
  }

  /**
   * Returns what an SDMX observation status means, without its code, as the leadership part of a report shows it.
   *
   * @param status the status
   * @return e.g. {@code 初步数} or {@code provisional}
   */
  public String obsStatusName(ObsStatus status) {
    String s = obsStatus(status);
    int open = s.indexOf(chinese ? '（' : '(');
    return s.substring(open + 1, s.length() - 1);
  }

  /**
   * Returns a position in the input in this language: {@code line 12} is {@code 第12行} in Chinese.
   *
   * @param location a location as the engine reports it ({@code line 12}, {@code #3}, {@code $[3]} or a fact id)
   * @return the position, worded
   */
  public String location(String location) {
    if (location.startsWith("line ") && location.length() > 5 && location.substring(5).chars()
        .allMatch(Character::isDigit)) {
      return format(Label.LOCATION_LINE, location.substring(5));
    }
    if (location.startsWith("#") && location.length() > 1 && location.substring(1).chars()
        .allMatch(Character::isDigit)) {
      return format(Label.LOCATION_ORDINAL, location.substring(1));
    }
    return location;
  }

  /**
   * Returns why a row was not used.
   *
   * @param reason the reason
   * @return e.g. {@code 被更新数据替代}
   */
  public String notUsed(NotUsedReason reason) {
    switch (reason) {
      case SUPERSEDED: return pick("被更新数据替代", "superseded");
      case AFTER_AS_OF: return pick("晚于评估日", "after the evaluation date");
      case OUTSIDE_TARGET_PERIOD: return pick("不在目标期内", "outside the target period");
      default: return pick("无对应目标", "no target in scope");
    }
  }

  /**
   * Says what happened to rows not used, worded from their facts: which figure was superseded by which row and why,
   * or which indicator and region no target in scope reads.
   *
   * <p>Example: {@code 5G基站数（江苏省）2021的数值13万被第10行替代：后者发布于2022-11-10，晚于本行的2022-02-14}.
   *
   * @param x the rows not used
   * @param indicator the indicator's name in this language
   * @param region the region's name in this language
   * @return the sentence
   */
  public String notUsedNote(NotUsed x, String indicator, String region) {
    switch (x.reason()) {
      case SUPERSEDED:
        if (x.supersededBy().isEmpty()) {
          return x.message();
        }
        String value = x.value().isPresent() ? number(x.value().getAsDouble()) : "—";
        String by = location(x.supersededBy().get());
        if (x.supersedingPublished().isPresent() && x.published().isPresent()) {
          return format(Label.NOT_USED_BY_PUBLICATION, indicator, region, x.period().orElse(""), value, by,
              x.supersedingPublished().get(), x.published().get());
        }
        return format(Label.NOT_USED_BY_STATUS, indicator, region, x.period().orElse(""), value, by,
            x.supersededStatus().map(this::obsStatus).orElse(""));
      case AFTER_AS_OF:
        return format(Label.NOT_USED_AFTER_AS_OF, x.rows(), indicator, region);
      case OUTSIDE_TARGET_PERIOD:
        return format(Label.NOT_USED_OUTSIDE_PERIOD, x.rows(), indicator, region);
      default:
        return format(Label.NOT_USED_NO_TARGET, x.rows(), indicator, region);
    }
  }

  /**
   * Says what an unknown indicator or region may have meant.
   *
   * @param named the suggestions, each named as the reader knows it, e.g. {@code 320100（南京市）}
   * @return e.g. {@code 可能是：320100（南京市）或320200（无锡市）}; empty when there is none
   */
  public String didYouMean(java.util.List<String> named) {
    if (named.isEmpty()) {
      return "";
    }
    String list = named.size() == 1 ? named.get(0) : String.join(listSeparator(), named.subList(0, named.size() - 1))
        + get(Label.OR) + named.get(named.size() - 1);
    return format(Label.DID_YOU_MEAN, list);
  }

  /**
   * Returns why a row was rejected.
   *
   * @param reason the reason
   * @return e.g. {@code 数值非有限数}
   */
  public String rejection(RejectionReason reason) {
    switch (reason) {
      case MALFORMED_ROW: return pick("行格式错误", "malformed row");
      case MISSING_FIELD: return pick("缺少必填字段", "missing field");
      case UNPARSEABLE_PERIOD: return pick("时期无法识别", "unparseable period");
      case UNPARSEABLE_DATE: return pick("发布日期无法识别", "unparseable date");
      case UNPARSEABLE_VALUE: return pick("数值无法识别", "unparseable value");
      case NOT_FINITE: return pick("数值非有限数", "value not finite");
      case UNKNOWN_INDICATOR: return pick("未知指标", "unknown indicator");
      case UNKNOWN_REGION: return pick("未知地区", "unknown region");
      case UNKNOWN_UNIT: return pick("未知单位", "unknown unit");
      case UNIT_OF_ANOTHER_DIMENSION: return pick("单位量纲不符", "unit of another dimension");
      case NEGATIVE_COUNT: return pick("计数为负", "negative count");
      case PERCENT_OUT_OF_RANGE: return pick("百分比超出0–100%", "share outside 0–100%");
      case STATUS_EXCLUDED: return pick("缺失或预测值", "missing or forecast value");
      case UNKNOWN_STATUS: return pick("未知数据状态", "unknown status");
      case UNKNOWN_QUALIFIER: return pick("未知数据限定词", "unknown qualifier");
      case DUPLICATE: return pick("重复行", "duplicate");
      case CONFLICTING_DUPLICATE: return pick("相互矛盾的重复行", "conflicting duplicate");
      case PERIOD_ACROSS_YEARS: return pick("时期跨年", "period across two years");
      default: return pick("时期重叠", "overlapping period");
    }
  }

  /**
   * Returns the heading of a roll-up dimension.
   *
   * @param dimension the dimension
   * @return e.g. {@code 按责任部门}
   */
  public String dimension(RollUpDimension dimension) {
    switch (dimension) {
      case DOCUMENT: return pick("按文件", "By document");
      case PILLAR: return pick("按领域", "By pillar");
      case SUB_AREA: return pick("按子领域", "By sub-area");
      case MEASURE: return pick("按措施", "By measure");
      case DEPARTMENT: return pick("按责任部门", "By department");
      default: return pick("按地区", "By region");
    }
  }

  /**
   * Picks the label that names the regions one level below a target's region, for a label about a province's cities
   * ({@link Label#CITIES}, {@link Label#NOTE_CITIES}, {@link Label#SUM_OF_CITIES}): the same about the country's
   * provinces, or a city's counties, when one of those regions is of that level. The level is the region registry's
   * for a code it has; a catalog's own region it does not have is a county when its code does not end in 00.
   *
   * @param cities the label about cities
   * @param one a region one level below, e.g. the first city of a sum
   * @return the label for that level
   */
  public static Label below(Label cities, RegionCode one) {
    RegionLevel level = RegionRegistry.gbt2260().region(one).map(Region::level)
        .orElse(one.value().endsWith("00") ? RegionLevel.PREFECTURE_CITY : RegionLevel.COUNTY);
    if (level == RegionLevel.PREFECTURE_CITY) {
      return cities;
    }
    boolean provinces = level == RegionLevel.PROVINCE;
    switch (cities) {
      case CITIES:
        return provinces ? Label.PROVINCES : Label.COUNTIES;
      case NOTE_CITIES:
        return provinces ? Label.NOTE_PROVINCES : Label.NOTE_COUNTIES;
      case SUM_OF_CITIES:
        return provinces ? Label.SUM_OF_PROVINCES : Label.SUM_OF_COUNTIES;
      default:
        return cities;
    }
  }

  /**
   * Formats a number as reports show it: at most six significant digits, no exponent, no trailing zeros; in
   * Chinese, 100,000 and more in 万 and 10^8 and more in 亿, as official reports write them.
   *
   * @param value the number
   * @return e.g. {@code 41.5}, {@code 18.7万}
   */
  public String number(double value) {
    if (chinese) {
      return Text.numberZh(value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e6) {
      return Long.toString((long) value);
    }
    return Text.number(value);
  }

  /**
   * Formats a share as a percentage to one decimal.
   *
   * @param share the share, 1 = 100%
   * @return e.g. {@code 82.4%}, {@code 100%}
   */
  public String percent(double share) {
    return Text.percent(share);
  }

  /**
   * Formats a progress ratio to two decimals.
   *
   * @param ratio the ratio
   * @return e.g. {@code 5.78}
   */
  public String ratio(double ratio) {
    return Text.ratio(ratio);
  }

  /**
   * Returns the separator of a list in running text.
   *
   * @return {@code 、} or {@code , }
   */
  public String listSeparator() {
    return pick("、", ", ");
  }

  /**
   * Returns the separator of clauses in running text.
   *
   * @return {@code ；} or {@code ; }
   */
  public String clauseSeparator() {
    return pick("；", "; ");
  }

  /**
   * Appends a count to a heading.
   *
   * @param heading the heading
   * @param count the count
   * @return e.g. {@code 需关注的目标（2）} or {@code Needs attention (2)}
   */
  public String counted(String heading, long count) {
    return chinese ? heading + "（" + count + "）" : heading + " (" + count + ")";
  }

  /**
   * Puts a text in brackets, as the language writes them.
   *
   * @param text the text
   * @return {@code （text）} or {@code  (text)}
   */
  public String bracket(String text) {
    return chinese ? "（" + text + "）" : " (" + text + ")";
  }
}
