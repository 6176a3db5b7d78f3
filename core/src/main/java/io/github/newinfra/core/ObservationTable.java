package io.github.newinfra.core;

import io.github.newinfra.core.internal.reading.Columns;
import io.github.newinfra.model.Unit;
import io.github.newinfra.model.ValueQualifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Observations in columnar, dictionary-encoded form: the fast way to hand the evaluator many values held in
 * memory.
 *
 * <p>The builder keeps one small dictionary per text column (indicator, region, period, unit with UNIT_MULT) and
 * per row only integer codes, a status and a {@code double} value. The evaluator then resolves each distinct
 * text once — indicator and region to the catalog's entries, period to days, each (indicator, unit) pair to one
 * conversion factor — instead of once per row, so evaluating a table costs a few array reads per row.
 *
 * <p>Surrounding whitespace of every text is stripped, as a CSV reader strips it from every field, so a table and
 * a CSV file with the same rows give the same evaluation: {@code " 320000 "} is region {@code 320000} in both.
 * Nothing is checked against a catalog while building: a row whose indicator, region, period, unit, status or
 * value the evaluation cannot use is rejected by the evaluation, with the same reason and message as the same
 * row in a CSV file, and located as {@code #i}, its 0-based position in the table. Tables are immutable and
 * thread-safe; builders are not thread-safe.
 *
 * <pre>{@code
 * ObservationTable.Builder rows = ObservationTable.builder();
 * rows.add("base_stations_5g", "320000", "2023", 18.7, "万座", 0, ObsStatus.A);
 * rows.add("rsu_road_length", "320000", "2023", 1200);
 * EvaluationReport report = Evaluator.of(Catalog.builtIn().data()).evaluate(ObservationSource.of(rows.build()));
 * }</pre>
 */
public final class ObservationTable {
  private final Columns columns;

  private ObservationTable(Columns columns) {
    this.columns = columns;
  }

  /**
   * Starts an empty table.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the number of rows.
   *
   * @return the row count
   */
  public int size() {
    return columns.size();
  }

  Columns columns() {
    return columns;
  }

  @Override
  public String toString() {
    return "ObservationTable[" + columns.size() + " rows]";
  }

  /** Collects rows for an {@link ObservationTable}. Not thread-safe; {@link #build()} may be called repeatedly. */
  public static final class Builder {
    /** The most rows one table holds. */
    public static final int MAX_ROWS = Integer.MAX_VALUE - 8;

    private final Dictionary indicators = new Dictionary();
    private final Dictionary regions = new Dictionary();
    private final Dictionary periods = new Dictionary();
    private final Dictionary units = new Dictionary();
    private String[] unitTexts = new String[8];
    private int[] unitMults = new int[8];
    private int size;
    private int[] indicator = new int[16];
    private int[] region = new int[16];
    private int[] period = new int[16];
    private int[] unit = new int[16];
    private byte[] status = new byte[16];
    private double[] value = new double[16];
    private final Dictionary sources = new Dictionary();
    /** Null until a row has a PUBLISHED date or a SOURCE. */
    private int[] published;
    private int[] source;

    private Builder() {
    }

    /**
     * Adds a value in the indicator's own unit with status A.
     *
     * @param indicator the indicator id, as in the catalog
     * @param region the GB/T 2260 region code
     * @param period the period text: {@code YYYY}, {@code YYYY-Qn}, {@code YYYY-MM} or {@code YYYY-MM-DD}
     * @param value the value
     * @return this builder
     * @throws NullPointerException if a text is null
     * @throws IllegalStateException if the table already holds {@link #MAX_ROWS} rows
     */
    public Builder add(String indicator, String region, String period, double value) {
      return add(indicator, region, period, value, "", 0, ObsStatus.A);
    }

    /**
     * Adds a value with its unit, magnitude and status, as the columns of an SDMX-CSV row.
     *
     * @param indicator the indicator id, as in the catalog
     * @param region the GB/T 2260 region code
     * @param period the period text: {@code YYYY}, {@code YYYY-Qn}, {@code YYYY-MM} or {@code YYYY-MM-DD}
     * @param value the value
     * @param unit the unit code or symbol ({@code KM}, {@code 万座}, …); empty for the indicator's own unit
     * @param unitMult the power of ten the value is in (SDMX UNIT_MULT)
     * @param status the observation status
     * @return this builder
     * @throws NullPointerException if a text or the status is null
     * @throws IllegalStateException if the table already holds {@link #MAX_ROWS} rows
     */
    public Builder add(String indicator, String region, String period, double value, String unit, int unitMult,
        ObsStatus status) {
      return add(indicator, region, period, value, unit, unitMult, status, Optional.empty(), "");
    }

    /**
     * Adds a value with its unit, magnitude, status, publication date and source, as the columns of an SDMX-CSV
     * row with {@code PUBLISHED} and {@code SOURCE}. Of two rows for one indicator, region and period, the later
     * publication supersedes the earlier.
     *
     * @param indicator the indicator id, as in the catalog
     * @param region the GB/T 2260 region code
     * @param period the period text: {@code YYYY}, {@code YYYY-Qn}, {@code YYYY-MM} or {@code YYYY-MM-DD}
     * @param value the value
     * @param unit the unit code or symbol ({@code KM}, {@code 万座}, …); empty for the indicator's own unit
     * @param unitMult the power of ten the value is in (SDMX UNIT_MULT)
     * @param status the observation status
     * @param published the date the value was published, if known
     * @param source where the value was published, e.g. an address; empty for none
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the table already holds {@link #MAX_ROWS} rows
     */
    public Builder add(String indicator, String region, String period, double value, String unit, int unitMult,
        ObsStatus status, Optional<LocalDate> published, String source) {
      return add(indicator, region, period, value, unit, unitMult, status, ValueQualifier.EXACT, published, source);
    }

    /**
     * Adds a value with its unit, magnitude, status, qualifier, publication date and source, as the columns of an
     * SDMX-CSV row with {@code QUALIFIER}, {@code PUBLISHED} and {@code SOURCE}.
     *
     * @param indicator the indicator id, as in the catalog
     * @param region the GB/T 2260 region code
     * @param period the period text: {@code YYYY}, {@code YYYY-Qn}, {@code YYYY-MM}, {@code YYYY-MM-DD} or a time
     *     range such as {@code 2020-01/2020-09}
     * @param value the value
     * @param unit the unit code or symbol ({@code KM}, {@code 万座}, …); empty for the indicator's own unit
     * @param unitMult the power of ten the value is in (SDMX UNIT_MULT)
     * @param status the observation status
     * @param qualifier how the value is hedged: 超过 and 以上 make it a lower bound, 基本 a value basically reached
     * @param published the date the value was published, if known
     * @param source where the value was published, e.g. an address; empty for none
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the table already holds {@link #MAX_ROWS} rows
     */
    public Builder add(String indicator, String region, String period, double value, String unit, int unitMult,
        ObsStatus status, ValueQualifier qualifier, Optional<LocalDate> published, String source) {
      Objects.requireNonNull(qualifier, "qualifier");
      Objects.requireNonNull(published, "published");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(region, "region");
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(status, "status");
      if (size == this.indicator.length) {
        grow();
      }
      this.indicator[size] = indicators.code(indicator.strip());
      this.region[size] = regions.code(region.strip());
      this.period[size] = periods.code(period.strip());
      this.unit[size] = unitCode(unit.strip(), unitMult);
      this.status[size] = (byte) (status.ordinal() | qualifier.ordinal() << 4);
      this.value[size] = value;
      if ((published.isPresent() || !source.isBlank()) && this.published == null) {
        this.published = new int[this.indicator.length];
        Arrays.fill(this.published, Integer.MIN_VALUE);
        this.source = new int[this.indicator.length];
        Arrays.fill(this.source, -1);
      }
      if (this.published != null) {
        this.published[size] = published.map(ObservationTable::day).orElse(Integer.MIN_VALUE);
        this.source[size] = source.isBlank() ? -1 : sources.code(source.strip());
      }
      size++;
      return this;
    }

    /**
     * Adds an observation.
     *
     * @param observation the observation
     * @return this builder
     * @throws NullPointerException if the observation is null
     * @throws IllegalStateException if the table already holds {@link #MAX_ROWS} rows
     */
    public Builder add(Observation observation) {
      Objects.requireNonNull(observation, "observation");
      return add(observation.indicator().value(), observation.region().value(), observation.period().toString(),
          observation.value(), observation.unit().map(Unit::code).orElse(""), observation.unitMult(),
          observation.status(), observation.qualifier(), observation.published(), observation.source().orElse(""));
    }

    /**
     * Returns the number of rows added so far.
     *
     * @return the row count
     */
    public int size() {
      return size;
    }

    /**
     * Builds a table of the rows added so far; the builder can go on adding.
     *
     * @return the table
     */
    public ObservationTable build() {
      return new ObservationTable(new Columns(size, indicators.texts(), regions.texts(), periods.texts(),
          Arrays.copyOf(unitTexts, units.size()), Arrays.copyOf(unitMults, units.size()), Arrays.copyOf(indicator, size),
          Arrays.copyOf(region, size), Arrays.copyOf(period, size), Arrays.copyOf(unit, size),
          Arrays.copyOf(status, size), Arrays.copyOf(value, size),
          published == null ? null : Arrays.copyOf(published, size), sources.texts(),
          source == null ? null : Arrays.copyOf(source, size)));
    }

    private int unitCode(String unit, int unitMult) {
      int before = units.size();
      // The key puts the whole number first: the unit text after the first colon is exactly the caller's.
      int code = units.code(unitMult + ":" + unit);
      if (code == before) {
        if (code == unitMults.length) {
          unitMults = Arrays.copyOf(unitMults, code * 2);
          unitTexts = Arrays.copyOf(unitTexts, code * 2);
        }
        unitMults[code] = unitMult;
        unitTexts[code] = unit;
      }
      return code;
    }

    private void grow() {
      if (size == MAX_ROWS) {
        throw new IllegalStateException("An observation table holds at most " + MAX_ROWS + " rows");
      }
      int n = (int) Math.min(MAX_ROWS, size * 2L);
      indicator = Arrays.copyOf(indicator, n);
      region = Arrays.copyOf(region, n);
      period = Arrays.copyOf(period, n);
      unit = Arrays.copyOf(unit, n);
      status = Arrays.copyOf(status, n);
      value = Arrays.copyOf(value, n);
      if (published != null) {
        int old = published.length;
        published = Arrays.copyOf(published, n);
        Arrays.fill(published, old, n, Integer.MIN_VALUE);
        source = Arrays.copyOf(source, n);
        Arrays.fill(source, old, n, -1);
      }
    }
  }

  /**
   * A date as the day the table stores: its epoch day, or for a date beyond what an {@code int} holds (past the
   * year 5.8 million either way) the nearest day that does, which is as far out of the years 1900 to 9999 and is
   * rejected as such, never wrapped into them.
   */
  static int day(LocalDate date) {
    long day = date.toEpochDay();
    return (int) Math.max(Integer.MIN_VALUE + 1L, Math.min(Integer.MAX_VALUE, day));
  }

  /** Distinct texts in first-seen order. */
  private static final class Dictionary {
    private final Map<String, Integer> codes = new HashMap<>();
    private String[] texts = new String[8];

    int code(String text) {
      Integer code = codes.get(text);
      if (code == null) {
        code = codes.size();
        codes.put(text, code);
        if (code == texts.length) {
          texts = Arrays.copyOf(texts, code * 2);
        }
        texts[code] = text;
      }
      return code;
    }

    int size() {
      return codes.size();
    }

    String[] texts() {
      String[] out = new String[codes.size()];
      System.arraycopy(texts, 0, out, 0, out.length);
      return out;
    }
  }
}
