package io.github.newinfra.core.internal.wording;

import io.github.newinfra.core.BaselineOrigin;
import io.github.newinfra.core.Decision;
import io.github.newinfra.core.EvaluationOptions;
import io.github.newinfra.core.ObsStatus;
import io.github.newinfra.core.ObservationRef;
import io.github.newinfra.core.Span;
import io.github.newinfra.core.TargetResult;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.Region;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.RegionLevel;
import io.github.newinfra.model.ValueQualifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders a result's explanation, in Chinese or English, from its numbers and its {@link Decision}: the one
 * place where the explanations' wording lives (the public way in is {@link io.github.newinfra.core.Explainer}). Both languages say the same things: the status, the value and its period, the target,
 * the rule's reasoning (baseline and its origin, share of the gap closed against share of time elapsed), then
 * flags (lower bound and coverage, data that is not final, sources). Not part of the API.
 */
public final class Explanations {
  private Explanations() {}

  /** Two lines of one explanation under construction. */
  private static final class Lines {
    final StringBuilder en = new StringBuilder();
    final StringBuilder zh = new StringBuilder();

    Lines add(String english, String chinese) {
      en.append(english);
      zh.append(chinese);
      return this;
    }
  }

  /**
   * What an explanation needs of the catalog: its names, and every region's children (the catalog's and the region
   * registry's).
   *
   * @param data the catalog content, completed with the registry's regions
   * @param below per region, the regions one level below it
   */
  public record Context(CatalogData data, Map<RegionCode, List<RegionCode>> below) {
    List<RegionCode> children(RegionCode region) {
      return below.getOrDefault(region, List.of());
    }
  }

