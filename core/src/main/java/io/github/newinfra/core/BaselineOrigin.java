package io.github.newinfra.core;

/** Where the baseline a target was rated from came from. */
public enum BaselineOrigin {
  /** The catalog's baseline for the target, placed at the end of its own period. */
  CATALOG,
  /** No catalog baseline: the earliest usable observation of a LEVEL indicator. */
  EARLIEST_OBSERVATION,
  /**
   * A FLOW counted from zero at the start of the target's period (a catalog baseline of a flow is a previous
   * period's flow, shown as context only).
   */
  FLOW_PERIOD_START
}
