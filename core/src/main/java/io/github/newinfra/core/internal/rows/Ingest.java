package io.github.newinfra.core.internal.rows;

import io.github.newinfra.core.NotUsed;
import io.github.newinfra.core.ObsStatus;
import io.github.newinfra.core.Rejection;
import io.github.newinfra.core.RejectionReason;
import io.github.newinfra.core.internal.reading.Columns;
import io.github.newinfra.core.internal.reading.CsvBytes;
import io.github.newinfra.core.internal.reading.Numbers;
import io.github.newinfra.core.internal.reading.RowSink;
import io.github.newinfra.core.internal.threads.Parallel;
import io.github.newinfra.core.internal.wording.Text;
import io.github.newinfra.model.Dimension;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.TextParseException;
import io.github.newinfra.model.Unit;
import io.github.newinfra.model.internal.SafeText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.ToIntFunction;

/** The per-run ingest: resolves, converts, checks and stores rows; collects rejections. */
public final class Ingest implements RowSink {
  final CompiledCatalog catalog;
  public final LocationStyle style;
  /** Per indicator and region, the accepted rows; null where there are none. */
  public final Series[][] series;
  /** Every accepted row in arrival order, until {@link #finish} groups them into {@link #series}. */
  private final Series.Log log = new Series.Log();
  /** Every rejection counted, the first listed in full: see {@link Rejections}. */
  public final Rejections rejections;
  public final List<NotUsed> notUsed = new ArrayList<>();
  public long rows;
  /** Whether a row is accepted, field by field: the one rule of every path below. */
  private final RowRules rules;
  /** The rejection message of each distinct unknown indicator or region text, by kind and text. */
  private final Map<String, String> unknown = new HashMap<>();

  public Ingest(CompiledCatalog catalog, LocationStyle style, int rejectionsListed) {
    this.catalog = catalog;
    this.style = style;
    this.rejections = new Rejections(rejectionsListed, catalog.indicators);
    this.series = new Series[catalog.indicators.length][catalog.regions.length];
    this.rules = new RowRules(catalog);
  }

  /**
   * Rejects a row.
   *
   * @param indicator the row's indicator index, or -1 if it names no indicator of the catalog
   */
  void reject(long ordinal, long line, RejectionReason reason, int indicator, String message, CharSequence input) {
    reject(ordinal, line, reason, indicator, message, List.of(), input);
  }

  private void reject(long ordinal, long line, RejectionReason reason, int indicator, String message,
      List<String> suggestions, CharSequence input) {
    rejections.add(ordinal, reason, indicator, () -> Rejection.builder().ordinal(ordinal)
        .location(style.describe(ordinal, line)).reason(reason).message(SafeText.message(message))
        .suggestions(suggestions).input(SafeText.excerpt(input)).build());
  }

  @Override
  public void malformed(long ordinal, long line, String message, CharSequence input) {
    rows++;
    reject(ordinal, line, RejectionReason.MALFORMED_ROW, -1, message, input);
  }

