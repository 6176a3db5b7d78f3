package io.github.newinfra.benchmarks;

import io.github.newinfra.core.ObservationTable;
import io.github.newinfra.model.Accumulation;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Dimension;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.Region;
import java.time.LocalDate;
import java.util.List;

/**
 * A synthetic, deterministic set of observations over a catalog: every indicator in every region, one value per
 * day, each series ending on the same last day, series interleaved row by row. Each row is valid, so every engine
 * does the full work on it. Values grow steadily; shares stay within 0–100.
 */
public final class Workload {
  /** The first day of the longest series. */
  public final LocalDate firstDay;
  /** The number of rows. */
  public final int rows;
  /** Indicator ids, by indicator code. */
  public final String[] indicators;
  /** Region codes, by region code index. */
  public final String[] regions;
  /** Per indicator: a share (0–100). */
  public final boolean[] ratio;
  /** Per indicator: a FLOW (summed over periods) rather than a LEVEL. */
  public final boolean[] flow;
  /** Per row: indicator code. */
  public final int[] indicator;
  /** Per row: region code. */
  public final int[] region;
  /** Per row: the day, as an epoch day. */
  public final int[] day;
  /** Per row: the value, in the indicator's own unit. */
  public final double[] value;

  /**
   * Generates the rows.
   *
   * @param data the catalog whose indicators and regions are used
   * @param rows the number of rows
   * @param lastDay the day the series end on
   */
  public Workload(CatalogData data, int rows, LocalDate lastDay) {
    List<Indicator> inds = data.indicators();
    List<Region> regs = data.regions();
    this.rows = rows;
    indicators = inds.stream().map(i -> i.id().value()).toArray(String[]::new);
    regions = regs.stream().map(r -> r.code().value()).toArray(String[]::new);
    ratio = new boolean[indicators.length];
    flow = new boolean[indicators.length];
    for (int i = 0; i < indicators.length; i++) {
      ratio[i] = inds.get(i).unit().dimension() == Dimension.RATIO;
      flow[i] = inds.get(i).accumulation() == Accumulation.FLOW;
    }
    int series = indicators.length * regions.length;
    firstDay = lastDay.minusDays(days() - 1);
    int first = (int) firstDay.toEpochDay();
    indicator = new int[rows];
    region = new int[rows];
    day = new int[rows];
    value = new double[rows];
    for (int r = 0; r < rows; r++) {
      int s = r % series;
      int k = r / series;
      indicator[r] = s / regions.length;
      region[r] = s % regions.length;
      day[r] = first + k;
      value[r] = ratio[indicator[r]] ? (k % 10_000) / 100.0 : 1_000 + k * 1.5 + s;
    }
  }

  /**
   * Returns the number of distinct days, i.e. the length of the longest series.
   *
   * @return the day count
   */
  public int days() {
    int series = indicators.length * regions.length;
    return (rows + series - 1) / series;
  }

  /**
   * Returns the rows as an observation table, periods written as {@code YYYY-MM-DD}.
   *
   * @return the table
   */
  public ObservationTable table() {
    String[] periods = new String[days()];
    for (int k = 0; k < periods.length; k++) {
      periods[k] = firstDay.plusDays(k).toString();
    }
    int first = (int) firstDay.toEpochDay();
    ObservationTable.Builder b = ObservationTable.builder();
    for (int r = 0; r < rows; r++) {
      b.add(indicators[indicator[r]], regions[region[r]], periods[day[r] - first], value[r]);
    }
    return b.build();
  }

  /**
   * Returns the rows as SDMX-CSV text.
   *
   * @return the text, with a header line
   */
  public String csv() {
    StringBuilder out = new StringBuilder(rows * 40).append("INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE\n");
    for (int r = 0; r < rows; r++) {
      out.append(indicators[indicator[r]]).append(',').append(regions[region[r]]).append(',')
          .append(LocalDate.ofEpochDay(day[r])).append(',').append(value[r]).append('\n');
    }
    return out.toString();
  }

  /**
   * Writes the rows as an SDMX-CSV file, as {@link #csv()} would return them, without holding the text.
   *
   * @param out where to write; not closed
   * @throws java.io.IOException if writing fails
   */
  public void writeCsv(java.io.Writer out) throws java.io.IOException {
    out.write("INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE\n");
    StringBuilder line = new StringBuilder(64);
    for (int r = 0; r < rows; r++) {
      line.setLength(0);
      line.append(indicators[indicator[r]]).append(',').append(regions[region[r]]).append(',')
          .append(LocalDate.ofEpochDay(day[r])).append(',').append(value[r]).append('\n');
      out.append(line);
    }
  }
}
