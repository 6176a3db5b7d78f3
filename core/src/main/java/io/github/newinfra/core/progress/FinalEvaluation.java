package io.github.newinfra.core.progress;

import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.Evaluator;
import io.github.newinfra.core.ObservationSource;
import io.github.newinfra.core.Rejection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A final evaluation: the statistics' and the returns' figures evaluated together, the goals' verdicts applied to
 * the qualitative targets, and the returns' tasks, projects, conflicts and row fates kept beside the report.
 *
 * <pre>{@code
 * CatalogData data = Catalog.builtIn().data();
 * Assignments who = Assignments.of(data);
 * Returns returns = Returns.check(who, List.of(ReturnForms.read(Path.of("省通信管理局.csv"))));
 * FinalEvaluation result = FinalEvaluation.of(Evaluator.of(data).asOf(LocalDate.of(2025, 12, 31)), returns,
 *     Optional.of(ObservationSource.csv(Path.of("statistics.csv"))));
 * String markdown = FinalReport.markdown(result, Locale.SIMPLIFIED_CHINESE);
 * }</pre>
 *
 * <p>A goal's verdict becomes its target's assessment ({@link GoalVerdict#verdict()}); a conflicting goal gets none
 * and stays NOT_ASSESSED. This class is immutable and thread-safe.
 */
public final class FinalEvaluation {
  private final EvaluationReport report;
  private final Returns returns;
  private final long returnsOffset;

  private FinalEvaluation(EvaluationReport report, Returns returns, long returnsOffset) {
    this.report = report;
    this.returns = returns;
    this.returnsOffset = returnsOffset;
  }

  /**
   * Evaluates the returns, with or without other observations.
   *
   * @param evaluator the evaluator (catalog, date, method, options); its assessments are replaced by the goals'
   * @param returns the checked returns
   * @param statistics other observations, read before the returns' figures
   * @return the final evaluation
   */
  public static FinalEvaluation of(Evaluator evaluator, Returns returns, Optional<ObservationSource> statistics) {
    Objects.requireNonNull(evaluator, "evaluator");
    Objects.requireNonNull(returns, "returns");
    Evaluator e = evaluator.assessments(returns.assessments());
    if (statistics.isEmpty()) {
      return new FinalEvaluation(e.evaluate(returns.observations()), returns, 0);
    }
    EvaluationReport report = e.evaluate(statistics.get().followedBy(returns.observations()));
    return new FinalEvaluation(report, returns, report.inputObservations() - returns.observationCount());
  }

  /**
   * Returns the evaluation of every target.
   *
   * @return the report
   */
  public EvaluationReport report() {
    return report;
  }

  /**
   * Returns the checked returns.
   *
   * @return the returns
   */
  public Returns returns() {
    return returns;
  }

  /**
   * Locates a rejected observation in its return, when it is a return's figure.
   *
   * @param r a rejection of {@link #report()}
   * @return the return's place, or empty for a row of the other observations
   */
  public Optional<String> place(Rejection r) {
    long i = r.ordinal() - returnsOffset;
    return i >= 0 ? returns.observationPlace(i + 2) : Optional.empty();
  }

  /**
   * Lists the rejections of the returns' figures, each with its place in its return.
   *
   * @return place and message, one per rejected figure
   */
  public List<String> rejectedFigures() {
    return report.rejected().stream().filter(r -> place(r).isPresent())
        .map(r -> place(r).get() + ": " + r.message()).collect(java.util.stream.Collectors.toList());
  }
}
