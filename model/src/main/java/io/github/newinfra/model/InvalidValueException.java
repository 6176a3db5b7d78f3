package io.github.newinfra.model;

/**
 * Thrown when a value breaks an invariant of the type that would hold it, for example a region code that is
 * not six digits or a {@code BETWEEN} target whose lower bound exceeds its upper bound.
 *
 * <p>The message names the value and the rule.
 */
public class InvalidValueException extends NewInfraException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message the value and the rule it broke
   */
  public InvalidValueException(String message) {
    super(message);
  }
}
