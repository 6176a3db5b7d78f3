package io.github.newinfra.core.report;

import io.github.newinfra.core.RollUp;
import io.github.newinfra.core.RollUpDimension;
import java.util.List;

/**
 * A roll-up dimension as the reports show it: its groups with at least one rated target, as a table, and the names
 * of the others, as one line. Not part of the API.
 *
 * @param dimension the dimension
 * @param rated the groups with a rated target, in report order
 * @param unrated the names of the groups without one, in the report's language
 */
record RolledUp(RollUpDimension dimension, List<RollUp> rated, List<String> unrated) {
  /** Tells whether the dimension has no group at all. */
  boolean isEmpty() {
    return rated.isEmpty() && unrated.isEmpty();
  }
}
