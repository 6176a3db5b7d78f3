package io.github.newinfra.core;

/** The status of one target as of an evaluation date (the progress cut-offs are the UNSD SDG Progress Chart's). */
public enum Status {
  /**
   * The comparator holds: on an observation whose period ends by the end of the due year, or, before the due
   * year is over, on the latest value.
   */
  ACHIEVED,
  /**
   * An observation ending inside the due year shows the comparator did not hold on time, and it first held on a
   * later observation (the result's {@link Decision#achievedIn()} says when).
   */
  ACHIEVED_LATE,
  /**
   * The comparator held on an observation after the due year, but no observation ending inside the due year
   * tells whether it held on time: achieved, timing unknown (e.g. "2022年已实现；2020年底情况无数据"). Kept apart
   * from {@link #ACHIEVED} and {@link #ACHIEVED_LATE} in results, roll-ups and reports.
   */
  ACHIEVED_TIMING_UNKNOWN,
  /**
   * 基本完成: after the due year, the evidence itself says the target was basically (基本) reached — a value
   * qualified {@code BASICALLY} that meets the target at face value — or, only where the options set
   * {@link EvaluationOptions#basicallyAchievedShare()}, the attainment at the due date reaches that share.
   */
  BASICALLY_ACHIEVED,
  /**
   * Evaluated after the end of the due year, and the evidence shows the target was not met: an observation ending
   * inside the due year (for a flow, the due period covered without gaps) fails, or, with none there, a later
   * complete one fails while none meets.
   */
  MISSED,
  /** Progress ratio at or above the on-track cut-off (default 0.95). */
  ON_TRACK,
  /** Progress ratio at or above the acceleration cut-off (default 0.5) but below on-track. */
  NEEDS_ACCELERATION,
  /** Progress ratio at or above the deterioration cut-off (default −0.1) but below acceleration. */
  LIMITED_PROGRESS,
  /** Progress ratio below the deterioration cut-off: moving away from the target. */
  DETERIORATION,
  /**
   * Observations exist but do not allow a decision: one point only, nothing after the baseline, no elapsed time,
   * non-positive values under CAGR, a lower bound (partial cities, gaps in a flow period) that proves nothing, a
   * baseline on a strict edge of the target, a sum beyond the range of numbers, or — after the due year — no
   * observation for the due year (the last rating is kept as context in the decision).
   */
  INSUFFICIENT_DATA,
  /** No usable observation for the target's indicator and region. */
  NO_DATA,
  /** A qualitative target without an assessment. */
  NOT_ASSESSED;

  /**
   * Tells whether the status says whether the target was met — achieved on time, late or with timing unknown,
   * basically achieved, or missed — rather than rating progress or saying the data do not allow a decision.
   *
   * @return true for ACHIEVED, ACHIEVED_LATE, ACHIEVED_TIMING_UNKNOWN, BASICALLY_ACHIEVED and MISSED
   */
  public boolean isVerdict() {
    return this == ACHIEVED || this == ACHIEVED_LATE || this == ACHIEVED_TIMING_UNKNOWN || this == BASICALLY_ACHIEVED
        || this == MISSED;
  }
}
