package io.github.newinfra.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
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
public abstract class AbstractNotUsed {
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

  @Value.Check
  void check() {
    if (rows() < 1) {
      throw new IllegalArgumentException("Invalid not-used entry: " + rows() + " rows");
    }
  }
}
