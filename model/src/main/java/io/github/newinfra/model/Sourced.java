package io.github.newinfra.model;

/**
 * A fact of a document that carries its own verbatim source: targets, reported values, fiscal facts and
 * named facilities.
 */
public interface Sourced {
  /**
   * Returns the fact's id.
   *
   * @return the id
   */
  FactId id();

  /**
   * Returns where the fact is stated, with a verbatim quote.
   *
   * @return the source reference
   */
  SourceRef source();
}
