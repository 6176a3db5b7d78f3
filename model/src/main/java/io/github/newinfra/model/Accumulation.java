package io.github.newinfra.model;

/** How an {@link Indicator} accumulates over time. */
public enum Accumulation {
  /** A stock or rate read at a point in time: the latest observation counts. */
  LEVEL,
  /** An amount counted over a period (新建, 新增, 新培育): observations inside the period add up. */
  FLOW
}
