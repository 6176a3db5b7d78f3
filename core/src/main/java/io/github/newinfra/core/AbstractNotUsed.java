package io.github.newinfra.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Accepted observations that no target used: one superseded row, or all rows of one indicator and region that no
 * target in scope reads.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = NotUsed.class)
@JsonDeserialize(as = NotUsed.class)
abstract class AbstractNotUsed {
  /**
   * Returns the 0-based input position of the (first) row.
   *
   * @return the position
   */
  public abstract long ordinal();

  /**
   * Returns where the (first) row came from.
   *
   * @return e.g. {@code line 12}
   */
  public abstract String location();

  /**
   * Returns the indicator of the rows.
   *
   * @return the indicator id
   */
  public abstract String indicator();

  /**
   * Returns the region of the rows.
   *
   * @return the region code
   */
  public abstract String region();

  /**
   * Returns why the rows were not used.
   *
   * @return the reason
   */
  public abstract NotUsedReason reason();

  /**
   * Returns how many input rows this entry accounts for.
   *
   * @return 1 for a superseded row; the number of rows of the indicator and region otherwise
   */
  public abstract long rows();

  /**
   * Returns what happened, in the user's terms.
   *
   * @return e.g. {@code superseded by line 7 (published 2022-05-01, later than 2022-02-01)}
   */
  public abstract String message();

  /**
   * Returns the period of a superseded row, so that a report can word what happened in its own language.
   *
   * @return e.g. {@code 2021}; empty unless the reason is {@link NotUsedReason#SUPERSEDED}
   */
  public abstract Optional<String> period();

  /**
   * Returns the value of a superseded row, in the unit of its indicator.
   *
   * @return the value; empty unless the reason is {@link NotUsedReason#SUPERSEDED}
   */
  public abstract OptionalDouble value();

  /**
   * Returns where the row that superseded this one came from.
   *
   * @return e.g. {@code line 10}; empty unless the reason is {@link NotUsedReason#SUPERSEDED}
   */
  public abstract Optional<String> supersededBy();

  /**
   * Returns the publication date of the superseding row, when a later publication is why this row was not used.
   *
   * @return the date; empty when a final status (A over P or E) decided instead
   */
  public abstract Optional<LocalDate> supersedingPublished();

  /**
   * Returns the publication date of this superseded row, when a later publication is why it was not used.
   *
   * @return the date; empty when a final status decided instead
   */
  public abstract Optional<LocalDate> published();

  /**
   * Returns the status of this superseded row, when a final value (status A) is why it was not used.
   *
   * @return e.g. {@link ObsStatus#P}; empty when a later publication decided instead
   */
  public abstract Optional<ObsStatus> supersededStatus();

  @Value.Check
  void check() {
    if (rows() < 1) {
      throw new IllegalArgumentException("Invalid not-used entry: " + rows() + " rows");
    }
  }
}
