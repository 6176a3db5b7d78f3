package io.github.newinfra.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * The common shape of the library's typed identifiers: a validated string with value semantics.
 *
 * <p>Two ids are equal when they are of the same class and have the same value; ids of one class order by
 * their value. Each subclass validates its pattern in its {@code of} factory. In JSON an id is its string value.
 *
 * <p>Subclasses are immutable and thread-safe.
 *
 * @param <T> the concrete id type
 */
public abstract class TypedId<T extends TypedId<T>> implements Comparable<T>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The id's text. */
  private final String value;

  TypedId(String value, Pattern pattern, String kind, String example) {
    Checks.notNull(value, kind);
    Checks.check(pattern.matcher(value).matches(),
        "Invalid %s '%s': must match %s, e.g. '%s'", kind, value, pattern.pattern(), example);
    this.value = value;
  }

  /**
   * Returns the id's text.
   *
   * @return the value, never null
   */
  @JsonValue
  public final String value() {
    return value;
  }

  @Override
  public final int compareTo(T other) {
    return value.compareTo(((TypedId<?>) other).value);
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((TypedId<?>) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    // Equivalent mutants (* to /, + to -): a hash code may combine the class and the value in any fixed way; the
    // class's hash differs from run to run, so no test can tell those combinations apart.
    return getClass().hashCode() * 31 + value.hashCode();
  }

  /**
   * Returns the id's text, as {@link #value()}.
   *
   * @return the value
   */
  @Override
  public final String toString() {
    return value;
  }
}
