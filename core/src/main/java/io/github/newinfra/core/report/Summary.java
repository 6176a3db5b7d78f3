package io.github.newinfra.core.report;

import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.Method;
import io.github.newinfra.core.NotUsed;
import io.github.newinfra.core.NotUsedReason;
import io.github.newinfra.core.Rule;
import io.github.newinfra.core.RejectionReason;
import io.github.newinfra.core.Status;
import io.github.newinfra.core.TargetResult;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Document;
import io.github.newinfra.model.DocumentId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The headline facts of a report, computed once and shown by every format, so that the counts always agree: the
 * evaluation date and method, the documents evaluated, how many targets have data and how many are rated, the
 * status distribution, the targets that need attention, and the fate of the input rows.
 *
 * <p>A target "has data" when its status is anything but NO_DATA and NOT_ASSESSED (as in the roll-ups); it is
 * "rated" when it has an attainment to average. The targets that need attention are those MISSED, DETERIORATION,
 * LIMITED_PROGRESS and NEEDS_ACCELERATION, in that order, each group in report order. This class is immutable and
 * thread-safe.
 */
final class Summary {
  /** The statuses that need attention, most serious first. */
  static final List<Status> ATTENTION = List.of(Status.MISSED, Status.DETERIORATION, Status.LIMITED_PROGRESS,
      Status.NEEDS_ACCELERATION);

  private final LocalDate asOf;
  private final Method method;
  private final List<Document> documents;
  private final int targets;
  private final int withData;
  private final int rated;
  private final Map<Status, Integer> statusCounts;
  private final List<TargetResult> attention;
  private final List<TargetResult> needingData;
  private final long inputRows;
  private final long usedRows;
  private final long supersededRows;
  private final long noTargetRows;
  private final long afterAsOfRows;
  private final long outsidePeriodRows;
  private final long rejectedRows;
  private final long rejectedNotListed;
  private final Map<RejectionReason, Long> rejectedByReason;
  private final Map<String, Long> rejectedByIndicator;

