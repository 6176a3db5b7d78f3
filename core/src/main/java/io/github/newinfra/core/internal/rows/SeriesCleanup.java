package io.github.newinfra.core.internal.rows;

import io.github.newinfra.core.NotUsed;
import io.github.newinfra.core.NotUsedReason;
import io.github.newinfra.core.ObsStatus;
import io.github.newinfra.core.Rejection;
import io.github.newinfra.core.RejectionReason;
import io.github.newinfra.core.internal.reading.Numbers;
import io.github.newinfra.core.internal.wording.Text;
import io.github.newinfra.model.Accumulation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Settles the rows of one series once all are read: which of several rows for one period is used (a later PUBLISHED
 * date or a final status supersedes; agreeing rows are duplicates; disagreeing rows that nothing orders are all
 * rejected), which year-to-date figure of a year's amount stands (the one that runs furthest), and which rows of a
 * flow are rejected because their periods overlap or, for a year's amount, span two calendar years. See
 * docs/observations.md for the rules with examples.
 *
 * <p>Worked example: two rows of {@code base_stations_5g} in 南京市 for 2023, 5.1 (P) and 5.3 (A, no PUBLISHED date):
 * A supersedes P, so 5.3 is used and 5.1 is "not used" (SUPERSEDED, "status A (final) over P"). Had both been A with
 * different values, neither would be used (CONFLICTING_DUPLICATE).
 *
 * <p>Safe for threads cleaning different series at once: it keeps no state of its own beyond what it is given, and
 * {@link Rejections} is thread-safe. Not part of the API.
 */
final class SeriesCleanup {
  private final CompiledCatalog catalog;
  private final LocationStyle style;
  private final Rejections rejections;

  SeriesCleanup(CompiledCatalog catalog, LocationStyle style, Rejections rejections) {
    this.catalog = catalog;
    this.style = style;
    this.rejections = rejections;
  }

  /**
   * Sorts and settles one series, rejecting what it must (counted in the rejections) and removing every row it does
   * not use.
   *
   * @param s the series
   * @param ind its indicator's index
   * @param reg its region's index
   * @return the rows it did not use, with why, in series order; null if none
   */
  List<NotUsed> clean(Series s, int ind, int reg) {
    Dropped d = clean(s, ind, reg, catalog.indicators[ind].accumulation());
    return d == null ? null : d.notUsed;
  }

  /** The rows one series drops while it is cleaned, and why; made at its first row to drop, as most have none. */
  private final class Dropped {
    final boolean[] flags;
    /** The series as messages name it: "indicator in region". */
    final String series;
    final List<NotUsed> notUsed = new ArrayList<>();

    Dropped(Series s, int ind, int reg) {
      flags = new boolean[s.size];
      series = catalog.indicators[ind].id() + " in " + catalog.regions[reg];
    }
  }

  /**
   * For an annual amount: of the figures of one year that start on 1 January (year to date: 1–3月, 1–10月, the
   * whole year), the one that runs furthest is the year's so far; the others are superseded by it.
   */
  private Dropped yearToDate(Series s, int ind, int reg, Dropped d) {
    for (int k = 0; k < s.size; k++) {
      if ((d != null && d.flags[k]) || LocalDate.ofEpochDay(s.start(k)).getDayOfYear() != 1) {
        continue;
      }
      int best = k;
      for (int j = 0; j < s.size; j++) {
        // equivalent mutant (ConditionalsBoundary): a row ending with best and starting with k has best's period, of
        // which revisions left only best unflagged (flagged rows are skipped), so no row ties with best.
        if (s.start(j) == s.start(k) && s.end(j) > s.end(best) && (d == null || !d.flags[j])) {
          best = j;
        }
      }
      if (best != k && LocalDate.ofEpochDay(s.end(best)).getYear() == LocalDate.ofEpochDay(s.start(k)).getYear()) {
        if (d == null) {
          d = new Dropped(s, ind, reg);
        }
        d.flags[k] = true;
        d.notUsed.add(NotUsed.builder().ordinal(s.ordinal(k)).location(style.describe(s.ordinal(k), s.line(k)))
            .indicator(catalog.indicators[ind].id().value()).region(catalog.regions[reg].value())
            .reason(NotUsedReason.SUPERSEDED).rows(1)
            .message(d.series + ", " + CompiledCatalog.periodText(s.start(k), s.end(k)) + " = " + Text.number(s.value(k))
                + " is superseded by " + style.describe(s.ordinal(best), s.line(best)) + " (the same year to "
                + LocalDate.ofEpochDay(s.end(best)) + ", a later figure of the year)")
            .build());
      }
    }
    return d;
  }

