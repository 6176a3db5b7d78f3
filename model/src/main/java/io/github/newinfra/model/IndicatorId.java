package io.github.newinfra.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;

/**
 * Identifies an indicator: a quantity that can be observed, targeted and reported.
 *
 * <p>Pattern: {@code [a-z][a-z0-9_]*}, e.g. {@code base_stations_5g}. This class is immutable and thread-safe.
 */
public final class IndicatorId extends TypedId<IndicatorId> {
  private static final long serialVersionUID = 1L;
  private static final Pattern PATTERN = Pattern.compile("[a-z][a-z0-9_]*");

  private IndicatorId(String value) {
    super(value, PATTERN, "indicator id", "base_stations_5g");
  }

  /**
   * Obtains an id from its text.
   *
   * @param value the id's text
   * @return the id
   * @throws InvalidValueException if {@code value} is null or does not match the pattern
   */
  @JsonCreator
  public static IndicatorId of(String value) {
    return new IndicatorId(value);
  }
}
