package io.github.newinfra.model;

/** How a {@link Target} compares an indicator's value with its stated value(s). */
public enum Comparator {
  /** At least the value: 以上, 不少于, 达到, 达到或超过, and a plain number in a build target. */
  AT_LEAST,
  /** Strictly more than the value: 超过. */
  GREATER_THAN,
  /** At most the value: 以下, 不超过. */
  AT_MOST,
  /** Strictly less than the value: 小于, 低于. */
  LESS_THAN,
  /** Within the target's stated relative tolerance of the value: 左右, 约. */
  APPROXIMATELY,
  /** Between the value and the upper value, both inclusive: 1－2个. */
  BETWEEN,
  /** Full coverage, 100% of the indicator: 全覆盖; 'basically' (基本) when the text hedges. */
  COVERAGE,
  /** A goal stated in words (位居全国前列, 基本建成…), assessed rather than measured. */
  QUALITATIVE
}
