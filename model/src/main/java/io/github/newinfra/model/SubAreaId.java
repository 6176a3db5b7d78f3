package io.github.newinfra.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;

/**
 * Identifies a sub-area of a pillar of a plan's taxonomy, as the catalog declares it.
 *
 * <p>Pattern: {@code [A-Za-z][A-Za-z0-9_]*}, e.g. {@code COMMUNICATION_NETWORK}. This class is immutable and thread-safe.
 */
public final class SubAreaId extends TypedId<SubAreaId> {
  private static final long serialVersionUID = 1L;
  private static final Pattern PATTERN = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  private SubAreaId(String value) {
    super(value, PATTERN, "sub-area id", "COMMUNICATION_NETWORK");
  }

  /**
   * Obtains an id from its text.
   *
   * @param value the id's text
   * @return the id
   * @throws InvalidValueException if {@code value} is null or does not match the pattern
   */
  @JsonCreator
  public static SubAreaId of(String value) {
    return new SubAreaId(value);
  }
}
