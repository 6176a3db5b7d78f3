package io.github.newinfra.core.internal;

import java.util.Arrays;

/**
 * The accepted observations of one (indicator, region) pair in columnar form: period start and end as epoch
 * days, value in the indicator's unit, input ordinal and line, OBS_STATUS, PUBLISHED date and SOURCE. Not part of the API; not thread-safe while built.
 */
final class Series {
  int size;
  int[] start = new int[4];
  int[] end = new int[4];
  double[] value = new double[4];
  long[] ordinal = new long[4];
  /** Per row, the {@code ObsStatus} ordinal. */
  byte[] status = new byte[4];
  /** Per row, the PUBLISHED date as an epoch day, or {@link #UNPUBLISHED}. */
  int[] published = new int[4];
  /** Per row, the SOURCE text, or null while no row has one. */
  private String[] sources;
  /** The {@link #published} value of a row without a PUBLISHED date. */
  static final int UNPUBLISHED = Integer.MIN_VALUE;
  /** Lines, or null while every row has line -1 (rows without lines, e.g. from a table). */
  private long[] lines;

  /** Makes room for at least {@code more} further rows. */
  void reserve(int more) {
    if (size + more > start.length) {
      resize(Math.max(size + more, start.length * 2));
    }
  }

  private void resize(int n) {
    start = Arrays.copyOf(start, n);
    end = Arrays.copyOf(end, n);
    value = Arrays.copyOf(value, n);
    ordinal = Arrays.copyOf(ordinal, n);
    status = Arrays.copyOf(status, n);
    published = Arrays.copyOf(published, n);
    if (lines != null) {
      lines = Arrays.copyOf(lines, n);
    }
    if (sources != null) {
      sources = Arrays.copyOf(sources, n);
    }
  }

  void add(int s, int e, double v, long o, long l) {
    add(s, e, v, o, l, 0, UNPUBLISHED, null);
  }

  void add(int s, int e, double v, long o, long l, int obsStatus, int pub, String source) {
    if (size == start.length) {
      resize(size * 2);
    }
    if (source != null && sources == null) {
      sources = new String[start.length];
    }
    status[size] = (byte) obsStatus;
    published[size] = pub;
    if (sources != null) {
      sources[size] = source;
    }
    if (l != -1 && lines == null) {
      lines = new long[start.length];
      Arrays.fill(lines, 0, size, -1);
    }
    start[size] = s;
    end[size] = e;
    value[size] = v;
    ordinal[size] = o;
    if (lines != null) {
      lines[size] = l;
    }
    size++;
  }

  /**
   * Returns the line of a row.
   *
   * @param i the row
   * @return its line, or -1
   */
  long line(int i) {
    return lines == null ? -1 : lines[i];
  }

  /**
   * Returns the source of a row.
   *
   * @param i the row
   * @return its SOURCE text, or null
   */
  String source(int i) {
    return sources == null ? null : sources[i];
  }

  /** Tells whether rows are already in {@link #sort()} order, as rows read in time order are. */
  private boolean sorted() {
    for (int i = 1; i < size; i++) {
      int before = Integer.compare(start[i - 1], start[i]);
      if (before == 0) {
        before = Integer.compare(end[i], end[i - 1]);
      }
      if (before == 0) {
        before = Long.compare(ordinal[i - 1], ordinal[i]);
      }
      if (before > 0) {
        return false;
      }
    }
    return true;
  }

  /** Sorts by period start, then period end (longer first), then input ordinal. */
  void sort() {
    if (sorted()) {
      return;
    }
    long[] keys = new long[size];
    for (int i = 0; i < size; i++) {
      // start: 20 bits of days since 1900; (40000 - length): 16 bits; position in this series: 27 bits.
      long s = start[i] + 25567L;
      long len = 40000L - (end[i] - start[i]);
      keys[i] = (s << 43) | (len << 27) | i;
    }
    Arrays.sort(keys);
    int[] ns = new int[size];
    int[] ne = new int[size];
    double[] nv = new double[size];
    long[] no = new long[size];
    long[] nl = lines == null ? null : new long[size];
    byte[] nst = new byte[size];
    int[] np = new int[size];
    String[] nsrc = sources == null ? null : new String[size];
    for (int i = 0; i < size; i++) {
      int from = (int) (keys[i] & ((1L << 27) - 1));
      ns[i] = start[from];
      ne[i] = end[from];
      nv[i] = value[from];
      no[i] = ordinal[from];
      if (nl != null) {
        nl[i] = lines[from];
      }
      nst[i] = status[from];
      np[i] = published[from];
      if (nsrc != null) {
        nsrc[i] = sources[from];
      }
    }
    status = nst;
    published = np;
    sources = nsrc;
    start = ns;
    end = ne;
    value = nv;
    ordinal = no;
    lines = nl;
  }

  /** Keeps only the rows whose flag is false, in order. */
  void removeFlagged(boolean[] flagged) {
    int w = 0;
    for (int r = 0; r < size; r++) {
      if (!flagged[r]) {
        start[w] = start[r];
        end[w] = end[r];
        value[w] = value[r];
        ordinal[w] = ordinal[r];
        if (lines != null) {
          lines[w] = lines[r];
        }
        status[w] = status[r];
        published[w] = published[r];
        if (sources != null) {
          sources[w] = sources[r];
        }
        w++;
      }
    }
    size = w;
  }
}
