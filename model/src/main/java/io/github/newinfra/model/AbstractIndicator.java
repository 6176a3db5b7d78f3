package io.github.newinfra.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Something measured: its names, its unit (without magnitude), which way it improves, and whether it is a
 * {@link Accumulation#LEVEL level} read at a time or a {@link Accumulation#FLOW flow} counted over a period.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = Indicator.class)
@JsonDeserialize(as = Indicator.class)
abstract class AbstractIndicator {
  /**
   * Returns the indicator's id.
   *
   * @return the id
   */
  public abstract IndicatorId id();

  /**
   * Returns the Chinese name.
   *
   * @return e.g. 5G基站数
   */
  public abstract String nameZh();

  /**
   * Returns the English name.
   *
   * @return e.g. 5G base stations in service
   */
  public abstract String nameEn();

  /**
   * Returns the indicator's name in a locale's language: Chinese for {@code zh}, English otherwise.
   *
   * @param locale the reader's locale, e.g. {@link java.util.Locale#SIMPLIFIED_CHINESE}
   * @return the indicator's name
   */
  public String name(java.util.Locale locale) {
    return io.github.newinfra.model.internal.Languages.pick(locale, nameZh(), nameEn());
  }

  /**
   * Returns the unit values are stated in, of magnitude 0.
   *
   * @return e.g. {@code 座}
   */
  public abstract Unit unit();

  /**
   * Returns which way the indicator improves.
   *
   * @return the direction
   */
  public abstract Direction direction();

  /**
   * Returns how the indicator accumulates.
   *
   * @return LEVEL or FLOW
   */
  public abstract Accumulation accumulation();

  @Value.Check
  void check() {
    Checks.check(unit().unitMult() == 0,
        "Invalid indicator '%s': its unit '%s' must have no magnitude (write '%s')", id(), unit(), unit().withUnitMult(0));
    Checks.check(!nameZh().isBlank() && !nameEn().isBlank(), "Invalid indicator '%s': names must not be blank", id());
  }
}
