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
 * <p>{@code acceptedObservations + rejected().size() == inputObservations} always holds. The report is
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
   * Returns the observations that were not used, by input position.
   *
   * @return the rejections
   */
  public abstract List<Rejection> rejected();

  @Value.Check
  void check() {
    if (acceptedObservations() + rejected().size() != inputObservations()) {
      throw new IllegalStateException("Report does not account for every observation: " + acceptedObservations()
          + " accepted + " + rejected().size() + " rejected != " + inputObservations() + " given");
    }
  }
}
