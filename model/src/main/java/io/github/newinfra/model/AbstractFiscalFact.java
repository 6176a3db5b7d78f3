package io.github.newinfra.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.newinfra.model.internal.NewInfraStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A budget, incentive or tax fact a measure states, e.g. 2020年计划投资 120亿元 or a 200万元 one-off award.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = FiscalFact.class)
@JsonDeserialize(as = FiscalFact.class)
@NewInfraStyle.WithoutFrom
abstract class AbstractFiscalFact implements Sourced {
  @Override
  public abstract FactId id();

  /**
   * Returns the measure that states the fact.
   *
   * @return the measure id
   */
  public abstract MeasureId measure();

  /**
   * Returns the kind of fact.
   *
   * @return the kind
   */
  public abstract FiscalKind kind();

  /**
   * Returns the amount, rate or duration.
   *
   * @return the amount, if the text states one
   */
  public abstract Optional<Quantity> amount();

  /**
   * Returns the period the fact applies to.
   *
   * @return the period, if the text states one
   */
  public abstract Optional<Period> period();

  /**
   * Returns a short Chinese description, including who qualifies.
   *
   * @return the description, if any
   */
  public abstract Optional<String> descriptionZh();

  /**
   * Returns a short English description, including who qualifies.
   *
   * @return the description, if any
   */
  public abstract Optional<String> descriptionEn();

  /**
   * Returns the fiscal fact's description in a locale's language: Chinese for {@code zh}, English otherwise, else the other.
   *
   * @param locale the reader's locale, e.g. {@link java.util.Locale#SIMPLIFIED_CHINESE}
   * @return the fiscal fact's description; empty if it has none in either language
   */
  public Optional<String> description(java.util.Locale locale) {
    return io.github.newinfra.model.internal.Languages.pick(locale, descriptionZh(), descriptionEn());
  }

  @Override
  public abstract SourceRef source();

  @Value.Check
  void check() {
    Checks.check(id().kind() == FactKind.FISCAL, "Invalid fiscal fact '%s': the id must be of kind 'fiscal'", id());
    Checks.check(measure().document().equals(id().document()) && source().document().equals(id().document()),
        "Invalid fiscal fact '%s': its measure '%s' and source must be of document '%s'", id(), measure(),
        id().document());
  }
}
