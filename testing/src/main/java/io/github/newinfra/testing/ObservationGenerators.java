package io.github.newinfra.testing;

import com.google.common.collect.ImmutableList;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Dimension;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.Region;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generators of observation input as integrators write it: rows of the SDMX-CSV-style columns
 * ({@code INDICATOR, REF_AREA, TIME_PERIOD, OBS_VALUE, UNIT_MEASURE, UNIT_MULT, OBS_STATUS}) and their CSV and JSON
 * texts, for a given catalog.
 *
 * <p>The rows of {@link #rows} are valid for the catalog they are drawn from: known indicator and region, a
 * parseable period, a finite value in range for the indicator's unit (never negative; shares at most 100%), an
 * optional UNIT_MULT that rescales the written value exactly, an SDMX status that is neither missing nor forecast,
 * and no two rows of the same indicator and region whose periods overlap. An evaluation engine therefore accepts
 * every one of them; feed the texts through {@link MalformedInputs#mutate} to get input it must survive.
 *
 * <p>This class is stateless and thread-safe; {@link Row} is immutable and thread-safe.
 */
public final class ObservationGenerators {
  /** The columns {@link #csv} writes, in order. */
  public static final List<String> CSV_COLUMNS = ImmutableList.of(
      "INDICATOR", "REF_AREA", "TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE", "UNIT_MULT", "OBS_STATUS");

  /** The SDMX observation statuses a reader must accept (A normal, P provisional, E estimated, …). */
  public static final List<String> USABLE_STATUSES = ImmutableList.of("", "A", "B", "D", "E", "I", "N", "P", "S",
      "U", "V");

  private ObservationGenerators() {}

  /**
   * One observation as written in the input columns: every field is text, exactly as it appears in a file.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Row {
    private final String indicator;
    private final String region;
    private final String period;
    private final String value;
    private final String unit;
    private final String unitMult;
    private final String status;

    private Row(String indicator, String region, String period, String value, String unit, String unitMult,
        String status) {
      this.indicator = Objects.requireNonNull(indicator, "indicator");
      this.region = Objects.requireNonNull(region, "region");
      this.period = Objects.requireNonNull(period, "period");
      this.value = Objects.requireNonNull(value, "value");
      this.unit = Objects.requireNonNull(unit, "unit");
      this.unitMult = Objects.requireNonNull(unitMult, "unitMult");
      this.status = Objects.requireNonNull(status, "status");
    }

    /**
     * Makes a row from its field texts; empty text means an empty field.
     *
     * @param indicator the INDICATOR field
     * @param region the REF_AREA field
     * @param period the TIME_PERIOD field
     * @param value the OBS_VALUE field
     * @param unit the UNIT_MEASURE field
     * @param unitMult the UNIT_MULT field
     * @param status the OBS_STATUS field
     * @return the row
     * @throws NullPointerException if a field is null
     */
    public static Row of(String indicator, String region, String period, String value, String unit,
        String unitMult, String status) {
      return new Row(indicator, region, period, value, unit, unitMult, status);
    }

    /**
     * Returns the INDICATOR field.
     *
     * @return the text
     */
    public String indicator() {
      return indicator;
    }

    /**
     * Returns the REF_AREA field.
     *
     * @return the text
     */
    public String region() {
      return region;
    }

    /**
     * Returns the TIME_PERIOD field.
     *
     * @return the text
     */
    public String period() {
      return period;
    }

    /**
     * Returns the OBS_VALUE field.
     *
     * @return the text
     */
    public String value() {
      return value;
    }

    /**
     * Returns the UNIT_MEASURE field.
     *
     * @return the text, empty for the indicator's unit
     */
    public String unit() {
      return unit;
    }

    /**
     * Returns the UNIT_MULT field.
     *
     * @return the text, empty for 0
     */
    public String unitMult() {
      return unitMult;
    }

    /**
     * Returns the OBS_STATUS field.
     *
     * @return the text, empty for none
     */
    public String status() {
      return status;
    }

    /**
     * Returns the value in the indicator's own unit: OBS_VALUE times ten to the UNIT_MULT.
     *
     * @return the exact value
     */
    public BigDecimal scaledValue() {
      BigDecimal v = new BigDecimal(value);
      return unitMult.isEmpty() ? v : v.scaleByPowerOfTen(Integer.parseInt(unitMult));
    }

    /**
     * Returns the row as one CSV line in the order of {@link #CSV_COLUMNS}, without a line break; fields that hold
     * a comma, a quote or a line break are quoted.
     *
     * @return the line
     */
    public String toCsvLine() {
      StringBuilder b = new StringBuilder();
      String[] fields = {indicator, region, period, value, unit, unitMult, status};
      for (int i = 0; i < fields.length; i++) {
        if (i > 0) {
          b.append(',');
        }
        String f = fields[i];
        if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
          b.append('"').append(f.replace("\"", "\"\"")).append('"');
        } else {
          b.append(f);
        }
      }
      return b.toString();
    }

    /**
     * Returns the row as a JSON object in the observation's JSON form ({@code indicator, region, period, value,
     * unit, unitMult, status}); the value is a JSON number, empty fields are left out.
     *
     * @return the JSON text
     */
    public String toJson() {
      StringBuilder b = new StringBuilder("{");
      field(b, "indicator", indicator, true);
      field(b, "region", region, true);
      field(b, "period", period, true);
      field(b, "value", value, false);
      field(b, "unit", unit, true);
      field(b, "unitMult", unitMult, false);
      field(b, "status", status, true);
      return b.append('}').toString();
    }

    private static void field(StringBuilder b, String name, String text, boolean quoted) {
      if (text.isEmpty()) {
        return;
      }
      if (b.length() > 1) {
        b.append(',');
      }
      b.append('"').append(name).append("\":");
      if (quoted) {
        b.append('"');
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if (c == '"' || c == '\\') {
            b.append('\\').append(c);
          } else if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
        b.append('"');
      } else {
        b.append(text);
      }
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      if (!(other instanceof Row)) {
        return false;
      }
      Row o = (Row) other;
      return indicator.equals(o.indicator) && region.equals(o.region) && period.equals(o.period)
          && value.equals(o.value) && unit.equals(o.unit) && unitMult.equals(o.unitMult) && status.equals(o.status);
    }

    @Override
    public int hashCode() {
      return Objects.hash(indicator, region, period, value, unit, unitMult, status);
    }

    @Override
    public String toString() {
      return toCsvLine();
    }
  }

  /**
   * Returns up to {@code maxRows} valid rows for a catalog (see the class description), in random order. Each
   * (indicator, region) series uses one frequency (years, quarters or months between 2019 and 2027) and distinct
   * periods, so no two rows of a series overlap or share a key.
   *
   * @param random the source of randomness
   * @param catalog the catalog whose indicators and regions the rows use; it must have at least one of each
   * @param maxRows the largest number of rows, at least 0
   * @return the rows; empty when {@code maxRows} is 0
   * @throws IllegalArgumentException if the catalog has no indicator or no region, or {@code maxRows} is negative
   */
  public static List<Row> rows(RandomGenerator random, CatalogData catalog, int maxRows) {
    if (catalog.indicators().isEmpty() || catalog.regions().isEmpty()) {
      throw new IllegalArgumentException("A catalog without indicators or regions has no valid observations");
    }
    if (maxRows < 0) {
      throw new IllegalArgumentException("Invalid maxRows " + maxRows + ": must be at least 0");
    }
    List<Row> rows = new ArrayList<>();
    Set<String> series = new HashSet<>();
    int attempts = 0;
    while (rows.size() < maxRows && attempts++ < maxRows * 4 + 8) {
      Indicator indicator = ModelGenerators.oneOf(random, catalog.indicators());
      Region region = ModelGenerators.oneOf(random, catalog.regions());
      if (!series.add(indicator.id().value() + "|" + region.code().value())) {
        continue;
      }
      for (Period p : periods(random, 1 + random.nextInt(Math.min(6, maxRows - rows.size())))) {
        rows.add(row(random, indicator, region, p));
      }
    }
    for (int i = rows.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      rows.set(i, rows.set(j, rows.get(i)));
    }
    return ImmutableList.copyOf(rows);
  }

  /** Distinct periods of one frequency, in increasing order. */
  private static List<Period> periods(RandomGenerator random, int n) {
    List<Period> periods = new ArrayList<>();
    int kind = random.nextInt(3);
    int perYear = kind == 0 ? 1 : kind == 1 ? 4 : 12;
    int slot = random.nextInt(4 * perYear);
    for (int i = 0; i < n; i++) {
      int year = 2019 + slot / perYear;
      int within = slot % perYear + 1;
      periods.add(kind == 0 ? Period.ofYear(year) : kind == 1 ? Period.ofQuarter(year, within)
          : Period.ofMonth(year, within));
      slot += 1 + random.nextInt(3);
    }
    return periods;
  }

  private static Row row(RandomGenerator random, Indicator indicator, Region region, Period period) {
    boolean ratio = indicator.unit().dimension() == Dimension.RATIO;
    double raw = ratio ? random.nextDouble() * 100 : random.nextDouble() * 100_000;
    BigDecimal value = BigDecimal.valueOf(raw).setScale(ratio ? 2 : random.nextInt(3), RoundingMode.DOWN);
    int mult = ratio || random.nextInt(3) > 0 ? 0 : random.nextInt(5);
    String unitText = random.nextBoolean() ? "" : indicator.unit().toString();
    if (indicator.unit().unitMult() != 0 && !unitText.isEmpty()) {
      unitText = "";
    }
    String status = ModelGenerators.oneOf(random, USABLE_STATUSES);
    BigDecimal written = value.scaleByPowerOfTen(-mult).stripTrailingZeros();
    return Row.of(indicator.id().value(), region.code().value(), period.toString(), written.toPlainString(),
        unitText, mult == 0 && random.nextBoolean() ? "" : Integer.toString(mult), status);
  }

  /**
   * Returns a CSV text: the header of {@link #CSV_COLUMNS} and one line per row, each ended by {@code \n}.
   *
   * @param rows the rows
   * @return the text
   */
  public static String csv(List<Row> rows) {
    StringBuilder b = new StringBuilder(String.join(",", CSV_COLUMNS)).append('\n');
    for (Row r : rows) {
      b.append(r.toCsvLine()).append('\n');
    }
    return b.toString();
  }

  /**
   * Returns a JSON text: an array of the rows' JSON objects, one per line.
   *
   * @param rows the rows
   * @return the text
   */
  public static String json(List<Row> rows) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < rows.size(); i++) {
      b.append(i == 0 ? "\n  " : ",\n  ").append(rows.get(i).toJson());
    }
    return b.append("\n]\n").toString();
  }
}
