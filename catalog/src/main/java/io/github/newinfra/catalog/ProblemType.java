package io.github.newinfra.catalog;

/** What kind of rule a catalog {@link Problem} breaks. */
public enum ProblemType {
  /** The JSON is well-formed but an element has the wrong shape: a missing field, a wrong type, an unknown field. */
  MALFORMED,
  /** An element breaks an invariant of its own type, e.g. a BETWEEN target whose lower bound exceeds its upper. */
  INVALID_VALUE,
  /** Two elements of the same kind share an id. */
  DUPLICATE_ID,
  /** A reference names an element that does not exist. */
  DANGLING_REFERENCE,
  /** A document has no source text to check quotes against. */
  MISSING_TEXT,
  /**
   * A document's text resource was not read because reading it would not be safe: it is not a path to a regular
   * file inside the catalog file's folder (an absolute path, a path or link leading out of the folder, a device,
   * a pipe), it is larger than 16 MiB, or it is not UTF-8 text.
   */
  REFUSED_TEXT_RESOURCE,
  /** A quote or a measure's text is not an exact substring of its document's text. */
  NOT_IN_TEXT,
  /** A quote of a numeric fact does not contain the fact's number. */
  QUOTE_LACKS_NUMBER,
  /** A value's unit is of another dimension than its indicator's, or a comparator does not fit the unit. */
  UNIT_MISMATCH,
  /**
   * Two targets of one document are for the same indicator, region and due year: a goal counts once (in a
   * roll-up it would count twice). Say it once, or tell the two goals apart by indicator.
   */
  DUPLICATE_GOAL,
  /** A target falls due outside its document's period. */
  DUE_YEAR_OUTSIDE_PERIOD,
  /** A baseline disagrees with the reported value it names. */
  BASELINE_MISMATCH,
  /** A measure of a document that assigns departments lists none. */
  MISSING_DEPARTMENTS,
  /**
   * A link joins elements that cannot be linked, e.g. a DIRECT outcome link across indicators, or a measure link
   * that does not point to a measure of a later document.
   */
  LINK_MISMATCH
}
