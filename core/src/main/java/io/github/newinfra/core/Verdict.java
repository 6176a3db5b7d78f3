package io.github.newinfra.core;

/** An assessor's verdict on a qualitative target. */
public enum Verdict {
  /** The goal is met. */
  MET,
  /** The goal is partly met. */
  PARTLY_MET,
  /** The goal is not met. */
  NOT_MET
}
