package io.github.newinfra.core.progress;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.newinfra.model.DepartmentId;
import io.github.newinfra.model.MeasureId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An item a lead department reports on in a final evaluation: a quantitative target (figures), a qualitative goal
 * (a verdict), a key task (progress) or a named project (its stage), with who leads it and where that comes from.
 *
 * <p>{@link #departments()} are the text's (the 2020 measures name theirs) or the office's division of work; the
 * catalog never invents them. {@link #suggested()} are the departments of a 2020 measure the catalog links to the
 * item's 2021 measure: a suggestion for the office, never a lead. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ReturnItem.class)
@JsonDeserialize(as = ReturnItem.class)
abstract class AbstractReturnItem {
  /**
   * Returns the kind of item.
   *
   * @return the kind
   */
  public abstract ItemKind kind();

  /**
   * Returns the item's id: a target's or a facility's fact id, or a measure's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the measure the item belongs to (a task is its own measure; a project the first measure naming it).
   *
   * @return the measure
   */
  public abstract MeasureId measure();

  /**
   * Returns the item's text in Chinese: a target's description, a measure's title, a facility's name.
   *
   * @return the text
   */
  public abstract String textZh();

  /**
   * Returns the item's text in English.
   *
   * @return the text, if the catalog gives one
   */
  public abstract Optional<String> textEn();

  /**
   * Returns the chapter of the document the item belongs to, e.g. {@code 三 加快建设信息基础设施}: what groups items
   * nobody is assigned to.
   *
   * @return the chapter's label and title
   */
  public abstract String chapter();

  /**
   * Returns the responsible departments, lead first.
   *
   * @return the departments, empty where nobody is assigned
   */
  public abstract List<DepartmentId> departments();

  /**
   * Returns where {@link #departments()} come from.
   *
   * @return the origin
   */
  public abstract LeadOrigin origin();

  /**
   * Returns the departments a linked 2020 measure names, as a suggestion for an item nobody is assigned to.
   *
   * @return the suggested departments, possibly empty; never the text's
   */
  public abstract List<DepartmentId> suggested();

  /**
   * Returns, for a quantitative target, its indicator's id.
   *
   * @return the indicator, empty for other kinds
   */
  public abstract Optional<String> indicator();

  /**
   * Returns, for a quantitative target, the unit to report in (the indicator's unit).
   *
   * @return the unit's text, empty for other kinds
   */
  public abstract Optional<String> unit();

  /**
   * Returns, for a quantitative target, its region's code.
   *
   * @return the region, empty for other kinds
   */
  public abstract Optional<String> region();

  /**
   * Returns, for a quantitative target, the periods wanted: each year from the target's start to its due year.
   *
   * @return the periods, e.g. {@code 2021 … 2025}; empty for other kinds
   */
  public abstract List<String> periods();

  /**
   * Returns the lead department.
   *
   * @return the first department, or empty where nobody is assigned
   */
  public Optional<DepartmentId> lead() {
    return departments().isEmpty() ? Optional.empty() : Optional.of(departments().get(0));
  }
}
