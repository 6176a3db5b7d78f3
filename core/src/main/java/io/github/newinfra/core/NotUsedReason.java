package io.github.newinfra.core;

/** Why an accepted observation was not used by any target. */
public enum NotUsedReason {
  /** A later publication, or a final (A) value over a provisional (P) or estimated (E) one, replaces it. */
  SUPERSEDED,
  /** No target in scope reads its indicator for its region (nor, for a city, for its province). */
  NO_TARGET_IN_SCOPE
}