  @Override
  public void row(long ordinal, long line, String indicator, String region, String period, String value,
      String unit, String unitMult, String status, String qualifier, String published, String source,
      CharSequence input) {
    rows++;
    String missing = indicator.isEmpty() ? "INDICATOR" : region.isEmpty() ? "REF_AREA"
        : period.isEmpty() ? "TIME_PERIOD" : value.isEmpty() ? "OBS_VALUE" : null;
    int ind = rules.indicator(indicator);
    if (missing != null) {
      reject(ordinal, line, RejectionReason.MISSING_FIELD, ind, missing + " is empty", input);
      return;
    }
    if (ind < 0) {
      reject(ordinal, line, RejectionReason.UNKNOWN_INDICATOR, -1, unknown("indicator", indicator),
          suggested("indicator", indicator), input);
      return;
    }
    int reg = rules.region(region);
    if (reg < 0) {
      reject(ordinal, line, RejectionReason.UNKNOWN_REGION, ind, unknown("region", region),
          suggested("region", region), input);
      return;
    }
    int[] days = rules.days(period);
    if (days == null) {
      reject(ordinal, line, RejectionReason.UNPARSEABLE_PERIOD, ind, "TIME_PERIOD '" + period
          + "' is not YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD", input);
      return;
    }
    ObsStatus obsStatus = rules.status(status);
    if (obsStatus == null) {
      reject(ordinal, line, RejectionReason.UNKNOWN_STATUS, ind, "OBS_STATUS '" + status
          + "' is not an SDMX observation status (A, B, D, E, F, I, M, N, P, S, U, V)", input);
      return;
    }
    if (!obsStatus.isObserved()) {
      reject(ordinal, line, RejectionReason.STATUS_EXCLUDED, ind, "OBS_STATUS " + obsStatus
          + (obsStatus == ObsStatus.M ? " marks a missing value" : " marks a forecast, not an observation"), input);
      return;
    }
    int q = RowRules.qualifier(qualifier);
    if (q < 0) {
      reject(ordinal, line, RejectionReason.UNKNOWN_QUALIFIER, ind, "QUALIFIER '" + qualifier + "' is not one of "
          + RowRules.QUALIFIERS, input);
      return;
    }
    int pub = RowRules.published(published);
    if (pub == RowRules.NOT_A_DATE) {
      reject(ordinal, line, RejectionReason.UNPARSEABLE_DATE, ind, "PUBLISHED '" + published
          + "' is not a date YYYY-MM-DD from " + CompiledCatalog.MIN_YEAR + " to " + CompiledCatalog.MAX_YEAR, input);
      return;
    }
    double v = Numbers.parse(value);
    if (Double.isNaN(v) && !Numbers.isNotFiniteWord(value)) {
      reject(ordinal, line, RejectionReason.UNPARSEABLE_VALUE, ind, "OBS_VALUE '" + value + "' is not a number",
          input);
      return;
    }
    if (!Double.isFinite(v)) {
      reject(ordinal, line, RejectionReason.NOT_FINITE, ind, "OBS_VALUE '" + value + "' is not finite", input);
      return;
    }
    int mult = RowRules.unitMult(unitMult);
    if (mult < 0) {
      reject(ordinal, line, RejectionReason.UNPARSEABLE_VALUE, ind, "UNIT_MULT '" + unitMult
          + "' is not a whole number from 0 to " + Unit.MAX_UNIT_MULT, input);
      return;
    }
    Indicator indicatorDef = catalog.indicators[ind];
    Unit u = rules.unit(ind, unit, mult);
    if (u == null) {
      reject(ordinal, line, RejectionReason.UNKNOWN_UNIT, ind, unknownUnit(unit, mult), input);
      return;
    }
    int shift = rules.shift(ind, unit, mult);
    if (shift == RowRules.NO_SHIFT) {
      reject(ordinal, line, RejectionReason.UNIT_OF_ANOTHER_DIMENSION, ind, "unit '" + u + "' (" + u.description()
          + ") cannot measure '" + indicator + "', which is in '" + indicatorDef.unit() + "' ("
          + indicatorDef.unit().description() + ")", input);
      return;
    }
    double converted = RowRules.convert(v, shift, Math.pow(10, shift));
    if (rules.fits(ind, converted)) {
      store(ind, reg, days[0], days[1], converted, ordinal, line, Columns.packStatus(obsStatus.ordinal(), q), pub,
          source.isEmpty() ? null : source);
      return;
    }
    if (!Double.isFinite(converted)) {
      reject(ordinal, line, RejectionReason.NOT_FINITE, ind, "OBS_VALUE " + value + " in '" + u
          + "' is beyond the range of a double in '" + indicatorDef.unit() + "'", input);
      return;
    }
    Dimension dimension = indicatorDef.unit().dimension();
    if (dimension == Dimension.RATIO) {
      reject(ordinal, line, RejectionReason.PERCENT_OUT_OF_RANGE, ind, "OBS_VALUE " + value + " is outside 0–"
          + (catalog.ratio[ind] ? "100%" : Text.number(catalog.most[ind]) + indicatorDef.unit() + " (100%)")
          + " for '" + indicator + "', a share", input);
      return;
    }
    reject(ordinal, line, RejectionReason.NEGATIVE_COUNT, ind, "OBS_VALUE " + value + " is negative, but '"
        + indicator + "' (" + indicatorDef.unit().description() + ") cannot be", input);
  }

