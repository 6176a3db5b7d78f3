package io.github.newinfra.model;

/**
 * The root of every exception this library throws on purpose.
 *
 * <p>Messages name the offending value and the rule it broke, so that a caller can report them as they are.
 * Subclasses narrow the cause: {@link InvalidValueException} for a value that breaks an invariant,
 * {@link TextParseException} for text that cannot be read, {@link UnitConversionException} for a conversion
 * across dimensions. The catalog and the evaluation engine add their own subclasses.
 *
 * <p>This class is unchecked: the library's inputs are programmer-supplied values and data files whose
 * problems are best reported where they are found.
 */
public class NewInfraException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what was wrong and where
   */
  public NewInfraException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what was wrong and where
   * @param cause the underlying failure
   */
  public NewInfraException(String message, Throwable cause) {
    super(message, cause);
  }
}
