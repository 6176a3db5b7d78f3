package io.github.newinfra.core.progress;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A filled return as read: its name, the catalog version and department it was written for, its rows, and what
 * could not be read as rows (a sheet of unknown kind, a sheet without an id column), each with its place.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ReturnForm.class)
@JsonDeserialize(as = ReturnForm.class)
abstract class AbstractReturnForm {
  /**
   * Returns the return's name, e.g. its file name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the catalog version the form was written from ({@link Returns#catalogVersion}).
   *
   * @return the version, if the form records one
   */
  public abstract Optional<String> catalogVersion();

  /**
   * Returns the department the form was written for, as the form names it.
   *
   * @return the department's text, if the form records one
   */
  public abstract Optional<String> department();

  /**
   * Tells whether the return is marked illustrative (示例): made up to show the tool, never published data. A
   * report that reads one says so in its title.
   *
   * @return true if the form is marked so
   */
  @Value.Default
  public boolean illustrative() {
    return false;
  }

  /**
   * Returns the rows.
   *
   * @return the rows in reading order
   */
  public abstract List<ReturnRow> rows();

  /**
   * Returns what could not be read as rows, each with its place, in both languages.
   *
   * @return the problems, possibly empty
   */
  public abstract List<ReturnIssue> problems();
}