  /**
   * Stores one accepted row.
   *
   * @param indicator the indicator's index
   * @param region the region's index
   * @param start the period's first day (epoch day)
   * @param end the period's last day (epoch day)
   * @param value the value in the indicator's unit
   * @param ordinal the input ordinal
   * @param line the input line, or -1 when the row has none
   * @param status the {@code ObsStatus} ordinal and the qualifier's, packed ({@link Series#packStatus})
   * @param published the PUBLISHED epoch day, or {@link Series#UNPUBLISHED}
   * @param source the SOURCE text, or null
   */
  void store(int indicator, int region, int start, int end, double value, long ordinal, long line, int status,
      int published, String source) {
    seriesOf(indicator, region).add(start, end, value, ordinal, line, status, published, source);
  }

  /** The series of an indicator and region, made when its first row is stored. */
  private Series seriesOf(int indicator, int region) {
    Series s = series[indicator][region];
    if (s == null) {
      s = new Series(log, indicator * series[indicator].length + region);
      series[indicator][region] = s;
    }
    return s;
  }

  /**
   * Ingests a block of encoded rows. Each distinct text is resolved once; a row passing every check is stored
   * straight from the arrays, and any other row goes through {@link #row} as text, so that it is rejected with
   * exactly the reason and message it would get in a file.
   */
  @Override
  public void columns(Columns c, long first) {
    int[] ind = new int[c.indicators.length];
    for (int k = 0; k < ind.length; k++) {
      ind[k] = rules.indicator(c.indicators[k]);
    }
    int[] reg = new int[c.regions.length];
    for (int k = 0; k < reg.length; k++) {
      reg[k] = rules.region(c.regions[k]);
    }
    int[][] days = new int[c.periods.length][];
    for (int k = 0; k < days.length; k++) {
      days[k] = rules.days(c.periods[k]);
    }
    // One factor per (indicator, unit) pair; NaN where the row must take the text path (unknown unit, unit of
    // another dimension, UNIT_MULT out of range).
    // (Pairs are those present in the block, so many distinct texts cost memory per row, not per combination.)
    int pairs = c.pairCount();
    double[] factor = new double[pairs];
    int[] shift = new int[pairs];
    Arrays.fill(factor, Double.NaN);
    for (int p = 0; p < pairs; p++) {
      int k = c.pairIndicator(p);
      int u = c.pairUnit(p);
      // equivalent mutant (ConditionalsBoundary): indicator 0 would get no shift, so its rows would go through row,
      // which accepts or rejects them as here (a mutant that only sends more rows to row changes no outcome).
      shift[p] = ind[k] < 0 ? RowRules.NO_SHIFT : rules.shift(ind[k], c.units[u], c.unitMults[u]);
      if (shift[p] != RowRules.NO_SHIFT) {
        factor[p] = Math.pow(10, shift[p]);
      }
    }
    boolean[] observed = new boolean[ObsStatus.values().length];
    for (ObsStatus s : ObsStatus.values()) {
      observed[s.ordinal()] = s.isObserved();
    }
    // Rows are appended to the run's log in block order; a block large enough gets one chunk.
    // equivalent mutant (VoidMethodCall): reserving only sizes the log's next chunk.
    log.reserve(c.size);
    for (int r = 0; r < c.size; r++) {
      int ic = c.indicator[r];
      int i = ind[ic];
      int g = reg[c.region[r]];
      int pc = c.period[r];
      double v = c.value[r];
      int p = c.pair(r);
      double f = factor[p];
      double x = Double.isNaN(f) ? Double.NaN : RowRules.convert(v, shift[p], f);
      int pub = c.published == null ? Series.UNPUBLISHED : c.published[r];
      // equivalent mutant (ConditionalsBoundary, NegateConditionals): 'i <= 0' and 'g <= 0' only send the rows of
      // indicator or region 0 through row, which gives them the outcome they get here; 'i >= 0' sends every known
      // indicator's rows there, and an unknown one has no shift, so its value converts to NaN, which does not fit:
      // through row as well.
      if (i < 0 || g < 0 || days[pc] == null || !observed[c.status[r] & Columns.STATUS_MASK] || !rules.fits(i, x)
          || !RowRules.publishedDay(pub)) {
        int u = c.unit[r];
        row(first + r, -1, c.indicators[ic], c.regions[c.region[r]], c.periods[pc], Double.toString(v),
            c.units[u], Integer.toString(c.unitMults[u]), Columns.STATUS_NAMES[c.status[r] & Columns.STATUS_MASK],
            c.qualifierText(r), c.publishedText(r), c.sourceText(r), c.text(r));
        continue;
      }
      rows++;
      store(i, g, days[pc][0], days[pc][1], x, first + r, -1, c.status[r], pub,
          c.source == null || c.source[r] < 0 ? null : c.sources[c.source[r]]);
    }
  }

