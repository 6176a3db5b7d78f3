package io.github.newinfra.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.newinfra.model.internal.NewInfraStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A target a document sets: an indicator, a region, a {@link Comparator} with its value(s), a due year, an
 * optional baseline, and the verbatim source.
 *
 * <p>The comparator decides which values are present:
 * <table class="striped">
 *   <caption>Fields by comparator</caption>
 *   <tr><th>comparator</th><th>value</th><th>upperValue</th><th>tolerance</th><th>basically</th></tr>
 *   <tr><td>AT_LEAST, GREATER_THAN, AT_MOST, LESS_THAN</td><td>required</td><td>-</td><td>-</td><td>-</td></tr>
 *   <tr><td>APPROXIMATELY</td><td>required</td><td>-</td><td>required, 0 &lt; t &lt; 1</td><td>-</td></tr>
 *   <tr><td>BETWEEN</td><td>required (lower)</td><td>required, &ge; value</td><td>-</td><td>-</td></tr>
 *   <tr><td>COVERAGE</td><td>-</td><td>-</td><td>-</td><td>optional</td></tr>
 *   <tr><td>QUALITATIVE</td><td>-</td><td>-</td><td>-</td><td>-</td></tr>
 * </table>
 * Every comparator but QUALITATIVE needs an indicator. A COVERAGE target means 100% of its indicator (a
 * percentage); {@code basically} records the document's 基本. Construction rejects any other combination
 * with an {@link InvalidValueException} naming the target and the rule.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = Target.class)
@JsonDeserialize(as = Target.class)
@NewInfraStyle.WithoutFrom
abstract class AbstractTarget implements Sourced {
  /** The full-coverage value of a COVERAGE target, 100%. */
  public static final Quantity FULL_COVERAGE = Quantity.parse("100%");

  @Override
  public abstract FactId id();

  /**
   * Returns the measure that sets the target.
   *
   * @return the measure id
   */
  public abstract MeasureId measure();

  /**
   * Returns the indicator the target is about.
   *
   * @return the indicator, always present unless the target is QUALITATIVE
   */
  public abstract Optional<IndicatorId> indicator();

  /**
   * Returns the region the target applies to.
   *
   * @return the region, by its GB/T 2260 code (required: there is no default region)
   */
  public abstract RegionCode region();

  /**
   * Returns how the target compares a value with its stated value(s).
   *
   * @return the comparator
   */
  public abstract Comparator comparator();

  /**
   * Returns the stated value, the lower bound of a BETWEEN target; for a {@linkplain #relative() relative} target,
   * the value derived from its baseline.
   *
   * @return the value; empty for COVERAGE and QUALITATIVE targets
   */
  public abstract Optional<Quantity> value();

  /**
   * Returns the upper bound of a BETWEEN target.
   *
   * @return the upper bound; empty for every other comparator
   */
  public abstract Optional<Quantity> upperValue();

  /**
   * Returns the relative tolerance of an APPROXIMATELY target, e.g. {@code 0.1} for ±10%. The documents say
   * 左右 without a number; the catalog states the tolerance it reads into it.
   *
   * @return the tolerance; empty for every other comparator
   */
  public abstract Optional<BigDecimal> tolerance();

  /**
   * Tells whether a COVERAGE target is hedged as 基本 ("basically").
   *
   * @return true for 基本…全覆盖
   */
  @Value.Default
  public boolean basically() {
    return false;
  }

  /**
   * Returns the year by whose end the target is due.
   *
   * @return the year
   */
  public abstract int dueYear();

  /**
   * Tells whether the due year is implied by the text rather than stated.
   *
   * @return true if inferred
   */
  @Value.Default
  public boolean dueYearInferred() {
    return false;
  }

  /**
   * Returns where the target starts from.
   *
   * @return the baseline, if the documents report one
   */
  public abstract Optional<Baseline> baseline();

  /**
   * Returns how the target is stated relative to its baseline (翻一番, 增长50%, 提高5个百分点), when the text states it
   * so. Its {@link #value()} is then derived from the baseline exactly ({@link RelativeChange#apply}): a catalog
   * may leave {@code value} out, or write it, in which case it must equal the derived value.
   *
   * @return the relative change, if the target is relative
   */
  public abstract Optional<RelativeChange> relative();

  /**
   * Returns a short Chinese description.
   *
   * @return the description, if any
   */
  public abstract Optional<String> descriptionZh();

  /**
   * Returns a short English description.
   *
   * @return the description, if any
   */
  public abstract Optional<String> descriptionEn();

