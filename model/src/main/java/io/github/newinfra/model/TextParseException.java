package io.github.newinfra.model;

/**
 * Thrown when text cannot be parsed into a value, for example {@code Quantity.parse("7.1万X")}.
 *
 * <p>Carries the text and the zero-based index at which reading failed.
 */
public class TextParseException extends NewInfraException {
  private static final long serialVersionUID = 1L;

  /** The text that could not be read. */
  private final String text;
  /** Where in the text reading failed, 0-based. */
  private final int errorIndex;

  /**
   * Creates an exception.
   *
   * @param message what was expected
   * @param text the text that could not be parsed
   * @param errorIndex the index in {@code text} at which reading failed
   */
  public TextParseException(String message, String text, int errorIndex) {
    super(message);
    this.text = text;
    this.errorIndex = errorIndex;
  }

  /**
   * Returns the text that could not be parsed.
   *
   * @return the text, never null
   */
  public String text() {
    return text;
  }

  /**
   * Returns the zero-based index at which reading failed.
   *
   * @return the index
   */
  public int errorIndex() {
    return errorIndex;
  }
}