  /**
   * Ingests a block of CSV records read from bytes. Each distinct text of the block's dictionary is resolved
   * once per role (indicator, region, period, status, PUBLISHED, UNIT_MULT; the unit once per indicator text and
   * unit), for all the consecutive blocks that share the dictionary; an
   * encoded record passing every check is stored straight away, and any other record — kept as text by the
   * reader, or failing a check — goes through {@link #row} as text, so that it is accepted or rejected with
   * exactly the reason and message a text reader gives.
   */
  @Override
  public void encoded(CsvBytes.Block b) {
    String[] texts = b.texts;
    // equivalent mutant (NegateConditionals): 'resolved != null' resolves every block's texts anew, as if each had a
    // dictionary of its own: more work, the same outcome.
    if (resolved == null || resolvedFor != b.dictionary) {
      resolved = new Resolved(texts.length);
      resolvedFor = b.dictionary;
    } else {
      resolved.fit(texts.length);
    }
    Resolved at = resolved;
    int[] indicators = b.codes[CsvBytes.Block.INDICATOR];
    int[] regions = b.codes[CsvBytes.Block.REGION];
    int[] periods = b.codes[CsvBytes.Block.PERIOD];
    int[] units = b.codes[CsvBytes.Block.UNIT];
    int[] mults = b.codes[CsvBytes.Block.UNIT_MULT];
    int[] statuses = b.codes[CsvBytes.Block.STATUS];
    int[] published = b.codes[CsvBytes.Block.PUBLISHED];
    int[] sources = b.codes[CsvBytes.Block.SOURCE];
    int[] qualifiers = b.codes[CsvBytes.Block.QUALIFIER];
    // A column the header lacks has no codes: its text is the empty one (code 0) in every record.
    boolean unitColumn = (b.roles & (1 << CsvBytes.Block.UNIT)) != 0;
    boolean multColumn = (b.roles & (1 << CsvBytes.Block.UNIT_MULT)) != 0;
    boolean statusColumn = (b.roles & (1 << CsvBytes.Block.STATUS)) != 0;
    boolean publishedColumn = (b.roles & (1 << CsvBytes.Block.PUBLISHED)) != 0;
    boolean sourceColumn = (b.roles & (1 << CsvBytes.Block.SOURCE)) != 0;
    boolean qualifierColumn = (b.roles & (1 << CsvBytes.Block.QUALIFIER)) != 0;
    // equivalent mutant (VoidMethodCall): reserving only sizes the log's next chunk.
    log.reserve(b.size);
    // What a row's codes other than its region resolve to, kept while the next rows have the same codes (a run
    // of one indicator and period, as sorted files have): the indicator, the period's key bits, status,
    // PUBLISHED, the unit's shift and 10^shift, and whether all of them are
    // valid (fit == 1; -1 when not, 0 before the first row).
    int ik = -1;
    int pk = -1;
    int uk = -1;
    int mk = -1;
    int sk = -1;
    int qk = -1;
    int dk = -1;
    int fit = 0;
    int i = -1;
    long key = 0;
    int status = 0;
    int pub = 0;
    int shift = 0;
    double factor = 1;
    for (int r = 0; r < b.size; r++) {
      if (b.text[r]) {
        b.replay(r, this);
        continue;
      }
      int rowUnit = unitColumn ? units[r] : 0;
      int rowMult = multColumn ? mults[r] : 0;
      int rowStatus = statusColumn ? statuses[r] : 0;
      int rowQualifier = qualifierColumn ? qualifiers[r] : 0;
      int rowPublished = publishedColumn ? published[r] : 0;
      // equivalent mutant (NegateConditionals): 'fit != 0' works every record's codes out anew (the first record's
      // codes differ from the initial -1 anyway): more work, the same outcome.
      if (fit == 0 || indicators[r] != ik || periods[r] != pk || rowUnit != uk || rowMult != mk
          || rowStatus != sk || rowQualifier != qk || rowPublished != dk) {
        ik = indicators[r];
        pk = periods[r];
        uk = rowUnit;
        mk = rowMult;
        sk = rowStatus;
        qk = rowQualifier;
        dk = rowPublished;
        i = at.indicator(ik, texts);
        int q = at.qualifier(qk, texts);
        status = at.status(sk, texts);
        // equivalent mutant (ConditionalsBoundary, NegateConditionals): the boundaries only send status A or
        // EXACT through row (below), which gives the outcome given here; negated, a valid pair gives -1 (through
        // row too) and an invalid one packs to a negative status (-1 | q << 4, or status | -1 << 4), refused below.
        status = status < 0 || q < 0 ? -1 : Columns.packStatus(status, q);
        pub = at.published(dk, texts);
        int mult = at.mult(mk, texts);
        fit = -1;
        // equivalent mutant (ConditionalsBoundary, NegateConditionals): the boundaries only send indicator 0, status
        // A or UNIT_MULT 0 through row, with the same outcome; of the negations, 'mult < 0' sends every valid
        // UNIT_MULT through row and lets -1 reach RowRules.shift, which gives no shift for it (through row as well).
        if (i >= 0 && at.period(pk, texts) && status >= 0 && pub != RowRules.NOT_A_DATE && mult >= 0) {
          shift = at.shift(ik, i, uk, mult, texts);
          if (shift != RowRules.NO_SHIFT) {
            fit = 1;
            factor = at.factor[ik];
            key = at.key(pk);
          }
        }
      }
      int g = at.region(regions[r], texts);
      // equivalent mutant (ConditionalsBoundary): fit is 1 or -1 here, never 0; 'g <= 0' only sends region 0's rows
      // through row, with the same outcome.
      if (fit < 0 || g < 0) {
        b.replay(r, this);
        continue;
      }
      double x = RowRules.convert(b.value[r], shift, factor);
      if (!rules.fits(i, x)) {
        b.replay(r, this);
        continue;
      }
      rows++;
      String source = sourceColumn ? texts[sources[r]] : "";
      seriesOf(i, g).add(key, x, b.firstOrdinal + r, b.lineBase + b.line[r], status, pub,
          source.isEmpty() ? null : source);
    }
  }

