package io.github.newinfra.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;

/**
 * Identifies a responsible department or department-like party.
 *
 * <p>Pattern: {@code [a-z][a-z0-9-]*}, e.g. {@code js-industry-it}. This class is immutable and thread-safe.
 */
public final class DepartmentId extends TypedId<DepartmentId> {
  private static final long serialVersionUID = 1L;
  private static final Pattern PATTERN = Pattern.compile("[a-z][a-z0-9-]*");

  private DepartmentId(String value) {
    super(value, PATTERN, "department id", "js-industry-it");
  }

  /**
   * Obtains an id from its text.
   *
   * @param value the id's text
   * @return the id
   * @throws InvalidValueException if {@code value} is null or does not match the pattern
   */
  @JsonCreator
  public static DepartmentId of(String value) {
    return new DepartmentId(value);
  }
}
