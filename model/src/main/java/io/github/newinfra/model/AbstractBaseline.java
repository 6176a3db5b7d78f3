package io.github.newinfra.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a target starts from: a value at a period, usually a figure the documents report.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = Baseline.class)
@JsonDeserialize(as = Baseline.class)
abstract class AbstractBaseline {
  /**
   * Returns the baseline value.
   *
   * @return the value
   */
  public abstract Quantity value();

  /**
   * Returns the period the value refers to; the baseline is taken at the period's end.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * Returns the reported value the baseline comes from.
   *
   * @return the reported value's id, if it comes from one
   */
  public abstract Optional<FactId> reported();

  @Value.Check
  void check() {
    reported().ifPresent(r -> Checks.check(r.kind() == FactKind.REPORTED,
        "Invalid baseline: '%s' does not name a reported value", r));
  }
}
