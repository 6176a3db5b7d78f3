package io.github.newinfra.core.internal.rows;

import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.Rejection;
import io.github.newinfra.core.RejectionReason;
import io.github.newinfra.model.Indicator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Supplier;

/**
 * The rejections of one run in bounded memory: every one is counted, by reason and by indicator, and the first
 * {@code limit} by input position are kept in full. A rejection is made only if it will be kept, so a file of a
 * million bad rows costs the memory of {@code limit} rejections. Which are kept does not depend on the order they
 * come in (readers give rows in input order; a series' duplicates come later, from any thread). Thread-safe. Not
 * part of the API.
 */
public final class Rejections {
  private final int limit;
  private final Indicator[] indicators;
  /** The kept rejections, the latest input position first, so that a rejection before it can take its place. */
  private final PriorityQueue<Rejection> kept;
  private final long[] byReason = new long[RejectionReason.values().length];
  /** Per indicator index, and last for rows of no indicator of the catalog. */
  private final long[] byIndicator;
  private long count;

  Rejections(int limit, Indicator[] indicators) {
    this.limit = limit;
    this.indicators = indicators;
    this.kept = new PriorityQueue<>(Math.min(limit, 1024) + 1,
        Comparator.comparingLong(Rejection::ordinal).reversed());
    this.byIndicator = new long[indicators.length + 1];
  }

  /**
   * Counts a rejection, and keeps it if it is among the first {@code limit} by input position.
   *
   * @param ordinal the row's input position
   * @param reason why it was rejected
   * @param indicator the row's indicator index, or -1 if the row names no indicator of the catalog
   * @param rejection makes the rejection; called only if it is kept
   */
  synchronized void add(long ordinal, RejectionReason reason, int indicator, Supplier<Rejection> rejection) {
    count++;
    byReason[reason.ordinal()]++;
    byIndicator[indicator < 0 ? indicators.length : indicator]++;
    if (kept.size() < limit) {
      kept.add(rejection.get());
    } else if (limit > 0 && ordinal < kept.peek().ordinal()) {
      kept.poll();
      kept.add(rejection.get());
    }
  }

  /**
   * Returns how many rows were rejected.
   *
   * @return the count
   */
  public synchronized long count() {
    return count;
  }

  /**
   * Returns the kept rejections.
   *
   * @return the first {@code limit} by input position, in that order
   */
  public synchronized List<Rejection> listed() {
    List<Rejection> list = new ArrayList<>(kept);
    list.sort(Comparator.comparingLong(Rejection::ordinal));
    return list;
  }

  /**
   * Returns the counts by reason.
   *
   * @return reasons with rejections, in declaration order
   */
  public synchronized Map<RejectionReason, Long> byReason() {
    Map<RejectionReason, Long> counts = new EnumMap<>(RejectionReason.class);
    for (RejectionReason r : RejectionReason.values()) {
      if (byReason[r.ordinal()] > 0) {
        counts.put(r, byReason[r.ordinal()]);
      }
    }
    return counts;
  }

  /**
   * Returns the counts by indicator id, and under the empty key those of rows of no indicator of the catalog.
   *
   * @return indicators with rejections in catalog order, the empty key last
   */
  public synchronized Map<String, Long> byIndicator() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i <= indicators.length; i++) {
      if (byIndicator[i] > 0) {
        counts.merge(i < indicators.length ? indicators[i].id().value() : EvaluationReport.NO_INDICATOR, byIndicator[i],
            Long::sum);
      }
    }
    return counts;
  }
}
