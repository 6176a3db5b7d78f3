package io.github.newinfra.core;

/** Why an accepted observation was not used: no result in scope rests on it. */
public enum NotUsedReason {
  /** A later publication, or a final (A) value over a provisional (P) or estimated (E) one, replaces it. */
  SUPERSEDED,
  /** No target in scope reads its indicator for its region (nor, for a city, for its province). */
  NO_TARGET_IN_SCOPE,
  /** Its period ends after the evaluation date: an evaluation as of a date ignores what came after it. */
  AFTER_AS_OF,
  /** A flow's row outside the period of every target in scope that counts the flow for its region. */
  OUTSIDE_TARGET_PERIOD
}
