package io.github.newinfra.core;

/** What a {@link RollUp} groups targets by. */
public enum RollUpDimension {
  /** The targets' document. */
  DOCUMENT,
  /** The pillar of the targets' measures (cross-cutting measures by class). */
  PILLAR,
  /** The sub-areas of the targets' measures. */
  SUB_AREA,
  /** The measure that sets each target. */
  MEASURE,
  /** The departments responsible for the targets' measures. */
  DEPARTMENT,
  /** The region a target applies to. */
  REGION
}
