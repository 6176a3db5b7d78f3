package io.github.newinfra.core.internal.reading;

/**
 * Dictionary-encoded observation rows: per row, codes into small dictionaries of the distinct indicator,
 * region, period and (unit, UNIT_MULT) texts, a status ordinal and a {@code double} value. Not part of the API;
 * the arrays are never modified after construction and never handed out.
 */
public final class Columns {
  /** The bits of the status column that hold the OBS_STATUS ordinal; the qualifier's ordinal sits above them. */
  public static final int STATUS_MASK = 0x0F;
  /** Where the qualifier's ordinal starts in the status column. */
  public static final int QUALIFIER_SHIFT = 4;

  /**
   * Packs a row's OBS_STATUS and qualifier into the one byte the status column keeps per row: the status in the
   * low four bits, the qualifier above them.
   *
   * @param obsStatus the {@code ObsStatus} ordinal (below 16)
   * @param qualifier the {@code ValueQualifier} ordinal (below 8)
   * @return the packed value, 0 for status A without a qualifier
   */
  public static int packStatus(int obsStatus, int qualifier) {
    return obsStatus | qualifier << QUALIFIER_SHIFT;
  }

  public final int size;
  public final String[] indicators;
  public final String[] regions;
  public final String[] periods;
  public final String[] units;
  public final int[] unitMults;
  public final int[] indicator;
  public final int[] region;
  public final int[] period;
  public final int[] unit;
  public final byte[] status;
  public final double[] value;
  /** Per row, the PUBLISHED date as an epoch day, or {@code Integer.MIN_VALUE}; null when no row has one. */
  public final int[] published;
  /** The SOURCE dictionary. */
  public final String[] sources;
  /** Per row, an index into {@code sources}, or -1; null when no row has one. */
  public final int[] source;

  /**
   * Wraps columns the caller promises not to change.
   *
   * @param size the number of rows (every row array is at least this long)
   * @param indicators the indicator dictionary
   * @param regions the region dictionary
   * @param periods the period dictionary
   * @param units the unit dictionary (unit code or symbol; empty for the indicator's own unit)
   * @param unitMults the UNIT_MULT of each unit dictionary entry
   * @param indicator per row, an index into {@code indicators}
   * @param region per row, an index into {@code regions}
   * @param period per row, an index into {@code periods}
   * @param unit per row, an index into {@code units}
   * @param status per row, an {@code ObsStatus} ordinal and a {@code ValueQualifier} ordinal, packed as
   *     {@link #packStatus} packs them
   * @param value per row, the value
   * @param published per row, the PUBLISHED epoch day or {@code Integer.MIN_VALUE}; null when no row has one
   * @param sources the SOURCE dictionary
   * @param source per row, an index into {@code sources} or -1; null when no row has one
   */
  public Columns(int size, String[] indicators, String[] regions, String[] periods, String[] units, int[] unitMults,
      int[] indicator, int[] region, int[] period, int[] unit, byte[] status, double[] value, int[] published,
      String[] sources, int[] source) {
    this.published = published;
    this.sources = sources;
    this.source = source;
    this.size = size;
    this.indicators = indicators;
    this.regions = regions;
    this.periods = periods;
    this.units = units;
    this.unitMults = unitMults;
    this.indicator = indicator;
    this.region = region;
    this.period = period;
    this.unit = unit;
    this.status = status;
    this.value = value;
    if ((long) indicators.length * units.length <= DENSE_PAIRS) {
      this.pair = null;
      this.pairIndicator = null;
      this.pairUnit = null;
    } else {
      int[][] pairs = sparsePairs(size, indicator, unit);
      this.pair = pairs[0];
      this.pairIndicator = pairs[1];
      this.pairUnit = pairs[2];
    }
  }

  /**
   * Dictionaries up to this many (indicator, unit) combinations index every combination; beyond, only the pairs
   * present are numbered, so that a block of many distinct texts needs memory for its rows only.
   */
  static final int DENSE_PAIRS = 1 << 16;
  /** Per row, its (indicator, unit) pair; null when pairs are numbered densely. */
  private final int[] pair;
  /** Per pair, its indicator and unit codes; null when pairs are numbered densely. */
  private final int[] pairIndicator;
  private final int[] pairUnit;

