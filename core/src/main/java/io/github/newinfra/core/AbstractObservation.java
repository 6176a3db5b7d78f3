package io.github.newinfra.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.newinfra.model.IndicatorId;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.Unit;
import io.github.newinfra.model.ValueQualifier;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One observed value of an indicator for a region and period, in the shape of an SDMX observation.
 *
 * <p>The unit is optional: without one, the value is in the indicator's unit scaled by {@link #unitMult()}
 * (SDMX {@code UNIT_MULT}, e.g. 4 for 万). With one, {@code unitMult} must equal the unit's own magnitude.
 * The value must be finite. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = Observation.class)
@JsonDeserialize(as = Observation.class)
abstract class AbstractObservation {
  /**
   * Returns the indicator observed.
   *
   * @return the indicator id
   */
  public abstract IndicatorId indicator();

  /**
   * Returns the region observed.
   *
   * @return the region code
   */
  public abstract RegionCode region();

  /**
   * Returns the period observed: a level is read at its end, a flow counted over it.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * Returns the value.
   *
   * @return a finite number
   */
  public abstract double value();

  /**
   * Returns the unit the value is in, with its magnitude.
   *
   * @return the unit, or empty for the indicator's own unit
   */
  public abstract Optional<Unit> unit();

  /**
   * Returns the power of ten the value is scaled by (SDMX {@code UNIT_MULT}).
   *
   * @return the magnitude; the unit's own if a unit is given
   */
  @Value.Default
  public int unitMult() {
    return unit().map(Unit::unitMult).orElse(0);
  }

  /**
   * Returns the SDMX observation status.
   *
   * @return the status; A (normal) unless given
   */
  @Value.Default
  public ObsStatus status() {
    return ObsStatus.A;
  }

  /**
   * Returns the date the value was published (SDMX-CSV column {@code PUBLISHED}); of two rows for one indicator,
   * region and period, the later publication supersedes the earlier.
   *
   * @return the publication date, if known
   */
  public abstract Optional<java.time.LocalDate> published();

  /**
   * Returns where the value was published (column {@code SOURCE}), e.g. an address or a bulletin's title.
   *
   * @return the source, if given
   */
  public abstract Optional<String> source();

  /**
   * Returns a free-text comment.
   *
   * @return the comment, if any
   */
  public abstract Optional<String> comment();

  /**
   * Obtains an observation in the indicator's own unit.
   *
   * @param indicator the indicator
   * @param region the region
   * @param period the period
   * @param value the value
   * @return the observation
   * @throws IllegalArgumentException if the value is not finite
   */
  public static Observation of(IndicatorId indicator, RegionCode region, Period period, double value) {
    return Observation.builder().indicator(indicator).region(region).period(period).value(value).build();
  }

  @Value.Check
  void check() {
    if (!Double.isFinite(value())) {
      throw new IllegalArgumentException("Invalid observation of " + indicator() + " for " + region() + " in "
          + period() + ": value " + value() + " is not finite");
    }
    if (unitMult() < 0 || unitMult() > Unit.MAX_UNIT_MULT) {
      throw new IllegalArgumentException("Invalid observation of " + indicator() + ": UNIT_MULT " + unitMult()
          + " outside 0–" + Unit.MAX_UNIT_MULT);
    }
    unit().ifPresent(u -> {
      if (u.unitMult() != unitMult()) {
        throw new IllegalArgumentException("Invalid observation of " + indicator() + ": UNIT_MULT " + unitMult()
            + " disagrees with the unit '" + u + "'");
      }
    });
  }

  /**
   * Returns how the value is hedged (column {@code QUALIFIER}): 超过 ({@code MORE_THAN}) and 以上 ({@code AT_LEAST})
   * make it a lower bound of the true figure, 基本 ({@code BASICALLY}) a value basically (not fully) reached, 约
   * ({@code APPROXIMATELY}) an approximate figure.
   *
   * @return the qualifier; EXACT unless given
   */
  @Value.Default
  public ValueQualifier qualifier() {
    return ValueQualifier.EXACT;
  }
}
