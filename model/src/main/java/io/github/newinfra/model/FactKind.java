package io.github.newinfra.model;

import java.util.Locale;

/** The kinds of fact a {@link FactId} can name. */
public enum FactKind {
  /** A {@link Target}. */
  TARGET,
  /** A {@link ReportedValue}. */
  REPORTED,
  /** A {@link FiscalFact}. */
  FISCAL,
  /** A {@link Facility}. */
  FACILITY;

  /**
   * Returns the path segment that stands for this kind in a fact id.
   *
   * @return e.g. {@code target}
   */
  public String pathSegment() {
    return name().toLowerCase(Locale.ROOT);
  }

  static FactKind fromPathSegment(String segment) {
    return valueOf(segment.toUpperCase(Locale.ROOT));
  }
}
