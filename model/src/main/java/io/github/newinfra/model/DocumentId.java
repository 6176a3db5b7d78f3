package io.github.newinfra.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;

/**
 * Identifies a source document, e.g. {@code plan2021} or {@code measures2020}.
 *
 * <p>Pattern: {@code [a-z][a-z0-9]*}, e.g. {@code plan2021}. This class is immutable and thread-safe.
 */
public final class DocumentId extends TypedId<DocumentId> {
  private static final long serialVersionUID = 1L;
  private static final Pattern PATTERN = Pattern.compile("[a-z][a-z0-9]*");

  private DocumentId(String value) {
    super(value, PATTERN, "document id", "plan2021");
  }

  /**
   * Obtains an id from its text.
   *
   * @param value the id's text
   * @return the id
   * @throws InvalidValueException if {@code value} is null or does not match the pattern
   */
  @JsonCreator
  public static DocumentId of(String value) {
    return new DocumentId(value);
  }
}
