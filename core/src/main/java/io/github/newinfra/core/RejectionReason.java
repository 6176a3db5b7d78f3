package io.github.newinfra.core;

/** Why an input observation was not used. */
public enum RejectionReason {
  /** The row cannot be read: wrong number of fields, broken quoting, invalid JSON. */
  MALFORMED_ROW,
  /** A required field (INDICATOR, REF_AREA, TIME_PERIOD, OBS_VALUE) is empty or absent. */
  MISSING_FIELD,
  /** TIME_PERIOD is not YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD. */
  UNPARSEABLE_PERIOD,
  /** PUBLISHED is not an ISO date (YYYY-MM-DD) in the supported years. */
  UNPARSEABLE_DATE,
  /** OBS_VALUE or UNIT_MULT is not a number. */
  UNPARSEABLE_VALUE,
  /** OBS_VALUE is NaN or infinite. */
  NOT_FINITE,
  /** The catalog has no such indicator. */
  UNKNOWN_INDICATOR,
  /** The catalog has no such region. */
  UNKNOWN_REGION,
  /** UNIT_MEASURE is not a known unit code or symbol. */
  UNKNOWN_UNIT,
  /** The unit measures another dimension than the indicator's unit. */
  UNIT_OF_ANOTHER_DIMENSION,
  /** A negative value of a count, length, money or data-rate indicator. */
  NEGATIVE_COUNT,
  /** A share outside 0–100%. */
  PERCENT_OUT_OF_RANGE,
  /** OBS_STATUS M (missing) or F (forecast): not an observed value. */
  STATUS_EXCLUDED,
  /** OBS_STATUS is not an SDMX observation status code. */
  UNKNOWN_STATUS,
  /** QUALIFIER names no qualifier (超过, 以上, 约, 基本 or EXACT, MORE_THAN, AT_LEAST, APPROXIMATELY, BASICALLY). */
  UNKNOWN_QUALIFIER,
  /** The same indicator, region and period as another row with the same value; one is used. */
  DUPLICATE,
  /**
   * The same indicator, region and period as another row with a different value, and neither a later PUBLISHED
   * date nor a final status (A over P or E) says which one holds; none is used.
   */
  CONFLICTING_DUPLICATE,
  /** A flow observation whose period overlaps another of the same series; sums would double count. */
  OVERLAPPING_PERIOD,
  /**
   * A row of an annual amount ({@code Accumulation.ANNUAL}) whose period spans two calendar years
   * ({@code 2021-07/2022-06}): it is no part of one year's value.
   */
  PERIOD_ACROSS_YEARS
}
