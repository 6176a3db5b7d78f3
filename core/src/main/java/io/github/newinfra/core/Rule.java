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
  /** The comparator first holds on an observation after the due year: ACHIEVED_LATE. */
  ACHIEVED_LATE,
  /** After the due year, the comparator never held by the evaluation date on complete data: MISSED. */
  MISSED,
  /**
   * The value is a lower bound (cities missing, gaps in a flow period) that does not prove the target achieved:
   * INSUFFICIENT_DATA, saying what is covered.
   */
  LOWER_BOUND,
  /** No observation ends after the baseline's end: INSUFFICIENT_DATA. */
  NOTHING_AFTER_BASELINE,
  /** The baseline already met the target and the value has moved away from it: DETERIORATION. */
  BASELINE_MET_MOVED_AWAY,
  /** The baseline already met the target and the value sits on a strict edge of it: INSUFFICIENT_DATA. */
  BASELINE_MET,
  /** The due date is not after the baseline: no time to rate progress over, INSUFFICIENT_DATA. */
  NO_ELAPSED_TIME,
  /** CAGR needs positive baseline, value and target: INSUFFICIENT_DATA. */
  CAGR_NEEDS_POSITIVE_VALUES,
  /** Rated by attainment over elapsed time (LINEAR). */
  LINEAR,
  /** Rated by actual over required compound growth (CAGR). */
  CAGR
}
