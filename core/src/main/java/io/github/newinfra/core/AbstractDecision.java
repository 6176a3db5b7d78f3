package io.github.newinfra.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.RegionCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The facts a target's status was decided on, apart from the numbers the result carries itself: which rule
 * applied, which baseline was used and where it came from, what the value covers, and when the target was
 * achieved. The result's explanations are rendered from these facts and the result's numbers, nothing else.
 *
 * <p>Values are in the result's unit. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = Decision.class)
@JsonDeserialize(as = Decision.class)
abstract class AbstractDecision {
  /**
   * Returns the rule that decided the status.
   *
   * @return the rule
   */
  public abstract Rule rule();

  /**
   * Returns where the baseline came from.
   *
   * @return the origin, absent where no baseline was set
   */
  public abstract Optional<BaselineOrigin> baselineOrigin();

  /**
   * Returns the period of the baseline: the catalog baseline's period, or the earliest observation's.
   *
   * @return the period, absent for a flow counted from the start of its period or without a baseline
   */
  public abstract Optional<Period> baselinePeriod();

  /**
   * Returns the day a flow target's period starts, from which the flow is counted.
   *
   * @return the first day, for FLOW targets only
   */
  public abstract Optional<LocalDate> flowPeriodStart();

  /**
   * Returns, for a FLOW target, the catalog's baseline: a previous period's flow, shown as context and not used
   * as a starting stock.
   *
   * @return the previous period's flow, if the catalog gives one
   */
  public abstract OptionalDouble previousPeriodFlow();

  /**
   * Tells whether the value is a lower bound: a province figure summed from fewer than all its cities, or a flow
   * summed over a period with gaps.
   *
   * @return true for a lower bound
   */
  @Value.Default
  public boolean lowerBound() {
    return false;
  }

  /**
   * Returns how many cities the province has, when the value is summed from its cities.
   *
   * @return the number of cities, 0 when the value is not a sum over cities
   */
  @Value.Default
  public int citiesTotal() {
    return 0;
  }

  /**
   * Returns the cities that contribute to a province figure summed from cities, in region order.
   *
   * @return the cities; empty when the value is not a sum over cities
   */
  public abstract List<RegionCode> citiesCovered();

  /**
   * Returns the period of the oldest contribution to a sum over cities (the stalest city figure).
   *
   * @return the period, for sums over cities
   */
  public abstract Optional<Period> oldestContribution();

  /**
   * Returns, for a flow, the parts of the needed span (the target period up to the latest observation, or to the
   * end of the due year once it is over) that no observation covers.
   *
   * @return the gaps in date order; empty when the span is covered
   */
  public abstract List<Span> gaps();

  /**
   * Returns, after the due year, the period of the latest observation of the complete value at the end of the due
   * year that the verdict rests on: the evidence at the due date (for a flow, the due period covered without gaps;
   * for a sum over cities, every city's figure ending inside the due year).
   *
   * @return the period, absent when no such evidence exists or the due year is not over
   */
  public abstract Optional<Period> dueYearEvidence();

  /**
   * Returns the value of {@link #dueYearEvidence()}, in the result's unit.
   *
   * @return the value at the end of the due year, absent without such evidence
   */
  public abstract OptionalDouble dueYearValue();

  /**
   * Tells whether {@link #dueYearValue()} is qualified 基本 (basically): reached basically, not in full.
   *
   * @return true for a due-year value qualified BASICALLY
   */
  @Value.Default
  public boolean dueYearBasically() {
    return false;
  }

  /**
   * Returns, for an {@link Status#ACHIEVED_LATE ACHIEVED_LATE} result, the observations {@link #dueYearValue()}
   * rests on: the due-year rows that made the target late, beside the later ones that met it (the result's own
   * {@link TargetResult#observations()}). Reports list and plot both.
   *
   * @return the due-year observations in period order; empty for every other result (and then left out of the
   *     JSON)
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<ObservationRef> dueYearObservations();

  /**
   * Returns, for {@link Rule#NO_DUE_YEAR_DATA}, the status the latest value would have had before the due year
   * was over: context for a result that cannot be decided, not a verdict.
   *
   * @return the last rating, absent where none could be made
   */
  public abstract Optional<Status> lastRating();

  /**
   * Returns the progress ratio of {@link #lastRating()}.
   *
   * @return the ratio, absent where the last rating had none
   */
  public abstract OptionalDouble lastRatio();

  /**
   * Returns the period of the observation on which the comparator first held.
   *
   * @return the period, for ACHIEVED and ACHIEVED_LATE results
   */
  public abstract Optional<Period> achievedIn();

  /**
   * Tells whether the value lies beyond the target's band on the far side from the baseline (overshoot).
   *
   * @return true on overshoot
   */
  @Value.Default
  public boolean overshoot() {
    return false;
  }

  /**
   * Tells whether a share the value rests on lies in (0, 1] while another value of its series is above 1: probably
   * a percentage written as a fraction of 1 ({@code 0.975} for 97.5%), used as given and listed in
   * {@link EvaluationReport#warnings()}.
   *
   * @return true when such a share is used
   */
  @Value.Default
  public boolean suspectFraction() {
    return false;
  }

  /**
   * Returns the upper edge of a BETWEEN target, in the result's unit.
   *
   * @return the upper value, for BETWEEN targets
   */
  public abstract OptionalDouble targetUpper();

  /**
   * Returns the tolerance of an APPROXIMATELY target, in percent.
   *
   * @return e.g. 10 for ±10%
   */
  public abstract OptionalDouble tolerancePercent();

  /**
   * Tells whether a COVERAGE target is hedged as 基本 (basically), so that its target value is the basic-coverage
   * threshold.
   *
   * @return true for basic coverage
   */
  @Value.Default
  public boolean basically() {
    return false;
  }

  /**
   * Returns the actual compound growth per year, for a target rated by CAGR.
   *
   * @return the growth rate, e.g. 0.14 for 14% a year
   */
  public abstract OptionalDouble actualGrowth();

  /**
   * Returns the required compound growth per year, for a target rated by CAGR.
   *
   * @return the growth rate
   */
  public abstract OptionalDouble requiredGrowth();

  /**
   * Returns the unit of the target's indicator, for a target whose unit cannot measure it.
   *
   * @return the indicator's unit, for UNIT_MISMATCH
   */
  public abstract Optional<String> indicatorUnit();
}
