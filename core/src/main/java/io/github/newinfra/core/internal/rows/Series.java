package io.github.newinfra.core.internal.rows;

import io.github.newinfra.core.internal.reading.Columns;
import io.github.newinfra.core.internal.threads.Parallel;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The accepted observations of one (indicator, region) pair: period start and end as epoch days, value in the
 * indicator's unit, input ordinal and line, OBS_STATUS and QUALIFIER, PUBLISHED date and SOURCE. Not part of the API; not
 * thread-safe.
 *
 * <h2>Layout</h2>
 *
 * <p>Storage is built in two steps, so that its cost per row does not grow with the input:
 *
 * <ol>
 *   <li><b>While rows arrive</b> every accepted row of the run is appended to one {@link Log}, in arrival order,
 *       whatever its series: a few sequential write streams instead of one per series and column (with ~1,000
 *       interleaved series, scattering each row into its series' own arrays missed the TLB and cache on every
 *       write once the arrays outgrew the cache, tripling the cost per row at 10^7 rows). The log grows by
 *       appending chunks (up to {@value Log#MAX_CHUNK} rows each) and never copies a row. A series is then only
 *       a handle that counts its rows.
 *   <li><b>At {@link Ingest#finish}</b> the log is grouped by series with a counting sort (the counts are
 *       the handles' sizes): each series gets a contiguous range of a run-wide {@link Slab}, and one sequential
 *       pass over the log places each row in its series' range, releasing each log chunk once read. The slab is
 *       allocated once, exactly sized, so no array is ever grown; for a large input it (like the log's larger
 *       chunks) is big enough that the collector allocates it outside the young generation and never copies it.
 * </ol>
 *
 * <p>A row in a slab is two {@code long}s side by side, so that placing a row writes one place per series:
 *
 * <pre>
 *   key   = (start - 1900-01-01) &lt;&lt; 47 | (511 - (end - start)) &lt;&lt; 37 | (ordinal &amp; (2^37 - 1))
 *   value = Double.doubleToRawLongBits(value)
 * </pre>
 *
 * <p>Periods fall in years 1900–2199 (17 bits of days) and last at most a year (9 bits for the length), so
 * ordering keys orders rows exactly as {@link #sort()} must: by start, then longer first, then ordinal. Ordinals
 * of 2^37 and beyond keep their high bits in a further column, created only when such an ordinal occurs. The
 * columns every row has a default for are created only when some row of the run differs from it: OBS_STATUS (A),
 * PUBLISHED (none), SOURCE (none) and line. Lines are stored as nothing when no row has one, as one shift when
 * every row's line is its ordinal plus the same number (a CSV file without multi-line records: line = ordinal +
 * 2), else as an {@code int} difference from the ordinal per row ({@code long} lines only if a difference does
 * not fit). A stored row thus costs 16 bytes (before: 29 to 41, grown by doubling), plus 1 byte with statuses,
 * 4 with PUBLISHED dates, 4 with SOURCE texts and 4 with irregular lines.
 *
 * <p>For example, the rows {@code #0 A 2023 = 5}, {@code #1 B 2023-Q1 = 1}, {@code #2 A 2022 = 4} arrive in
 * that order; the log holds them so. At finish, A's series gets slab rows 0–1 and B's row 2; one pass over the
 * log writes #0 to 0, #1 to 2 and #2 to 1; A's range is then sorted to #2, #0 (2022 before 2023).
 */
public final class Series {
  /** The {@link #published} value of a row without a PUBLISHED date. */
  public static final int UNPUBLISHED = Integer.MIN_VALUE;
  /** The OBS_STATUS ordinal of a row without one (A). */
  static final int DEFAULT_STATUS = 0;
  /** The most rows one series can hold. */
  static final int MAX_ROWS = (Integer.MAX_VALUE - 16) / 2;
  /** The epoch day of 1900-01-01, the first day a period can start on. */
  static final int FIRST_DAY = (int) LocalDate.of(1900, 1, 1).toEpochDay();
  /** The epoch day after the last day a period can start on (2199-12-31). */
  static final int DAY_LIMIT = FIRST_DAY + (1 << 17);
  static final int ORDINAL_BITS = 37;
  static final long ORDINAL_MASK = (1L << ORDINAL_BITS) - 1;

  /** The log rows are appended to until finish. */
  private final Log log;
  /** The series' index in the log. */
  final int id;
  /** The number of rows: appended so far, or in the slab after finish. */
  public int size;
  /**
   * At least the days from start to end of any row's period (0 for a one-day period): set once the rows are
   * sorted and cleaned, 511 (the most a key holds) before.
   */
  public int longest = 511;
  /** After finish: the slab holding the rows, and the first row's index in it. */
  private Slab slab;
  private long[] rows;
  private int base;

  /**
   * A series whose rows go to a log.
   *
   * @param log the run's log
   * @param id the series' index in the log (indicator × regions + region)
   */
  Series(Log log, int id) {
    this.log = log;
    this.id = id;
  }

  /**
   * Makes room for at least {@code more} further rows, so that they are appended without a new chunk where they
   * fit in one.
   *
   * @param more the number of rows about to be added
   */
  void reserve(int more) {
    // equivalent mutant (VoidMethodCall): reserving only sizes the log's next chunk; rows land where they would.
    log.reserve(more);
  }

  /**
   * Appends one accepted row.
   *
   * @param s the period's first day (epoch day)
   * @param e the period's last day (epoch day)
   * @param v the value in the indicator's unit
   * @param o the input ordinal
   * @param l the input line, or -1 when the row has none
   * @param obsStatus the {@code ObsStatus} ordinal
   * @param pub the PUBLISHED epoch day, or {@link #UNPUBLISHED}
   * @param source the SOURCE text, or null
   */
  void add(int s, int e, double v, long o, long l, int obsStatus, int pub, String source) {
    add(key(s, e, 0), v, o, l, obsStatus, pub, source);
  }

  /**
   * Appends one accepted row whose period is given as its bits of the key.
   *
   * @param period {@code key(s, e, 0)} of the row's period
   * @param v the value in the indicator's unit
   * @param o the input ordinal
   * @param l the input line, or -1 when the row has none
   * @param obsStatus the {@code ObsStatus} ordinal
   * @param pub the PUBLISHED epoch day, or {@link #UNPUBLISHED}
   * @param source the SOURCE text, or null
   */
  void add(long period, double v, long o, long l, int obsStatus, int pub, String source) {
    if (size == MAX_ROWS) {
      throw new IllegalStateException("more than " + MAX_ROWS + " accepted observations of one indicator and"
          + " region; split the input");
    }
    log.add(id, period | (o & ORDINAL_MASK), v, o, l, obsStatus, pub, source);
    size++;
  }

  /** Appends a row with status A, no PUBLISHED date and no SOURCE. */
  void add(int s, int e, double v, long o, long l) {
    add(s, e, v, o, l, DEFAULT_STATUS, UNPUBLISHED, null);
  }

  static long key(int s, int e, long o) {
    int len = e - s;
    // equivalent mutant (ConditionalsBoundary): of the four, 'len > 511' and 's >= DAY_LIMIT' have edges no period
    // reaches: a period lasts at most 366 days (Period.MAX_RANGE_DAYS) and ends by 2199, long before DAY_LIMIT.
    if (s < FIRST_DAY || s >= DAY_LIMIT || len < 0 || len > 511) {
      throw new IllegalArgumentException("period " + LocalDate.ofEpochDay(s) + " to " + LocalDate.ofEpochDay(e)
          + " is not a year, quarter, month or day of 1900–2199");
    }
    return (long) (s - FIRST_DAY) << 47 | (long) (511 - len) << ORDINAL_BITS | (o & ORDINAL_MASK);
  }

  /**
   * A row's ordinal from its key's low bits and, when a column of high bits exists, the row's entry there.
   *
   * @param key the row's key
   * @param high the high ordinal bits per row, or null when no ordinal needed them
   * @param at the row's index in that column
   * @return the ordinal
   */
  static long ordinal(long key, int[] high, int at) {
    long low = key & ORDINAL_MASK;
    return high == null ? low : (long) high[at] << ORDINAL_BITS | low;
  }

  private long key(int i) {
    return rows[2 * (base + i)];
  }

  /** The period bits of a key: ordered by start, then longer first. */
  private static long period(long key) {
    return key >>> ORDINAL_BITS;
  }

  public int start(int i) {
    return (int) (key(i) >>> 47) + FIRST_DAY;
  }

  public int end(int i) {
    long k = key(i);
    return (int) (k >>> 47) + FIRST_DAY + lengthOf(k);
  }

  /** The period length (end less start, in days) a key holds. */
  private static int lengthOf(long key) {
    return 511 - (int) ((key >>> ORDINAL_BITS) & 511);
  }

  /**
   * The number of rows starting before {@code day}: where rows starting on or after it begin, the rows being
   * sorted ({@link #sort}). Binary search.
   */
  public int startingBefore(int day) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start(mid) < day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Row {@code i}'s period length: its end less its start, in days. */
  int length(int i) {
    return lengthOf(key(i));
  }

  /** Whether rows {@code i} and {@code j} have the same period: the same key bits above the ordinal's. */
  boolean samePeriod(int i, int j) {
    return (key(i) ^ key(j)) >>> ORDINAL_BITS == 0;
  }

  public double value(int i) {
    return Double.longBitsToDouble(rows[2 * (base + i) + 1]);
  }

  public long ordinal(int i) {
    return slab.ordinal(base + i, key(i));
  }

  /** Returns the {@code ObsStatus} ordinal of a row. */
  public int status(int i) {
    return slab.status == null ? DEFAULT_STATUS : slab.status[base + i] & Columns.STATUS_MASK;
  }

  /** Returns the {@code ValueQualifier} ordinal of a row (0, EXACT, for a row without one). */
  public int qualifier(int i) {
    return slab.status == null ? 0 : slab.status[base + i] >>> Columns.QUALIFIER_SHIFT;
  }


  /** Returns the PUBLISHED epoch day of a row, or {@link #UNPUBLISHED}. */
  public int published(int i) {
    return slab.published == null ? UNPUBLISHED : slab.published[base + i];
  }

  /**
   * Returns the line of a row.
   *
   * @param i the row
   * @return its line, or -1
   */
  public long line(int i) {
    return slab.line(base + i, ordinal(i));
  }

  /**
   * Returns the source of a row.
   *
   * @param i the row
   * @return its SOURCE text, or null
   */
  public String source(int i) {
    return slab.sources == null ? null : slab.sources[base + i];
  }

  /** Binds the series to its range of a slab. */
  private void bind(Slab slab, int base) {
    this.slab = slab;
    this.rows = slab.rows;
    this.base = base;
  }

  /** Orders two rows as {@link #sort()} does. */
  private int compare(int i, int j) {
    int c = Long.compare(period(key(i)), period(key(j)));
    return c != 0 ? c : Long.compare(ordinal(i), ordinal(j));
  }

  /** Tells whether rows are already in {@link #sort()} order, as rows read in time order are. */
  private boolean sorted() {
    for (int i = 1; i < size; i++) {
      // equivalent mutant (ConditionalsBoundary): compare gives 0 only for a row with itself (no two rows share an
      // ordinal).
      if (compare(i - 1, i) > 0) {
        return false;
      }
    }
    // equivalent mutant (BooleanFalseReturnVals): sorting rows already in order leaves them in that order.
    return true;
  }

  /** Sorts by period start, then period end (longer first), then input ordinal. */
  void sort() {
    if (sorted()) {
      return;
    }
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    mergeSort(order, new int[size], 0, size);
    slab.permute(base, order);
  }

  private void mergeSort(int[] a, int[] tmp, int from, int to) {
    if (to - from < 2) {
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, tmp, from, mid);
    mergeSort(a, tmp, mid, to);
    // equivalent mutant (ConditionalsBoundary): compare gives 0 only for a row with itself.
    if (compare(a[mid - 1], a[mid]) <= 0) {
      return;
    }
    System.arraycopy(a, from, tmp, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      // equivalent mutant (ConditionalsBoundary): compare gives 0 only for a row with itself, never for tmp[i] and
      // tmp[j], which come from the two halves.
      if (j >= to || (i < mid && compare(tmp[i], tmp[j]) <= 0)) {
        a[k] = tmp[i++];
      } else {
        a[k] = tmp[j++];
      }
    }
  }

  /** Keeps only the rows whose flag is false, in order. */
  void removeFlagged(boolean[] flagged) {
    int w = 0;
    for (int r = 0; r < size; r++) {
      if (!flagged[r]) {
        if (w != r) {
          slab.move(base + r, base + w);
        }
        w++;
      }
    }
    size = w;
  }

  /**
   * Groups a run's rows by series: each series with rows gets a range of a slab, and the log's rows are placed
   * in one pass, in two parts on two threads of the team when it has them (see {@link Log#place}). The log is
   * empty afterwards.
   *
   * @param log the run's log
   * @param all the series by id, null where a series has no rows
   * @param team the threads to share the work
   */
  static void group(Log log, Series[] all, Parallel team) {
    long total = 0;
    for (Series s : all) {
      if (s != null) {
        total += s.size;
      }
    }
    long[][] target = new long[all.length][];
    int[] cursor = new int[all.length];
    int[] end = new int[all.length];
    Slab[] slabOf = new Slab[all.length];
    int from = 0;
    while (from < all.length) {
      // Consecutive series share a slab of up to SLAB_ROWS rows (one larger series has a slab of its own).
      long n = 0;
      int to = from;
      // equivalent mutant (ConditionalsBoundary, NegateConditionals, addition with subtraction): which series share
      // a slab is layout only: each series gets its own contiguous range in some slab whatever the grouping (the
      // mutants that end the loop early or late still take every series once), and SLAB_ROWS rows (2^27) are
      // beyond any input a test can hold.
      while (to < all.length && (n == 0 || n + size(all[to]) <= SLAB_ROWS)) {
        n += size(all[to]);
        to++;
      }
      // equivalent mutant (ConditionalsBoundary): with n == 0 no series of the group has a row, so an empty slab
      // binds nothing.
      if (n > 0) {
        Slab slab = new Slab(log, (int) n);
        int at = 0;
        for (int k = from; k < to; k++) {
          Series s = all[k];
          // equivalent mutant (ConditionalsBoundary): a series is made at its first row, so none has size 0.
          if (s != null && s.size > 0) {
            s.bind(slab, at);
            target[k] = slab.rows;
            cursor[k] = at;
            slabOf[k] = slab;
            at += s.size;
            end[k] = at;
          }
        }
      }
      from = to;
    }
    // equivalent mutant (ConditionalsBoundary): placing an empty log places nothing.
    if (total > 0) {
      log.place(target, cursor, end, slabOf, team);
    }
  }

  private static int size(Series s) {
    return s == null ? 0 : s.size;
  }

  /** The most rows a slab shared by several series holds. */
  static final int SLAB_ROWS = 1 << 27;

  /** Rows grouped by series: each series' rows form one contiguous range. */
  static final class Slab {
    /** Per row: key, then value bits. */
    final long[] rows;
    /** Per row, the ObsStatus ordinal; null when every row of the run has status A. */
    final byte[] status;
    /** Per row, the PUBLISHED epoch day or {@link #UNPUBLISHED}; null when no row of the run has one. */
    final int[] published;
    /** Per row, the SOURCE text or null; null when no row of the run has one. */
    final String[] sources;
    /** Per row, the ordinal's bits from {@value #ORDINAL_BITS} up; null when every ordinal is below 2^37. */
    final int[] ordinalHigh;
    /** How lines are stored: one of {@link Log#NO_LINES}, {@link Log#SHIFTED}, {@link #DELTA}, {@link #WIDE}. */
    final int lineMode;
    /** For {@link Log#SHIFTED}: line minus ordinal, the same for every row. */
    final long lineShift;
    /** For {@link #DELTA}: per row, line minus ordinal. */
    final int[] lineDelta;
    /** For {@link #WIDE}: per row, the line. */
    final long[] lines;
    static final int DELTA = 2;
    static final int WIDE = 3;

    Slab(Log log, int n) {
      rows = new long[2 * n];
      status = log.anyStatus ? new byte[n] : null;
      if (log.anyPublished) {
        published = new int[n];
        // equivalent mutant (VoidMethodCall): with a PUBLISHED date in the run, place sets every row's entry
        // (extras), UNPUBLISHED where the row has none.
        Arrays.fill(published, UNPUBLISHED);
      } else {
        published = null;
      }
      sources = log.anySource ? new String[n] : null;
      ordinalHigh = log.anyHighOrdinal ? new int[n] : null;
      lineMode = log.lineMode();
      lineShift = log.lineShift;
      lineDelta = lineMode == DELTA ? new int[n] : null;
      lines = lineMode == WIDE ? new long[n] : null;
    }

    long ordinal(int at, long key) {
      return Series.ordinal(key, ordinalHigh, at);
    }

    long line(int at, long ordinal) {
      switch (lineMode) {
        case Log.NO_LINES:
          return -1;
        case Log.SHIFTED:
          return ordinal + lineShift;
        case DELTA:
          return ordinal + lineDelta[at];
        default:
          return lines[at];
      }
    }

    /** Stores a row's columns other than key and value. */
    void setExtras(int at, long ordinal, int st, int pub, String source, long line) {
      if (status != null) {
        status[at] = (byte) st;
      }
      if (published != null) {
        published[at] = pub;
      }
      if (sources != null) {
        sources[at] = source;
      }
      if (ordinalHigh != null) {
        ordinalHigh[at] = (int) (ordinal >>> ORDINAL_BITS);
      }
      if (lineDelta != null) {
        lineDelta[at] = (int) (line - ordinal);
      } else if (lines != null) {
        lines[at] = line;
      }
    }

    /** Copies row {@code from} over row {@code to}. */
    void move(int from, int to) {
      rows[2 * to] = rows[2 * from];
      rows[2 * to + 1] = rows[2 * from + 1];
      if (status != null) {
        status[to] = status[from];
      }
      if (published != null) {
        published[to] = published[from];
      }
      if (sources != null) {
        sources[to] = sources[from];
      }
      if (ordinalHigh != null) {
        ordinalHigh[to] = ordinalHigh[from];
      }
      if (lineDelta != null) {
        lineDelta[to] = lineDelta[from];
      }
      if (lines != null) {
        lines[to] = lines[from];
      }
    }

    /** Reorders an {@code int} column as {@link #permute(int, int[])} does its rows; nothing if it is null. */
    private static void permute(int[] column, int base, int[] order) {
      if (column == null) {
        return;
      }
      int[] c = Arrays.copyOfRange(column, base, base + order.length);
      for (int k = 0; k < order.length; k++) {
        column[base + k] = c[order[k]];
      }
    }

    /** Reorders the rows {@code base …} so that row {@code base + k} becomes what row {@code base + order[k]} was. */
    void permute(int base, int[] order) {
      int n = order.length;
      long[] r = Arrays.copyOfRange(rows, 2 * base, 2 * (base + n));
      for (int k = 0; k < n; k++) {
        rows[2 * (base + k)] = r[2 * order[k]];
        rows[2 * (base + k) + 1] = r[2 * order[k] + 1];
      }
      if (status != null) {
        byte[] c = Arrays.copyOfRange(status, base, base + n);
        for (int k = 0; k < n; k++) {
          status[base + k] = c[order[k]];
        }
      }
      permute(published, base, order);
      if (sources != null) {
        String[] c = Arrays.copyOfRange(sources, base, base + n);
        for (int k = 0; k < n; k++) {
          sources[base + k] = c[order[k]];
        }
      }
      permute(ordinalHigh, base, order);
      permute(lineDelta, base, order);
      if (lines != null) {
        long[] c = Arrays.copyOfRange(lines, base, base + n);
        for (int k = 0; k < n; k++) {
          lines[base + k] = c[order[k]];
        }
      }
    }
  }

  /**
   * A run's accepted rows in arrival order, appended in chunks that are never copied. Each row is its series' id,
   * key and value; the other columns exist per chunk only once a row of the chunk needs them.
   */
  static final class Log {
    /** The first chunk's rows. */
    static final int MIN_CHUNK = 1 << 10;
    /** The largest chunk's rows. */
    static final int MAX_CHUNK = 1 << 21;
    static final int NO_LINES = 0;
    static final int SHIFTED = 1;
    /** Per chunk: lines in a column. */
    static final int LINE_COLUMN = 2;

    private Chunk[] chunks = new Chunk[16];
    private int count;
    private Chunk last;
    private int nextSize = MIN_CHUNK;
    boolean anyStatus;
    boolean anyPublished;
    boolean anySource;
    boolean anyHighOrdinal;
    /** Whether some row has a line, and whether every row with one has the same line minus ordinal. */
    private boolean anyLine;
    private boolean anyLineless;
    private boolean irregularLines;
    private long lineShift;
    /** Whether some line minus ordinal does not fit an {@code int}. */
    private boolean wideLines;

    /** Sizes the next chunk for at least {@code more} rows (up to {@link #MAX_CHUNK}) if the last has no room. */
    void reserve(int more) {
      // equivalent mutant (ConditionalsBoundary, NegateConditionals, addition with subtraction): this only sizes the
      // next chunk; each row is placed the same whatever chunk holds it.
      if (last == null || last.size + more > last.id.length) {
        nextSize = Math.max(nextSize, Math.min(more, MAX_CHUNK));
      }
    }

    void add(int id, long key, double v, long o, long l, int st, int pub, String source) {
      Chunk c = last;
      if (c == null || c.size == c.id.length) {
        c = newChunk();
      }
      int at = c.size;
      c.id[at] = id;
      c.key[at] = key;
      c.value[at] = v;
      if (st != DEFAULT_STATUS) {
        if (c.status == null) {
          c.status = new byte[c.id.length];
          anyStatus = true;
        }
        c.status[at] = (byte) st;
      }
      if (pub != UNPUBLISHED) {
        if (c.published == null) {
          c.published = new int[c.id.length];
          Arrays.fill(c.published, UNPUBLISHED);
          anyPublished = true;
        }
        c.published[at] = pub;
      }
      if (source != null) {
        if (c.sources == null) {
          c.sources = new String[c.id.length];
          anySource = true;
        }
        c.sources[at] = source;
      }
      // equivalent mutant (bitwise AND with OR): the column of high ordinal bits is then made for every run, and
      // holds 0 for every ordinal below 2^37: the ordinals read back the same.
      if ((o & ~ORDINAL_MASK) != 0) {
        if (c.ordinalHigh == null) {
          c.ordinalHigh = new int[c.id.length];
          anyHighOrdinal = true;
        }
        c.ordinalHigh[at] = (int) (o >>> ORDINAL_BITS);
      }
      line(c, at, o, l);
      c.size++;
    }

    /** Records a row's line: nothing while the chunk's lines follow its rule, else in the chunk's column. */
    private void line(Chunk c, int at, long o, long l) {
      long delta = l - o;
      // equivalent mutant (NegateConditionals): two of the four. 'l == -1' takes this way only when -1 - o is the
      // shift, so the row reads back as o + shift = -1 all the same; with 'delta != lineShift' it takes this way
      // only in a chunk whose shift differs from the run's, whose first row has already made the run irregular.
      if (c.lineMode == SHIFTED && l != -1 && delta == c.lineShift && delta == lineShift) {
        // The usual case, a line as far from its ordinal as every line before: nothing to record.
        return;
      }
      if (delta != (int) delta) {
        wideLines = true;
      }
      if (c.lineMode == NO_LINES && l == -1) {
        anyLineless = true;
        return;
      }
      if (l != -1 && !anyLine) {
        anyLine = true;
        // equivalent mutant (subtraction with addition): l + o differs from this row's delta unless o is 0, which
        // makes the run irregular below: stored per row, every line reads back exactly.
        lineShift = l - o;
      }
      // equivalent mutant (NegateConditionals): a chunk's first row always finds it without lines; negated there,
      // the chunk stores its lines in a column from its first row, which reads back the same.
      if (c.lineMode == NO_LINES && at == 0) {
        c.lineMode = SHIFTED;
        // equivalent mutant (subtraction with addition): l + o differs from the row's delta unless o is 0, and the
        // test below then stores the chunk's lines in a column from this row on, which reads back the same.
        c.lineShift = l - o;
      }
      // equivalent mutant (subtraction with addition, NegateConditionals): each changes only when a chunk turns to a
      // column (earlier, or at its first row with a line), and a column reads back every line; two of the three
      // negations: 'l != -1' still turns it for a row without a line unless -1 - o is the shift (then the row reads
      // back as -1), and 'l - o == c.lineShift' turns every chunk at its first row.
      if (c.lineMode == SHIFTED && (l == -1 || l - o != c.lineShift)) {
        c.lines = new long[c.id.length];
        // equivalent mutant (ConditionalsBoundary): entry 'at' is written below, with the row's own line.
        for (int k = 0; k < at; k++) {
          c.lines[k] = c.ordinal(k) + c.lineShift;
        }
        c.lineMode = LINE_COLUMN;
      } else if (c.lineMode == NO_LINES) {
        c.lines = new long[c.id.length];
        Arrays.fill(c.lines, 0, at, -1);
        c.lineMode = LINE_COLUMN;
      }
      if (c.lineMode == LINE_COLUMN) {
        c.lines[at] = l;
      }
      // equivalent mutant (NegateConditionals): the run's first row with a line always gets here with delta ==
      // lineShift, so either negation (this one or the next) marks every run with lines lineless or irregular:
      // stored per row (DELTA or WIDE), every line reads back exactly.
      if (l == -1) {
        anyLineless = true;
      } else if (delta != lineShift) { // equivalent mutant (NegateConditionals): see above.
        irregularLines = true;
      }
    }

    /** How a slab stores the run's lines. */
    int lineMode() {
      if (!anyLine) {
        return NO_LINES;
      }
      if (!anyLineless && !irregularLines) {
        return SHIFTED;
      }
      return wideLines ? Slab.WIDE : Slab.DELTA;
    }

    private Chunk newChunk() {
      Chunk c = new Chunk(nextSize);
      nextSize = Math.min(MAX_CHUNK, nextSize * 2);
      if (count == chunks.length) {
        chunks = Arrays.copyOf(chunks, count * 2);
      }
      chunks[count++] = c;
      last = c;
      return c;
    }

    /**
     * Places every row at its series' place, chunk by chunk, releasing each chunk once placed. Each series' rows
     * go to its range in arrival order: from {@code cursor[s]} up to {@code end[s]}. With a team of two threads or
     * more, the log is cut at the chunk boundary nearest half its rows: one thread places the first part from each
     * range's start, the other counts each series' rows in the second part and places them from that many rows
     * before the range's end. The two write different places, and every row lands where one thread would put it.
     */
    void place(long[][] target, int[] cursor, int[] end, Slab[] slabOf, Parallel team) {
      int cut = count;
      // equivalent mutant (ConditionalsBoundary, NegateConditionals): any cut from 0 to count places every row where one thread would (see above), and so does one team's thread doing both parts
      // one after the other (Parallel.forEach on a team of one); these mutants only move the cut within that range
      // or split the work where it was not split.
      if (team.threads() > 1 && count > 1) {
        long total = 0;
        // equivalent mutant (NegateConditionals): see above; a total of 0 cuts at 0.
        for (int k = 0; k < count; k++) {
          // equivalent mutant (addition with subtraction): see above.
          total += chunks[k].size;
        }
        long before = 0;
        cut = 0;
        // equivalent mutant (ConditionalsBoundary, NegateConditionals, Math): see above; the loop stops by
        // 'cut < count - 1' at the latest, and its second test fails for the last chunk anyway.
        while (cut < count - 1 && before + chunks[cut].size / 2 < total / 2) {
          // equivalent mutant (addition with subtraction): see above.
          before += chunks[cut].size;
          cut++;
        }
      }
      // equivalent mutant (NegateConditionals): see above; a cut at 0 or count in two parts leaves one part empty.
      if (cut == 0 || cut == count) {
        place(0, count, target, cursor, slabOf);
      } else {
        int middle = cut;
        team.forEach(2, part -> {
          // equivalent mutant (NegateConditionals): which thread places which part does not matter.
          if (part == 0) {
            place(0, middle, target, cursor, slabOf);
          } else {
            int[] from = end.clone();
            for (int k = middle; k < count; k++) {
              Chunk c = chunks[k];
              for (int r = 0; r < c.size; r++) {
                from[c.id[r]]--;
              }
            }
            place(middle, count, target, from, slabOf);
          }
        });
      }
      count = 0;
      last = null;
    }

    /** Places the rows of chunks {@code [from, to)}, each at its series' cursor, and releases the chunks. */
    private void place(int from, int to, long[][] target, int[] cursor, Slab[] slabOf) {
      boolean extras = anyStatus || anyPublished || anySource || anyHighOrdinal || lineMode() >= Slab.DELTA;
      for (int k = from; k < to; k++) {
        Chunk c = chunks[k];
        chunks[k] = null;
        int[] id = c.id;
        long[] key = c.key;
        double[] value = c.value;
        for (int r = 0; r < c.size; r++) {
          int s = id[r];
          int p = cursor[s]++;
          long[] t = target[s];
          t[2 * p] = key[r];
          t[2 * p + 1] = Double.doubleToRawLongBits(value[r]);
          if (extras) {
            long o = c.ordinal(r);
            slabOf[s].setExtras(p, o, c.status == null ? DEFAULT_STATUS : c.status[r],
                c.published == null ? UNPUBLISHED : c.published[r], c.sources == null ? null : c.sources[r],
                c.line(r, o));
          }
        }
      }
    }
  }

  /** A run of consecutive log rows. */
  private static final class Chunk {
    final int[] id;
    final long[] key;
    final double[] value;
    int size;
    byte[] status;
    int[] published;
    String[] sources;
    int[] ordinalHigh;
    int lineMode = Log.NO_LINES;
    long lineShift;
    long[] lines;

    Chunk(int n) {
      id = new int[n];
      key = new long[n];
      value = new double[n];
    }

    long ordinal(int r) {
      return Series.ordinal(key[r], ordinalHigh, r);
    }

    long line(int r, long ordinal) {
      switch (lineMode) {
        case Log.NO_LINES:
          return -1;
        case Log.SHIFTED:
          return ordinal + lineShift;
        default:
          return lines[r];
      }
    }
  }
}
