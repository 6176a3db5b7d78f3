package io.github.newinfra.core.progress;

import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.Evaluator;
import io.github.newinfra.core.ObservationSource;
import io.github.newinfra.core.Rejection;
import io.github.newinfra.core.Status;
import io.github.newinfra.core.TargetResult;
import io.github.newinfra.model.DepartmentId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
 * try (Writer out = Files.newBufferedWriter(Path.of("期末评估.md"))) {
 *   Reports.write(result, data, ReportFormat.MARKDOWN, Locale.SIMPLIFIED_CHINESE, out);
 * }
 * }</pre>
 *
 * <p>A goal's verdict becomes its target's assessment ({@link GoalVerdict#verdict()}); a conflicting goal gets none
 * and stays NOT_ASSESSED. This class is immutable and thread-safe.
 */
public final class FinalEvaluation {
  /** The target statuses that still need figures or an assessment. */
  private static final Set<Status> NEEDS_FIGURES = EnumSet.of(Status.NO_DATA, Status.NOT_ASSESSED,
      Status.INSUFFICIENT_DATA);

  private final EvaluationReport report;
  private final Returns returns;
  private final long returnsOffset;
  private final Map<String, TargetResult> results = new HashMap<>();
  private final List<ReturnItem> items;

  private FinalEvaluation(EvaluationReport report, Returns returns, long returnsOffset) {
    this.report = report;
    this.returns = returns;
    this.returnsOffset = returnsOffset;
    Set<String> documents = new HashSet<>();
    for (TargetResult r : report.results()) {
      results.put(r.target().value(), r);
      documents.add(r.target().document().value());
    }
    List<ReturnItem> list = new ArrayList<>();
    for (ReturnItem i : returns.assignments().items()) {
      if (i.kind() == ItemKind.TARGET || i.kind() == ItemKind.GOAL ? results.containsKey(i.id())
          : documents.contains(i.measure().document().value())) {
        list.add(i);
      }
    }
    this.items = Collections.unmodifiableList(list);
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
   * Returns the items the evaluation covers: the targets and goals the report evaluates, and the tasks and projects
   * of its documents.
   *
   * @return the items, in the catalog's order
   */
  public List<ReturnItem> items() {
    return items;
  }

  /**
   * Tells what is still needed of an item: figures for a target without data or with too little to judge, a
   * verdict for a goal, progress for a task, the stage for a project not reported, and for an item two returns
   * disagree on, that the office settles it.
   *
   * @param item an item of {@link #items()}
   * @return what is needed, or empty when nothing is
   */
  public Optional<Need> need(ReturnItem item) {
    if (returns.unresolved(item.id())) {
      return Optional.of(Need.SETTLE);
    }
    switch (item.kind()) {
      case TARGET: {
        TargetResult r = results.get(item.id());
        return r != null && NEEDS_FIGURES.contains(r.status()) ? Optional.of(Need.FIGURES) : Optional.empty();
      }
      case GOAL:
        return returns.reported(item).isPresent() ? Optional.empty() : Optional.of(Need.VERDICT);
      case TASK:
        return returns.reported(item).isPresent() ? Optional.empty() : Optional.of(Need.PROGRESS);
      default:
        return returns.reported(item).isPresent() ? Optional.empty() : Optional.of(Need.STAGE);
    }
  }

  /**
   * Lists the items still needed: targets without data or assessment, goals without a verdict, tasks and projects
   * not reported, and items in conflict — the report's 需补充的数据和评估, which a template for them asks again.
   *
   * @return the items in item order
   */
  public List<ReturnItem> stillNeeded() {
    List<ReturnItem> out = new ArrayList<>();
    for (ReturnItem i : items) {
      if (need(i).isPresent()) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Lists the items still needed of one lead department (see {@link #stillNeeded()}).
   *
   * @param department the lead department
   * @return its items still needed, in item order
   */
  public List<ReturnItem> stillNeeded(DepartmentId department) {
    List<ReturnItem> out = new ArrayList<>();
    for (ReturnItem i : stillNeeded()) {
      if (i.lead().filter(department::equals).isPresent()) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Tells whether any return is marked illustrative: the report then says so in its title, its first line and the
   * final evaluation's heading, so that made-up verdicts are never shown as published data.
   *
   * @return true if a return is illustrative
   */
  public boolean illustrative() {
    return returns.forms().stream().anyMatch(ReturnForm::illustrative);
  }

  /**
   * Returns how many of the report's input rows are the statistics', read before the returns' figures: a row whose
   * ordinal ({@code Rejection.ordinal()}, {@code NotUsed.ordinal()}) is below this count is a row of the statistics.
   *
   * @return the count; 0 without statistics
   */
  public long statisticsObservations() {
    return returnsOffset;
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
