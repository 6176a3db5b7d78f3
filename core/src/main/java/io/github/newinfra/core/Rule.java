package io.github.newinfra.core;

/**
 * The rule that decided a target's status, one constant per rule; {@code Evaluator} and {@code docs/evaluation.md}
 * describe each with a worked example.
 */
public enum Rule {
  /** A qualitative target without an assessment: NOT_ASSESSED. */
  QUALITATIVE_NOT_ASSESSED,
  /** A qualitative target rated by its assessment. */
  QUALITATIVE_ASSESSED,
  /** The target's indicator is not in the catalog: NO_DATA. */
  UNKNOWN_INDICATOR,
  /** The target's unit cannot measure its indicator: NO_DATA. */
  UNIT_MISMATCH,
  /** No usable observation at or before the evaluation date (inside the target period for a flow): NO_DATA. */
  NO_OBSERVATION,
  /** The observations sum beyond the range of numbers: INSUFFICIENT_DATA. */
  OVERFLOW,
  /** The comparator holds on time (or, before the due year is over, on the latest value): ACHIEVED. */
  ACHIEVED,
  /**
   * An observation ending inside the due year fails, and the comparator first holds on a later one:
   * ACHIEVED_LATE.
   */
  ACHIEVED_LATE,
  /**
   * The comparator holds on an observation after the due year, and no observation ending inside the due year
   * tells whether it held on time: ACHIEVED_TIMING_UNKNOWN.
   */
  ACHIEVED_TIMING_UNKNOWN,
  /** After the due year, a value qualified 基本 (basically) meets the target at face value: BASICALLY_ACHIEVED. */
  BASICALLY_ACHIEVED,
  /**
   * After the due year, the attainment at the due date reaches the share the options set for 基本完成:
   * BASICALLY_ACHIEVED. Never applied unless {@link EvaluationOptions#basicallyAchievedShare()} is set.
   */
  BASICALLY_ACHIEVED_BY_SHARE,
  /**
   * After the due year, a complete observation ending inside the due year (for a flow, the due period covered
   * without gaps) fails, and none after it meets: MISSED.
   */
  MISSED,
  /**
   * After the due year, no complete observation ends inside the due year, a complete later one fails, and none
   * meets: MISSED.
   */
  MISSED_LATER,
  /**
   * After the due year, no observation tells how things stood at the due date (only older data, or nothing
   * complete): INSUFFICIENT_DATA, with the last rating on the latest value kept as context
   * ({@link Decision#lastRating()}).
   */
  NO_DUE_YEAR_DATA,
  /**
   * The value is a lower bound (cities missing, gaps in a flow period) that does not prove the target achieved:
   * INSUFFICIENT_DATA, saying what is covered.
   */
  LOWER_BOUND,
  /**
   * A flow's running sum is within an upper-edged target (AT_MOST, LESS_THAN, BETWEEN, APPROXIMATELY) before its
   * period is covered: the rest of the period may still push it over, so it proves nothing yet: INSUFFICIENT_DATA.
   */
  RUNNING_SUM_UNDER_CAP,
  /** No observation ends after the baseline's end: INSUFFICIENT_DATA. */
  NOTHING_AFTER_BASELINE,
  /** The baseline already met the target and the value has moved away from it: DETERIORATION. */
  BASELINE_MET_MOVED_AWAY,
  /** The baseline already met the target and the value sits on a strict edge of it: INSUFFICIENT_DATA. */
  BASELINE_MET,
  /**
   * The baseline sits exactly on a strict edge of the target (1 against "less than 1"): it does not meet the
   * target, and there is no gap to measure progress over: INSUFFICIENT_DATA.
   */
  BASELINE_ON_EDGE,
  /** The due date is not after the baseline: no time to rate progress over, INSUFFICIENT_DATA. */
  NO_ELAPSED_TIME,
  /** CAGR needs positive baseline, value and target: INSUFFICIENT_DATA. */
  CAGR_NEEDS_POSITIVE_VALUES,
  /** Rated by attainment over elapsed time (LINEAR). */
  LINEAR,
  /** Rated by actual over required compound growth (CAGR). */
  CAGR
}