  /**
   * Says why a result has its status, in Chinese ({@code zh}) or English (any other language).
   *
   * @param r the result
   * @param asOf the evaluation date it was made on
   * @param options the options it was made with
   * @param context the catalog's names and regions
   * @param locale the language
   * @return one line
   */
  public static String explain(TargetResult r, LocalDate asOf, EvaluationOptions options, Context context,
      Locale locale) {
    Decision d = r.decision();
    Lines l = new Lines();
    l.add(Text.statusEn(r.status()) + ": ", Text.statusZh(r.status()) + "：");
    String targetEn = targetEn(r) + " due " + r.dueYear();
    String targetZh = r.dueYear() + "年" + targetZh(r);
    String valueEn = valueEn(r);
    String valueZh = valueZh(r);
    String ind = r.indicator().map(Object::toString).orElse("");
    String indZh = r.indicator().map(i -> indicatorZh(context, i.value())).orElse("");
    switch (d.rule()) {
      case QUALITATIVE_NOT_ASSESSED:
        l.add("a qualitative goal awaiting an assessment.", "定性目标，尚无评估。");
        break;
      case QUALITATIVE_ASSESSED:
        l.add("assessed " + r.assessment().orElseThrow().verdict() + " — " + r.assessment().get().note(),
            "评估为" + verdictZh(r) + "——" + r.assessment().get().note());
        break;
      case UNKNOWN_INDICATOR:
        l.add("indicator '" + ind + "' is not in the catalog.", "目录中没有指标“" + ind + "”。");
        break;
      case UNIT_MISMATCH:
        l.add("the target's unit '" + r.unit() + "' cannot measure indicator '" + ind + "' in '"
            + d.indicatorUnit().orElse("") + "'.", "目标单位“" + r.unit() + "”与指标" + indZh + "的单位“"
            + d.indicatorUnit().orElse("") + "”不可换算。");
        break;
      case NO_OBSERVATION:
        l.add("no usable observation of " + ind + " for " + regionEn(context, r.region())
            + d.flowPeriodStart().map(s -> " inside the target period " + s + " to " + r.dueYear() + "-12-31")
                .orElse("") + " at or before " + asOf + "; target " + targetEn + ".",
            "截至" + asOf + "没有" + regionZh(context, r.region()) + indZh + "的可用观测值"
            + d.flowPeriodStart().map(s -> "（目标期" + s + "至" + r.dueYear() + "年底内）").orElse("")
            + "；目标" + targetZh + "。");
        break;
      case OVERFLOW:
        l.add("the observations of " + ind + " sum beyond the range of numbers (about 1.8e308); check their units"
            + " and UNIT_MULT. Target " + targetEn + ".", indZh + "的观测值之和超出数值范围，"
            + "请检查单位和数量级；目标" + targetZh + "。");
        break;
      case ACHIEVED:
        l.add(valueEn + " meets " + targetEn + (asOf.getYear() > r.dueYear() ? ", on time" : "") + ".",
            valueZh + "达到目标" + targetZh + (asOf.getYear() > r.dueYear() ? "，按期实现" : "") + "。");
        break;
      case ACHIEVED_LATE:
        l.add(targetEn + " was not met by the end of " + r.dueYear() + " (" + dueEvidence(r) + "); it was first met,"
            + " after the due year, by " + valueEn + ".", "目标" + targetZh + "未按期实现：" + r.dueYear() + "年底为"
            + dueEvidenceZh(r) + "；逾期后首次达到：" + valueZh + "。");
        break;
      case ACHIEVED_TIMING_UNKNOWN:
        l.add(valueEn + " meets " + targetEn + "; no observation shows whether it was met by the end of "
            + r.dueYear() + ".", r.valuePeriod().map(p -> p.year() + "年").orElse("") + "已实现：" + valueZh
            + "达到目标" + targetZh + "；" + r.dueYear() + "年底情况无数据。");
        break;
      case BASICALLY_ACHIEVED:
        l.add(valueEn + ", reported as basically (基本) reached, against " + targetEn + ": basically achieved, not"
            + " confirmed in full.", valueZh + "，表述为“基本”实现，目标" + targetZh + "：基本完成，未确认全面完成。");
        break;
      case BASICALLY_ACHIEVED_BY_SHARE:
        l.add(valueEn + " against " + targetEn + ": not met by the end of " + r.dueYear() + gapClosedEn(r)
            + ", at or above the " + pct(options.basicallyAchievedShare().orElse(0)) + " this evaluation counts as"
            + " basically achieved.", valueZh + "，目标" + targetZh + "：至" + r.dueYear() + "年底未全面实现"
            + gapClosedZh(r) + "，达到本次评估设定的基本完成标准（" + pct(options.basicallyAchievedShare().orElse(0))
            + "）。");
        break;
      case MISSED:
        l.add(valueEn + " against " + targetEn + ": not met by the end of " + r.dueYear() + " nor by " + asOf
            + gapClosedEn(r) + ".", valueZh + "，目标" + targetZh + "：至" + r.dueYear() + "年底及评估日" + asOf
            + "均未实现" + gapClosedZh(r) + "。");
        break;
      case MISSED_LATER:
        l.add(valueEn + " against " + targetEn + ": no observation for " + r.dueYear() + ", and this later one"
            + " shows the target not met by " + asOf + gapClosedEn(r) + ".", valueZh + "，目标" + targetZh + "："
            + r.dueYear() + "年无观测值，其后的数据表明至评估日" + asOf + "仍未实现" + gapClosedZh(r) + "。");
        break;
      case NO_DUE_YEAR_DATA:
        boolean partial = r.valuePeriod().map(p -> p.end().getYear() >= r.dueYear()).orElse(false);
        l.add((partial ? "no complete figure for " + r.dueYear() + " (some parts are older)" : "no observation for "
            + r.dueYear()) + "; the latest is " + valueEn + lastRatingEn(d) + ". Whether " + targetEn
            + " was met cannot be decided without data for " + r.dueYear() + ".", (partial ? "缺少完整的" + r.dueYear()
            + "年数据（部分数据较早）" : r.dueYear() + "年无观测值") + "；最新数据为" + valueZh + lastRatingZh(d) + "。缺少"
            + r.dueYear() + "年数据，无法判断是否实现目标" + targetZh + "。");
        break;
      case RUNNING_SUM_UNDER_CAP:
        l.add(valueEn + " is within " + targetEn + " so far, but the period runs to the end of " + r.dueYear()
            + "; a running sum cannot prove a cap before its period is covered.", valueZh + "目前在目标" + targetZh
            + "以内，但目标期至" + r.dueYear() + "年底；累计值在目标期结束前不能证明未超过上限。");
        break;
      case LOWER_BOUND:
        l.add(valueEn + " is only a lower bound of the figure (" + coverageEn(r, d, context) + "); it does not prove "
            + targetEn + ", and a figure with missing parts is never rated.", valueZh + "只是下限（"
            + coverageZh(r, d, context) + "），不能证明达到目标" + targetZh + "；缺失部分的数据不作评级。");
        break;
      case NOTHING_AFTER_BASELINE:
        if (d.baselineOrigin().orElse(null) == BaselineOrigin.EARLIEST_OBSERVATION) {
          l.add(valueEn + " is the only point in time; a second is needed to rate progress towards " + targetEn + ".",
              valueZh + "是唯一的时点，至少需要两个时点才能评估向目标" + targetZh + "的进度。");
        } else {
          l.add("no observation ends after the baseline" + baselineEn(r) + "; " + valueEn
              + " cannot show progress towards " + targetEn + ".", "基期值" + baselineZh(r) + "之后没有观测值；"
              + valueZh + "不能反映向目标" + targetZh + "的进度。");
        }
        break;
      case BASELINE_MET_MOVED_AWAY:
        l.add("the baseline" + baselineEn(r) + " already met " + targetEn + ", and " + valueEn
            + " has moved away from it.", "基期值" + baselineZh(r) + "已达到目标" + targetZh + "，而采用值" + valueZh
            + "已偏离目标。");
        break;
      case BASELINE_MET:
        l.add("the baseline" + baselineEn(r) + " already met " + targetEn + ", and " + valueEn
            + " sits on the edge of it; progress cannot be rated.", "基期值" + baselineZh(r) + "已达到目标" + targetZh
            + "，采用值" + valueZh + "位于目标边界，无法评估进度。");
        break;
      case BASELINE_ON_EDGE:
        l.add("the baseline" + baselineEn(r) + " sits exactly on the edge of " + targetEn + " without meeting it;"
            + " there is no gap to measure progress over.", "基期值" + baselineZh(r) + "恰在目标" + targetZh
            + "的边界上，并未达到目标，无法据此衡量进度。");
        break;
      case NO_ELAPSED_TIME:
        l.add("the baseline" + baselineEn(r) + " is not before the due date of " + targetEn
            + "; there is no time to rate progress over.", "基期值" + baselineZh(r) + "不早于目标" + targetZh
            + "的期限，无法评估进度。");
        break;
      case CAGR_NEEDS_POSITIVE_VALUES:
        l.add("the growth-rate (CAGR) method needs positive values, but the baseline" + baselineEn(r)
            + " and " + valueEn + " are not both positive; target " + targetEn + ".", "复合增长率法要求正值，但基期值"
            + baselineZh(r) + "与采用值" + valueZh + "不全为正；目标" + targetZh + "。");
        break;
      case LINEAR:
        l.add(valueEn + " against " + targetEn + ": closed " + pct(r.attainment().getAsDouble()) + " of the gap from "
            + baselineValueEn(r) + " to " + edge(r) + " (" + r.dueYear() + ") with " + pct(r.expected().getAsDouble())
            + " of the time elapsed — " + Text.statusEn(r.status()).toLowerCase(Locale.ROOT) + " (ratio "
            + Text.ratio(r.ratio().getAsDouble()) + ")" + (d.overshoot()
                ? "; the value overshoots the target band, which counts against it" : "") + ".",
            valueZh + "，目标" + targetZh + "：自" + baselineValueZh(r) + "至" + edgeZh(r) + "的差距已完成"
            + pct(r.attainment().getAsDouble()) + "，时间进度" + pct(r.expected().getAsDouble()) + "，进度比"
            + Text.ratio(r.ratio().getAsDouble()) + "，" + Text.statusZh(r.status())
            + (d.overshoot() ? "；采用值超出目标区间，超出部分计为差距" : "") + "。");
        break;
      case CAGR:
        l.add(valueEn + " against " + targetEn + ": grew " + pct(d.actualGrowth().getAsDouble()) + " a year from "
            + baselineValueEn(r) + ", against the " + pct(d.requiredGrowth().getAsDouble()) + " a year needed to reach "
            + edge(r) + " by " + r.dueYear() + " — " + Text.statusEn(r.status()).toLowerCase(Locale.ROOT)
            + " (ratio " + Text.ratio(r.ratio().getAsDouble()) + ").",
            valueZh + "，目标" + targetZh + "：自" + baselineValueZh(r) + "起年均增长" + pct(d.actualGrowth().getAsDouble())
            + "，而" + r.dueYear() + "年达到" + edgeZh(r) + "需年均增长" + pct(d.requiredGrowth().getAsDouble())
            + "，进度比" + Text.ratio(r.ratio().getAsDouble()) + "，" + Text.statusZh(r.status()) + "。");
        break;
      default:
        throw new IllegalStateException("no wording for rule " + d.rule());
    }
    flags(r, d, asOf, options, context, l);
    return "zh".equals(locale.getLanguage()) ? l.zh.toString() : l.en.toString();
  }