  /**
   * Returns the target's description in a locale's language: Chinese for {@code zh}, English otherwise, else the other.
   *
   * @param locale the reader's locale, e.g. {@link java.util.Locale#SIMPLIFIED_CHINESE}
   * @return the target's description; empty if it has none in either language
   */
  public Optional<String> description(java.util.Locale locale) {
    return io.github.newinfra.model.internal.Languages.pick(locale, descriptionZh(), descriptionEn());
  }

  @Override
  public abstract SourceRef source();

  /**
   * Returns the value that counts as reaching the target: {@link #value()} for most comparators, the lower
   * bound for BETWEEN, 100% for COVERAGE.
   *
   * @return the value; empty for QUALITATIVE targets
   */
  public Optional<Quantity> referenceValue() {
    return comparator() == Comparator.COVERAGE ? Optional.of(FULL_COVERAGE) : value();
  }

  @Value.Check
  AbstractTarget check() {
    if (relative().isPresent()) {
      Comparator c = comparator();
      Checks.check(c != Comparator.BETWEEN && c != Comparator.COVERAGE && c != Comparator.QUALITATIVE,
          "Invalid target '%s': comparator %s cannot be stated relative to a baseline", id(), c);
      Checks.check(baseline().isPresent(), "Invalid target '%s': a relative target (%s) needs a baseline to derive "
          + "its value from", id(), relative().get().textZh());
      Quantity derived = relative().get().apply(baseline().get().value());
      if (value().isEmpty()) {
        return Target.copyOf(this).withValue(derived);
      }
      Checks.check(value().get().isEquivalentTo(derived), "Invalid target '%s': value %s differs from %s, %s of the "
          + "baseline %s; leave value out or write the derived value", id(), value().get(), derived,
          relative().get().textZh(), baseline().get().value());
    }
    Checks.check(id().kind() == FactKind.TARGET, "Invalid target '%s': the id must be of kind 'target'", id());
    Checks.check(measure().document().equals(id().document()) && source().document().equals(id().document()),
        "Invalid target '%s': its measure '%s' and source '%s' must be of document '%s'",
        id(), measure(), source().document(), id().document());
    Checks.check(dueYear() >= Period.MIN_YEAR && dueYear() <= Period.MAX_YEAR,
        "Invalid target '%s': due year %d outside %d–%d", id(), dueYear(), Period.MIN_YEAR, Period.MAX_YEAR);
    Comparator c = comparator();
    boolean needsValue = c != Comparator.COVERAGE && c != Comparator.QUALITATIVE;
    Checks.check(value().isPresent() == needsValue,
        "Invalid target '%s': comparator %s %s", id(), c, needsValue ? "requires a value" : "takes no value");
    Checks.check(upperValue().isPresent() == (c == Comparator.BETWEEN),
        "Invalid target '%s': comparator %s %s an upperValue", id(), c, c == Comparator.BETWEEN ? "requires" : "takes no");
    Checks.check(tolerance().isPresent() == (c == Comparator.APPROXIMATELY),
        "Invalid target '%s': comparator %s %s a tolerance", id(), c,
        c == Comparator.APPROXIMATELY ? "requires" : "takes no");
    Checks.check(!basically() || c == Comparator.COVERAGE,
        "Invalid target '%s': only a COVERAGE target can be 'basically', not %s", id(), c);
    Checks.check(indicator().isPresent() || c == Comparator.QUALITATIVE,
        "Invalid target '%s': comparator %s requires an indicator", id(), c);
    tolerance().ifPresent(t -> Checks.check(t.signum() > 0 && t.compareTo(BigDecimal.ONE) < 0,
        "Invalid target '%s': tolerance %s must be greater than 0 and less than 1", id(), t.toPlainString()));
    upperValue().ifPresent(upper -> {
      Quantity lower = value().orElseThrow();
      Checks.check(lower.unit().isConvertibleTo(upper.unit()),
          "Invalid target '%s': BETWEEN bounds %s and %s are of different dimensions", id(), lower, upper);
      Checks.check(lower.compareTo(upper) <= 0,
          "Invalid target '%s': BETWEEN lower bound %s is greater than upper bound %s", id(), lower, upper);
    });
    baseline().ifPresent(b -> {
      referenceValue().ifPresent(v -> Checks.check(v.unit().isConvertibleTo(b.value().unit()),
          "Invalid target '%s': baseline %s and target value %s are of different dimensions", id(), b.value(), v));
      Checks.check(b.period().year() <= dueYear(),
          "Invalid target '%s': baseline period %s is after the due year %d", id(), b.period(), dueYear());
    });
    return this;
  }
}
