package io.github.newinfra.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;

/**
 * Identifies a fact of a document: a target, a reported value, a fiscal fact or a named facility, as
 * {@code <document>/<kind>/<slug>}, e.g. {@code measures2020/target/new-5g-base-stations}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FactId extends TypedId<FactId> {
  private static final long serialVersionUID = 1L;
  private static final Pattern PATTERN =
      Pattern.compile("[a-z][a-z0-9]*/(target|reported|fiscal|facility)/[a-z0-9][a-z0-9-]*");

  private FactId(String value) {
    super(value, PATTERN, "fact id", "measures2020/target/new-5g-base-stations");
  }

  /**
   * Obtains a fact id from its text.
   *
   * @param value the id's text
   * @return the id
   * @throws InvalidValueException if {@code value} is null or does not match the pattern
   */
  @JsonCreator
  public static FactId of(String value) {
    return new FactId(value);
  }

  /**
   * Obtains a fact id from its parts.
   *
   * @param document the document
   * @param kind the kind of fact
   * @param slug the fact's name within the document and kind
   * @return the id
   * @throws InvalidValueException if the slug is not lower-case letters, digits and hyphens
   */
  public static FactId of(DocumentId document, FactKind kind, String slug) {
    return of(document.value() + "/" + kind.pathSegment() + "/" + slug);
  }

  /**
   * Returns the id of the fact's document.
   *
   * @return the document id
   */
  public DocumentId document() {
    return DocumentId.of(value().substring(0, value().indexOf('/')));
  }

  /**
   * Returns what kind of fact this id names.
   *
   * @return the kind
   */
  public FactKind kind() {
    String[] parts = value().split("/", 3);
    return FactKind.fromPathSegment(parts[1]);
  }
}
