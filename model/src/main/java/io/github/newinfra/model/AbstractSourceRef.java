package io.github.newinfra.model;

import com.fasterxml.jackson.annotation.JsonInclude;
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
abstract class AbstractSourceRef {
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
   * Returns the items a count names, when the text gives the count by naming them rather than with a number:
   * {@code ["汉云", "UNIPower"]} for “汉云和 UNIPower 入选…平台”, a count of 2. Each is a verbatim part of the quote, and
   * their number is the fact's count (checked by the catalog validator).
   *
   * @return the named items, empty when the quote states its number (and then left out of the JSON)
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract java.util.List<String> named();

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
