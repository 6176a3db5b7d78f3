package io.github.newinfra.core.internal.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.newinfra.core.EvaluationOptions;
import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.Method;
import io.github.newinfra.core.ObservationFormatException;
import io.github.newinfra.core.internal.rows.LocationStyle;
import io.github.newinfra.core.internal.rules.Engine;
import io.github.newinfra.core.internal.threads.Workers;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.testing.CatalogGenerators;
import io.github.newinfra.testing.MalformedInputs;
import io.github.newinfra.testing.ObservationGenerators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * The byte reader gives exactly what the text reader gives on the decoded text — the same report (results,
 * rejections with their lines, messages and inputs, rows not used) or the same error — whatever the input holds,
 * however it is cut into chunks, with or without parsing threads, and whether the threads are the reader's own, an
 * executor's (one that runs the tasks, or one that refuses them) or none.
 */
class CsvBytesTest {
  private static final LocalDate AS_OF = LocalDate.of(2028, 1, 1);

  /** An executor of one daemon thread, shared by the cases (never shut down, as the library never does). */
  private static final ExecutorService ONE_THREAD = Executors.newSingleThreadExecutor(task -> {
    Thread t = new Thread(task, "test-executor");
    t.setDaemon(true);
    return t;
  });

  /** Where a case's threads come from. */
  private static final Workers[] WORKERS = {Workers.DEFAULT, Workers.ALONE, Workers.of(5, Optional.of(ONE_THREAD)),
      Workers.of(3, Optional.of(task -> {
        throw new RejectedExecutionException("full");
      })), Workers.of(2, Optional.empty())};

  /**
   * One case: a catalog, the file's bytes, a record limit, a chunk size, a number of parsing threads and where the
   * threads come from.
   */
  private static final class Case {
    final CatalogData data;
    final byte[] bytes;
    final int limit;
    final int chunk;
    final int parsers;
    final Workers workers;

    Case(CatalogData data, byte[] bytes, int limit, int chunk, int parsers, Workers workers) {
      this.data = data;
      this.bytes = bytes;
      this.limit = limit;
      this.chunk = chunk;
      this.parsers = parsers;
      this.workers = workers;
    }

    @Override
    public String toString() {
      return "limit " + limit + ", chunk " + chunk + ", parsers " + parsers + ", " + workers + ":\n"
          + new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** What a read gave: the report, or the error's message. */
  private static Object outcome(CatalogData data, Consumer<RowSink> feed) {
    try {
      EvaluationReport report = Engine.compile(data).run(AS_OF, Method.LINEAR, EvaluationOptions.defaults(),
          Map.of(), t -> true, LocationStyle.LINE, feed);
      return report;
    } catch (ObservationFormatException e) {
      return "error: " + e.getMessage();
    }
  }

  private static Object asText(Case c) {
    return outcome(c.data, sink -> {
      java.io.Reader text;
      try {
        text = Decoding.reader(new ByteArrayInputStream(c.bytes), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      CsvRows.read(text, "t.csv", c.limit, sink);
    });
  }

  private static Object asBytes(Case c) {
    return outcome(c.data, sink -> CsvBytes.read(new ByteArrayInputStream(c.bytes), "t.csv", StandardCharsets.UTF_8,
        c.limit, sink, c.chunk, c.parsers, c.workers));
  }

  private static final String[] PIECES = {"\"", "\"\"", ",", "\n", "\r\n", "\r", " ", "\t", "x", "320000", "2023",
      "1", "-", ".", "1e5", "0012.50", "9999999999999999", "\u001B", "座", "南京", "\u3000", "\u00A0", "\u2028",
      "\uFEFF", "\"a,b\"", ",,", "A", "P", "2024-02-30", "2024-05-01", "万", "PERCENT", "NUMBER"};

  /** Bytes that are not UTF-8, or only just are. */
  private static final byte[][] RAW = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xE5, (byte) 0x8D},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, {(byte) 0xC2, (byte) 0xA0}, {(byte) 0x80}};

  private static String withExtraColumns(RandomGenerator r, String csv) {
    String[] lines = csv.split("\n", -1);
    StringBuilder b = new StringBuilder(lines[0]).append(",PUBLISHED,COMMENT,SOURCE");
    String[] dates = {"", "2024-03-01", "2025-01-15", "2024-13-01", " 2024-03-01 "};
    String[] sources = {"", "统计局", "\"a, b\"", "x"};
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        continue;
      }
      b.append('\n').append(lines[i]).append(',').append(dates[r.nextInt(dates.length)]).append(",c,")
          .append(sources[r.nextInt(sources.length)]);
    }
    return b.append('\n').toString();
  }

