package io.github.newinfra.core.internal.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.newinfra.core.EvaluationOptions;
import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.Method;
import io.github.newinfra.core.internal.rules.Engine;
import io.github.newinfra.core.internal.threads.Parallel;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Dimension;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.Region;
import io.github.newinfra.testing.CatalogGenerators;
import io.github.newinfra.testing.ModelGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Properties of the series storage: what a report shows depends on the rows and their ordinals and lines, not on
 * the order rows arrive in nor on how large ordinals and lines are.
 */
class SeriesStorageTest {
  private static final String[] STATUSES = {"A", "P", "E", "B", ""};

  /** One input row with the ordinal and line it keeps whatever order it is fed in. */
  private static final class Row {
    final long ordinal;
    final long line;
    final String[] fields;

    Row(long ordinal, long line, String... fields) {
      this.ordinal = ordinal;
      this.line = line;
      this.fields = fields;
    }

    Row shifted(long by, boolean lines) {
      return new Row(ordinal + by, line == -1 ? -1 : lines ? line + by : line, fields);
    }
  }

  /** A run's input: a catalog, rows (many series interleaved, revisions, overlaps), a date and a row style. */
  private static final class Input {
    CatalogData data;
    List<Row> rows = new ArrayList<>();
    LocalDate asOf;
    LocationStyle style;
    long seed;

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder(style + " as of " + asOf + ":");
      for (Row r : rows) {
        s.append("\n  #").append(r.ordinal).append(" line ").append(r.line).append(' ')
            .append(String.join(",", r.fields));
      }
      return s.toString();
    }
  }

  private static String period(RandomGenerator r) {
    int year = 2018 + r.nextInt(8);
    switch (r.nextInt(4)) {
      case 0:
        return Integer.toString(year);
      case 1:
        return year + "-Q" + (1 + r.nextInt(4));
      case 2:
        return String.format("%d-%02d", year, 1 + r.nextInt(12));
      default:
        return LocalDate.of(year, 1, 1).plusDays(r.nextInt(365)).toString();
    }
  }

  private static Input input(RandomGenerator r) {
    return input(r, r.nextInt(60));
  }

  /** An input of about {@code n} rows (and their revisions). */
  private static Input input(RandomGenerator r, int n) {
    Input in = new Input();
    in.data = CatalogGenerators.catalog(r);
    in.asOf = LocalDate.of(2019 + r.nextInt(8), 1 + r.nextInt(12), 1);
    in.style = r.nextBoolean() ? LocationStyle.LINE : LocationStyle.ORDINAL;
    in.seed = r.nextLong();
    // Lines: none, the ordinal plus 2 (a plain CSV file), irregular (multi-line records), or some rows without.
    int lines = r.nextInt(4);
    long line = 2;
    for (int i = 0; i < n; i++) {
      Indicator ind = ModelGenerators.oneOf(r, in.data.indicators());
      Region region = ModelGenerators.oneOf(r, in.data.regions());
      String p = period(r);
      for (int c = 1 + (r.nextInt(4) == 0 ? r.nextInt(3) : 0); c > 0; c--) {
        double v = ind.unit().dimension() == Dimension.RATIO ? r.nextInt(101) : r.nextInt(1000);
        String published = r.nextInt(3) > 0 ? "" : LocalDate.of(2020, 1, 1).plusDays(r.nextInt(4)).toString();
        String source = r.nextBoolean() ? "" : "src" + r.nextInt(3);
        long ordinal = in.rows.size();
        long at = lines == 0 ? -1 : lines == 1 ? ordinal + 2 : lines == 3 && r.nextInt(3) == 0 ? -1 : line;
        line += lines == 2 ? 1 + r.nextInt(3) : 1;
        in.rows.add(new Row(ordinal, at, ind.id().value(), region.code().value(), p, Double.toString(v),
            STATUSES[r.nextInt(STATUSES.length)], published, source));
      }
    }
    return in;
  }

  private static EvaluationReport run(Input in, List<Row> rows) {
    return run(in, rows, 0);
  }

  /** Runs with the work after reading shared by {@code threads} threads (0: as many as the run's size gives). */
  private static EvaluationReport run(Input in, List<Row> rows, int threads) {
    return Engine.compile(in.data).run(in.asOf, Method.LINEAR, EvaluationOptions.defaults(), Map.of(), t -> true,
        in.style, sink -> {
          for (Row row : rows) {
            String[] f = row.fields;
            sink.row(row.ordinal, row.line, f[0], f[1], f[2], f[3], "", "", f[4], "", f[5], f[6], String.join(",", f));
          }
        }, threads);
  }

  private static <T> Gen<T> gen(Function<RandomGenerator, T> generator) {
    return in -> generator.apply(new SplittableRandom(in.next(Constraint.none())));
  }

  @Test
  void reportsAreIdenticalWhetherRowsArriveInterleavedInSeriesOrderOrShuffled() {
    qt().withExamples(300).forAll(gen(SeriesStorageTest::input)).checkAssert(in -> {
      EvaluationReport interleaved = run(in, in.rows);
      List<Row> bySeries = new ArrayList<>(in.rows);
      bySeries.sort(Comparator.comparing((Row w) -> w.fields[0]).thenComparing(w -> w.fields[1]));
      assertEquals(interleaved, run(in, bySeries));
      List<Row> shuffled = new ArrayList<>(in.rows);
      Collections.shuffle(shuffled, new Random(in.seed));
      assertEquals(interleaved, run(in, shuffled));
    });
  }

  @Test
  void reportsAreIdenticalWhateverTheNumberOfThreadsSharingTheWorkAfterReading() {
    // Up to 6,000 rows: the log has several chunks, so that grouping places its two parts on two threads.
    qt().withExamples(40).forAll(gen(r -> input(r, r.nextInt(2000)))).checkAssert(in -> {
      List<Row> shuffled = new ArrayList<>(in.rows);
      Collections.shuffle(shuffled, new Random(in.seed));
      for (List<Row> rows : List.of(in.rows, shuffled)) {
        EvaluationReport alone = run(in, rows, 1);
        assertEquals(alone, run(in, rows, 2));
        assertEquals(alone, run(in, rows, 4));
      }
    });
  }

  @Test
  void ordinalsAndLinesBeyondTwoToThe31And37ReportAsSmallOnesShifted() {
    long[] shifts = {1L << 31, (1L << 37) - 25, 1L << 37, 3L << 40, 1L << 62};
    qt().withExamples(200).forAll(gen(r -> new Object[] {input(r), shifts[r.nextInt(shifts.length)]}))
        .checkAssert(x -> {
          Input in = (Input) x[0];
          long by = (Long) x[1];
          List<Row> big = new ArrayList<>();
          for (Row row : in.rows) {
            big.add(row.shifted(by, true));
          }
          // Arriving shuffled, rows of one series are sorted with ordinals on both sides of 2^37.
          Collections.shuffle(big, new Random(in.seed));
          String small = run(in, in.rows).toString();
          assertEquals(small, unshift(run(in, big).toString(), by));
        });
  }

  private static final Pattern LOCATED = Pattern.compile("(#|\\bline |ordinal=)(\\d+)");

  /** Subtracts {@code by} from every ordinal and line in a report's text at or above it. */
  private static String unshift(String report, long by) {
    Matcher m = LOCATED.matcher(report);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      long n = Long.parseLong(m.group(2));
      m.appendReplacement(out, m.group(1) + (n >= by ? n - by : n));
    }
    m.appendTail(out);
    return out.toString();
  }

  @Test
  void aRowsOrdinalAndLineAreKeptExactlyAtTheEdgesOfTheirPackedBits() {
    Series.Log log = new Series.Log();
    Series s = new Series(log, 0);
    long[] ordinals = {0, (1L << 37) - 1, 1L << 37, (1L << 37) + 1, Integer.MAX_VALUE, 1L << 31, Long.MAX_VALUE};
    int day = (int) LocalDate.of(2199, 12, 31).toEpochDay();
    for (long o : ordinals) {
      s.add(day, day, o, o, o == Long.MAX_VALUE ? -1 : o + 2, 3, Series.UNPUBLISHED, null);
    }
    int first = (int) LocalDate.of(1900, 1, 1).toEpochDay();
    s.add(first, first + 365, -0.0, 5, -1, 0, 7, "s");
    Series.group(log, new Series[] {s}, Parallel.ALONE);
    s.sort();
    assertEquals(ordinals.length + 1, s.size);
    assertEquals(first, s.start(0));
    assertEquals(first + 365, s.end(0));
    assertEquals(5, s.ordinal(0));
    assertEquals(-1, s.line(0));
    assertEquals(7, s.published(0));
    assertEquals("s", s.source(0));
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(s.value(0)));
    long[] sorted = ordinals.clone();
    java.util.Arrays.sort(sorted);
    for (int i = 1; i < s.size; i++) {
      long o = sorted[i - 1];
      assertEquals(o, s.ordinal(i));
      assertEquals(day, s.start(i));
      assertEquals(day, s.end(i));
      assertEquals((double) o, s.value(i));
      assertEquals(3, s.status(i));
      assertEquals(o == Long.MAX_VALUE ? -1 : o + 2, s.line(i));
      assertEquals(Series.UNPUBLISHED, s.published(i));
      assertEquals(null, s.source(i));
    }
    assertNotEquals(ordinals[1] & Series.ORDINAL_MASK, ordinals[2] & Series.ORDINAL_MASK);
  }
}
