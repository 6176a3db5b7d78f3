package io.github.newinfra.core.internal.rows;

/** How a run names where a row came from. */
public enum LocationStyle {
  /** {@code line N} of a text file. */
  LINE,
  /** {@code $[i]} of a JSON array. */
  JSON_INDEX,
  /** {@code #i} of a collection. */
  ORDINAL;

  /**
   * Names a row's place in the input.
   *
   * @param ordinal the row's 0-based position
   * @param line its line, or -1 when it has none
   * @return the place, e.g. {@code line 12}
   */
  public String describe(long ordinal, long line) {
    switch (this) {
      case LINE:
        return "line " + line;
      case JSON_INDEX:
        return "$[" + ordinal + "]";
      default:
        return "#" + ordinal;
    }
  }
}
