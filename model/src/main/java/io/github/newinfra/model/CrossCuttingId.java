package io.github.newinfra.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;

/**
 * Identifies a cross-cutting class of a plan's taxonomy (a chapter that belongs to no pillar), as the catalog declares it.
 *
 * <p>Pattern: {@code [A-Za-z][A-Za-z0-9_]*}, e.g. {@code SAFEGUARDS}. This class is immutable and thread-safe.
 */
public final class CrossCuttingId extends TypedId<CrossCuttingId> {
  private static final long serialVersionUID = 1L;
  private static final Pattern PATTERN = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  private CrossCuttingId(String value) {
    super(value, PATTERN, "cross-cutting id", "SAFEGUARDS");
  }

  /**
   * Obtains an id from its text.
   *
   * @param value the id's text
   * @return the id
   * @throws InvalidValueException if {@code value} is null or does not match the pattern
   */
  @JsonCreator
  public static CrossCuttingId of(String value) {
    return new CrossCuttingId(value);
  }
}
