package io.github.newinfra.core;

/** The status of one target as of an evaluation date (the progress cut-offs are the UNSD SDG Progress Chart's). */
public enum Status {
  /**
   * The comparator holds: on an observation whose period ends by the end of the due year, or, before the due
   * year is over, on the latest value.
   */
  ACHIEVED,
  /**
   * The comparator did not hold on time, but first held on an observation whose period ends after the due year
   * (the result's {@link Decision#achievedIn()} says when).
   */
  ACHIEVED_LATE,
  /** Evaluated after the end of the due year, and the comparator never held by the evaluation date. */
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
   * non-positive values under CAGR, a lower bound (partial cities, gaps in a flow period) that proves nothing, or
   * a sum beyond the range of numbers.
   */
  INSUFFICIENT_DATA,
  /** No usable observation for the target's indicator and region. */
  NO_DATA,
  /** A qualitative target without an assessment. */
  NOT_ASSESSED
}
