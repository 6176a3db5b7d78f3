package io.github.newinfra.catalog;

import io.github.newinfra.model.NewInfraException;

/** The root of the exceptions the catalog module throws. */
public class CatalogException extends NewInfraException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what was wrong and where
   */
  public CatalogException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param message what was wrong and where
   * @param cause the underlying failure
   */
  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}
