package io.github.newinfra.core.progress;

import io.github.newinfra.model.NewInfraException;

/**
 * A return or a division-of-work file that cannot be read at all (not CSV, not JSON of the return form, not a
 * workbook, a division of work naming an item or department the catalog lacks), with the file and place in the
 * message. Rows that are wrong on their own are never thrown: they are rejected, each with its place.
 */
public class ReturnFormatException extends NewInfraException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and where
   */
  public ReturnFormatException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what is wrong and where
   * @param cause the cause
   */
  public ReturnFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
