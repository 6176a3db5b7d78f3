package io.github.newinfra.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The outcome of an evaluation: one result per target in catalog order, roll-ups, and every rejected
 * observation with its reason.
 *
 * <p>Every input row has one fate: used, not used ({@link #unused()}: superseded, or no target in scope for its
 * indicator and region) or rejected ({@link #rejected()}) with a reason; {@code usedObservations +
 * unusedObservations + rejected().size() == inputObservations} always holds. The report is
 * deterministic: the same catalog, options and observations, in any order, give an equal report (rejections are
 * listed by input position). This class is immutable and thread-safe; it round-trips through JSON.
 */
@Value.Immutable
@JsonSerialize(as = EvaluationReport.class)
@JsonDeserialize(as = EvaluationReport.class)
public abstract class AbstractEvaluationReport {
  /**
   * Returns the evaluation date.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * Returns the rating method.
   *
   * @return the method
   */
  public abstract Method method();

  /**
   * Returns the thresholds and options used.
   *
   * @return the options
   */
  public abstract EvaluationOptions options();

  /**
   * Returns how many observations were given.
   *
   * @return the input count
   */
  public abstract long inputObservations();

  /**
   * Returns how many observations were accepted.
   *
   * @return the accepted count
   */
  public abstract long acceptedObservations();

  /**
   * Returns how many accepted observations were used: read by a target in scope (its own indicator and region,
   * or a city of its province), not superseded.
   *
   * @return the used count
   */
  @Value.Default
  public long usedObservations() {
    return acceptedObservations() - unused().stream().mapToLong(NotUsed::rows).sum();
  }

  /**
   * Returns the accepted observations that were not used: each superseded row, and per indicator and region the
   * rows no target in scope reads. Superseded rows come first by input position, then the rest by input position
   * of their first row.
   *
   * @return the entries; {@code usedObservations() + sum of rows() == acceptedObservations()}
   */
  public abstract List<NotUsed> unused();

  /**
   * Returns how many accepted observations were not used.
   *
   * @return the sum of the entries' rows
   */
  public long unusedObservations() {
    return unused().stream().mapToLong(NotUsed::rows).sum();
  }

  /**
   * Returns one result per target, in catalog order.
   *
   * @return the results
   */
  public abstract List<TargetResult> results();

  /**
   * Returns the roll-ups: by document, pillar, sub-area, measure, department and region, in that order, each in
   * catalog order.
   *
   * @return the roll-ups
   */
  public abstract List<RollUp> rollUps();

  /**
   * Returns the accepted rows that are used as given but look like a supplier's mistake, in input order: a share
   * in (0, 1] among values of the same indicator and region above 1 ({@code 0.975} where 97.5 was meant).
   *
   * @return the warnings; empty when nothing looks wrong
   */
  public abstract List<DataWarning> warnings();

  /**
   * Returns the observations that were rejected, by input position.
   *
   * @return the rejections
   */
  public abstract List<Rejection> rejected();

  @Value.Check
  void check() {
    if (usedObservations() + unusedObservations() != acceptedObservations()) {
      throw new IllegalStateException("Report does not account for every accepted observation: "
          + usedObservations() + " used + " + unusedObservations() + " not used != " + acceptedObservations()
          + " accepted");
    }
    if (acceptedObservations() + rejected().size() != inputObservations()) {
      throw new IllegalStateException("Report does not account for every observation: " + acceptedObservations()
          + " accepted + " + rejected().size() + " rejected != " + inputObservations() + " given");
    }
  }
}
