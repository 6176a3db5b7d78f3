package io.github.newinfra.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The thresholds of an evaluation. The progress cut-offs default to the UNSD SDG Progress Chart's: a ratio of
 * 0.95 or more is ON_TRACK, 0.5 or more NEEDS_ACCELERATION, −0.1 or more LIMITED_PROGRESS, less DETERIORATION.
 *
 * <p>A COVERAGE target hedged as 基本 ("basically") counts as achieved at {@link #basicCoverage()} percent
 * (default 95); a full coverage target needs 100.
 *
 * <p>A report lists the first {@link #maxRejectionsListed()} rejected rows (default 10,000) in full and counts
 * every one: a file of a million bad rows is a wrong file, and its first rows and the counts say why, in bounded
 * memory. This class is immutable and thread-safe.
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

  /** The default {@link #maxRejectionsListed()}. */
  public static final int DEFAULT_MAX_REJECTIONS_LISTED = 10_000;

  /**
   * Returns how many rejected rows a report lists in full, the first by input position; the others are counted
   * (by reason and by indicator) but not kept. See {@link EvaluationReport#rejected()}.
   *
   * @return default {@value #DEFAULT_MAX_REJECTIONS_LISTED}; 0 keeps only the counts
   */
  @Value.Default
  public int maxRejectionsListed() {
    return DEFAULT_MAX_REJECTIONS_LISTED;
  }

  @Value.Check
  void check() {
    if (maxRejectionsListed() < 0) {
      throw new IllegalArgumentException("Invalid maxRejectionsListed " + maxRejectionsListed()
          + ": must be 0 or more");
    }
    if (!(onTrack() > needsAcceleration() && needsAcceleration() > limitedProgress())) {
      throw new IllegalArgumentException("Invalid evaluation thresholds: need onTrack (" + onTrack()
          + ") > needsAcceleration (" + needsAcceleration() + ") > limitedProgress (" + limitedProgress() + ")");
    }
    if (!(basicCoverage() > 0 && basicCoverage() <= 100)) {
      throw new IllegalArgumentException("Invalid basicCoverage " + basicCoverage() + ": must be in (0, 100]");
    }
  }
}
