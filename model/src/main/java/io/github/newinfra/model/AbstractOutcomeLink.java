package io.github.newinfra.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Ties a target to a figure reported for it, e.g. the 2020 target of 60% smart campuses to the 41.5% the
 * plan reports for 2020. {@link OutcomeRelation#DIRECT} links make the figure evidence for the target in every
 * evaluation that counts the documents' figures.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = OutcomeLink.class)
@JsonDeserialize(as = OutcomeLink.class)
abstract class AbstractOutcomeLink {
  /**
   * Returns the target.
   *
   * @return the target's id
   */
  public abstract FactId target();

  /**
   * Returns the reported value.
   *
   * @return the reported value's id
   */
  public abstract FactId reported();

  /**
   * Returns how the figure relates to the target.
   *
   * @return the relation
   */
  public abstract OutcomeRelation relation();

  /**
   * Returns why the figure answers (or only informs) the target.
   *
   * @return the note, if any
   */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    Checks.check(target().kind() == FactKind.TARGET && reported().kind() == FactKind.REPORTED,
        "Invalid outcome link %s -> %s: it must tie a target to a reported value", target(), reported());
  }
}
