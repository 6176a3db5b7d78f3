package io.github.newinfra.benchmarks;

import io.github.newinfra.core.EvaluationOptions;
import io.github.newinfra.model.Accumulation;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Dimension;
import io.github.newinfra.model.Document;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.Unit;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The evaluation's data-heavy part written in SQL on an in-process DuckDB database: per row, unit conversion and
 * the validity checks (finite, not negative, shares within 0–100); per (indicator, region, period) the duplicate
 * check; per target, the latest value of a LEVEL or the sum of a FLOW inside the target's period up to the
 * evaluation date; then ACHIEVED on time (the value as of the due year's end), ACHIEVED_LATE (the first later
 * value that meets the target), INSUFFICIENT_DATA for a flow whose period has gaps and does not prove the target,
 * MISSED, or a LINEAR progress status from the catalog baseline.
 *
 * <p>What it leaves out, and the Java engine does, favours DuckDB: rejections with reasons, overlapping flows,
 * province totals from cities, projections, explanations and roll-ups. Periods arrive as epoch days, already
 * parsed. Not thread-safe.
 */
public final class SqlEvaluation implements AutoCloseable {
  private static final String QUERY = String.join("\n",
      "WITH p AS (SELECT CAST(? AS INTEGER) AS as_of), conv AS (",
      "  SELECT o.indicator, o.region, o.start_day, o.end_day, o.value * pow(10, o.unit_mult) AS v",
      "  FROM obs o JOIN ind i ON i.indicator = o.indicator",
      "  WHERE isfinite(o.value) AND o.value >= 0 AND (NOT i.ratio OR o.value * pow(10, o.unit_mult) <= 100)",
      "), clean AS (",
      "  SELECT indicator, region, start_day, end_day, min(v) AS v FROM conv",
      "  GROUP BY indicator, region, start_day, end_day HAVING min(v) = max(v)",
      "), rows AS (",
      "  SELECT t.target, t.flow, t.due_day, c.start_day, c.end_day, c.v,",
      "    (CASE WHEN t.strict_lo THEN c.v > t.lo ELSE c.v >= t.lo END)",
      "      AND (CASE WHEN t.strict_hi THEN c.v < t.hi ELSE c.v <= t.hi END) AS holds",
      "  FROM tgt t JOIN clean c ON c.indicator = t.indicator AND c.region = t.region, p",
      "  WHERE c.end_day <= p.as_of AND (NOT t.flow OR (c.start_day >= t.period_start AND c.end_day <= t.due_day))",
      "), val AS (",
      "  SELECT target,",
      "    CASE WHEN flow THEN sum(v) ELSE arg_max(v, end_day) END AS v,",
      "    CASE WHEN flow THEN sum(v) ELSE arg_max(v, end_day) FILTER (WHERE end_day <= due_day) END AS v_due,",
      "    arg_min(v, end_day) FILTER (WHERE NOT flow AND end_day > due_day AND holds) AS v_late,",
      "    max(end_day) AS last_day, sum(end_day - start_day + 1) AS covered",
      "  FROM rows GROUP BY target, flow",
      "), rated AS (",
      "  SELECT t.target, val.v, val.v_due, val.v_late, t.lo, t.hi, t.strict_lo, t.strict_hi, t.due_day, p.as_of,",
      "    t.flow AND val.covered < val.last_day - t.period_start + 1 AS gaps_now,",
      "    t.flow AND val.covered < t.due_day - t.period_start + 1 AS gaps_due,",
      "    CASE WHEN isnan(t.baseline) THEN NULL ELSE (val.v - t.baseline) / nullif(t.goal - t.baseline, 0)",
      "      / nullif((val.last_day - t.baseline_day) / (t.due_day - t.baseline_day), 0) END AS ratio",
      "  FROM tgt t CROSS JOIN p LEFT JOIN val ON val.target = t.target",
      "), decided AS (",
      "  SELECT *, v_due IS NOT NULL",
      "    AND (CASE WHEN strict_lo THEN v_due > lo ELSE v_due >= lo END)",
      "    AND (CASE WHEN strict_hi THEN v_due < hi ELSE v_due <= hi END)",
      "    AND (NOT gaps_now OR isinf(hi)) AS on_time",
      "  FROM rated",
      ")",
      "SELECT target, CASE WHEN on_time THEN v_due WHEN v_late IS NOT NULL THEN v_late ELSE v END AS v, CASE",
      "  WHEN v IS NULL THEN 'NO_DATA'",
      "  WHEN on_time THEN 'ACHIEVED'",
      "  WHEN v_late IS NOT NULL THEN 'ACHIEVED_LATE'",
      "  WHEN as_of > due_day AND gaps_due THEN 'INSUFFICIENT_DATA'",
      "  WHEN as_of > due_day THEN 'MISSED'",
      "  WHEN gaps_now OR ratio IS NULL THEN 'INSUFFICIENT_DATA'",
      "  WHEN ratio >= 0.95 THEN 'ON_TRACK'",
      "  WHEN ratio >= 0.5 THEN 'NEEDS_ACCELERATION'",
      "  WHEN ratio >= -0.1 THEN 'LIMITED_PROGRESS'",
      "  ELSE 'DETERIORATION' END AS status",
      "FROM decided ORDER BY target");

