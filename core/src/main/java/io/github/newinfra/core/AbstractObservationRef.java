package io.github.newinfra.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.RegionCode;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An observation a result used, by position in the input, with its value converted to the target's unit.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ObservationRef.class)
@JsonDeserialize(as = ObservationRef.class)
public abstract class AbstractObservationRef {
  /**
   * Returns the 0-based position of the observation in the input.
   *
   * @return the position
   */
  public abstract long ordinal();

  /**
   * Returns where the observation came from.
   *
   * @return e.g. {@code line 12}
   */
  public abstract String location();

  /**
   * Returns the region observed: the row's own region, a city's code for a province figure summed from cities.
   *
   * @return the region
   */
  public abstract RegionCode region();

  /**
   * Returns the period observed.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * Returns the value in the target's unit.
   *
   * @return the converted value
   */
  public abstract double value();

  /**
   * Returns the observation's SDMX status.
   *
   * @return the status; A (normal) unless the row gave another
   */
  @Value.Default
  public ObsStatus status() {
    return ObsStatus.A;
  }

  /**
   * Returns the date the observation was published, if the row gave one.
   *
   * @return the PUBLISHED date
   */
  public abstract Optional<LocalDate> published();

  /**
   * Returns where the observation was published, if the row said so.
   *
   * @return the SOURCE text, e.g. an address
   */
  public abstract Optional<String> source();
}