  /** The value at the end of the due year that made a target late: {@code 55（2021）}, {@code 100（2020，基本）}. */
  private static String dueEvidence(TargetResult r) {
    Decision d = r.decision();
    return Text.number(d.dueYearValue().orElse(0)) + r.unit() + "（" + d.dueYearEvidence().map(Period::toString).orElse("")
        + (d.dueYearBasically() ? "，基本" : "") + "）";
  }

  /** As {@link #dueEvidence}, worded in Chinese: {@code 100%（2020，表述为“基本”实现）}. */
  private static String dueEvidenceZh(TargetResult r) {
    Decision d = r.decision();
    return Text.numberZh(d.dueYearValue().orElse(0)) + r.unit() + "（" + d.dueYearEvidence().map(Period::toString)
        .orElse("") + (d.dueYearBasically() ? "，表述为“基本”实现" : "") + "）";
  }

  private static String lastRatingEn(Decision d) {
    return d.lastRating().map(s -> ", on which it was last rated " + Text.statusEn(s).toLowerCase(Locale.ROOT)
        + d.lastRatio().stream().mapToObj(x -> " (ratio " + Text.ratio(x) + ")").findFirst().orElse(""))
        .orElse("");
  }

  private static String lastRatingZh(Decision d) {
    return d.lastRating().map(s -> "，据此最近一次评为“" + Text.statusZh(s) + "”"
        + d.lastRatio().stream().mapToObj(x -> "，进度比" + Text.ratio(x)).findFirst().orElse(""))
        .orElse("");
  }

