package io.github.newinfra.model;

/** How an {@link Indicator} accumulates over time. */
public enum Accumulation {
  /** A stock or rate read at a point in time: the latest observation counts. */
  LEVEL,
  /** An amount counted over a period (新建, 新增, 新培育): observations inside the period add up. */
  FLOW,
  /**
   * A year's amount (数字经济核心产业增加值, 业务收入, 网络零售额): the observations inside one calendar year add up to
   * that year's value, and a target compares the value of its due year. A figure for part of a year (1–10月, a time
   * range {@code 2022-01/2022-10}) is a lower bound of the year for an amount that is never negative, never the
   * year's value; only counts, lengths and money can be annual amounts.
   */
  ANNUAL
}
