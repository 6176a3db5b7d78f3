package io.github.newinfra.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a target is stated relative to its baseline: 翻一番 (a factor of 2), 增长50% (50 percent more), 下降10% (10
 * percent less), 提高5个百分点 (5 percentage points more). Exactly one of {@link #factor()}, {@link #percent()} and
 * {@link #points()} is given; the target's value is derived from its baseline exactly ({@link #apply}).
 *
 * <table class="striped">
 *   <caption>Relative changes</caption>
 *   <tr><th>the text</th><th>JSON</th><th>from 2万亿元 or 60%</th></tr>
 *   <tr><td>翻一番</td><td>{@code {"factor": "2"}}</td><td>4万亿元</td></tr>
 *   <tr><td>翻两番</td><td>{@code {"factor": "4"}}</td><td>8万亿元</td></tr>
 *   <tr><td>增长50%</td><td>{@code {"percent": "50"}}</td><td>3万亿元</td></tr>
 *   <tr><td>下降10%</td><td>{@code {"percent": "-10"}}</td><td>1.8万亿元</td></tr>
 *   <tr><td>提高5个百分点</td><td>{@code {"points": "5"}}</td><td>65% (a share's baseline only)</td></tr>
 * </table>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = RelativeChange.class)
@JsonDeserialize(as = RelativeChange.class)
abstract class AbstractRelativeChange {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  private static final String[] DOUBLINGS = {"", "一", "两", "三"};

  /**
   * Returns the factor the baseline is multiplied by: 2 for 翻一番, 4 for 翻两番.
   *
   * @return the factor, greater than 0, if the change is one
   */
  public abstract Optional<BigDecimal> factor();

  /**
   * Returns the change in percent of the baseline: 50 for 增长50%, −10 for 下降10%.
   *
   * @return the percentage, greater than −100, if the change is one
   */
  public abstract Optional<BigDecimal> percent();

  /**
   * Returns the change in percentage points of a share: 5 for 提高5个百分点, −5 for 下降5个百分点.
   *
   * @return the points, if the change is one
   */
  public abstract Optional<BigDecimal> points();

  @Value.Check
  void check() {
    int given = (factor().isPresent() ? 1 : 0) + (percent().isPresent() ? 1 : 0) + (points().isPresent() ? 1 : 0);
    Checks.check(given == 1, "Invalid relative change: give exactly one of factor, percent and points, not %d", given);
    factor().ifPresent(f -> Checks.check(f.signum() > 0, "Invalid relative change: factor %s must be greater than 0",
        f.toPlainString()));
    percent().ifPresent(p -> Checks.check(p.compareTo(HUNDRED.negate()) > 0 && p.signum() != 0,
        "Invalid relative change: percent %s must be greater than -100 and not 0", p.toPlainString()));
    points().ifPresent(p -> Checks.check(p.signum() != 0, "Invalid relative change: points must not be 0"));
  }

  /**
   * Derives the target's value from its baseline, exactly, in the baseline's unit: {@code 2万亿元} doubled is
   * {@code 4万亿元}; {@code 60%} plus 5 points is {@code 65%}.
   *
   * @param baseline the baseline value
   * @return the derived value
   * @throws InvalidValueException for points of a baseline that is not a share, or a result below zero
   */
  public Quantity apply(Quantity baseline) {
    BigDecimal v = baseline.value();
    BigDecimal result;
    if (factor().isPresent()) {
      result = v.multiply(factor().get());
    } else if (percent().isPresent()) {
      result = v.add(v.multiply(percent().get()).divide(HUNDRED));
    } else {
      Checks.check(baseline.dimension() == Dimension.RATIO, "Invalid relative change: %s percentage points apply to a "
          + "share, but the baseline %s is %s", points().get().toPlainString(), baseline, baseline.unit().description());
      result = v.add(Quantity.of(points().get(), Unit.of("%")).to(baseline.unit()).value());
    }
    Checks.check(result.signum() >= 0, "Invalid relative change: %s from %s is below zero", textEn(), baseline);
    return Quantity.of(result, baseline.unit());
  }

  /**
   * Says the change as Chinese plans write it: 翻一番, 翻两番, 增长50%, 下降10%, 提高5个百分点, 下降5个百分点;
   * another factor as 达到基期的3倍.
   *
   * @return the text
   */
  public String textZh() {
    if (factor().isPresent()) {
      int doublings = doublings(factor().get());
      return doublings > 0 ? "翻" + DOUBLINGS[doublings] + "番" : "达到基期的" + factor().get().toPlainString() + "倍";
    }
    if (percent().isPresent()) {
      BigDecimal p = percent().get();
      return (p.signum() > 0 ? "增长" : "下降") + p.abs().toPlainString() + "%";
    }
    BigDecimal p = points().get();
    return (p.signum() > 0 ? "提高" : "下降") + p.abs().toPlainString() + "个百分点";
  }

  /**
   * Says the change in English: doubled, quadrupled, 3 times the baseline, up 50%, down 10%, up 5 percentage points.
   *
   * @return the text
   */
  public String textEn() {
    if (factor().isPresent()) {
      int doublings = doublings(factor().get());
      return doublings == 1 ? "doubled" : doublings == 2 ? "quadrupled"
          : factor().get().toPlainString() + " times the baseline";
    }
    if (percent().isPresent()) {
      BigDecimal p = percent().get();
      return (p.signum() > 0 ? "up " : "down ") + p.abs().toPlainString() + "%";
    }
    BigDecimal p = points().get();
    return (p.signum() > 0 ? "up " : "down ") + p.abs().toPlainString() + " percentage points";
  }

  /**
   * Returns the ways a text may write this change, for checking a target's quote: 翻一番 (翻番, 一倍, 2倍, 两倍) for a
   * factor of 2; the percentage and the points as numbers.
   *
   * @return the forms, each a phrase the quote may contain
   */
  public List<String> quoteForms() {
    List<String> forms = new ArrayList<>();
    if (factor().isPresent()) {
      BigDecimal f = factor().get();
      int doublings = doublings(f);
      if (doublings > 0) {
        forms.add("翻" + DOUBLINGS[doublings] + "番");
        if (doublings == 2) {
          forms.add("翻二番");
        }
      }
      if (doublings == 1) {
        forms.add("翻番");
        forms.add("一倍");
      }
      forms.add(f.toPlainString() + "倍");
      if (f.scale() <= 0 && f.intValueExact() < 10) {
        forms.add(DIGITS[f.intValueExact()] + "倍");
        if (f.intValueExact() == 2) {
          forms.add("两倍");
        }
      }
      return forms;
    }
    BigDecimal n = percent().orElseGet(() -> points().get()).abs();
    forms.add(n.toPlainString());
    return forms;
  }

  /** How many times a factor doubles: 1 for 2, 2 for 4, 3 for 8; 0 for any other factor. */
  private static int doublings(BigDecimal factor) {
    for (int d = 1; d <= 3; d++) {
      if (factor.compareTo(BigDecimal.valueOf(1L << d)) == 0) {
        return d;
      }
    }
    return 0;
  }
}
