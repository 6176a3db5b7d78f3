package io.github.newinfra.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.core.EvaluationOptions;
import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.Rule;
import io.github.newinfra.core.Evaluator;
import io.github.newinfra.core.ObservationSource;
import io.github.newinfra.core.TargetResult;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.Unit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQL the benchmark runs on DuckDB computes what the engine computes, so the comparison is fair. */
class SqlEvaluationTest {
  private static final LocalDate AS_OF = LocalDate.of(2022, 6, 30);
  /** The rules after the due year that the SQL does not replicate. */
  private static final java.util.Set<Rule> NOT_IN_SQL = java.util.EnumSet.of(Rule.MISSED, Rule.MISSED_LATER,
      Rule.NO_DUE_YEAR_DATA, Rule.BASICALLY_ACHIEVED, Rule.BASICALLY_ACHIEVED_BY_SHARE);

  @Test
  void duckDbAndTheEngineAgreeOnEveryTargetsValueAndDecidedStatus() throws Exception {
    CatalogData data = Catalog.builtIn().data();
    Workload workload = new Workload(data, 994 * 600, AS_OF);
    // The SQL reads the rows alone: the documents' own figures are left out of the engine's evaluation too.
    EvaluationReport report = Evaluator.of(data).asOf(AS_OF)
        .options(EvaluationOptions.builder().documentFigures(false).build())
        .evaluate(ObservationSource.of(workload.table()));
    assertEquals(workload.rows, report.acceptedObservations());
    Map<String, SqlEvaluation.Outcome> sql;
    try (SqlEvaluation duck = new SqlEvaluation(data, workload)) {
      sql = duck.evaluate(AS_OF);
    }
    int compared = 0;
    int withData = 0;
    for (TargetResult r : report.results()) {
      SqlEvaluation.Outcome o = sql.get(r.target().value());
      if (o == null) {
        continue;
      }
      compared++;
      Target t = Catalog.builtIn().target(r.target()).orElseThrow();
      if (NOT_IN_SQL.contains(r.decision().rule())) {
        // The engine decides these on the evidence at the due date (SPEC §5b), showing the due-year value or saying
        // there is none; the SQL stops at the value as of the evaluation date.
        continue;
      }
      Unit iu = Catalog.builtIn().indicator(t.indicator().orElseThrow()).orElseThrow().unit();
      Unit tu = t.referenceValue().orElseThrow().unit();
      double out = Math.pow(10, iu.baseExponent() - tu.baseExponent());
      if (r.value().isPresent()) {
        withData++;
        double engine = r.value().getAsDouble() / out;
        assertEquals(engine, o.value, Math.abs(engine) * 1e-9, r.target().value());
      } else {
        assertTrue(Double.isNaN(o.value), r.target() + ": " + o);
      }
      if (o.status.equals("ACHIEVED") || o.status.equals("ACHIEVED_LATE") || o.status.equals("NO_DATA")
          || o.status.equals("MISSED")) {
        assertEquals(o.status, r.status().name(), r.target().value());
      }
    }
    assertEquals(sql.size(), compared, "every SQL outcome is a target of the report");
    assertTrue(withData > 40, "targets with data: " + withData);
  }

  @Test
  void duckDbReadingTheCsvFileGivesWhatItGivesOnTheLoadedRows(@TempDir Path dir) throws Exception {
    CatalogData data = Catalog.builtIn().data();
    Workload workload = new Workload(data, 994 * 50, AS_OF);
    Path file = dir.resolve("observations.csv");
    try (java.io.Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      workload.writeCsv(out);
    }
    assertEquals(workload.csv(), Files.readString(file));
    Map<String, SqlEvaluation.Outcome> loaded;
    Map<String, SqlEvaluation.Outcome> read;
    try (SqlEvaluation duck = new SqlEvaluation(data, workload)) {
      loaded = duck.evaluate(AS_OF);
    }
    try (SqlEvaluation duck = new SqlEvaluation(data, file)) {
      read = duck.evaluate(AS_OF);
    }
    assertEquals(loaded.toString(), read.toString());
    assertTrue(loaded.values().stream().anyMatch(o -> !Double.isNaN(o.value)));

    // The script a DuckDB client runs (benchmarks/e2e.sh, through the Python package) gives the same outcomes.
    String script = SqlEvaluation.script(data, file, AS_OF);
    StringBuilder scripted = new StringBuilder("{");
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement s = c.createStatement()) {
      String[] statements = script.split(";\n");
      for (int i = 0; i < statements.length - 1; i++) {
        s.execute(statements[i]);
      }
      try (java.sql.ResultSet rs = s.executeQuery(statements[statements.length - 1])) {
        String sep = "";
        while (rs.next()) {
          double v = rs.getDouble(2);
          scripted.append(sep).append(rs.getString(1)).append('=').append(rs.getString(3)).append('@')
              .append(rs.wasNull() ? Double.NaN : v);
          sep = ", ";
        }
      }
    }
    assertEquals(read.toString(), scripted.append('}').toString());
  }
}