  /**
   * The flags every explanation ends with: coverage of a sum, a previous period's flow, hedged values, figures the
   * documents report, a projected year already past, stale data, non-final data, sources.
   */
  private static void flags(TargetResult r, Decision d, LocalDate asOf, EvaluationOptions options, Context context,
      Lines l) {
    if (d.citiesTotal() > 0 && d.rule() != io.github.newinfra.core.Rule.LOWER_BOUND) {
      l.add(" Summed over " + coverageEn(r, d, context) + ".", "由" + coverageZh(r, d, context) + "加总。");
    }
    if (d.previousPeriodFlow().isPresent() && r.value().isPresent()) {
      l.add(" The catalog's baseline " + Text.number(d.previousPeriodFlow().getAsDouble()) + r.unit()
          + " is a previous period's flow, shown for context; this flow counts from 0 on "
          + d.flowPeriodStart().map(Object::toString).orElse("") + ".", "规划基期值" + Text.numberZh(
          d.previousPeriodFlow().getAsDouble()) + r.unit() + "是上一时期的流量，仅供参考；本期流量自"
          + d.flowPeriodStart().map(Object::toString).orElse("") + "起从0累计。");
    }
    if (r.observations().stream().anyMatch(o -> o.reported().isPresent())) {
      l.add(" Includes the documents' own reported figures (规划文本).", "含规划文本所报数据。");
    }
    List<String> hedgesEn = new ArrayList<>();
    List<String> hedgesZh = new ArrayList<>();
    for (ObservationRef o : r.observations()) {
      if (o.qualifier() != ValueQualifier.EXACT) {
        hedgesEn.add(Text.number(o.value()) + r.unit() + " (" + o.period() + ") " + hedgeEn(o.qualifier()));
        hedgesZh.add(Text.numberZh(o.value()) + r.unit() + "（" + o.period() + "）" + hedgeZh(o.qualifier()));
      }
    }
    if (!hedgesEn.isEmpty()) {
      l.add(" Hedged: " + String.join("; ", hedgesEn) + ".", "数据有限定：" + String.join("；", hedgesZh) + "。");
    }
    if (r.projection().flatMap(p -> p.reachYear().isPresent() ? Optional.of(p.reachYear().getAsInt())
        : Optional.empty()).map(y -> y < asOf.getYear()).orElse(false) && !r.status().isVerdict()) {
      int year = r.projection().get().reachYear().getAsInt();
      l.add(" By the trend the target should have been reached in " + year + "; no later data confirms it.",
          "按趋势应于" + year + "年达到，之后无数据证实。");
    }
    if (d.suspectFraction()) {
      l.add(" A share used looks written as a fraction of 1 (0.975 for 97.5%); check the data warnings.",
          "所用数据中有百分比疑似按小数填写（如0.975实为97.5%），请核对数据提示。");
    }
    if (r.stale()) {
      String end = d.oldestContribution().orElse(r.valuePeriod().orElseThrow()).toString();
      l.add(" Stale: the data runs to " + end + ", " + r.dataAgeMonths().orElse(0) + " months before " + asOf
          + " (more than " + options.staleAfterMonths() + "); newer figures are needed.", "数据陈旧：数据截至" + end
          + "，距评估日" + asOf + "已" + r.dataAgeMonths().orElse(0) + "个月（超过" + options.staleAfterMonths()
          + "个月），需补充新数据。");
    }
    List<String> flagged = r.obsStatuses().stream().filter(s -> s != ObsStatus.A).map(Explanations::statusName)
        .collect(Collectors.toList());
    if (!flagged.isEmpty()) {
      l.add(" Rests on data that is not final: " + String.join(", ", flagged) + ".", "所用数据非最终数据："
          + r.obsStatuses().stream().filter(s -> s != ObsStatus.A).map(Explanations::statusNameZh)
              .collect(Collectors.joining("、")) + "。");
    }
    if (!r.sources().isEmpty()) {
      l.add(" Sources: " + String.join("; ", r.sources()) + ".", "来源：" + String.join("；", r.sources()) + "。");
    }
  }

