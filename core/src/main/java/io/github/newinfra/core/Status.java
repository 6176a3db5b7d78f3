package io.github.newinfra.core;

/** The status of one target as of an evaluation date (the progress cut-offs are the UNSD SDG Progress Chart's). */
public enum Status {
  /** The comparator holds for the value used. */
  ACHIEVED,
  /** Evaluated after the end of the due year and not achieved. */
  MISSED,
  /** Progress ratio at or above the on-track cut-off (default 0.95). */
  ON_TRACK,
  /** Progress ratio at or above the acceleration cut-off (default 0.5) but below on-track. */
  NEEDS_ACCELERATION,
  /** Progress ratio at or above the deterioration cut-off (default −0.1) but below acceleration. */
  LIMITED_PROGRESS,
  /** Progress ratio below the deterioration cut-off: moving away from the target. */
  DETERIORATION,
  /** Observations exist but do not allow a rating (one point only, no elapsed time, non-positive values under CAGR…). */
  INSUFFICIENT_DATA,
  /** No usable observation for the target's indicator and region. */
  NO_DATA,
  /** A qualitative target without an assessment. */
  NOT_ASSESSED
}
