package io.github.newinfra.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.newinfra.model.FactId;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.ValueQualifier;
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
abstract class AbstractObservationRef {
  /**
   * Returns the 0-based position of the observation in the input.
   *
   * @return the position; −1 for a figure the documents report ({@link #reported()})
   */
  public abstract long ordinal();

  /**
   * Returns where the observation came from.
   *
   * @return e.g. {@code line 12}; for a figure the documents report, the section that reports it
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

  /**
   * Returns how the observation hedges its value (column {@code QUALIFIER}, or the document's wording): 超过 and
   * 以上 make it a lower bound, 基本 a value basically (not fully) reached.
   *
   * @return the qualifier; EXACT unless the row or document said otherwise
   */
  @Value.Default
  public ValueQualifier qualifier() {
    return ValueQualifier.EXACT;
  }

  /**
   * Returns, for a figure the documents themselves report (SPEC §5b), the catalog's reported value it is.
   *
   * @return the reported value's id; absent for an input row
   */
  public abstract Optional<FactId> reported();
}
