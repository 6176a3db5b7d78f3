package io.github.newinfra.model;

/** The kind of a {@link Section} in a document's outline. */
public enum SectionKind {
  /** The text before the first chapter. */
  PREAMBLE,
  /** A chapter of the plan or a part of the 2020 measures (一、…). */
  CHAPTER,
  /** A numbered section （一）（二）… of a chapter. */
  SECTION,
  /** A paragraph of body text, titled by its lead phrase. */
  PARAGRAPH,
  /** A numbered measure of the 2020 document (1. … 29.). */
  MEASURE,
  /**
   * A table of the document, such as its 主要指标 table (专栏1 …发展主要指标), titled by its caption. The cleaned text
   * writes it one row per line; a target or reported value whose source section is a table quotes its row (the
   * quote lies on one line of the text), so the row is the fact's evidence.
   */
  TABLE
}
