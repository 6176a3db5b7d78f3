package io.github.newinfra.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The results of a group of targets: a pillar, sub-area, measure, department, region or document.
 *
 * <p>{@link #statusCounts()} counts the group's targets by status (every status present, in declaration
 * order). {@link #meanAttainment()} averages the capped attainment of the group's children with equal weight
 * per child: targets for a measure or region, measures for every other dimension (a measure's own figure is the
 * mean of its targets). {@link #rated()} says how many targets the mean rests on and {@link #withData()} how many
 * have any data; a group with nothing rated has no mean. {@link #achieved()} holds only when every child is
 * achieved on time. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = RollUp.class)
@JsonDeserialize(as = RollUp.class)
abstract class AbstractRollUp {
  /**
   * Returns what the group is.
   *
   * @return the dimension
   */
  public abstract RollUpDimension dimension();

  /**
   * Returns the group's key: a pillar or sub-area name, a measure or document id, a department id, a region code.
   *
   * @return the key
   */
  public abstract String key();

  /**
   * Returns the group's Chinese label.
   *
   * @return the label
   */
  public abstract String labelZh();

  /**
   * Returns the group's English label.
   *
   * @return the label
   */
  public abstract String labelEn();

  /**
   * Returns the number of targets in the group.
   *
   * @return the count
   */
  public abstract int targets();

  /**
   * Returns how many of the group's targets have each status.
   *
   * @return counts for every status, in declaration order
   */
  public abstract Map<Status, Integer> statusCounts();

  /**
   * Returns the mean capped attainment over the group's children, equal weight per child.
   *
   * @return the mean, absent if no target of the group is rated ({@link #rated()} is 0)
   */
  public abstract OptionalDouble meanAttainment();

  /**
   * Returns how many of the group's targets the mean rests on: those with an attainment (achieved, achieved
   * late, missed with a baseline, or rated on progress).
   *
   * @return the rated count, at most {@link #targets()}
   */
  @Value.Default
  public int rated() {
    return 0;
  }

  /**
   * Returns how many of the group's targets have any data: every status but NO_DATA and NOT_ASSESSED.
   *
   * @return the count, at most {@link #targets()}
   */
  @Value.Default
  public int withData() {
    return 0;
  }

  /**
   * Returns the mean with how many targets it rests on, e.g. {@code 82% (8 of 81 rated)}, or
   * {@code – (0 of 81 rated)} when nothing is rated.
   *
   * @return the text
   */
  public String summary() {
    return (meanAttainment().isPresent()
        ? String.format(java.util.Locale.ROOT, "%.0f%%", meanAttainment().getAsDouble() * 100) : "–")
        + " (" + rated() + " of " + targets() + " rated)";
  }

  /**
   * Tells whether every child of the group is achieved.
   *
   * @return true if all are
   */
  public abstract boolean achieved();
}
