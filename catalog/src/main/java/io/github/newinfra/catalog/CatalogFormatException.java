package io.github.newinfra.catalog;

/**
 * Thrown when a catalog file is not well-formed JSON, or breaks the reader's limits (size, nesting). Says
 * where: the source, the line and the column.
 */
public class CatalogFormatException extends CatalogException {
  private static final long serialVersionUID = 1L;

  /** The file or stream that was read. */
  private final String source;
  /** The 1-based line of the error, or -1. */
  private final int line;
  /** The 1-based column of the error, or -1. */
  private final int column;

  /**
   * Creates an exception.
   *
   * @param source the file or stream that was read
   * @param line the 1-based line of the error, or -1 if unknown
   * @param column the 1-based column of the error, or -1 if unknown
   * @param detail what the reader expected
   */
  public CatalogFormatException(String source, int line, int column, String detail) {
    super("Malformed catalog JSON in " + source + (line > 0 ? " at line " + line + ", column " + column : "")
        + ": " + detail);
    this.source = source;
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the file or stream that was read.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * Returns the 1-based line of the error.
   *
   * @return the line, or -1 if unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column of the error.
   *
   * @return the column, or -1 if unknown
   */
  public int column() {
    return column;
  }
}
