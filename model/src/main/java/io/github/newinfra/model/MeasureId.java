package io.github.newinfra.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a measure. A measure's id is the path of the section that holds its text, e.g.
 * {@code measures2020/1/1} (measure 1 in part 一) or {@code plan2021/3/1/1}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MeasureId extends TypedId<MeasureId> {
  private static final long serialVersionUID = 1L;

  private MeasureId(String value) {
    super(value, SectionId.PATTERN, "measure id", "measures2020/1/1");
  }

  /**
   * Obtains a measure id from its text.
   *
   * @param value the id's text, a section path
   * @return the id
   * @throws InvalidValueException if {@code value} is null or not a section path
   */
  @JsonCreator
  public static MeasureId of(String value) {
    return new MeasureId(value);
  }

  /**
   * Returns the id of the measure's document.
   *
   * @return the document id
   */
  public DocumentId document() {
    return section().document();
  }

  /**
   * Returns the id of the section that holds the measure's text.
   *
   * @return the section id with the same path
   */
  public SectionId section() {
    return SectionId.of(value());
  }
}