  /**
   * Returns the number of (indicator, unit) pairs rows refer to through {@link #pair(int)}.
   *
   * @return the pair count
   */
  public int pairCount() {
    return pair == null ? indicators.length * units.length : pairIndicator.length;
  }

  /** The pair of row {@code r}, from 0 to {@link #pairCount()}. */
  public int pair(int r) {
    return pair == null ? indicator[r] * units.length + unit[r] : pair[r];
  }

  /** The indicator code of pair {@code p}. */
  public int pairIndicator(int p) {
    return pairIndicator == null ? p / units.length : pairIndicator[p];
  }

  /** The unit code of pair {@code p}. */
  public int pairUnit(int p) {
    return pairUnit == null ? p % units.length : pairUnit[p];
  }

  /** Numbers the (indicator, unit) pairs present, in first-seen order, with an open-addressing table. */
  private static int[][] sparsePairs(int size, int[] indicator, int[] unit) {
    int capacity = Integer.highestOneBit(Math.max(16, size) * 2 - 1) << 1;
    long[] keys = new long[capacity];
    int[] codes = new int[capacity];
    java.util.Arrays.fill(codes, -1);
    int[] pair = new int[size];
    int[] pi = new int[16];
    int[] pu = new int[16];
    int count = 0;
    int mask = capacity - 1;
    for (int r = 0; r < size; r++) {
      long key = ((long) indicator[r] << 32) | (unit[r] & 0xFFFFFFFFL);
      int h = (int) (key ^ (key >>> 29) ^ (key >>> 41)) * 0x9E3779B9;
      int slot = (h ^ (h >>> 16)) & mask;
      while (codes[slot] >= 0 && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      if (codes[slot] < 0) {
        if (count == pi.length) {
          pi = java.util.Arrays.copyOf(pi, count * 2);
          pu = java.util.Arrays.copyOf(pu, count * 2);
        }
        keys[slot] = key;
        codes[slot] = count;
        pi[count] = indicator[r];
        pu[count] = unit[r];
        count++;
      }
      pair[r] = codes[slot];
    }
    return new int[][] {pair, java.util.Arrays.copyOf(pi, count), java.util.Arrays.copyOf(pu, count)};
  }

  /**
   * Returns the number of rows.
   *
   * @return the row count
   */
  public int size() {
    return size;
  }

  /** The row as SDMX-CSV-style text, for rejections. */
  public String text(int r) {
    return indicators[indicator[r]] + ',' + regions[region[r]] + ',' + periods[period[r]] + ',' + value[r] + ','
        + units[unit[r]] + ',' + unitMults[unit[r]] + ',' + STATUS_NAMES[status[r] & STATUS_MASK]
        + (qualifierText(r).isEmpty() ? "" : "," + qualifierText(r))
        + (publishedText(r).isEmpty() && sourceText(r).isEmpty() ? "" : "," + publishedText(r) + ',' + sourceText(r));
  }

  /** The row's PUBLISHED date as text, empty when none. */
  public String publishedText(int r) {
    return published == null || published[r] == Integer.MIN_VALUE ? ""
        : java.time.LocalDate.ofEpochDay(published[r]).toString();
  }

  /** The row's QUALIFIER, empty when EXACT. */
  public String qualifierText(int r) {
    int q = (status[r] & 0xFF) >>> QUALIFIER_SHIFT;
    return q == 0 ? "" : io.github.newinfra.model.ValueQualifier.values()[q].name();
  }

  /** The row's SOURCE, empty when none. */
  public String sourceText(int r) {
    return source == null || source[r] < 0 ? "" : sources[source[r]];
  }

  public static final String[] STATUS_NAMES = statusNames();

  private static String[] statusNames() {
    io.github.newinfra.core.ObsStatus[] all = io.github.newinfra.core.ObsStatus.values();
    String[] names = new String[all.length];
    for (int i = 0; i < all.length; i++) {
      names[i] = all[i].name();
    }
    return names;
  }
}
