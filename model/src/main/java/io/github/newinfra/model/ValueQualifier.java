package io.github.newinfra.model;

/** How a document hedges a figure it reports as achieved. */
public enum ValueQualifier {
  /** The figure as stated. */
  EXACT,
  /** 超过: strictly more than the figure. */
  MORE_THAN,
  /** 以上: at least the figure. */
  AT_LEAST,
  /** 左右, 约: about the figure. */
  APPROXIMATELY,
  /** 基本: basically reached, short of complete. */
  BASICALLY
}
