package io.github.newinfra.core.report;

import io.github.newinfra.core.TargetResult;

/** The lists of targets that follow the summary, each line a target's status, description and what it says. */
enum TargetList {
  /** MISSED, DETERIORATION, LIMITED_PROGRESS, NEEDS_ACCELERATION: the value used against the target. */
  ATTENTION("attention", Label.ATTENTION, Label.ATTENTION_NONE),
  /** Stale, or without data for the due year: the data notes. */
  NEEDS_DATA("needs-data", Label.NEEDS_DATA, Label.NEEDS_DATA_NONE);

  /** The HTML section's id. */
  final String id;
  /** The heading. */
  final Label heading;
  /** What is said when the list is empty. */
  final Label none;

  TargetList(String id, Label heading, Label none) {
    this.id = id;
    this.heading = heading;
    this.none = none;
  }

  /** What a target's line says after its description. */
  String says(TargetResult r, Labels l, Index index) {
    return this == ATTENTION ? Phrases.standing(r, l, index) : CompletionTable.notes(r, l);
  }
}
