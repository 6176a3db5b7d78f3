package io.github.newinfra.benchmarks;

import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.model.CatalogData;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;

/**
 * The end-to-end comparison's two Java halves, run by {@code benchmarks/e2e.sh}:
 * {@code write ROWS FILE} writes the {@link Workload} of the built-in catalog as an SDMX-CSV file (series ending
 * on 2025-06-30), and {@code duckdb FILE} evaluates that file the way {@link SqlEvaluation} does, with DuckDB's
 * {@code read_csv} reading it, printing the time from opening the database to the last result row;
 * {@code sql FILE OUT} writes that evaluation as one SQL script ({@link SqlEvaluation#script}) for DuckDB's own
 * clients, which {@code e2e.sh} runs through DuckDB's Python package, as a user would.
 */
public final class EndToEnd {
  /** The evaluation date of the comparison. */
  public static final LocalDate AS_OF = EvaluationBenchmark.AS_OF;

  private EndToEnd() {}

  /**
   * Runs one half.
   *
   * @param args {@code write ROWS FILE}, {@code duckdb FILE} or {@code sql FILE OUT}
   * @throws IOException if the file cannot be written
   * @throws SQLException if DuckDB fails
   */
  public static void main(String[] args) throws IOException, SQLException {
    if (args.length == 3 && args[0].equals("write")) {
      int rows = Integer.parseInt(args[1]);
      Workload workload = new Workload(Catalog.builtIn().data(), rows, AS_OF);
      try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
        workload.writeCsv(out);
      }
      return;
    }
    if (args.length == 3 && args[0].equals("sql")) {
      Files.writeString(Path.of(args[2]), SqlEvaluation.script(Catalog.builtIn().data(), Path.of(args[1]), AS_OF),
          StandardCharsets.UTF_8);
      return;
    }
    if (args.length == 2 && args[0].equals("duckdb")) {
      CatalogData data = Catalog.builtIn().data();
      long start = System.nanoTime();
      Map<String, SqlEvaluation.Outcome> outcomes;
      try (SqlEvaluation sql = new SqlEvaluation(data, Path.of(args[1]))) {
        outcomes = sql.evaluate(AS_OF);
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      long achieved = outcomes.values().stream().filter(o -> o.status.equals("ACHIEVED")).count();
      System.out.println("duckdb: " + outcomes.size() + " targets, " + achieved + " achieved, " + ms
          + " ms from opening the database to the last result");
      return;
    }
    System.err.println("usage: EndToEnd write ROWS FILE | EndToEnd duckdb FILE | EndToEnd sql FILE OUT");
    System.exit(2);
  }
}
