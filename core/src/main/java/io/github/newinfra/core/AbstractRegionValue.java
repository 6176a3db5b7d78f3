package io.github.newinfra.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.RegionCode;
import org.immutables.value.Value;

/**
 * A city's own figure for a province-level target's indicator: its latest level, or its flow summed over the
 * target's period, in the target's unit.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = RegionValue.class)
@JsonDeserialize(as = RegionValue.class)
abstract class AbstractRegionValue {
  /**
   * Returns the city.
   *
   * @return the region code
   */
  public abstract RegionCode region();

  /**
   * Returns the city's value in the target's unit.
   *
   * @return the value
   */
  public abstract double value();

  /**
   * Returns the period of the city's latest observation used.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * Returns how many observations the value rests on.
   *
   * @return at least 1
   */
  public abstract int observations();
}
