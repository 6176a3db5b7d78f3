package io.github.newinfra.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Identifies a section of a document by its path: the document id followed by one number per level, e.g.
 * {@code plan2021/3/1/2} (chapter 三, section （一）, second paragraph). {@code <doc>/0} is the preamble.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SectionId extends TypedId<SectionId> {
  private static final long serialVersionUID = 1L;
  static final Pattern PATTERN = Pattern.compile("[a-z][a-z0-9]*(/(0|[1-9][0-9]{0,3}))+");

  private SectionId(String value) {
    super(value, PATTERN, "section id", "plan2021/3/1/2");
  }

  /**
   * Obtains a section id from its path.
   *
   * @param value the path
   * @return the id
   * @throws InvalidValueException if {@code value} is null or not a section path
   */
  @JsonCreator
  public static SectionId of(String value) {
    return new SectionId(value);
  }

  /**
   * Returns the id of the document the section belongs to.
   *
   * @return the document id
   */
  public DocumentId document() {
    return DocumentId.of(value().substring(0, value().indexOf('/')));
  }

  /**
   * Returns the path's numbers below the document, outermost first.
   *
   * @return the numbers, never empty
   */
  public List<Integer> path() {
    ImmutableList.Builder<Integer> numbers = ImmutableList.builder();
    for (String part : Splitter.on('/').split(value().substring(value().indexOf('/') + 1))) {
      numbers.add(Integer.valueOf(part));
    }
    return numbers.build();
  }

  /**
   * Returns the depth of the section: 1 for a chapter, 2 for a section, 3 for a paragraph.
   *
   * @return the number of path elements below the document
   */
  public int depth() {
    return path().size();
  }

  /**
   * Returns the id of the enclosing section, if this is not a top-level section.
   *
   * @return the parent's id, or empty for a top-level section
   */
  public Optional<SectionId> parent() {
    int cut = value().lastIndexOf('/');
    String parent = value().substring(0, cut);
    // Equivalent mutant (< to <=): the pattern starts with the document's letter, so no '/' stands at index 0.
    return parent.indexOf('/') < 0 ? Optional.empty() : Optional.of(of(parent));
  }

  /**
   * Tells whether this section lies inside {@code ancestor} or is {@code ancestor} itself.
   *
   * @param ancestor the candidate enclosing section
   * @return true if this path starts with the ancestor's path
   */
  public boolean isWithin(SectionId ancestor) {
    return value().equals(ancestor.value()) || value().startsWith(ancestor.value() + "/");
  }
}
