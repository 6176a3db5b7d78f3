package io.github.newinfra.core.progress;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * Two or more returns that disagree about one item: every disagreeing report is kept, and the item is unresolved
 * until the office settles it; no return wins silently.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = Conflict.class)
@JsonDeserialize(as = Conflict.class)
abstract class AbstractConflict {
  /**
   * Returns the kind of item.
   *
   * @return the kind
   */
  public abstract ItemKind kind();

  /**
   * Returns the item's id.
   *
   * @return the id
   */
  public abstract String item();

  /**
   * Returns the rows that disagree, in reading order.
   *
   * @return at least two rows
   */
  public abstract List<RowFate> rows();
}
