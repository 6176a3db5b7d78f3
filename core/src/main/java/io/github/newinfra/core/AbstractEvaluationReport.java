package io.github.newinfra.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The outcome of an evaluation: one result per target in catalog order, roll-ups, and every rejected
 * observation with its reason.
 *
 * <p>Every input row has one fate: used, not used ({@link #unused()}: superseded, or no target in scope for its
 * indicator and region) or rejected with a reason; {@code usedObservations + unusedObservations +
 * rejectedObservations == inputObservations} always holds. Every rejected row is counted, by reason and by
 * indicator; the first {@link EvaluationOptions#maxRejectionsListed()} (default 10,000) by input position are
 * listed in full in {@link #rejected()}, so that a file of a million bad rows costs the memory of ten thousand.
 * The report is deterministic: the same catalog, options and observations, in any order, give an equal report
 * (rejections are listed by input position). This class is immutable and thread-safe; it round-trips through
 * JSON.
 */
@Value.Immutable
@JsonSerialize(as = EvaluationReport.class)
@JsonDeserialize(as = EvaluationReport.class)
abstract class AbstractEvaluationReport {
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
   * Returns the rejected observations listed in full: every one when there are at most
   * {@link EvaluationOptions#maxRejectionsListed()}, otherwise the first that many by input position.
   *
   * @return the rejections, by input position; {@link #rejectedObservations()} says how many there were in all
   */
  public abstract List<Rejection> rejected();

  /**
   * Returns how many observations were rejected, listed or not.
   *
   * @return the count; {@code rejected().size()} when every rejection is listed
   */
  @Value.Default
  public long rejectedObservations() {
    return rejected().size();
  }

  /**
   * Returns how many rejected observations are not listed in {@link #rejected()}.
   *
   * @return {@code rejectedObservations() - rejected().size()}
   */
  public long rejectedNotListed() {
    return rejectedObservations() - rejected().size();
  }

  /**
   * Returns how many observations were rejected for each reason, listed or not.
   *
   * @return the counts in the order of {@link RejectionReason}, reasons with none left out
   */
  @Value.Default
  public Map<RejectionReason, Long> rejectedByReason() {
    Map<RejectionReason, Long> counts = new EnumMap<>(RejectionReason.class);
    rejected().forEach(r -> counts.merge(r.reason(), 1L, Long::sum));
    return counts;
  }

  /**
   * Returns how many observations were rejected for each indicator, listed or not: by the catalog's indicator
   * id the row's INDICATOR names (after the mapping), and under the empty key ({@link #NO_INDICATOR}) the rows whose
   * INDICATOR is empty or names no indicator of the catalog, or that could not be read at all.
   *
   * @return the counts, indicators in catalog order and the empty key last, those with none left out; empty in a
   *     report written before the counts were
   */
  public abstract Map<String, Long> rejectedByIndicator();

  /** The key of {@link #rejectedByIndicator()} for rows of no indicator of the catalog. */
  public static final String NO_INDICATOR = "";

  @Value.Check
  void check() {
    if (usedObservations() + unusedObservations() != acceptedObservations()) {
      throw new IllegalStateException("Report does not account for every accepted observation: "
          + usedObservations() + " used + " + unusedObservations() + " not used != " + acceptedObservations()
          + " accepted");
    }
    if (acceptedObservations() + rejectedObservations() != inputObservations()) {
      throw new IllegalStateException("Report does not account for every observation: " + acceptedObservations()
          + " accepted + " + rejectedObservations() + " rejected != " + inputObservations() + " given");
    }
    if (rejected().size() > rejectedObservations()
        || rejectedByReason().values().stream().mapToLong(Long::longValue).sum() != rejectedObservations()) {
      throw new IllegalStateException("Report does not count every rejection: " + rejected().size() + " listed, "
          + rejectedByReason() + " by reason, " + rejectedObservations() + " rejected");
    }
    if (!rejectedByIndicator().isEmpty()
        && rejectedByIndicator().values().stream().mapToLong(Long::longValue).sum() != rejectedObservations()) {
      throw new IllegalStateException("Report does not count every rejection by indicator: " + rejectedByIndicator()
          + " against " + rejectedObservations() + " rejected");
    }
  }
}
