package io.github.newinfra.core.report;

/** How much of a report to list: a summary with the targets without data collapsed, or everything. */
public enum Detail {
  /**
   * The default: targets without data (NO_DATA) and qualitative goals awaiting assessment (NOT_ASSESSED) are one
   * compact list; the completion table lists the targets with data.
   */
  SUMMARY,
  /** Every target in full, and every target in the completion table. */
  ALL
}