  /**
   * Sorts a series, settles its rows of one period ({@link #revisions}) and, for a flow or an annual amount, rejects
   * rows whose periods overlap (and, for an annual amount, rows that span two calendar years); returns what it
   * dropped, or null if nothing.
   */
  private Dropped clean(Series s, int ind, int reg, Accumulation accumulation) {
    boolean flow = accumulation != Accumulation.LEVEL;
    boolean annual = accumulation == Accumulation.ANNUAL;
    s.sort();
    Dropped d = null;
    int longest = 0;
    for (int a = 0; a < s.size;) {
      longest = Math.max(longest, s.length(a));
      int b = a + 1;
      while (b < s.size && s.samePeriod(a, b)) {
        b++;
      }
      // equivalent mutant (ConditionalsBoundary, subtraction with addition): a period of one row has nothing to
      // settle; revisions of a single row keeps it and drops nothing.
      if (b - a > 1) {
        if (d == null) {
          d = new Dropped(s, ind, reg);
        }
        revisions(s, a, b, d, ind, reg);
      }
      a = b;
    }
    if (annual) {
      d = yearToDate(s, ind, reg, d);
    }
    if (flow) {
      int maxEnd = Integer.MIN_VALUE;
      int maxAt = -1;
      for (int k = 0; k < s.size; k++) {
        if (d != null && d.flags[k]) {
          continue;
        }
        if (annual && LocalDate.ofEpochDay(s.start(k)).getYear() != LocalDate.ofEpochDay(s.end(k)).getYear()) {
          if (d == null) {
            d = new Dropped(s, ind, reg);
          }
          d.flags[k] = true;
          String series = d.series;
          int at = k;
          rejections.add(s.ordinal(k), RejectionReason.PERIOD_ACROSS_YEARS, ind, () -> Rejection.builder()
              .ordinal(s.ordinal(at)).location(style.describe(s.ordinal(at), s.line(at)))
              .reason(RejectionReason.PERIOD_ACROSS_YEARS)
              .message(series + " is a year's amount, but " + CompiledCatalog.periodText(s.start(at), s.end(at))
                  + " spans two calendar years; give each year's part as its own row")
              .input(series + " " + CompiledCatalog.periodText(s.start(at), s.end(at)) + " = " + s.value(at)).build());
          continue;
        }
        if (s.start(k) <= maxEnd) {
          if (d == null) {
            d = new Dropped(s, ind, reg);
          }
          for (int j : new int[] {k, maxAt}) {
            if (!d.flags[j]) {
              d.flags[j] = true;
              String series = d.series;
              rejections.add(s.ordinal(j), RejectionReason.OVERLAPPING_PERIOD, ind, () -> Rejection.builder()
                  .ordinal(s.ordinal(j)).location(style.describe(s.ordinal(j), s.line(j)))
                  .reason(RejectionReason.OVERLAPPING_PERIOD)
                  .message((annual ? "annual amount " : "flow ") + series + " for "
                      + CompiledCatalog.periodText(s.start(j), s.end(j)) + " overlaps another "
                      + (annual ? "row" : "flow observation") + " of the same series; summing would double count")
                  .input(series + " " + CompiledCatalog.periodText(s.start(j), s.end(j)) + " = " + s.value(j)).build());
            }
          }
        }
        int end = s.end(k);
        // equivalent mutant (ConditionalsBoundary): a row ending on maxEnd starts by then, so it overlaps the row at
        // maxAt and both are flagged already; which of the two maxAt names then changes nothing.
        if (end > maxEnd) {
          maxEnd = end;
          maxAt = k;
        }
      }
    }
    if (d != null) {
      s.removeFlagged(d.flags);
    }
    s.longest = longest;
    return d;
  }

