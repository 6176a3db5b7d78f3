package io.github.newinfra.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalDouble;
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
abstract class AbstractEvaluationOptions {
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

  /**
   * Returns how many months after the end of its period a figure still counts as current. A result resting on
   * older data is flagged {@link TargetResult#stale()} and listed as needing data. Annual statistics come out in
   * the spring after their year, so the default leaves a year-end figure current until the June of the year after
   * next: 2024 data (ending 2024-12-31) is stale from 2026-07-01.
   *
   * @return default 18
   */
  @Value.Default
  public int staleAfterMonths() {
    return 18;
  }

  /**
   * Returns the attainment at the due date (0–1) at or above which a target not met counts as basically achieved
   * (基本完成). There is no default: without it, 基本完成 comes only from evidence that itself says 基本
   * (a value qualified {@code BASICALLY}). An office that grades 基本完成 by a share (e.g. 0.9 of the gap closed)
   * sets it here and says so in its report.
   *
   * @return the share, absent unless set
   */
  public abstract OptionalDouble basicallyAchievedShare();

  /**
   * Tells whether the figures the documents themselves report for a target (a reported outcome the catalog links
   * to it) count as observations at their dates, shown with the document's quote as their source. A row of the
   * caller's for the same indicator, region and period supersedes such a figure.
   *
   * @return default true
   */
  @Value.Default
  public boolean documentFigures() {
    return true;
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
    if (staleAfterMonths() < 1 || staleAfterMonths() > 1200) {
      throw new IllegalArgumentException("Invalid staleAfterMonths " + staleAfterMonths()
          + ": must be from 1 to 1200 months");
    }
    basicallyAchievedShare().ifPresent(share -> {
      if (!(share > 0 && share < 1)) {
        throw new IllegalArgumentException("Invalid basicallyAchievedShare " + share
            + ": must lie between 0 and 1 (exclusive), e.g. 0.9 for 90% of the gap closed");
      }
    });
  }
}
