package io.github.newinfra.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.newinfra.model.internal.NewInfraStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A figure a document reports as achieved, e.g. 2020年底 5G 基站 7.1 万座, with the hedge the text puts on it
 * (超过 50 万 is {@link ValueQualifier#MORE_THAN}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ReportedValue.class)
@JsonDeserialize(as = ReportedValue.class)
@NewInfraStyle.WithoutFrom
abstract class AbstractReportedValue implements Sourced {
  @Override
  public abstract FactId id();

  /**
   * Returns the section that reports the figure.
   *
   * @return the section id
   */
  public abstract SectionId section();

  /**
   * Returns the indicator the figure measures.
   *
   * @return the indicator id
   */
  public abstract IndicatorId indicator();

  /**
   * Returns the region the figure is for.
   *
   * @return the region, by its GB/T 2260 code (required: there is no default region)
   */
  public abstract RegionCode region();

  /**
   * Returns the period the figure refers to; a level is read at the period's end.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * Returns the figure.
   *
   * @return the value
   */
  public abstract Quantity value();

  /**
   * Returns how the text hedges the figure.
   *
   * @return the qualifier; EXACT unless the catalog says otherwise
   */
  @Value.Default
  public ValueQualifier qualifier() {
    return ValueQualifier.EXACT;
  }

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
   * Returns the reported figure's description in a locale's language: Chinese for {@code zh}, English otherwise, else the other.
   *
   * @param locale the reader's locale, e.g. {@link java.util.Locale#SIMPLIFIED_CHINESE}
   * @return the reported figure's description; empty if it has none in either language
   */
  public Optional<String> description(java.util.Locale locale) {
    return io.github.newinfra.model.internal.Languages.pick(locale, descriptionZh(), descriptionEn());
  }

  @Override
  public abstract SourceRef source();

  @Value.Check
  void check() {
    Checks.check(id().kind() == FactKind.REPORTED, "Invalid reported value '%s': the id must be of kind 'reported'", id());
    Checks.check(section().document().equals(id().document()) && source().document().equals(id().document()),
        "Invalid reported value '%s': its section '%s' and source must be of document '%s'", id(), section(),
        id().document());
  }
}