  /**
   * Settles rows of one indicator, region and period: a row no other row supersedes is a candidate; if all
   * candidates agree, the first is used, the other candidates are DUPLICATEs and every superseded row is not
   * used (SUPERSEDED); if candidates disagree, nothing orders them and the whole group is rejected.
   */
  private void revisions(Series s, int a, int b, Dropped d, int ind, int reg) {
    boolean[] drop = d.flags;
    String series = d.series;
    // equivalent mutant (subtraction with addition): longer arrays than the group's rows; only the indices below
    // b - a are read or written.
    boolean[] superseded = new boolean[b - a];
    // equivalent mutant (subtraction with addition): as above.
    int[] by = new int[b - a];
    for (int i = a; i < b; i++) {
      for (int j = a; j < b; j++) {
        if (i != j && supersedes(s, j, i)) {
          superseded[i - a] = true;
          by[i - a] = j;
          break;
        }
      }
    }
    int first = -1;
    boolean conflict = false;
    for (int i = a; i < b; i++) {
      if (!superseded[i - a]) {
        if (first < 0) {
          first = i;
        } else {
          conflict |= !Numbers.same(s.value(i), s.value(first));
          if (representsBefore(s, i, first)) {
            first = i;
          }
        }
      }
    }
    String period = CompiledCatalog.periodText(s.start(a), s.end(a));
    if (conflict) {
      for (int k = a; k < b; k++) {
        int other = k == a ? a + 1 : a;
        int at = k;
        drop[k] = true;
        rejections.add(s.ordinal(k), RejectionReason.CONFLICTING_DUPLICATE, ind, () -> Rejection.builder()
            .ordinal(s.ordinal(at)).location(style.describe(s.ordinal(at), s.line(at)))
            .reason(RejectionReason.CONFLICTING_DUPLICATE)
            .message("conflicting values for " + series + ", " + period + " (also at "
                + style.describe(s.ordinal(other), s.line(other)) + "), and no later PUBLISHED date or final"
                + " status (A over P or E) says which holds; none of them is used")
            .input(series + " " + period + " = " + s.value(at)).build());
      }
      return;
    }
    for (int k = a; k < b; k++) {
      if (k == first) {
        continue;
      }
      drop[k] = true;
      if (superseded[k - a]) {
        int w = by[k - a];
        d.notUsed.add(NotUsed.builder().ordinal(s.ordinal(k)).location(style.describe(s.ordinal(k), s.line(k)))
            .indicator(catalog.indicators[ind].id().value()).region(catalog.regions[reg].value())
            .reason(NotUsedReason.SUPERSEDED).rows(1)
            .message(series + ", " + period + " = " + Text.number(s.value(k)) + " is superseded by "
                + style.describe(s.ordinal(w), s.line(w)) + " (" + why(s, w, k) + ")")
            .period(period).value(s.value(k)).supersededBy(style.describe(s.ordinal(w), s.line(w)))
            .supersedingPublished(byPublication(s, w, k) ? Optional.of(LocalDate.ofEpochDay(s.published(w)))
                : Optional.empty())
            .published(byPublication(s, w, k) ? Optional.of(LocalDate.ofEpochDay(s.published(k)))
                : Optional.empty())
            .supersededStatus(byPublication(s, w, k) ? Optional.empty()
                : Optional.of(ObsStatus.values()[s.status(k)]))
            .build());
      } else {
        int at = k;
        int used = first;
        rejections.add(s.ordinal(k), RejectionReason.DUPLICATE, ind, () -> Rejection.builder()
            .ordinal(s.ordinal(at)).location(style.describe(s.ordinal(at), s.line(at)))
            .reason(RejectionReason.DUPLICATE)
            .message("repeats " + series + ", " + period + " (also at "
                + style.describe(s.ordinal(used), s.line(used)) + "); one is used")
            .input(series + " " + period + " = " + s.value(at)).build());
      }
    }
  }

  /**
   * Orders agreeing candidates so that the one used does not depend on the order of the input: the latest
   * PUBLISHED date, then the lowest OBS_STATUS code (A first), then a SOURCE before none and in text order,
   * then the smaller value, then the earlier row.
   */
  private static boolean representsBefore(Series s, int i, int j) {
    if (s.published(i) != s.published(j)) {
      // equivalent mutant (ConditionalsBoundary): the dates differ here, so > and >= agree.
      return s.published(i) > s.published(j);
    }
    if (s.status(i) != s.status(j)) {
      // equivalent mutant (ConditionalsBoundary): the statuses differ here, so < and <= agree.
      return s.status(i) < s.status(j);
    }
    String si = s.source(i);
    String sj = s.source(j);
    if (si == null || sj == null ? si != sj : !si.equals(sj)) {
      // equivalent mutant (ConditionalsBoundary): two texts that differ never compare as 0.
      return sj == null || si != null && si.compareTo(sj) < 0;
    }
    if (s.value(i) != s.value(j)) {
      // equivalent mutant (ConditionalsBoundary): the values differ here (none is NaN), so < and <= agree.
      return s.value(i) < s.value(j);
    }
    // equivalent mutant (ConditionalsBoundary): no two rows have the same ordinal.
    return s.ordinal(i) < s.ordinal(j);
  }

  /** A later PUBLISHED date supersedes an earlier; without two dates that differ, A supersedes P and E. */
  private static boolean supersedes(Series s, int winner, int loser) {
    int pw = s.published(winner);
    int pl = s.published(loser);
    if (pw != Series.UNPUBLISHED && pl != Series.UNPUBLISHED && pw != pl) {
      // equivalent mutant (ConditionalsBoundary): the dates differ here, so > and >= agree.
      return pw > pl;
    }
    return s.status(winner) == ObsStatus.A.ordinal()
        && (s.status(loser) == ObsStatus.P.ordinal() || s.status(loser) == ObsStatus.E.ordinal());
  }

  /** Tells whether a later publication, rather than a final status, is why {@code winner} supersedes. */
  private static boolean byPublication(Series s, int winner, int loser) {
    int pw = s.published(winner);
    int pl = s.published(loser);
    return pw != Series.UNPUBLISHED && pl != Series.UNPUBLISHED && pw != pl;
  }

  private static String why(Series s, int winner, int loser) {
    int pw = s.published(winner);
    int pl = s.published(loser);
    if (byPublication(s, winner, loser)) {
      return "published " + LocalDate.ofEpochDay(pw) + ", later than " + LocalDate.ofEpochDay(pl);
    }
    return "status A (final) over " + ObsStatus.values()[s.status(loser)];
  }
}
