package io.github.newinfra.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * An accepted row that is used as given but looks like a mistake of the supplier, e.g. a share written as Excel
 * stores it ({@code 0.975} for 97.5%) among values of the same series above 1. The row is not changed; the warning
 * says how to write it. One warning stands for a whole series: it names the series' first such row and counts the
 * series' rows that look the same ({@link #rows()}), so a long series written wrongly gives one warning, not one per
 * row.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = DataWarning.class)
@JsonDeserialize(as = DataWarning.class)
abstract class AbstractDataWarning {
  /**
   * Returns the 0-based input position of the row.
   *
   * @return the position
   */
  public abstract long ordinal();

  /**
   * Returns where the row came from.
   *
   * @return e.g. {@code line 12}
   */
  public abstract String location();

  /**
   * Returns the row's indicator id.
   *
   * @return the indicator
   */
  public abstract String indicator();

  /**
   * Returns the row's region code.
   *
   * @return the region
   */
  public abstract String region();

  /**
   * Returns what looks wrong and how to write it.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * Returns the period of the row, so that a report or a tool can word the warning in its own language.
   *
   * @return e.g. {@code 2023}
   */
  public abstract Optional<String> period();

  /**
   * Returns the value that looks like a share written as a fraction of 1.
   *
   * @return e.g. {@code 0.975}
   */
  public abstract OptionalDouble value();

  /**
   * Returns a value of the same series above 1, which shows the series is in percent.
   *
   * @return e.g. {@code 96.5}
   */
  public abstract OptionalDouble percentExample();

  /**
   * Returns how many rows of the series look the same, this one included.
   *
   * @return at least 1
   */
  @Value.Default
  public int rows() {
    return 1;
  }
}