  /** One target's outcome: its value in the indicator's unit, or NaN without data, and its status. */
  public static final class Outcome {
    /** The value in the indicator's unit; NaN without data. */
    public final double value;
    /** The status name. */
    public final String status;

    Outcome(double value, String status) {
      this.value = value;
      this.status = status;
    }

    @Override
    public String toString() {
      return status + "@" + value;
    }
  }

  private final Connection connection;
  private final PreparedStatement query;

  /**
   * Creates an in-memory database holding the catalog's quantitative targets and the workload's rows.
   *
   * @param data the catalog
   * @param workload the rows
   * @throws SQLException if DuckDB fails
   */
  public SqlEvaluation(CatalogData data, Workload workload) throws SQLException {
    connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE obs (indicator VARCHAR, region VARCHAR, start_day INTEGER, end_day INTEGER,"
          + " value DOUBLE, unit_mult INTEGER)");
    }
    DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
    try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "obs")) {
      for (int r = 0; r < workload.rows; r++) {
        a.beginRow();
        a.append(workload.indicators[workload.indicator[r]]);
        a.append(workload.regions[workload.region[r]]);
        a.append(workload.day[r]);
        a.append(workload.day[r]);
        a.append(workload.value[r]);
        a.append(0);
        a.endRow();
      }
    }
    catalogTables(data);
    query = connection.prepareStatement(QUERY);
  }

  /**
   * Creates an in-memory database holding the catalog's quantitative targets, over an SDMX-CSV file of daily
   * observations ({@code INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE}, periods {@code YYYY-MM-DD}) that DuckDB's
   * {@code read_csv} reads on every {@link #evaluate} — the file-to-result path, as the command-line tool runs it.
   *
   * @param data the catalog
   * @param csv the file
   * @throws SQLException if DuckDB fails
   */
  public SqlEvaluation(CatalogData data, Path csv) throws SQLException {
    connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = connection.createStatement()) {
      s.execute(obsView(csv));
    }
    catalogTables(data);
    query = connection.prepareStatement(QUERY);
  }

  /** The two catalog tables' definitions. */
  private static final String IND_TABLE = "CREATE TABLE ind (indicator VARCHAR, ratio BOOLEAN)";
  private static final String TGT_TABLE = "CREATE TABLE tgt (target VARCHAR, indicator VARCHAR, region VARCHAR,"
      + " flow BOOLEAN, lo DOUBLE, hi DOUBLE, strict_lo BOOLEAN, strict_hi BOOLEAN, goal DOUBLE, baseline DOUBLE,"
      + " baseline_day INTEGER, period_start INTEGER, due_day INTEGER)";

  /** Creates and fills the indicator and target tables. */
  private void catalogTables(CatalogData data) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(IND_TABLE);
      s.execute(TGT_TABLE);
    }
    DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
    try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "ind")) {
      for (Indicator i : data.indicators()) {
        a.beginRow();
        a.append(i.id().value());
        a.append(i.unit().dimension() == Dimension.RATIO);
        a.endRow();
      }
    }
    try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "tgt")) {
      for (TargetRow t : targetRows(data)) {
        a.beginRow();
        for (Object v : t.values()) {
          if (v instanceof String) {
            a.append((String) v);
          } else if (v instanceof Boolean) {
            a.append((boolean) v);
          } else if (v instanceof Double) {
            a.append((double) v);
          } else {
            a.append((int) v);
          }
        }
        a.endRow();
      }
    }
  }

  /**
   * The whole evaluation of an SDMX-CSV file of daily observations as one SQL script for any DuckDB client (its
   * command-line shell, its Python package): the catalog tables with their rows, a view reading the file with
   * {@code read_csv}, and the query as of {@code asOf}, whose result is the last statement's.
   *
   * @param data the catalog
   * @param csv the file
   * @param asOf the evaluation date
   * @return the script
   */
  public static String script(CatalogData data, Path csv, LocalDate asOf) {
    StringBuilder sql = new StringBuilder();
    sql.append(obsView(csv)).append(";\n").append(IND_TABLE).append(";\n").append(TGT_TABLE).append(";\n");
    sql.append("INSERT INTO ind VALUES ");
    String sep = "";
    for (Indicator i : data.indicators()) {
      sql.append(sep).append('(').append(text(i.id().value())).append(", ")
          .append(i.unit().dimension() == Dimension.RATIO).append(')');
      sep = ", ";
    }
    sql.append(";\nINSERT INTO tgt VALUES ");
    sep = "";
    for (TargetRow t : targetRows(data)) {
      StringBuilder row = new StringBuilder();
      for (Object v : t.values()) {
        row.append(row.length() == 0 ? "(" : ", ").append(v instanceof String ? text((String) v)
            : v instanceof Double ? number((double) v) : v.toString());
      }
      sql.append(sep).append(row).append(')');
      sep = ",\n  ";
    }
    sql.append(";\n").append(QUERY.replace("CAST(? AS INTEGER)", Long.toString(asOf.toEpochDay()))).append(";\n");
    return sql.toString();
  }

  private static String text(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  private static String number(double d) {
    return Double.isNaN(d) ? "'NaN'::DOUBLE"
        : Double.isInfinite(d) ? (d > 0 ? "'Infinity'::DOUBLE" : "'-Infinity'::DOUBLE") : Double.toString(d);
  }

  /** The view over an SDMX-CSV file of daily observations that DuckDB's {@code read_csv} reads. */
  private static String obsView(Path csv) {
    return "CREATE VIEW obs AS SELECT INDICATOR AS indicator, REF_AREA AS region,"
        + " CAST(TIME_PERIOD - DATE '1970-01-01' AS INTEGER) AS start_day,"
        + " CAST(TIME_PERIOD - DATE '1970-01-01' AS INTEGER) AS end_day, OBS_VALUE AS value, 0 AS unit_mult"
        + " FROM read_csv('" + csv.toAbsolutePath().toString().replace("'", "''") + "', header = true,"
        + " columns = {'INDICATOR': 'VARCHAR', 'REF_AREA': 'VARCHAR', 'TIME_PERIOD': 'DATE', 'OBS_VALUE': 'DOUBLE'})";
  }

  /** One row of the target table: a quantitative target of the catalog whose unit converts to its indicator's. */
  private static final class TargetRow {
    String target;
    String indicator;
    String region;
    boolean flow;
    double lo = Double.NEGATIVE_INFINITY;
    double hi = Double.POSITIVE_INFINITY;
    boolean strictLo;
    boolean strictHi;
    double goal;
    double baseline;
    int baselineDay;
    int periodStart;
    int dueDay;

    /** The row's values in the table's column order. */
    Object[] values() {
      return new Object[] {target, indicator, region, flow, lo, hi, strictLo, strictHi, goal, baseline, baselineDay,
          periodStart, dueDay};
    }
  }

  /** The catalog's quantitative targets as rows of the target table, in catalog order. */
  private static List<TargetRow> targetRows(CatalogData data) {
    Map<String, Indicator> indicators = new LinkedHashMap<>();
    data.indicators().forEach(i -> indicators.put(i.id().value(), i));
    Map<String, Document> documents = new LinkedHashMap<>();
    data.documents().forEach(d -> documents.put(d.id().value(), d));
    List<TargetRow> rows = new ArrayList<>();
    for (Target t : data.targets()) {
      Indicator ind = t.indicator().map(id -> indicators.get(id.value())).orElse(null);
      if (ind == null || t.comparator() == Comparator.QUALITATIVE
          || !t.referenceValue().orElseThrow().unit().isConvertibleTo(ind.unit())) {
        continue;
      }
      Unit iu = ind.unit();
      TargetRow r = new TargetRow();
      r.flow = ind.accumulation() == Accumulation.FLOW;
      r.dueDay = (int) LocalDate.of(t.dueYear(), 12, 31).toEpochDay();
      Document d = documents.get(t.id().document().value());
      r.periodStart = t.baseline().isPresent()
          ? (int) t.baseline().get().period().end().toEpochDay() + 1
          : (int) LocalDate.of(d == null ? t.dueYear() : Math.min(d.periodStart(), t.dueYear()), 1, 1)
              .toEpochDay();
      r.target = t.id().value();
      r.indicator = ind.id().value();
      r.region = t.region().value();
      double reference = t.referenceValue().orElseThrow().to(iu).value().doubleValue();
      switch (t.comparator()) {
        case AT_LEAST:
        case GREATER_THAN:
          r.lo = reference;
          break;
        case AT_MOST:
        case LESS_THAN:
          r.hi = reference;
          break;
        case APPROXIMATELY:
          double tolerance = t.tolerance().orElseThrow().doubleValue();
          r.lo = reference * (1 - tolerance);
          r.hi = reference * (1 + tolerance);
          break;
        case BETWEEN:
          r.lo = reference;
          r.hi = t.upperValue().orElseThrow().to(iu).value().doubleValue();
          break;
        default: // COVERAGE: full, or "basically" at the options' share
          r.lo = t.basically() ? EvaluationOptions.defaults().basicCoverage()
              * Quantity.parse("1%").to(iu).value().doubleValue() : reference;
      }
      r.strictLo = t.comparator() == Comparator.GREATER_THAN;
      r.strictHi = t.comparator() == Comparator.LESS_THAN;
      r.goal = reference;
      Optional<Double> base = t.baseline().map(b -> b.value().to(iu).value().doubleValue());
      if (base.isPresent() && !r.flow) {
        r.baseline = base.get();
        r.baselineDay = (int) t.baseline().get().period().end().toEpochDay();
      } else {
        r.baseline = r.flow ? 0.0 : Double.NaN;
        r.baselineDay = r.periodStart - 1;
      }
      rows.add(r);
    }
    return rows;
  }

  /**
   * Runs the evaluation.
   *
   * @param asOf the evaluation date
   * @return per target id, in id order, its outcome
   * @throws SQLException if DuckDB fails
   */
  public Map<String, Outcome> evaluate(LocalDate asOf) throws SQLException {
    int day = (int) asOf.toEpochDay();
    query.setInt(1, day);
    Map<String, Outcome> out = new LinkedHashMap<>();
    try (ResultSet rs = query.executeQuery()) {
      while (rs.next()) {
        double v = rs.getDouble(2);
        out.put(rs.getString(1), new Outcome(rs.wasNull() ? Double.NaN : v, rs.getString(3)));
      }
    }
    return out;
  }

  @Override
  public void close() throws SQLException {
    query.close();
    connection.close();
  }
}