  private Summary(EvaluationReport report, CatalogData data) {
    asOf = report.asOf();
    method = report.method();
    Set<DocumentId> ids = new LinkedHashSet<>();
    report.results().forEach(r -> ids.add(r.target().document()));
    List<Document> docs = new ArrayList<>();
    for (Document d : data.documents()) {
      if (ids.contains(d.id())) {
        docs.add(d);
      }
    }
    documents = Collections.unmodifiableList(docs);
    targets = report.results().size();
    EnumMap<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0);
    }
    int data0 = 0;
    int rated0 = 0;
    for (TargetResult r : report.results()) {
      counts.merge(r.status(), 1, Integer::sum);
      data0 += hasData(r) ? 1 : 0;
      rated0 += r.cappedAttainment().isPresent() ? 1 : 0;
    }
    statusCounts = Collections.unmodifiableMap(counts);
    withData = data0;
    rated = rated0;
    List<TargetResult> list = new ArrayList<>();
    for (Status s : ATTENTION) {
      report.results().stream().filter(r -> r.status() == s).forEach(list::add);
    }
    attention = Collections.unmodifiableList(list);
    needingData = report.results().stream()
        .filter(r -> r.stale() || r.decision().rule() == Rule.NO_DUE_YEAR_DATA)
        .collect(java.util.stream.Collectors.toUnmodifiableList());
    inputRows = report.inputObservations();
    usedRows = report.usedObservations();
    supersededRows = report.unused().stream().filter(u -> u.reason() == NotUsedReason.SUPERSEDED)
        .mapToLong(NotUsed::rows).sum();
    noTargetRows = rows(report, NotUsedReason.NO_TARGET_IN_SCOPE);
    afterAsOfRows = rows(report, NotUsedReason.AFTER_AS_OF);
    outsidePeriodRows = rows(report, NotUsedReason.OUTSIDE_TARGET_PERIOD);
    rejectedRows = report.rejectedObservations();
    rejectedNotListed = report.rejectedNotListed();
    rejectedByReason = report.rejectedByReason();
    rejectedByIndicator = report.rejectedByIndicator();
  }

  private static long rows(EvaluationReport report, NotUsedReason reason) {
    return report.unused().stream().filter(u -> u.reason() == reason).mapToLong(NotUsed::rows).sum();
  }

  /**
   * Computes the summary of a report.
   *
   * @param report the report
   * @param data the catalog evaluated (for the documents' titles)
   * @return the summary
   */
  static Summary of(EvaluationReport report, CatalogData data) {
    return new Summary(report, data);
  }

  /**
   * Tells whether a result has data: any status but NO_DATA and NOT_ASSESSED.
   *
   * @param r the result
   * @return true if it has data
   */
  static boolean hasData(TargetResult r) {
    return r.status() != Status.NO_DATA && r.status() != Status.NOT_ASSESSED;
  }

  /**
   * Returns the evaluation date.
   *
   * @return the date
   */
  LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the rating method.
   *
   * @return the method
   */
  Method method() {
    return method;
  }

  /**
   * Returns the documents whose targets the report evaluates, in catalog order.
   *
   * @return the documents
   */
  List<Document> documents() {
    return documents;
  }

  /**
   * Returns how many targets the report evaluates.
   *
   * @return the count
   */
  int targets() {
    return targets;
  }

  /**
   * Returns how many targets have data (any status but NO_DATA and NOT_ASSESSED).
   *
   * @return the count
   */
  int withData() {
    return withData;
  }

  /**
   * Returns how many targets have an attainment (achieved, achieved late, missed with a baseline, or rated).
   *
   * @return the count
   */
  int rated() {
    return rated;
  }

  /**
   * Returns how many targets have each status.
   *
   * @return every status, in declaration order, with its count (0 included)
   */
  Map<Status, Integer> statusCounts() {
    return statusCounts;
  }

  /**
   * Returns the targets that need attention: MISSED, DETERIORATION, LIMITED_PROGRESS, NEEDS_ACCELERATION.
   *
   * @return the results, most serious status first, each status in report order
   */
  List<TargetResult> attention() {
    return attention;
  }

  /**
   * Returns the targets that need newer data: results flagged stale, and results after the due year without an
   * observation for it (INSUFFICIENT_DATA, {@code Rule.NO_DUE_YEAR_DATA}), in catalog order.
   *
   * @return the targets
   */
  List<TargetResult> needingData() {
    return needingData;
  }

  /**
   * Returns how many rows were given.
   *
   * @return the input count
   */
  long inputRows() {
    return inputRows;
  }

  /**
   * Returns how many rows were used.
   *
   * @return the used count
   */
  long usedRows() {
    return usedRows;
  }

  /**
   * Returns how many accepted rows were not used.
   *
   * @return superseded rows, rows with no target in scope, after the evaluation date or outside every target period
   */
  long notUsedRows() {
    return supersededRows + noTargetRows + afterAsOfRows + outsidePeriodRows;
  }

  /**
   * Returns how many rows were superseded by a later publication or a final value.
   *
   * @return the count
   */
  long supersededRows() {
    return supersededRows;
  }

  /**
   * Returns how many rows no target in scope reads.
   *
   * @return the count
   */
  long noTargetRows() {
    return noTargetRows;
  }

  /**
   * Returns how many rows were rejected.
   *
   * @return the count
   */
  long rejectedRows() {
    return rejectedRows;
  }

  /**
   * Returns the line that follows the rejected rows listed when some are not: how many more, and every rejected
   * row counted by reason and by indicator, e.g. {@code 190000 more rejected rows not listed. All rejected rows by
   * reason: unknown indicator 200000; by indicator: no indicator of the catalog 200000}.
   *
   * @param l the language
   * @return the line; empty when every rejected row is listed
   */
  String rejectedNotListedText(Labels l) {
    if (rejectedNotListed == 0) {
      return "";
    }
    List<String> reasons = new ArrayList<>();
    rejectedByReason.forEach((r, n) -> reasons.add(l.rejection(r) + " " + n));
    List<String> indicators = new ArrayList<>();
    rejectedByIndicator.forEach((i, n) -> indicators.add((i.isEmpty() ? l.get(Label.NO_INDICATOR) : i) + " " + n));
    return l.format(Label.REJECTED_NOT_LISTED, rejectedNotListed, String.join(l.listSeparator(), reasons),
        String.join(l.listSeparator(), indicators));
  }

  /**
   * Returns the data-coverage line, e.g. {@code 25个目标中2个有数据，2个可计算完成度}.
   *
   * @param l the language
   * @return the line
   */
  String coverageText(Labels l) {
    return l.format(Label.DATA_COVERAGE_TEXT, targets, withData, rated);
  }

  /**
   * Returns the row-accounting line: given, used, not used (superseded, no target in scope), rejected.
   *
   * @param l the language
   * @return the line
   */
  String rowsText(Labels l) {
    String more = (afterAsOfRows > 0 ? l.format(Label.DATA_ROWS_AFTER_AS_OF, afterAsOfRows) : "")
        + (outsidePeriodRows > 0 ? l.format(Label.DATA_ROWS_OUTSIDE_PERIOD, outsidePeriodRows) : "");
    return l.format(Label.DATA_ROWS_TEXT, inputRows, usedRows, notUsedRows(), supersededRows, noTargetRows,
        rejectedRows, more);
  }

  /**
   * Returns the documents as one line: titles with their issuing numbers.
   *
   * @param l the language
   * @return the line
   */
  String documentsText(Labels l) {
    List<String> parts = new ArrayList<>();
    for (Document d : documents) {
      parts.add(d.title(l.locale()) + d.issuingNumber().map(l::bracket).orElse(""));
    }
    return String.join(l.clauseSeparator(), parts);
  }

  /**
   * Returns the status distribution as one line of the statuses that occur, e.g. {@code 未完成 2、无数据 21}.
   *
   * @param l the language
   * @return the line
   */
  String distributionText(Labels l) {
    List<String> parts = new ArrayList<>();
    statusCounts.forEach((s, n) -> {
      if (n > 0) {
        parts.add(l.status(s) + " " + n);
      }
    });
    return String.join(l.listSeparator(), parts);
  }
}
