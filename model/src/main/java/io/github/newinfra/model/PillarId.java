package io.github.newinfra.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;

/**
 * Identifies a pillar of a plan's taxonomy, as the catalog declares it.
 *
 * <p>Pattern: {@code [A-Za-z][A-Za-z0-9_]*}, e.g. {@code INFORMATION}. This class is immutable and thread-safe.
 */
public final class PillarId extends TypedId<PillarId> {
  private static final long serialVersionUID = 1L;
  private static final Pattern PATTERN = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  private PillarId(String value) {
    super(value, PATTERN, "pillar id", "INFORMATION");
  }

  /**
   * Obtains an id from its text.
   *
   * @param value the id's text
   * @return the id
   * @throws InvalidValueException if {@code value} is null or does not match the pattern
   */
  @JsonCreator
  public static PillarId of(String value) {
    return new PillarId(value);
  }
}