  private static String hedgeEn(ValueQualifier q) {
    switch (q) {
      case MORE_THAN: return "is \"more than\" (超过), a lower bound";
      case AT_LEAST: return "is \"at least\" (以上), a lower bound";
      case APPROXIMATELY: return "is approximate (约/左右)";
      default: return "is reached basically (基本), not in full";
    }
  }

  private static String hedgeZh(ValueQualifier q) {
    switch (q) {
      case MORE_THAN: return "为“超过”，仅是下限";
      case AT_LEAST: return "为“以上”，仅是下限";
      case APPROXIMATELY: return "为约数";
      default: return "为“基本”实现，并非全面实现";
    }
  }

  private static String statusName(ObsStatus s) {
    switch (s) {
      case P: return "P (provisional)";
      case E: return "E (estimated)";
      case B: return "B (break in series)";
      case D: return "D (definition differs)";
      case I: return "I (imputed)";
      case N: return "N (not significant)";
      case S: return "S (strike or special circumstance)";
      case U: return "U (low reliability)";
      case V: return "V (unvalidated)";
      default: return s.name();
    }
  }

  private static String statusNameZh(ObsStatus s) {
    switch (s) {
      case P: return "初步数";
      case E: return "估计数";
      case B: return "序列中断";
      case D: return "口径不同";
      case I: return "推算数";
      case N: return "不显著";
      case S: return "特殊情况";
      case U: return "可靠性低";
      case V: return "未核实";
      default: return s.name();
    }
  }

