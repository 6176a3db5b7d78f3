package io.github.newinfra.core;

/** SDMX observation status codes (CL_OBS_STATUS) an observation may carry. */
public enum ObsStatus {
  /** Normal value. */
  A,
  /** Time series break. */
  B,
  /** Definition differs. */
  D,
  /** Estimated value. */
  E,
  /** Forecast value: not an observation; rejected. */
  F,
  /** Imputed value. */
  I,
  /** Missing value: rejected. */
  M,
  /** Not significant. */
  N,
  /** Provisional value. */
  P,
  /** Strike or other special circumstance. */
  S,
  /** Low reliability. */
  U,
  /** Unvalidated value. */
  V;

  /**
   * Tells whether a value with this status counts as observed.
   *
   * @return false for M and F
   */
  public boolean isObserved() {
    return this != M && this != F;
  }
}
