package io.github.newinfra.core.internal;

/**
 * Dictionary-encoded observation rows: per row, codes into small dictionaries of the distinct indicator,
 * region, period and (unit, UNIT_MULT) texts, a status ordinal and a {@code double} value. Not part of the API;
 * the arrays are never modified after construction and never handed out.
 */
public final class Columns {
  final int size;
  final String[] indicators;
  final String[] regions;
  final String[] periods;
  final String[] units;
  final int[] unitMults;
  final int[] indicator;
  final int[] region;
  final int[] period;
  final int[] unit;
  final byte[] status;
  final double[] value;
  /** Per row, the PUBLISHED date as an epoch day, or {@code Integer.MIN_VALUE}; null when no row has one. */
  final int[] published;
  /** The SOURCE dictionary. */
  final String[] sources;
  /** Per row, an index into {@code sources}, or -1; null when no row has one. */
  final int[] source;

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
   * @param status per row, an {@code ObsStatus} ordinal
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
  String text(int r) {
    return indicators[indicator[r]] + ',' + regions[region[r]] + ',' + periods[period[r]] + ',' + value[r] + ','
        + units[unit[r]] + ',' + unitMults[unit[r]] + ',' + STATUS_NAMES[status[r]]
        + (publishedText(r).isEmpty() && sourceText(r).isEmpty() ? "" : "," + publishedText(r) + ',' + sourceText(r));
  }

  /** The row's PUBLISHED date as text, empty when none. */
  String publishedText(int r) {
    return published == null || published[r] == Integer.MIN_VALUE ? ""
        : java.time.LocalDate.ofEpochDay(published[r]).toString();
  }

  /** The row's SOURCE, empty when none. */
  String sourceText(int r) {
    return source == null || source[r] < 0 ? "" : sources[source[r]];
  }

  static final String[] STATUS_NAMES = statusNames();

  private static String[] statusNames() {
    io.github.newinfra.core.ObsStatus[] all = io.github.newinfra.core.ObsStatus.values();
    String[] names = new String[all.length];
    for (int i = 0; i < all.length; i++) {
      names[i] = all[i].name();
    }
    return names;
  }
}