  private static String verdictZh(TargetResult r) {
    switch (r.assessment().orElseThrow().verdict()) {
      case MET: return "已达到";
      case PARTLY_MET: return "部分达到";
      default: return "未达到";
    }
  }

  private static String pct(double share) {
    return Text.percent(share);
  }

  private static String targetEn(TargetResult r) {
    Decision d = r.decision();
    return Text.targetEn(r.comparator(), Text.number(r.targetValue().orElse(0)),
        Text.number(d.targetUpper().orElse(0)), Text.number(d.tolerancePercent().orElse(0)), d.basically(), r.unit());
  }

  private static String targetZh(TargetResult r) {
    Decision d = r.decision();
    return Text.targetZh(r.comparator(), Text.numberZh(r.targetValue().orElse(0)),
        Text.numberZh(d.targetUpper().orElse(0)), Text.number(d.tolerancePercent().orElse(0)), d.basically(), r.unit());
  }

  private static String valueEn(TargetResult r) {
    if (r.valuePeriod().isEmpty()) {
      return "no value";
    }
    String v = r.value().isPresent() ? Text.number(r.value().getAsDouble()) + r.unit() : "a sum out of range";
    int n = r.observations().size();
    return v + " (" + r.valuePeriod().get() + (n > 1 ? ", sum of " + n + " observations" : "") + ")";
  }

  private static String valueZh(TargetResult r) {
    if (r.valuePeriod().isEmpty()) {
      return "无值";
    }
    String v = r.value().isPresent() ? Text.numberZh(r.value().getAsDouble()) + r.unit() : "超出范围的和";
    int n = r.observations().size();
    return v + "（" + r.valuePeriod().get() + (n > 1 ? "，" + n + "个观测值之和" : "") + "）";
  }

  private static String originEn(Decision d) {
    switch (d.baselineOrigin().orElseThrow()) {
      case CATALOG: return "the catalog's baseline for " + d.baselinePeriod().map(Period::toString).orElse("");
      case EARLIEST_OBSERVATION: return "the earliest observation, " + d.baselinePeriod().map(Period::toString)
          .orElse("");
      default: return "zero at the start of the target period, " + d.flowPeriodStart().map(Object::toString)
          .orElse("");
    }
  }

  private static String originZh(Decision d) {
    switch (d.baselineOrigin().orElseThrow()) {
      case CATALOG: return "规划基期值，" + d.baselinePeriod().map(Period::toString).orElse("");
      case EARLIEST_OBSERVATION: return "最早观测值，" + d.baselinePeriod().map(Period::toString).orElse("");
      default: return "目标期起点" + d.flowPeriodStart().map(Object::toString).orElse("") + "的零值";
    }
  }

  private static String baselineValueEn(TargetResult r) {
    return Text.number(r.baseline().orElse(0)) + r.unit() + " (" + originEn(r.decision()) + ")";
  }

  private static String baselineValueZh(TargetResult r) {
    return Text.numberZh(r.baseline().orElse(0)) + r.unit() + "（" + originZh(r.decision()) + "）";
  }

  private static String baselineEn(TargetResult r) {
    return r.baseline().isPresent() && r.decision().baselineOrigin().isPresent() ? " " + baselineValueEn(r) : "";
  }

  private static String baselineZh(TargetResult r) {
    return r.baseline().isPresent() && r.decision().baselineOrigin().isPresent() ? baselineValueZh(r) : "";
  }

  /** As {@link #edge}, the number written as a Chinese report writes it. */
  private static String edgeZh(TargetResult r) {
    return Text.numberZh(edgeValue(r)) + r.unit();
  }

  /** The edge of the target's band the baseline must move to. */
  private static String edge(TargetResult r) {
    return Text.number(edgeValue(r)) + r.unit();
  }

  private static double edgeValue(TargetResult r) {
    Decision d = r.decision();
    double v = r.targetValue().orElse(0);
    double b = r.baseline().orElse(0);
    double lo = v;
    double hi = v;
    if (r.comparator() == Comparator.APPROXIMATELY) {
      double tol = d.tolerancePercent().orElse(0) / 100;
      lo = v * (1 - tol);
      hi = v * (1 + tol);
    } else if (r.comparator() == Comparator.BETWEEN) {
      hi = d.targetUpper().orElse(v);
    }
    return b > hi ? hi : lo;
  }

