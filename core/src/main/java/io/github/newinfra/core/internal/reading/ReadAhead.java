package io.github.newinfra.core.internal.reading;

import io.github.newinfra.core.internal.threads.Workers;
import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * Reads records on a second thread while the calling thread feeds them to the sink: the reader (decoding, line
 * splitting, field splitting) and the sink (resolution, checks, storage) then use two cores. The sink sees exactly
 * the calls, in exactly the order, that reading on one thread would make — same ordinals, line numbers, fields and
 * input text — and an error met while reading is thrown after the rows read before it were delivered. Memory stays
 * bounded: at most a few batches of {@value #ROWS} records or about {@value #CHARS} characters of input each are
 * in flight. With {@link Workers#ALONE}, or when the reading thread has not started by the time the sink waits for
 * it, the calling thread reads into the sink itself: the same calls, without a second thread. Not part of the
 * API.
 */
final class ReadAhead {
  /** The most records in one batch. */
  static final int ROWS = 2048;
  /** The input characters after which a batch is handed over (one record may exceed it). */
  static final int CHARS = 1 << 17;
  private static final int QUEUED = 4;
  private static final Object END = new Object();

  private ReadAhead() {}

  /** Reading that feeds a sink. */
  interface Reading {
    /**
     * Reads everything into the sink.
     *
     * @param sink receives the records
     * @throws IOException if reading fails
     */
    void run(RowSink sink) throws IOException;
  }

  /**
   * Runs the reading on a second thread and replays its calls into the sink on this one.
   *
   * @param reading the reading, run on another thread
   * @param sink the sink, called on this thread only
   * @param workers where the second thread comes from; {@link Workers#ALONE}: the reading runs on this thread
   * @throws IOException as the reading threw it, after the records before it were delivered
   */
  static void run(Reading reading, RowSink sink, Workers workers) throws IOException {
    if (workers.alone()) {
      reading.run(sink);
      return;
    }
    HandOver handOver = new HandOver(QUEUED);
    // Batches replayed go back to the reader, so that reading allocates no buffers once it runs.
    ArrayBlockingQueue<Batch> free = new ArrayBlockingQueue<>(QUEUED + 2);
    Workers.Task reader = workers.start(() -> {
      Batches batches = new Batches(handOver, free);
      Object last = END;
      try {
        reading.run(batches);
      } catch (HandOver.Cancelled e) {
        return;
      } catch (Throwable e) {
        last = e;
      }
      try {
        batches.flush();
        handOver.put(last);
      } catch (HandOver.Cancelled e) {
        // The caller stopped taking batches; nothing is left to deliver.
      }
    }, "newinfra-csv-reader");
    boolean finished = false;
    try {
      while (true) {
        // A reader that died or an interrupt ends the loop unfinished: cancelling then ends any reading left.
        Object next = handOver.take(reader);
        if (next == HandOver.TAKEN_OVER) {
          finished = true;
          reading.run(sink);
          return;
        }
        if (next == END) {
          finished = true;
          return;
        }
        if (next instanceof Throwable) {
          finished = true;
          throw HandOver.rethrow((Throwable) next);
        }
        Batch batch = (Batch) next;
        batch.replay(sink);
        batch.reset();
        free.offer(batch);
      }
    } finally {
      if (!finished) {
        handOver.cancel();
      }
      reader.join();
    }
  }

  /** The reading side: records sink calls into batches and hands full ones over. */
  private static final class Batches implements RowSink {
    private final HandOver handOver;
    private final ArrayBlockingQueue<Batch> free;
    private Batch batch = new Batch();

    Batches(HandOver handOver, ArrayBlockingQueue<Batch> free) {
      this.handOver = handOver;
      this.free = free;
    }

    @Override
    public void row(long ordinal, long line, String indicator, String region, String period, String value,
        String unit, String unitMult, String status, String qualifier, String published, String source,
        CharSequence input) {
      batch.row(ordinal, line, indicator, region, period, value, unit, unitMult, status, qualifier, published, source,
          input);
      if (batch.full()) {
        flush();
      }
    }

    @Override
    public void malformed(long ordinal, long line, String message, CharSequence input) {
      batch.malformed(ordinal, line, message, input);
      if (batch.full()) {
        flush();
      }
    }

    @Override
    public void columns(Columns columns, long first) {
      // Text readers deliver rows one by one; blocks of columns come from tables, which are not read ahead.
      throw new IllegalStateException("columns are not read ahead");
    }

    void flush() {
      if (batch.size > 0) {
        handOver.put(batch);
        Batch again = free.poll();
        batch = again != null ? again : new Batch();
      }
    }
  }

  /** Recorded sink calls: per record its kind, numbers, fields and input text. */
  private static final class Batch {
    private static final int FIELDS = 10;
    int size;
    private final boolean[] malformed = new boolean[ROWS];
    private final long[] ordinal = new long[ROWS];
    private final long[] line = new long[ROWS];
    private final String[] fields = new String[ROWS * FIELDS];
    private final int[] inputEnd = new int[ROWS];
    private char[] chars = new char[CHARS + 1024];
    private int used;

    /** Empties the batch for reuse; a buffer grown for a long record is let go. */
    void reset() {
      size = 0;
      used = 0;
      if (chars.length > CHARS + 1024) {
        chars = new char[CHARS + 1024];
      }
    }

    boolean full() {
      return size == ROWS || used >= CHARS;
    }

    void row(long o, long l, String indicator, String region, String period, String value, String unit,
        String unitMult, String status, String qualifier, String published, String source, CharSequence input) {
      int f = size * FIELDS;
      fields[f] = indicator;
      fields[f + 1] = region;
      fields[f + 2] = period;
      fields[f + 3] = value;
      fields[f + 4] = unit;
      fields[f + 5] = unitMult;
      fields[f + 6] = status;
      fields[f + 7] = published;
      fields[f + 8] = source;
      fields[f + 9] = qualifier;
      end(o, l, false, input);
    }

    void malformed(long o, long l, String message, CharSequence input) {
      fields[size * FIELDS] = message;
      end(o, l, true, input);
    }

    private void end(long o, long l, boolean bad, CharSequence input) {
      int n = input.length();
      if (used + n > chars.length) {
        chars = java.util.Arrays.copyOf(chars, Math.max(used + n, chars.length * 2));
      }
      if (input instanceof CsvRows.Line) {
        CsvRows.Line view = (CsvRows.Line) input;
        System.arraycopy(view.chars, view.off, chars, used, n);
      } else if (input instanceof StringBuilder) {
        ((StringBuilder) input).getChars(0, n, chars, used);
      } else {
        input.toString().getChars(0, n, chars, used);
      }
      used += n;
      malformed[size] = bad;
      ordinal[size] = o;
      line[size] = l;
      inputEnd[size] = used;
      size++;
    }

    void replay(RowSink sink) {
      CsvRows.Line view = new CsvRows.Line();
      view.chars = chars;
      int from = 0;
      for (int i = 0; i < size; i++) {
        view.off = from;
        view.len = inputEnd[i] - from;
        view.length = view.len;
        view.number = line[i];
        from = inputEnd[i];
        int f = i * FIELDS;
        if (malformed[i]) {
          sink.malformed(ordinal[i], line[i], fields[f], view);
        } else {
          sink.row(ordinal[i], line[i], fields[f], fields[f + 1], fields[f + 2], fields[f + 3], fields[f + 4],
              fields[f + 5], fields[f + 6], fields[f + 9], fields[f + 7], fields[f + 8], view);
        }
      }
    }
  }
}
