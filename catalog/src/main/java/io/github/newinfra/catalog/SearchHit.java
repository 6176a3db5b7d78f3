package io.github.newinfra.catalog;

import java.util.Objects;

/**
 * One match of a keyword search: which element, which field, and the field's text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SearchHit {
  /** The kinds of element a search looks in. */
  public enum Kind {
    /** A measure: title (zh, en) and text. */
    MEASURE,
    /** A section: title (zh, en). */
    SECTION,
    /** A target: descriptions and quote. */
    TARGET,
    /** A reported value: descriptions and quote. */
    REPORTED_VALUE,
    /** A fiscal fact: descriptions and quote. */
    FISCAL_FACT,
    /** A facility: names. */
    FACILITY,
    /** A department: names and short forms. */
    DEPARTMENT,
    /** An indicator: names. */
    INDICATOR
  }

  private final Kind kind;
  private final String id;
  private final String field;
  private final String text;

  SearchHit(Kind kind, String id, String field, String text) {
    this.kind = kind;
    this.id = id;
    this.field = field;
    this.text = text;
  }

  /**
   * Returns the kind of element that matched.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the id of the element that matched.
   *
   * @return the id's text
   */
  public String id() {
    return id;
  }

  /**
   * Returns the name of the field that matched, as in JSON, e.g. {@code titleZh}.
   *
   * @return the field name
   */
  public String field() {
    return field;
  }

  /**
   * Returns the whole text of the field that matched.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  @Override
  public String toString() {
    return kind + " " + id + " " + field + ": " + text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SearchHit && ((SearchHit) other).kind == kind && ((SearchHit) other).id.equals(id)
        && ((SearchHit) other).field.equals(field);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, id, field);
  }
}