  /** The texts of the last block's dictionary resolved so far, and that dictionary; null before a block. */
  private Resolved resolved;
  private Object resolvedFor;

  /**
   * The texts of one dictionary resolved as the text path resolves them, each once per role, when first met;
   * grown as the dictionary grows.
   */
  private final class Resolved {
    static final int UNSEEN = Integer.MIN_VALUE + 1;
    int[] indicator;
    int[] region;
    int[] status;
    int[] qualifier;
    int[] published;
    int[] mult;
    /** Per period text: 1 parsed (see start, end), -1 not a period, 0 unseen. */
    byte[] period;
    int[] start;
    int[] end;
    /** Per period text: its bits of a row's key ({@link Series#key}), worked out when first stored; 0 before. */
    long[] key;
    /** Per indicator text: the unit text and UNIT_MULT its shift was worked out for, the shift and 10^shift. */
    int[] unitOf;
    int[] multOf;
    int[] shift;
    double[] factor;

    Resolved(int n) {
      indicator = unseen(n);
      region = unseen(n);
      status = unseen(n);
      qualifier = unseen(n);
      published = unseen(n);
      mult = unseen(n);
      period = new byte[n];
      start = new int[n];
      end = new int[n];
      key = new long[n];
      unitOf = unseen(n);
      multOf = new int[n];
      shift = new int[n];
      factor = new double[n];
    }

    private int[] unseen(int n) {
      return unseen(new int[0], n);
    }

    /** {@code a} lengthened to {@code n}, the new entries unseen. */
    private int[] unseen(int[] a, int n) {
      int[] more = Arrays.copyOf(a, n);
      Arrays.fill(more, a.length, n, UNSEEN);
      return more;
    }