  private static Gen<Case> cases(boolean hostile) {
    return in -> {
      RandomGenerator r = new SplittableRandom(in.next(Constraint.none()));
      CatalogData data = CatalogGenerators.catalog(r);
      String text = ObservationGenerators.csv(ObservationGenerators.rows(r, data, r.nextInt(40)));
      if (r.nextBoolean()) {
        text = withExtraColumns(r, text);
      }
      if (r.nextInt(4) == 0) {
        text = text.replace("\n", "\r\n");
      }
      if (hostile) {
        StringBuilder t = new StringBuilder(text);
        int head = t.indexOf("\n") + 1;
        int pieces = r.nextInt(30);
        for (int k = 0; k < pieces && t.length() > head; k++) {
          t.insert(head + r.nextInt(t.length() - head + 1), PIECES[r.nextInt(PIECES.length)]);
        }
        text = r.nextInt(3) == 0 ? MalformedInputs.mutate(r, t.toString()) : t.toString();
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      if (r.nextInt(8) == 0) {
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      int head = Math.max(0, text.indexOf('\n') + 1);
      if (hostile && r.nextInt(4) == 0 && utf8.length > head) {
        int at = head + r.nextInt(utf8.length - head);
        bytes.write(utf8, 0, at);
        bytes.writeBytes(RAW[r.nextInt(RAW.length)]);
        bytes.write(utf8, at, utf8.length - at);
      } else {
        bytes.writeBytes(utf8);
      }
      int limit = r.nextInt(3) == 0 ? 1 + r.nextInt(150) : 1 << 20;
      int chunk = r.nextBoolean() ? 8 + r.nextInt(300) : 1 << 16;
      return new Case(data, bytes.toByteArray(), limit, chunk, r.nextInt(3) == 0 ? 2 : 0,
          WORKERS[r.nextInt(WORKERS.length)]);
    };
  }

  @Test
  void generatedFilesGiveWhatTheTextReaderGives() {
    qt().withExamples(400).forAll(cases(false)).checkAssert(c -> assertEquals(asText(c), asBytes(c), c::toString));
  }

  @Test
  void hostileFilesGiveWhatTheTextReaderGives() {
    qt().withExamples(1500).forAll(cases(true)).checkAssert(c -> assertEquals(asText(c), asBytes(c), c::toString));
  }

  /** Variants of a field that a reader predicting it from earlier rows must not take for it. */
  private static final String[] NEAR = {" ", "  ", "x", "\u3000", "\"", "0", "-", ".", "\t", "座"};

  /**
   * Files whose rows repeat a few rows over and over — so that most fields are the text of the row before or
   * the one that followed it last time — with some fields changed into near misses: a prefix, an extension, a
   * space or other byte before or after, an empty field, a field more or less.
   */
  private static Gen<Case> repetitive() {
    return in -> {
      RandomGenerator r = new SplittableRandom(in.next(Constraint.none()));
      CatalogData data = CatalogGenerators.catalog(r);
      String csv = ObservationGenerators.csv(ObservationGenerators.rows(r, data, 1 + r.nextInt(6)));
      if (r.nextBoolean()) {
        csv = withExtraColumns(r, csv);
      }
      String[] lines = csv.split("\n");
      if (lines.length < 2) {
        return new Case(data, csv.getBytes(StandardCharsets.UTF_8), 1 << 20, 1 << 16, 0, Workers.DEFAULT);
      }
      StringBuilder t = new StringBuilder(lines[0]).append('\n');
      int n = r.nextInt(400);
      int odd = 2 + r.nextInt(12);
      for (int k = 0; k < n; k++) {
        String line = lines[1 + (r.nextInt(5) == 0 ? r.nextInt(lines.length - 1) : k % (lines.length - 1))];
        if (r.nextInt(odd) == 0) {
          String[] f = line.split(",", -1);
          int i = r.nextInt(f.length);
          String near = NEAR[r.nextInt(NEAR.length)];
          switch (r.nextInt(6)) {
            case 0:
              f[i] = f[i].isEmpty() ? near : f[i].substring(0, r.nextInt(f[i].length()));
              break;
            case 1:
              f[i] = f[i] + near;
              break;
            case 2:
              f[i] = near + f[i];
              break;
            case 3:
              f[i] = "";
              break;
            case 4:
              f[i] = f[i] + "," + near;
              break;
            default:
              f[i] = f.length > 1 && i > 0 ? f[i] : f[i] + near;
              line = String.join(",", java.util.Arrays.copyOf(f, f.length - 1));
              f = null;
              break;
          }
          if (f != null) {
            line = String.join(",", f);
          }
        }
        t.append(line).append(r.nextInt(10) == 0 ? "\r\n" : "\n");
      }
      if (r.nextInt(4) == 0 && t.length() > 0) {
        t.setLength(t.length() - 1);
      }
      int chunk = r.nextBoolean() ? 8 + r.nextInt(300) : 1 << 16;
      int limit = r.nextInt(4) == 0 ? 1 + r.nextInt(80) : 1 << 20;
      return new Case(data, t.toString().getBytes(StandardCharsets.UTF_8), limit, chunk,
          r.nextInt(3) == 0 ? 2 : 0, WORKERS[r.nextInt(WORKERS.length)]);
    };
  }

  @Test
  void repetitiveFilesWithNearMissesGiveWhatTheTextReaderGives() {
    qt().withExamples(600).forAll(repetitive()).checkAssert(c -> assertEquals(asText(c), asBytes(c), c::toString));
  }

  @Test
  void manyBlocksAndChunksKeepOrdinalsAndLinesExact() {
    RandomGenerator r = new SplittableRandom(7);
    CatalogData data = CatalogGenerators.catalog(r);
    StringBuilder text = new StringBuilder(withExtraColumns(r,
        ObservationGenerators.csv(ObservationGenerators.rows(r, data, 40))));
    String rows = text.substring(text.indexOf("\n") + 1);
    while (text.length() < 600_000) {
      text.append(rows).append(r.nextInt(5) == 0 ? "\n" : "");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    Object expected = asText(new Case(data, bytes, 1 << 20, 1 << 20, 0, Workers.DEFAULT));
    assertTrue(expected instanceof EvaluationReport, expected::toString);
    assertTrue(((EvaluationReport) expected).inputObservations() > 3 * CsvBytes.BLOCK);
    for (int chunk : new int[] {1 << 20, 4096, 777}) {
      for (int parsers : new int[] {0, 3}) {
        for (Workers workers : WORKERS) {
          assertEquals(expected, asBytes(new Case(data, bytes, 1 << 20, chunk, parsers, workers)),
              chunk + "/" + parsers + "/" + workers);
        }
      }
    }
  }

  @Test
  void otherEncodingsAreReadAsText() {
    RandomGenerator r = new SplittableRandom(11);
    CatalogData data = CatalogGenerators.catalog(r);
    String text = ObservationGenerators.csv(ObservationGenerators.rows(r, data, 20)) + "x,南京市,2023,1\n";
    for (Charset cs : new Charset[] {Charset.forName("GB18030"), StandardCharsets.UTF_16LE}) {
      byte[] bytes = text.getBytes(cs);
      Object viaText = outcome(data, sink -> {
        try {
          CsvRows.read(Decoding.reader(new ByteArrayInputStream(bytes), cs), "t.csv", 1 << 20, sink);
        } catch (IOException e) {
          throw new AssertionError(e);
        }
      });
      Object viaBytes = outcome(data, sink -> CsvBytes.read(new ByteArrayInputStream(bytes), "t.csv", cs, 1 << 20,
          sink, 64, 0, Workers.DEFAULT));
      assertEquals(viaText, viaBytes, cs.name());
      assertTrue(viaBytes instanceof EvaluationReport, viaBytes::toString);
    }
  }

  @Test
  void aFailingReadEndsWithTheTextReadersErrorAfterTheRowsBeforeIt() {
    RandomGenerator r = new SplittableRandom(3);
    CatalogData data = CatalogGenerators.catalog(r);
    byte[] bytes = ObservationGenerators.csv(ObservationGenerators.rows(r, data, 40)).getBytes(StandardCharsets.UTF_8);
    for (int failAt : new int[] {bytes.length / 3, bytes.length - 2}) {
      for (Workers workers : WORKERS) {
        failingReadEndsAsTheTextReaderEnds(bytes, failAt, workers);
      }
    }
  }

  private static void failingReadEndsAsTheTextReaderEnds(byte[] bytes, int failAt, Workers workers) {
    {
      RowCount viaBytes = new RowCount();
      RowCount viaText = new RowCount();
      String bytesError = error(() -> CsvBytes.read(failing(bytes, failAt), "t.csv", StandardCharsets.UTF_8, 1 << 20,
          viaBytes, 16, 0, workers));
      String textError = error(() -> {
        try {
          CsvRows.read(Decoding.reader(failing(bytes, failAt), StandardCharsets.UTF_8), "t.csv", 1 << 20, viaText);
        } catch (IOException e) {
          throw new AssertionError(e);
        }
      });
      assertEquals(textError, bytesError);
      assertEquals("t.csv: cannot read: disk gone", bytesError);
      assertEquals(viaText.rows, viaBytes.rows);
    }
  }

  private static String error(Runnable read) {
    try {
      read.run();
      return "no error";
    } catch (ObservationFormatException e) {
      return e.getMessage();
    }
  }

  /** A stream that gives the first {@code n} bytes, then fails. */
  private static InputStream failing(byte[] bytes, int n) {
    return new InputStream() {
      private int at;

      @Override
      public int read() throws IOException {
        if (at == n) {
          throw new IOException("disk gone");
        }
        return bytes[at++] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (at == n) {
          throw new IOException("disk gone");
        }
        int k = Math.min(len, n - at);
        System.arraycopy(bytes, at, b, off, k);
        at += k;
        return k;
      }
    };
  }

  /** Counts the records a reader hands over. */
  /**
   * A block's dictionary holds each distinct text once, however many there are (its table grows past the few
   * dozen texts a block usually has), and every encoded field's code names the field's own text.
   */
  @Test
  void eachDistinctTextOfABlockHasOneCode() {
    StringBuilder text = new StringBuilder("INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,SOURCE\n");
    int rows = 3 * CsvBytes.BLOCK;
    for (int r = 0; r < rows; r++) {
      text.append("ind").append(r % 7).append(",32").append(r % 300).append(',').append(1900 + r % 290)
          .append(',').append(r).append(",source ").append(r % 1500).append('\n');
    }
    assertEquals(rows, readEncoded(text.toString()).size());
  }

  /**
   * The blocks of a chunk share one dictionary — a later block's texts begin with an earlier one's, each code
   * naming the same text — until it holds more than {@link CsvBytes#SHARED_TEXTS} texts; the block after starts
   * a new one, in which codes again name each field's own text.
   */
  @Test
  void blocksOfAChunkShareADictionaryUntilItIsLarge() {
    StringBuilder text = new StringBuilder("INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,SOURCE\n");
    int block = CsvBytes.BLOCK;
    for (int r = 0; r < 4 * block; r++) {
      // The third block has two new texts in every record, which takes the dictionary past its limit.
      boolean fresh = r / block == 2;
      text.append("ind").append(r % 7).append(',').append(fresh ? "area " + r : "32" + r % 300).append(',')
          .append(1900 + r % 290).append(',').append(r).append(',').append(fresh ? "unique " + r : "s" + r % 100)
          .append('\n');
    }
    assertTrue(2 * block >= CsvBytes.SHARED_TEXTS, "the third block's new texts must reach the limit");
    List<CsvBytes.Block> seen = readEncoded(text.toString());
    assertEquals(4 * block, seen.size());
    List<Object> dictionaries = seen.stream().map(b -> b.dictionary).distinct().toList();
    assertEquals(2, dictionaries.size(), "one dictionary for the first three blocks, a new one for the fourth");
    assertSame(seen.get(0).dictionary, seen.get(2 * block).dictionary);
    assertNotSame(seen.get(2 * block).dictionary, seen.get(3 * block).dictionary);
  }

  /**
   * Reads a file whose every record is encoded, checking each block as it comes: its texts distinct, each
   * encoded field's code naming the field's own text, and a block sharing the dictionary of the block before
   * having that block's texts first. Returns a record's block per record, in order.
   */
  private static List<CsvBytes.Block> readEncoded(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String[] lines = text.split("\n");
    List<CsvBytes.Block> blockOf = new java.util.ArrayList<>();
    String[][] before = {null};
    Object[] dictionaryBefore = {null};
    CsvBytes.read(new ByteArrayInputStream(bytes), "t.csv", StandardCharsets.UTF_8, 1 << 20, new RowSink() {
      @Override
      public void row(long ordinal, long line, String indicator, String region, String period, String value,
          String unit, String unitMult, String status, String qualifier, String published, String source,
          CharSequence input) {
        throw new AssertionError("line " + line + " was read as text");
      }

      @Override
      public void malformed(long ordinal, long line, String message, CharSequence input) {
        throw new AssertionError("line " + line + ": " + message);
      }

      @Override
      public void columns(Columns columns, long first) {
        throw new AssertionError("no columns from a CSV reader");
      }

      @Override
      public void encoded(CsvBytes.Block b) {
        assertEquals(b.texts.length, new java.util.HashSet<>(java.util.Arrays.asList(b.texts)).size(),
            "a text with two codes");
        if (b.dictionary == dictionaryBefore[0]) {
          assertEquals(java.util.Arrays.asList(before[0]),
              java.util.Arrays.asList(b.texts).subList(0, before[0].length), "a code that changed its text");
        }
        int[] roles = {CsvBytes.Block.INDICATOR, CsvBytes.Block.REGION, CsvBytes.Block.PERIOD, CsvBytes.Block.SOURCE};
        for (int r = 0; r < b.size(); r++) {
          assertTrue(!b.text[r]);
          String[] fields = lines[(int) (b.firstOrdinal + r + 1)].split(",");
          for (int k = 0; k < roles.length; k++) {
            assertEquals(fields[k == 3 ? 4 : k], b.texts[b.codes[roles[k]][r]]);
          }
          assertEquals(Double.parseDouble(fields[3]), b.value[r]);
          blockOf.add(b);
        }
        before[0] = b.texts.clone();
        dictionaryBefore[0] = b.dictionary;
      }
    }, Workers.DEFAULT);
    return blockOf;
  }

  private static final class RowCount implements RowSink {
    long rows;

    @Override
    public void row(long ordinal, long line, String indicator, String region, String period, String value,
        String unit, String unitMult, String status, String qualifier, String published, String source,
          CharSequence input) {
      assertEquals(rows++, ordinal);
    }

    @Override
    public void malformed(long ordinal, long line, String message, CharSequence input) {
      assertEquals(rows++, ordinal);
    }

    @Override
    public void columns(Columns columns, long first) {
      throw new AssertionError("no columns from a CSV reader");
    }
  }
}
