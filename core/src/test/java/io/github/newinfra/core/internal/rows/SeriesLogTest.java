package io.github.newinfra.core.internal.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newinfra.core.internal.threads.Parallel;
import io.github.newinfra.core.internal.threads.Workers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a series reads back of each row it was given, whichever way the run's log stores the row's columns (see
 * {@link Series}): a line stored as nothing (no row has one), as one shift from the ordinal for the whole run, as a
 * shift per chunk of the log, as a column per chunk, then in the slab as an {@code int} difference from the ordinal
 * or as the whole line; statuses, PUBLISHED dates, SOURCE texts and high ordinal bits stored only when some row of
 * the run has one. Every example checks each row against what was added, in every layout's edge case.
 */
class SeriesLogTest {
  /** The first row of the log's second chunk. */
  private static final int SECOND_CHUNK = Series.Log.MIN_CHUNK;
  private static final int START = (int) LocalDate.of(2023, 1, 1).toEpochDay();
  private static final int END = (int) LocalDate.of(2023, 12, 31).toEpochDay();

  /** One row as added: its ordinal, line (-1: none), status ordinal, PUBLISHED day and SOURCE (or null). */
  private record Row(long ordinal, long line, int status, int published, String source) {
    static Row of(long ordinal, long line) {
      return new Row(ordinal, line, Series.DEFAULT_STATUS, Series.UNPUBLISHED, null);
    }

    @Override
    public String toString() {
      return "#" + ordinal + " line " + line + " status " + status + " published " + published + " source " + source;
    }
  }

  /**
   * Adds the rows to the log of a run in the order given, each to one of two series (by its ordinal's parity), groups
   * the log with the threads given, and returns what the series read back of each row, the rows of the first series
   * then those of the second, each in ordinal order (all rows are of 2023).
   */
  private static List<String> readBack(List<Row> rows, Parallel team) {
    Series.Log log = new Series.Log();
    Series[] series = {new Series(log, 0), new Series(log, 1)};
    for (Row r : rows) {
      series[(int) (r.ordinal & 1)].add(START, END, r.ordinal, r.ordinal, r.line, r.status, r.published, r.source);
    }
    Series.group(log, series, team);
    List<String> out = new ArrayList<>();
    for (Series s : series) {
      if (s.size == 0) {
        continue; // as in a run, where a series exists once it has a row
      }
      s.sort();
      for (int i = 0; i < s.size; i++) {
        assertEquals(START, s.start(i));
        assertEquals(END, s.end(i));
        assertEquals((double) s.ordinal(i), s.value(i));
        out.add(new Row(s.ordinal(i), s.line(i), s.status(i), s.published(i), s.source(i)).toString());
      }
    }
    return out;
  }

