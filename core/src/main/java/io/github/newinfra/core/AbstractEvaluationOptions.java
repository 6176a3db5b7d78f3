package io.github.newinfra.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The thresholds of an evaluation. The progress cut-offs default to the UNSD SDG Progress Chart's: a ratio of
 * 0.95 or more is ON_TRACK, 0.5 or more NEEDS_ACCELERATION, −0.1 or more LIMITED_PROGRESS, less DETERIORATION.
 *
 * <p>A COVERAGE target hedged as 基本 ("basically") counts as achieved at {@link #basicCoverage()} percent
 * (default 95); a full coverage target needs 100. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = EvaluationOptions.class)
@JsonDeserialize(as = EvaluationOptions.class)
public abstract class AbstractEvaluationOptions {
  /**
   * Returns the options with every default.
   *
   * @return the defaults
   */
  public static EvaluationOptions defaults() {
    return EvaluationOptions.builder().build();
  }

  /**
   * Returns the lowest ratio rated ON_TRACK.
   *
   * @return default 0.95
   */
  @Value.Default
  public double onTrack() {
    return 0.95;
  }

  /**
   * Returns the lowest ratio rated NEEDS_ACCELERATION.
   *
   * @return default 0.5
   */
  @Value.Default
  public double needsAcceleration() {
    return 0.5;
  }

  /**
   * Returns the lowest ratio rated LIMITED_PROGRESS; below it is DETERIORATION.
   *
   * @return default −0.1
   */
  @Value.Default
  public double limitedProgress() {
    return -0.1;
  }

  /**
   * Returns the coverage, in percent, at which a "basically" (基本) coverage target counts as achieved.
   *
   * @return default 95
   */
  @Value.Default
  public double basicCoverage() {
    return 95;
  }

  @Value.Check
  void check() {
    if (!(onTrack() > needsAcceleration() && needsAcceleration() > limitedProgress())) {
      throw new IllegalArgumentException("Invalid evaluation thresholds: need onTrack (" + onTrack()
          + ") > needsAcceleration (" + needsAcceleration() + ") > limitedProgress (" + limitedProgress() + ")");
    }
    if (!(basicCoverage() > 0 && basicCoverage() <= 100)) {
      throw new IllegalArgumentException("Invalid basicCoverage " + basicCoverage() + ": must be in (0, 100]");
    }
  }
}
