package io.github.newinfra.core.report;

import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.ObsStatus;
import io.github.newinfra.core.ObservationRef;
import io.github.newinfra.core.Status;
import io.github.newinfra.core.TargetResult;
import io.github.newinfra.model.ValueQualifier;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * How strong the evidence of a judged target is, the one rule every format shows: a status other than 数据不足, 无数据
 * and 未评估 "rests on weak evidence" when the data used is stale, or any observation used is not final (status P
 * provisional, E estimated, F forecast, I imputed, U low reliability, V unvalidated) or approximate (约/左右). The
 * report shows such a status as a light badge with what is weak (非最终数据 or 数据陈旧), and the summary counts
 * them. Not part of the API.
 */
final class Evidence {
  private Evidence() {}

  private static final Set<ObsStatus> NOT_FINAL = EnumSet.of(ObsStatus.P, ObsStatus.E, ObsStatus.F, ObsStatus.I,
      ObsStatus.U, ObsStatus.V);

  private static final Set<Status> UNJUDGED = EnumSet.of(Status.INSUFFICIENT_DATA, Status.NO_DATA,
      Status.NOT_ASSESSED);

  /** Tells whether any observation used is not final or only approximate. */
  static boolean notFinal(TargetResult r) {
    for (ObservationRef o : r.observations()) {
      if (NOT_FINAL.contains(o.status()) || o.qualifier() == ValueQualifier.APPROXIMATELY) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether a result's status is a judgement resting on data that is not final or stale. */
  static boolean weak(TargetResult r) {
    return !UNJUDGED.contains(r.status()) && (r.stale() || notFinal(r));
  }

  /** What is weak about a result's evidence, in the language; empty when the evidence is not weak. */
  static Optional<String> tag(TargetResult r, Labels l) {
    if (!weak(r)) {
      return Optional.empty();
    }
    return Optional.of(l.get(r.stale() ? Label.WEAK_STALE : Label.WEAK_NOT_FINAL));
  }

  /** A status as a badge's text: the status, with what is weak about its evidence in brackets. */
  static String badge(TargetResult r, Labels l) {
    return l.status(r.status()) + tag(r, l).map(l::bracket).orElse("");
  }

  /** How many results of a report rest on weak evidence. */
  static long count(EvaluationReport report) {
    return report.results().stream().filter(Evidence::weak).count();
  }

  /** The coverage line of the summary with the count of weak judgements, when there are any. */
  static String coverage(Summary s, EvaluationReport report, Labels l) {
    long n = count(report);
    return s.coverageText(l) + (n == 0 ? "" : l.format(Label.WEAK_COUNT, n));
  }
}
