package io.github.newinfra.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A node of a document's outline: a chapter, a numbered section, a paragraph or a numbered measure, with a
 * stable path id such as {@code plan2021/3/1/2}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = Section.class)
@JsonDeserialize(as = Section.class)
abstract class AbstractSection {
  /**
   * Returns the section's path id.
   *
   * @return the id
   */
  public abstract SectionId id();

  /**
   * Returns the document the section belongs to.
   *
   * @return the document id, the first element of the path
   */
  public abstract DocumentId document();

  /**
   * Returns the enclosing section.
   *
   * @return the parent, or empty for a top-level section
   */
  public abstract Optional<SectionId> parent();

  /**
   * Returns the kind of section.
   *
   * @return the kind
   */
  public abstract SectionKind kind();

  /**
   * Returns the number as the document writes it, e.g. {@code 三}, {@code （一）}, {@code 29}.
   *
   * @return the label
   */
  public abstract String label();

  /**
   * Returns the Chinese title: the heading, or a paragraph's lead phrase, without numbering or closing 。.
   *
   * @return the title
   */
  public abstract String titleZh();

  /**
   * Returns the English title.
   *
   * @return the title, if the catalog gives one
   */
  public abstract Optional<String> titleEn();

  /**
   * Returns the section's title in a locale's language: Chinese for {@code zh}, English otherwise (the Chinese one where there is no English).
   *
   * @param locale the reader's locale, e.g. {@link java.util.Locale#SIMPLIFIED_CHINESE}
   * @return the section's title
   */
  public String title(java.util.Locale locale) {
    return io.github.newinfra.model.internal.Languages.pick(locale, titleZh(), titleEn());
  }

  @Value.Check
  void check() {
    Checks.check(id().document().equals(document()),
        "Invalid section '%s': document '%s' differs from the path's", id(), document());
    Checks.check(parent().equals(id().parent()),
        "Invalid section '%s': parent %s differs from the path's parent %s", id(),
        parent().map(Object::toString).orElse("(none)"), id().parent().map(Object::toString).orElse("(none)"));
    Checks.check(!titleZh().isBlank(), "Invalid section '%s': titleZh is blank", id());
  }
}
