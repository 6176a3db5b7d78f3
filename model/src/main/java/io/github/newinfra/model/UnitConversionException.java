package io.github.newinfra.model;

/**
 * Thrown when a quantity is converted to a unit of another dimension, for example kilometres to yuan.
 */
public class UnitConversionException extends NewInfraException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message the two units and their dimensions
   */
  public UnitConversionException(String message) {
    super(message);
  }
}
