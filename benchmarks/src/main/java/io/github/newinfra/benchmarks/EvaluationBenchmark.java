package io.github.newinfra.benchmarks;

import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.Evaluator;
import io.github.newinfra.core.Method;
import io.github.newinfra.core.ObservationSource;
import io.github.newinfra.core.ObservationTable;
import io.github.newinfra.model.CatalogData;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole-plan evaluation of the built-in catalog's targets against {@code rows} observations (see
 * {@link Workload}), four ways: the engine on an {@link ObservationTable}, the engine on SDMX-CSV text, the same
 * evaluation in SQL on DuckDB, and a plain primitive loop doing the least any evaluation must (latest value per
 * series). Divide the time by {@code rows} for the cost per observation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch", "--enable-native-access=ALL-UNNAMED"})
public class EvaluationBenchmark {
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  /** The number of observations. */
  @Param({"100000", "1000000", "10000000"})
  public int rows;

  private Workload workload;
  private Evaluator evaluator;
  private ObservationTable table;
  private String csv;
  private byte[] csvBytes;
  private SqlEvaluation sql;
  private int[] latestDay;
  private double[] latestValue;

  /**
   * Builds the rows in every form, and the DuckDB database.
   *
   * @throws SQLException if DuckDB fails
   */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    CatalogData data = Catalog.builtIn().data();
    workload = new Workload(data, rows, AS_OF);
    evaluator = Evaluator.of(data).asOf(AS_OF).method(Method.LINEAR);
    table = workload.table();
    if (rows <= 1_000_000) {
      csv = workload.csv();
      csvBytes = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    sql = new SqlEvaluation(data, workload);
    int series = workload.indicators.length * workload.regions.length;
    latestDay = new int[series];
    latestValue = new double[series];
  }

  /**
   * Closes the database.
   *
   * @throws SQLException if DuckDB fails
   */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    sql.close();
  }

  /**
   * The engine on a dictionary-encoded table.
   *
   * @return the report
   */
  @Benchmark
  public EvaluationReport engineTable() {
    return evaluator.evaluate(ObservationSource.of(table));
  }

  /**
   * The engine reading SDMX-CSV as a file is read: UTF-8 bytes (up to 10^6 rows; the text of 10^7 rows is not
   * built).
   *
   * @return the report, or null when the size is not run
   */
  @Benchmark
  public EvaluationReport engineCsv() {
    return csv == null ? null
        : evaluator.evaluate(ObservationSource.csv(new java.io.ByteArrayInputStream(csvBytes), "rows.csv"));
  }

  /**
   * The engine reading the same SDMX-CSV already decoded, from a {@code Reader} (up to 10^6 rows).
   *
   * @return the report, or null when the size is not run
   */
  @Benchmark
  public EvaluationReport engineCsvText() {
    return csv == null ? null : evaluator.evaluate(ObservationSource.csv(new StringReader(csv), "rows.csv"));
  }

  /**
   * The same evaluation in SQL on DuckDB, rows already loaded.
   *
   * @return the outcomes
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public Map<String, SqlEvaluation.Outcome> duckDb() throws SQLException {
    return sql.evaluate(AS_OF);
  }

  /**
   * The floor: one pass over primitive columns keeping each series' latest value up to the evaluation date.
   *
   * @return a checksum of the latest values
   */
  @Benchmark
  public double primitiveLoop() {
    int regions = workload.regions.length;
    int asOf = (int) AS_OF.toEpochDay();
    int[] ind = workload.indicator;
    int[] reg = workload.region;
    int[] day = workload.day;
    double[] value = workload.value;
    java.util.Arrays.fill(latestDay, Integer.MIN_VALUE);
    for (int r = 0; r < workload.rows; r++) {
      int s = ind[r] * regions + reg[r];
      int d = day[r];
      if (d <= asOf && d >= latestDay[s]) {
        latestDay[s] = d;
        latestValue[s] = value[r];
      }
    }
    double sum = 0;
    for (double v : latestValue) {
      sum += v;
    }
    return sum;
  }

  /**
   * Building the table from the columns, i.e. what loading costs before {@link #engineTable}.
   *
   * @return the table
   */
  @Benchmark
  public ObservationTable buildTable() {
    return workload.table();
  }
}
