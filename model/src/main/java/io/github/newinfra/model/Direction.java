package io.github.newinfra.model;

/** Which way an {@link Indicator} improves. */
public enum Direction {
  /** More is better, e.g. base stations. */
  HIGHER_IS_BETTER,
  /** Less is better, e.g. a charging service radius. */
  LOWER_IS_BETTER,
  /** Being inside a range is what counts. */
  BAND
}
