package io.github.newinfra.core;

import io.github.newinfra.model.NewInfraException;

/**
 * Thrown when an observation input as a whole cannot be read: a CSV file without the required header columns,
 * or JSON that is not well-formed; or when an {@link ObservationMapping} has a wrong entry (the message names its
 * {@code file:line}). Row-level problems never throw; they become {@link Rejection}s.
 */
public class ObservationFormatException extends NewInfraException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what was wrong and where (source, line, column)
   */
  public ObservationFormatException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param message what was wrong and where
   * @param cause the underlying failure
   */
  public ObservationFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
