package io.github.newinfra.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Where a fact is stated: a document, a section path and a verbatim quote — an exact substring of the
 * document's shipped source text, which the catalog validator checks.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = SourceRef.class)
@JsonDeserialize(as = SourceRef.class)
public abstract class AbstractSourceRef {
  /**
   * Returns the document that states the fact.
   *
   * @return the document id
   */
  public abstract DocumentId document();

  /**
   * Returns the section that states the fact.
   *
   * @return the section id
   */
  public abstract SectionId section();

  /**
   * Returns the verbatim quote.
   *
   * @return the quote, non-blank and without surrounding white space
   */
  public abstract String quote();

  /**
   * Obtains a source reference.
   *
   * @param document the document
   * @param section the section
   * @param quote the verbatim quote
   * @return the reference
   * @throws InvalidValueException if the section is of another document or the quote is blank
   */
  public static SourceRef of(DocumentId document, SectionId section, String quote) {
    return SourceRef.builder().document(document).section(section).quote(quote).build();
  }

  @Value.Check
  void check() {
    Checks.check(section().document().equals(document()),
        "Invalid source reference: section '%s' is not in document '%s'", section(), document());
    Checks.check(!quote().isBlank(), "Invalid source reference in '%s': the quote is blank", section());
    Checks.check(quote().strip().equals(quote()),
        "Invalid source reference in '%s': the quote '%s' has surrounding white space", section(), quote());
  }
}