    /** Makes room for the texts of a dictionary grown to {@code n} texts, the new ones unseen in every role. */
    void fit(int n) {
      // equivalent mutant (ConditionalsBoundary): at n == indicator.length the arrays grow though they need not.
      if (n <= indicator.length) {
        return;
      }
      // equivalent mutant (multiplication with division): the arrays grow to n only, enough for the dictionary.
      n = Math.max(n, 2 * indicator.length);
      indicator = unseen(indicator, n);
      region = unseen(region, n);
      status = unseen(status, n);
      qualifier = unseen(qualifier, n);
      published = unseen(published, n);
      mult = unseen(mult, n);
      period = Arrays.copyOf(period, n);
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      key = Arrays.copyOf(key, n);
      unitOf = unseen(unitOf, n);
      multOf = Arrays.copyOf(multOf, n);
      shift = Arrays.copyOf(shift, n);
      factor = Arrays.copyOf(factor, n);
    }

    int indicator(int k, String[] texts) {
      return once(indicator, k, texts, rules::indicator);
    }

    int region(int k, String[] texts) {
      return once(region, k, texts, rules::region);
    }

    /**
     * What text {@code k} resolves to in one role, worked out the first time the dictionary's code is met (code 0
     * is the empty text).
     */
    private int once(int[] resolved, int k, String[] texts, ToIntFunction<String> resolve) {
      int v = resolved[k];
      // equivalent mutant (NegateConditionals): negated, nothing is ever resolved and every code reads as UNSEEN, a
      // negative index, status, qualifier and UNIT_MULT, so every record goes through row, with the same outcome.
      if (v == UNSEEN) {
        v = resolve.applyAsInt(texts[k]);
        resolved[k] = v;
      }
      return v;
    }

    boolean period(int k, String[] texts) {
      // equivalent mutant (NegateConditionals): negated, no period is ever parsed here (period[k] stays 0, false),
      // so every record goes through row, with the same outcome.
      if (period[k] == 0) {
        period[k] = -1;
        // equivalent mutant (NegateConditionals): code 0 is the empty text, which is no period either way.
        if (k != 0) {
          int[] days = rules.days(texts[k]);
          if (days != null) {
            start[k] = days[0];
            end[k] = days[1];
            period[k] = 1;
          }
        }
      }
      // equivalent mutant (ConditionalsBoundary): period[k] is 1 or -1 here, never 0.
      return period[k] > 0;
    }

    /** The key bits of a parsed period text ({@link #period} true). */
    long key(int k) {
      long v = key[k];
      if (v == 0) {
        v = Series.key(start[k], end[k], 0) | KEYED;
        key[k] = v;
      }
      return v & ~KEYED;
    }

    /** Marks a {@link #key} worked out: a bit no period's key bits use (ordinal bits, which are 0 here). */
    private static final long KEYED = 1;

    /** The status ordinal, or -1 if unknown or not an observation. */
    int status(int k, String[] texts) {
      return once(status, k, texts, rules::observedStatus);
    }

    /** The qualifier's ordinal, or -1 if the text names none. */
    int qualifier(int k, String[] texts) {
      return once(qualifier, k, texts, RowRules::qualifier);
    }

    int published(int k, String[] texts) {
      return once(published, k, texts, RowRules::published);
    }

    /** UNIT_MULT, or -1 if it is not a whole number in range. */
    int mult(int k, String[] texts) {
      return once(mult, k, texts, RowRules::unitMult);
    }

    /**
     * The power of ten from the row's unit to its indicator's, or {@link RowRules#NO_SHIFT} if the unit is unknown or of another
     * dimension; sets {@code factor[ik]}.
     */
    int shift(int ik, int i, int unitCode, int m, String[] texts) {
      if (unitOf[ik] == unitCode && multOf[ik] == m) {
        return shift[ik];
      }
      int k = rules.shift(i, texts[unitCode], m);
      unitOf[ik] = unitCode;
      multOf[ik] = m;
      shift[ik] = k;
      // equivalent mutant (NegateConditionals): a factor is read only with a shift (fit 1), and NaN there converts
      // to NaN where Numbers.scale needs the factor, which does not fit: the record goes through row, which converts
      // with 10^shift itself; with no shift the factor (then 0) is never read.
      factor[ik] = k == RowRules.NO_SHIFT ? Double.NaN : Math.pow(10, k);
      return k;
    }
  }

