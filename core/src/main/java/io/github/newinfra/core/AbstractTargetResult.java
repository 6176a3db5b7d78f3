package io.github.newinfra.core;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.FactId;
import io.github.newinfra.model.IndicatorId;
import io.github.newinfra.model.MeasureId;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.RegionCode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The evaluation of one target: its status, the value used and which observations it came from, attainment,
 * expected progress, their ratio, a projection, and the facts of its {@link #decision()}. Why it has its status is
 * said in words by {@link Explainer}, in the language asked for.
 *
 * <p>Values are in the target's unit ({@link #unit()}). This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = TargetResult.class)
@JsonDeserialize(as = TargetResult.class)
// The JSON report writes each result's explanations beside its facts; they are words, not facts, and are not read.
@JsonIgnoreProperties({"explanationZh", "explanationEn"})
abstract class AbstractTargetResult {
  /**
   * Returns the target evaluated.
   *
   * @return the target's id
   */
  public abstract FactId target();

  /**
   * Returns the measure that sets the target.
   *
   * @return the measure id
   */
  public abstract MeasureId measure();

  /**
   * Returns the target's indicator.
   *
   * @return the indicator, absent for a qualitative target without one
   */
  public abstract Optional<IndicatorId> indicator();

  /**
   * Returns the region the target applies to.
   *
   * @return the region
   */
  public abstract RegionCode region();

  /**
   * Returns the target's comparator.
   *
   * @return the comparator
   */
  public abstract Comparator comparator();

  /**
   * Returns the year the target is due.
   *
   * @return the due year
   */
  public abstract int dueYear();

  /**
   * Returns the status.
   *
   * @return the status
   */
  public abstract Status status();

  /**
   * Returns the unit of every value of this result, the target's.
   *
   * @return e.g. {@code 万个}; empty text for a bare count or a qualitative target
   */
  public abstract String unit();

  /**
   * Returns the target's value (the lower bound of a range; 100 for coverage, the basic-coverage threshold, 95 by
   * default, for 基本 coverage), in {@link #unit()}.
   *
   * @return the target value, absent for qualitative targets
   */
  public abstract OptionalDouble targetValue();

  /**
   * Returns the value the status rests on: the latest level, or the flow summed over the target's period.
   *
   * @return the value, absent without usable observations
   */
  public abstract OptionalDouble value();

  /**
   * Returns the period of the latest observation the value rests on.
   *
   * @return the period, absent without usable observations
   */
  public abstract Optional<Period> valuePeriod();

  /**
   * Returns the observations the value rests on.
   *
   * @return the observations in period order
   */
  public abstract List<ObservationRef> observations();

  /**
   * Returns, for a target that applies to a province, each of its cities' own figures for the indicator, in
   * region order; the rule that chose {@link #value()} (latest level, or flow inside the target's period, at or
   * before the evaluation date) applies per city. A province figure, when given, is the value; otherwise additive
   * indicators use the sum of these.
   *
   * @return the cities' values; empty for a city-level target or when no city reports
   */
  public abstract List<RegionValue> regionValues();

  /**
   * Returns the baseline used, in {@link #unit()}.
   *
   * @return the baseline value, absent if none could be set
   */
  public abstract OptionalDouble baseline();

  /**
   * Returns the share of the baseline-to-target gap closed (1 = reached; negative = moved away). Under CAGR,
   * the same share, reported for comparison.
   *
   * @return the attainment, present only when the status is decided on the value (achieved, missed or rated)
   */
  public abstract OptionalDouble attainment();

  /**
   * Returns the share of the baseline-to-due span elapsed at the end of the latest observation's period.
   *
   * @return the expected progress, absent where it cannot be computed
   */
  public abstract OptionalDouble expected();

  /**
   * Returns the progress ratio the status was rated on: attainment over expected progress (LINEAR) or actual
   * over required growth (CAGR).
   *
   * @return the ratio, absent unless the target was rated
   */
  public abstract OptionalDouble ratio();

  /**
   * Returns where the trend leads.
   *
   * @return the projection, with two or more points in time
   */
  public abstract Optional<Projection> projection();

  /**
   * Returns the assessment a qualitative target was given.
   *
   * @return the assessment, if any
   */
  public abstract Optional<Assessment> assessment();

  /**
   * Returns the facts the status was decided on: the rule, the baseline and its origin, coverage and timing.
   *
   * @return the decision
   */
  public abstract Decision decision();

  /**
   * Returns the observation statuses (SDMX OBS_STATUS) of the observations the value rests on, in code order.
   * Anything but {@link ObsStatus#A} means the result rests on provisional, estimated or otherwise qualified data.
   *
   * @return the statuses; empty without observations
   */
  public abstract java.util.Set<ObsStatus> obsStatuses();

  /**
   * Returns the distinct SOURCE texts of the observations the value rests on, in the order of first use.
   *
   * @return the sources; empty when no observation names one
   */
  public abstract List<String> sources();

  /**
   * Tells whether the result rests on any observation whose status is not A (normal).
   *
   * @return true for provisional, estimated or otherwise qualified data
   */
  public boolean provisional() {
    return obsStatuses().stream().anyMatch(s -> s != ObsStatus.A);
  }

  /**
   * Returns the age of the data at the evaluation date, in whole months: from the end of the period of the oldest
   * figure the value rests on (the stalest city of a sum over cities) to the evaluation date.
   *
   * @return the age, absent without a value
   */
  public abstract OptionalInt dataAgeMonths();

  /**
   * Tells whether the data is stale: the evaluation date lies more than {@link EvaluationOptions#staleAfterMonths()}
   * after the end of the oldest figure the value rests on, and the status is not a final verdict on due-year
   * evidence (after the due year: achieved on time, late or with timing unknown, 基本完成, missed). After the due
   * year, a figure from the due year or later is never stale: it is as new as a verdict on the due year needs. A
   * stale result keeps its status and is listed as needing data.
   *
   * @return true for stale data
   */
  @Value.Default
  public boolean stale() {
    return false;
  }

  /**
   * Returns the attainment capped to 0–1, as roll-ups average it; 1 for ACHIEVED, ACHIEVED_LATE and
   * ACHIEVED_TIMING_UNKNOWN; for BASICALLY_ACHIEVED, its attainment where a baseline gives one.
   *
   * @return the capped attainment, absent where there is none
   */
  public OptionalDouble cappedAttainment() {
    if (status() == Status.ACHIEVED || status() == Status.ACHIEVED_LATE
        || status() == Status.ACHIEVED_TIMING_UNKNOWN) {
      return OptionalDouble.of(1);
    }
    return attainment().isPresent()
        ? OptionalDouble.of(Math.max(0, Math.min(1, attainment().getAsDouble()))) : OptionalDouble.empty();
  }
}