  private static String gapClosedEn(TargetResult r) {
    return r.attainment().isPresent() && r.baseline().isPresent() ? "; closed " + pct(r.attainment().getAsDouble())
        + " of the gap from " + baselineValueEn(r) : "";
  }

  private static String gapClosedZh(TargetResult r) {
    return r.attainment().isPresent() && r.baseline().isPresent() ? "；已完成自" + baselineValueZh(r) + "起差距的"
        + pct(r.attainment().getAsDouble()) : "";
  }

  private static String coverageEn(TargetResult r, Decision d, Context context) {
    List<String> parts = new ArrayList<>();
    if (d.citiesTotal() > 0) {
      parts.add(d.citiesCovered().size() + " of " + d.citiesTotal() + " " + childrenEn(context, r.region()) + " ("
          + d.citiesCovered().stream()
          .map(c -> regionEn(context, c)).collect(Collectors.joining(", ")) + "), the oldest figure from "
          + d.oldestContribution().map(Period::toString).orElse(""));
    }
    if (!d.gaps().isEmpty()) {
      parts.add("no data for " + d.gaps().stream().map(Span::toString).collect(Collectors.joining(", ")));
    }
    return String.join("; ", parts);
  }

  private static String coverageZh(TargetResult r, Decision d, Context context) {
    List<String> parts = new ArrayList<>();
    if (d.citiesTotal() > 0) {
      parts.add(d.citiesTotal() + "个" + childrenZh(context, r.region()) + "中" + d.citiesCovered().size() + "个有数据："
          + d.citiesCovered().stream()
          .map(c -> regionZh(context, c)).collect(Collectors.joining("、")) + "，最早一项为"
          + d.oldestContribution().map(Period::toString).orElse(""));
    }
    if (!d.gaps().isEmpty()) {
      parts.add(d.gaps().stream().map(g -> g.start() + "至" + g.end()).collect(Collectors.joining("、")) + "无数据");
    }
    return String.join("；", parts);
  }

  /** The level of a region's children, for words: PREFECTURE_CITY for a province. */
  private static RegionLevel childLevel(Context context, RegionCode region) {
    List<RegionCode> below = context.children(region);
    for (Region candidate : context.data().regions()) {
      if (!below.isEmpty() && candidate.code().equals(below.get(0))) {
        return candidate.level();
      }
    }
    return RegionLevel.PREFECTURE_CITY;
  }

  /** What a region's children are called in English: provinces, cities or counties. */
  private static String childrenEn(Context context, RegionCode region) {
    switch (childLevel(context, region)) {
      case PROVINCE:
        return "provinces";
      case COUNTY:
        return "counties";
      default:
        return "cities";
    }
  }

  /** What a region's children are called in Chinese: 省级行政区, 设区市 or 县级行政区. */
  private static String childrenZh(Context context, RegionCode region) {
    switch (childLevel(context, region)) {
      case PROVINCE:
        return "省级行政区";
      case COUNTY:
        return "县级行政区";
      default:
        return "设区市";
    }
  }

  private static String regionEn(Context context, RegionCode code) {
    for (Region region : context.data().regions()) {
      if (region.code().equals(code)) {
        return region.nameEn();
      }
    }
    return code.value();
  }

  /** An indicator's Chinese name, in the marks Chinese text quotes a name with; the id when the catalog has none. */
  private static String indicatorZh(Context context, String id) {
    for (io.github.newinfra.model.Indicator i : context.data().indicators()) {
      if (i.id().value().equals(id)) {
        // a name that quotes a term itself is not quoted again: no quotes inside quotes
        return i.nameZh().contains("“") ? "指标" + i.nameZh() : "“" + i.nameZh() + "”";
      }
    }
    return "指标" + id;
  }

  private static String regionZh(Context context, RegionCode code) {
    for (Region region : context.data().regions()) {
      if (region.code().equals(code)) {
        return region.nameZh();
      }
    }
    return code.value();
  }

}