  /**
   * The message for an unknown indicator or region text, with what it may have meant: worked out once per
   * distinct text, for the first {@value #SUGGESTED} distinct texts (beyond, the message names the text only).
   */
  private String unknown(String kind, String text) {
    String key = kind + '\u0000' + text;
    String message = unknown.get(key);
    if (message == null) {
      message = "unknown " + kind + " '" + text + "'";
      if (unknown.size() < SUGGESTED) {
        message += kind.equals("indicator") ? Suggestions.indicators(catalog.data, text)
            : Suggestions.regions(catalog.data, text);
        unknown.put(key, message);
      }
    }
    return message;
  }

  /** The ids or codes an unknown text may have meant, for the first {@value #SUGGESTED} distinct texts. */
  private List<String> suggested(String kind, String text) {
    String key = kind + '\u0000' + text;
    List<String> codes = suggestedCodes.get(key);
    if (codes == null) {
      if (suggestedCodes.size() >= SUGGESTED) {
        return List.of();
      }
      codes = kind.equals("indicator") ? Suggestions.indicatorIds(catalog.data, text)
          : Suggestions.regionCodes(catalog.data, text);
      suggestedCodes.put(key, codes);
    }
    return codes;
  }

  private final Map<String, List<String>> suggestedCodes = new HashMap<>();

  /** How many distinct unknown texts get suggestions. */
  private static final int SUGGESTED = 1000;

  /**
   * Why a UNIT_MEASURE text with a UNIT_MULT is no unit: a written magnitude (万座) with a UNIT_MULT scales
   * twice; anything else is unknown.
   */
  private String unknownUnit(String unit, int mult) {
    String resolved = catalog.unitInput.getOrDefault(unit, unit);
    String mapped = resolved.equals(unit) ? "" : " (mapped to '" + resolved + "')";
    if (mult != 0) {
      try {
        Unit written = Unit.parse(resolved);
        // equivalent mutant (ConditionalsBoundary): Unit.parse gives a magnitude of 0 only for a bare symbol or
        // code, which Unit.fromCode takes with any UNIT_MULT, so no text reaching here has one.
        if (written.unitMult() > 0) {
          return "UNIT_MEASURE '" + unit + "'" + mapped + " already scales by 10^" + written.unitMult()
              + " and UNIT_MULT " + mult + " scales again: 10^" + (written.unitMult() + mult) + " in all; write"
              + " UNIT_MEASURE '" + written.withUnitMult(0) + "' with UNIT_MULT " + (written.unitMult() + mult)
              + ", or '" + written + "' with UNIT_MULT 0 or empty";
        }
      } catch (TextParseException e) {
        // not a written unit at all: unknown, below
      }
    }
    return "UNIT_MEASURE '" + unit + "'" + mapped
        + " is not a known unit code (NUMBER, KM, CNY, PERCENT, MBPS…) or symbol (座, 公里, 万元…)";
  }

  /**
   * Groups the rows by series, then settles each series (see {@link SeriesCleanup}), sharing the work between the
   * team's threads (see {@link Parallel}). What each series drops is counted in {@link #rejections} (which keeps the
   * first by input position, whatever the order) and added to {@link #notUsed} in series order, as one thread would
   * add it.
   */
  public void finish(Parallel team) {
    int regions = catalog.regions.length;
    Series[] all = new Series[series.length * regions];
    for (int i = 0; i < series.length; i++) {
      System.arraycopy(series[i], 0, all, i * regions, regions);
    }
    Series.group(log, all, team);
    SeriesCleanup cleanup = new SeriesCleanup(catalog, style, rejections);
    AtomicReferenceArray<List<NotUsed>> dropped = new AtomicReferenceArray<>(all.length);
    team.forEach(all.length, id -> {
      Series s = all[id];
      if (s != null) {
        dropped.set(id, cleanup.clean(s, id / regions, id % regions));
      }
    });
    for (int id = 0; id < all.length; id++) {
      if (dropped.get(id) != null) {
        notUsed.addAll(dropped.get(id));
      }
    }
  }
}
