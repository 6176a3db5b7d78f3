package io.github.newinfra.model;

/** How a reported value relates to a target in an {@link OutcomeLink}. */
public enum OutcomeRelation {
  /** The reported figure measures the target's indicator and answers it. */
  DIRECT,
  /** A related figure that does not answer the target on its own (e.g. a stock reported for a flow target). */
  CONTEXT
}
