package io.github.newinfra.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Says that a measure of one document is carried on by a measure of another, e.g. a 2020 measure by the
 * plan paragraph that continues it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = MeasureLink.class)
@JsonDeserialize(as = MeasureLink.class)
abstract class AbstractMeasureLink {
  /**
   * Returns the earlier measure.
   *
   * @return the measure id
   */
  public abstract MeasureId from();

  /**
   * Returns the measure that carries it on.
   *
   * @return the measure id
   */
  public abstract MeasureId to();

  /**
   * Returns what is carried on.
   *
   * @return the note, if any
   */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    Checks.check(!from().document().equals(to().document()),
        "Invalid measure link %s -> %s: both measures are of document '%s'", from(), to(), from().document());
  }
}
