package io.github.newinfra.core.internal;

import java.util.Arrays;

/**
 * The accepted observations of one (indicator, region) pair in columnar form: period start and end as epoch
 * days, value in the indicator's unit, input ordinal and line. Not part of the API; not thread-safe while built.
 */
final class Series {
  int size;
  int[] start = new int[4];
  int[] end = new int[4];
  double[] value = new double[4];
  long[] ordinal = new long[4];
  long[] line = new long[4];

  void add(int s, int e, double v, long o, long l) {
    if (size == start.length) {
      int n = size * 2;
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      value = Arrays.copyOf(value, n);
      ordinal = Arrays.copyOf(ordinal, n);
      line = Arrays.copyOf(line, n);
    }
    start[size] = s;
    end[size] = e;
    value[size] = v;
    ordinal[size] = o;
    line[size] = l;
    size++;
  }

  /** Sorts by period start, then period end (longer first), then input ordinal. */
  void sort() {
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
    long[] nl = new long[size];
    for (int i = 0; i < size; i++) {
      int from = (int) (keys[i] & ((1L << 27) - 1));
      ns[i] = start[from];
      ne[i] = end[from];
      nv[i] = value[from];
      no[i] = ordinal[from];
      nl[i] = line[from];
    }
    start = ns;
    end = ne;
    value = nv;
    ordinal = no;
    line = nl;
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
        line[w] = line[r];
        w++;
      }
    }
    size = w;
  }
}
