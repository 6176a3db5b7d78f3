package io.github.newinfra.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where a least-squares line through the observations (two or more points in time) leads: the value it
 * projects for the end of the due year and the year it reaches the target.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = Projection.class)
@JsonDeserialize(as = Projection.class)
abstract class AbstractProjection {
  /**
   * Returns the projected value at the end of the due year, in the target's unit.
   *
   * @return the value
   */
  public abstract double valueAtDue();

  /**
   * Returns the year in which the trend reaches the target.
   *
   * @return the year, or empty if the trend never reaches it (flat, or heading away)
   */
  public abstract OptionalInt reachYear();

  /**
   * Returns the trend's slope per year, in the target's unit.
   *
   * @return the slope
   */
  public abstract double slopePerYear();

  /**
   * Returns how many points in time the line was fitted to.
   *
   * @return at least 2
   */
  public abstract int points();
}