  /** What {@link #readBack} must give: each row as it was added. */
  private static List<String> asAdded(List<Row> rows) {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparingLong((Row r) -> r.ordinal & 1).thenComparingLong(Row::ordinal));
    List<String> out = new ArrayList<>();
    for (Row r : sorted) {
      out.add(r.toString());
    }
    return out;
  }

  private static void readsBackAsAdded(List<Row> rows) {
    assertEquals(asAdded(rows), readBack(rows, Parallel.ALONE));
    try (Parallel two = Parallel.of(2, Workers.DEFAULT)) {
      assertEquals(asAdded(rows), readBack(rows, two));
    }
  }

  /** Rows {@code from} to {@code to - 1}, each on the line {@code shift} after its ordinal. */
  private static List<Row> shifted(long from, long to, long shift) {
    List<Row> rows = new ArrayList<>();
    for (long o = from; o < to; o++) {
      rows.add(Row.of(o, o + shift));
    }
    return rows;
  }

  @Test
  void aLoneRowOfARunWhoseEarlierRowsWereRejectedKeepsItsLine() {
    // The run's first row with a line is #7 on line 9: the run's shift is 2, whatever the ordinal.
    readsBackAsAdded(List.of(Row.of(7, 9)));
  }

  @Test
  void anIrregularLineAfterRowsOfOneShiftKeepsTheirLinesAndTheRowsBackOnTheShiftKeepTheirs() {
    // #1 and #2 on the shift 2 (the first row not #0), #3 a multi-line record's next line 9, #4 back on the shift.
    readsBackAsAdded(List.of(Row.of(1, 3), Row.of(2, 4), Row.of(3, 9), Row.of(4, 6)));
  }

  @Test
  void rowsWithoutALineBeforeAndAfterRowsWithOneReadBackWithout() {
    readsBackAsAdded(List.of(Row.of(0, -1), Row.of(1, -1), Row.of(2, 4), Row.of(3, 5), Row.of(4, -1), Row.of(5, 7)));
  }

  @Test
  void aRowWithoutALineAmongRowsOfOneShiftReadsBackWithout() {
    readsBackAsAdded(List.of(Row.of(0, 2), Row.of(1, 3), Row.of(2, -1), Row.of(3, 5)));
  }

  @Test
  void noRowWithALineReadsBackWithout() {
    readsBackAsAdded(List.of(Row.of(0, -1), Row.of(1, -1), Row.of(2, -1)));
  }

  @Test
  void aSecondChunkStartingOnAnotherShiftKeepsEachRowsLine() {
    // The first chunk on the shift 2; the second opens on the shift 5, then goes back to 2.
    List<Row> rows = shifted(0, SECOND_CHUNK, 2);
    rows.add(Row.of(SECOND_CHUNK, SECOND_CHUNK + 5));
    rows.addAll(shifted(SECOND_CHUNK + 1, SECOND_CHUNK + 4, 2));
    readsBackAsAdded(rows);
  }

  @Test
  void aChunkOfOneShiftKeepsItsLinesWhenALaterChunkIsIrregular() {
    List<Row> rows = shifted(0, SECOND_CHUNK, 2);
    rows.addAll(shifted(SECOND_CHUNK, SECOND_CHUNK + 2, 2));
    rows.add(Row.of(SECOND_CHUNK + 2, SECOND_CHUNK + 9));
    readsBackAsAdded(rows);
  }

  @Test
  void aChunkWithoutLinesReadsBackWithoutWhenALaterChunkHasThem() {
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < SECOND_CHUNK; k++) {
      rows.add(Row.of(k, -1));
    }
    rows.addAll(shifted(SECOND_CHUNK, SECOND_CHUNK + 3, 2));
    readsBackAsAdded(rows);
  }

  @Test
  void linesFurtherFromTheirOrdinalsThanAnIntReadBackExactly() {
    long far = 1L << 40;
    readsBackAsAdded(List.of(Row.of(0, far + 2), Row.of(1, far + 10), Row.of(2, far + 3)));
  }

  @Test
  void aRowWithoutALineWhoseOrdinalIsTwoToThe31ReadsBackWithout() {
    // -1 - 2^31 does not fit an int: the lines are kept whole.
    readsBackAsAdded(List.of(Row.of(0, 2), Row.of(1L << 31, -1)));
  }

  @Test
  void rowsAddedOutOfOrderAreSortedWithEveryColumnTheyHave() {
    long high = 1L << 37;
    readsBackAsAdded(List.of(new Row(high + 4, 40, 8, 19_002, "b"), new Row(5, 9, 0, Series.UNPUBLISHED, null),
        new Row(3, -1, 3, 19_001, "a"), new Row(high + 1, 7, 0, 19_000, null), new Row(2, 4, 1, Series.UNPUBLISHED,
            "c"), new Row(0, 2, 0, Series.UNPUBLISHED, null)));
  }

  @Test
  void eachColumnARowMayHaveReadsBackWhenItIsTheOnlyOneTheRunNeeds() {
    long high = 1L << 37;
    readsBackAsAdded(List.of(Row.of(0, 2), new Row(1, 3, 8, Series.UNPUBLISHED, null), Row.of(2, 4)));
    readsBackAsAdded(List.of(Row.of(0, 2), new Row(1, 3, 0, 19_000, null), Row.of(2, 4)));
    readsBackAsAdded(List.of(Row.of(0, 2), new Row(1, 3, 0, Series.UNPUBLISHED, "yearbook"), Row.of(2, 4)));
    readsBackAsAdded(List.of(Row.of(high, high + 2), Row.of(high + 1, high + 3), Row.of(high + 2, high + 4)));
    readsBackAsAdded(List.of(Row.of(0, -1), new Row(1, -1, 8, Series.UNPUBLISHED, null), Row.of(2, -1)));
  }

  @Test
  void aRowAddedWithoutStatusDateOrSourceHasStatusAAndNeither() {
    Series.Log log = new Series.Log();
    Series s = new Series(log, 0);
    s.add(START, END, 5, 3, 4);
    Series.group(log, new Series[] {s}, Parallel.ALONE);
    assertEquals(List.of("#3 line 4 status 0 published " + Series.UNPUBLISHED + " source null"),
        List.of(new Row(s.ordinal(0), s.line(0), s.status(0), s.published(0), s.source(0)).toString()));
    assertEquals(5, s.value(0));
  }

  @Test
  void aPeriodStartingOnTheFirstDayAPeriodMayStartOnIsKept() {
    Series.Log log = new Series.Log();
    Series s = new Series(log, 0);
    int first = (int) LocalDate.of(1900, 1, 1).toEpochDay();
    s.add(first, first, 1, 0, -1);
    s.add(first, first + 30, 2, 1, -1);
    Series.group(log, new Series[] {s}, Parallel.ALONE);
    s.sort();
    assertEquals(List.of(first + "-" + (first + 30), first + "-" + first),
        List.of(s.start(0) + "-" + s.end(0), s.start(1) + "-" + s.end(1)));
  }
}
