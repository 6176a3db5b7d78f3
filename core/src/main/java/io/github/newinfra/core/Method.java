package io.github.newinfra.core;

/** How progress towards a target that is neither achieved nor missed is rated. */
public enum Method {
  /** Attainment over the elapsed share of the baseline-to-due span (the default). */
  LINEAR,
  /** Actual compound annual growth over the growth required (UNSD SDG Progress Chart). */
  CAGR
}
