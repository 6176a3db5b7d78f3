package io.github.newinfra.examples.cli;

/**
 * Input that prevents the result, found by the tool itself (a file that is missing or cannot be written): exit 1,
 * with the message on standard error.
 */
final class InputError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param message what is wrong and where, in the user's terms
   */
  InputError(String message) {
    super(message);
  }
}
