package io.github.newinfra.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An actionable item of a document: a numbered 2020 measure or a paragraph of the plan, with its full text,
 * its classification in the catalog's taxonomy (a pillar and sub-areas, or a cross-cutting class, by id), its
 * responsible departments in the order the document lists them (lead first), and the regions and institutions it
 * names.
 *
 * <p>Exactly one of {@link #pillar()} and {@link #crossCutting()} is present; a cross-cutting measure has no
 * sub-areas. That the ids are declared and every sub-area belongs to the pillar (and that a measure of a pillar with
 * sub-areas names one) is the catalog validator's check, against the catalog's {@link Pillar pillars}. Lists hold
 * no duplicates. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = Measure.class)
@JsonDeserialize(as = Measure.class)
abstract class AbstractMeasure {
  /**
   * Returns the measure's id, the path of the section that holds its text.
   *
   * @return the id
   */
  public abstract MeasureId id();

  /**
   * Returns the measure's document.
   *
   * @return the document id
   */
  public abstract DocumentId document();

  /**
   * Returns the section that holds the measure's text; its path equals the measure's id.
   *
   * @return the section id
   */
  public abstract SectionId section();

  /**
   * Returns the number as the document writes it, e.g. {@code 1} or {@code 三（一）1}.
   *
   * @return the label
   */
  public abstract String label();

  /**
   * Returns the Chinese title, the measure's lead phrase.
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
   * Returns the measure's title in a locale's language: Chinese for {@code zh}, English otherwise (the Chinese one where there is no English).
   *
   * @param locale the reader's locale, e.g. {@link java.util.Locale#SIMPLIFIED_CHINESE}
   * @return the measure's title
   */
  public String title(java.util.Locale locale) {
    return io.github.newinfra.model.internal.Languages.pick(locale, titleZh(), titleEn());
  }

  /**
   * Returns the measure's full text, verbatim.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * Returns the pillar the measure belongs to.
   *
   * @return the pillar, or empty for a cross-cutting measure
   */
  public abstract Optional<PillarId> pillar();

  /**
   * Returns the sub-areas of the pillar the measure belongs to.
   *
   * @return the sub-areas, empty for a cross-cutting measure
   */
  public abstract List<SubAreaId> subAreas();

  /**
   * Returns the cross-cutting class of a measure that belongs to no pillar.
   *
   * @return the class, or empty for a measure of a pillar
   */
  public abstract Optional<CrossCuttingId> crossCutting();

  /**
   * Returns why the catalog classified the measure as it did, where the document does not say it.
   *
   * @return the note, if any
   */
  public abstract Optional<String> classificationNote();

  /**
   * Returns the responsible departments in the order the document lists them, lead first.
   *
   * @return the departments; empty where the document assigns none
   */
  public abstract List<DepartmentId> departments();

  /**
   * Returns the regions the measure names, by code.
   *
   * @return the regions, possibly empty
   */
  public abstract List<RegionCode> regions();

  /**
   * Returns the institutions the text names as actors, verbatim. They are named, not responsible.
   *
   * @return the names, possibly empty
   */
  public abstract List<String> namedActors();

  /**
   * Returns the lead department, the first listed.
   *
   * @return the lead, or empty where the document assigns none
   */
  public Optional<DepartmentId> leadDepartment() {
    return departments().isEmpty() ? Optional.empty() : Optional.of(departments().get(0));
  }

  @Value.Check
  void check() {
    Checks.check(id().document().equals(document()), "Invalid measure '%s': document '%s' differs from the id's",
        id(), document());
    Checks.check(section().value().equals(id().value()), "Invalid measure '%s': section '%s' differs from the id",
        id(), section());
    Checks.check(!text().isBlank(), "Invalid measure '%s': text is blank", id());
    Checks.check(pillar().isPresent() != crossCutting().isPresent(),
        "Invalid measure '%s': exactly one of pillar and crossCutting must be given", id());
    Checks.check(pillar().isPresent() || subAreas().isEmpty(),
        "Invalid measure '%s': a cross-cutting measure has no sub-areas", id());
    Checks.check(new HashSet<>(subAreas()).size() == subAreas().size(), "Invalid measure '%s': duplicate sub-area", id());
    Checks.check(new HashSet<>(departments()).size() == departments().size(),
        "Invalid measure '%s': a department is listed twice in %s", id(), departments());
    Checks.check(new HashSet<>(regions()).size() == regions().size(),
        "Invalid measure '%s': a region is listed twice in %s", id(), regions());
  }
}
