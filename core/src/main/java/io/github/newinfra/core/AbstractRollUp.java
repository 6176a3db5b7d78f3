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
 * mean of its targets). {@link #achieved()} holds only when every child is achieved. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = RollUp.class)
@JsonDeserialize(as = RollUp.class)
public abstract class AbstractRollUp {
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
   * @return the mean, absent if no child has an attainment
   */
  public abstract OptionalDouble meanAttainment();

  /**
   * Tells whether every child of the group is achieved.
   *
   * @return true if all are
   */
  public abstract boolean achieved();
}
