package io.github.newinfra.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.testing.CatalogGenerators;
import io.github.newinfra.testing.ObservationGenerators;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * The caller decides how many threads an evaluation uses and where they come from: one thread starts none, an
 * executor of the caller's runs every task and is not shut down, and the report is the same whatever the choice.
 */
class ParallelismTest {
  private static final LocalDate AS_OF = LocalDate.of(2028, 1, 1);
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Four threads started before the tests, so that running a task on them starts none. */
  private static ThreadPoolExecutor pool;

  @BeforeAll
  static void startPool() {
    pool = new ThreadPoolExecutor(4, 4, 1, TimeUnit.HOURS, new LinkedBlockingQueue<>(), task -> {
      Thread t = new Thread(task, "application-pool");
      t.setDaemon(true);
      return t;
    });
    pool.prestartAllCoreThreads();
  }

  @AfterAll
  static void stopPool() throws InterruptedException {
    pool.shutdown();
    assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
  }

  /**
   * A CSV file of 394,470 rows — three indicators, three regions, a row per day of 1901–2020 — so that the work
   * after reading is shared too (from 262,144 rows).
   */
  private static Path large;

  @BeforeAll
  static void writeLargeFile(@TempDir Path dir) throws IOException {
    StringBuilder b = new StringBuilder("INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE\n");
    String[] indicators = {"stations", "share", "new_firms"};
    String[] regions = {"320000", "320100", "320200"};
    for (LocalDate d = LocalDate.of(1901, 1, 1); d.getYear() <= 2020; d = d.plusDays(1)) {
      for (String indicator : indicators) {
        for (String region : regions) {
          b.append(indicator).append(',').append(region).append(',').append(d).append(',')
              .append(d.getDayOfYear() % 97).append('\n');
        }
      }
    }
    large = dir.resolve("large.csv");
    Files.writeString(large, b);
  }

  private static Evaluator fixture() {
    return Evaluator.of(Fixture.catalog(
        Fixture.target("stations", Fixture.STATIONS, Comparator.AT_LEAST).value(Quantity.parse("90座")).build()))
        .asOf(AS_OF);
  }

  private static long started(Runnable run) {
    long before = THREADS.getTotalStartedThreadCount();
    run.run();
    return THREADS.getTotalStartedThreadCount() - before;
  }

  @Test
  void oneThreadStartsNoThreadAndGivesNoTaskToAnExecutor() throws IOException {
    Evaluator automatic = fixture();
    EvaluationReport expected = automatic.evaluate(ObservationSource.csv(large));
    assertTrue(expected.inputObservations() >= 262_144, "the work after reading is shared");
    // The check can fail: by default, reading this file starts a reading thread, and rating it helpers.
    assertTrue(started(() -> automatic.evaluate(ObservationSource.csv(large))) >= 1);

    AtomicInteger given = new AtomicInteger();
    Executor recording = task -> {
      given.incrementAndGet();
      pool.execute(task);
    };
    Evaluator alone = automatic.parallelism(Parallelism.threads(1).withExecutor(recording));
    String text = Files.readString(large);
    List<Function<Evaluator, EvaluationReport>> runs = List.of(
        e -> e.evaluate(ObservationSource.csv(large)),
        e -> e.evaluate(ObservationSource.csv(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s")),
        e -> e.evaluate(ObservationSource.csv(new StringReader(text), "large.csv")));
    for (Function<Evaluator, EvaluationReport> run : runs) {
      EvaluationReport[] report = new EvaluationReport[1];
      assertEquals(0, started(() -> report[0] = run.apply(alone)), "threads started");
      assertEquals(expected.results(), report[0].results());
      assertEquals(expected.inputObservations(), report[0].inputObservations());
    }
    assertEquals(0, given.get(), "tasks given to the executor");
  }

  @Test
  void anExecutorRunsEveryTaskStartsNoThreadAndIsNotShutDown() {
    Evaluator automatic = fixture();
    EvaluationReport expected = automatic.evaluate(ObservationSource.csv(large));
    AtomicInteger given = new AtomicInteger();
    Executor recording = task -> {
      given.incrementAndGet();
      pool.execute(task);
    };
    Evaluator onPool = automatic.parallelism(Parallelism.threads(4).withExecutor(recording));
    EvaluationReport[] report = new EvaluationReport[1];
    assertEquals(0, started(() -> report[0] = onPool.evaluate(ObservationSource.csv(large))), "threads started");
    assertEquals(expected, report[0]);
    // The reading thread, and the helpers the machine's cores give (none on one core).
    int cores = Runtime.getRuntime().availableProcessors();
    int parsers = cores <= 2 ? 0 : Math.min(cores - 2, 2);
    assertEquals(1 + parsers + Math.min(4, cores) - 1, given.get(), "tasks given to the executor");
    assertFalse(pool.isShutdown());
  }

  @Test
  void readOptionsSetTheReadingsOwnParallelism() {
    AtomicInteger given = new AtomicInteger();
    Executor recording = task -> {
      given.incrementAndGet();
      pool.execute(task);
    };
    Evaluator onPool = fixture().parallelism(Parallelism.threads(2).withExecutor(recording));
    String csv = "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE\nstations,320000,2023,95\n";
    ReadOptions callingThread = ReadOptions.defaults().withParallelism(Parallelism.threads(1));
    EvaluationReport own = onPool.evaluate(ObservationSource.csv(new StringReader(csv), "s.csv", callingThread));
    assertEquals(0, given.get(), "the reading's own parallelism wins");
    assertEquals(own, onPool.evaluate(ObservationSource.csv(new StringReader(csv), "s.csv")));
    assertEquals(1, given.get(), "the evaluator's parallelism reads a source without its own");
  }

  @Test
  void anExecutorThatNeverRunsItsTasksSlowsAnEvaluationDownButNeverStallsIt() {
    Evaluator automatic = fixture();
    String csv = "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE\nstations,320000,2023,95\nstations,320100,2023,9\n";
    List<Runnable> neverRun = new ArrayList<>();
    Executor stuck = neverRun::add;
    Evaluator onStuck = automatic.parallelism(Parallelism.threads(8).withExecutor(stuck));
    assertEquals(automatic.evaluate(ObservationSource.csv(new StringReader(csv), "s.csv")),
        onStuck.evaluate(ObservationSource.csv(new StringReader(csv), "s.csv")));
    assertEquals(automatic.evaluate(ObservationSource.csv(bytes(csv), "s.csv")),
        onStuck.evaluate(ObservationSource.csv(bytes(csv), "s.csv")));
    assertFalse(neverRun.isEmpty());
    // Run late, a task taken over does nothing.
    neverRun.forEach(Runnable::run);
  }

  private static ByteArrayInputStream bytes(String csv) {
    return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
  }

  /** A generated catalog and a CSV file of rows for it. */
  private static Gen<Object[]> inputs() {
    return in -> {
      RandomGenerator r = new SplittableRandom(in.next(Constraint.none()));
      CatalogData data = CatalogGenerators.catalog(r);
      List<ObservationGenerators.Row> rows = ObservationGenerators.rows(r, data, r.nextInt(300));
      return new Object[] {data, ObservationGenerators.csv(rows), ObservationGenerators.json(rows)};
    };
  }

  @Test
  void reportsAreIdenticalWhateverTheParallelism() {
    qt().withExamples(60).forAll(inputs(), org.quicktheories.generators.SourceDSL.integers().between(1, 4))
        .checkAssert((input, threads) -> {
          Evaluator automatic = Evaluator.of((CatalogData) input[0]).asOf(AS_OF);
          String csv = (String) input[1];
          String json = (String) input[2];
          List<Function<Evaluator, EvaluationReport>> runs = List.of(
              e -> e.evaluate(ObservationSource.csv(bytes(csv), "s.csv")),
              e -> e.evaluate(ObservationSource.csv(new StringReader(csv), "s.csv")),
              e -> e.evaluate(ObservationSource.json(bytes(json), "s.json")));
          for (Function<Evaluator, EvaluationReport> run : runs) {
            EvaluationReport expected = run.apply(automatic);
            assertEquals(expected, run.apply(automatic.parallelism(Parallelism.threads(threads))), "threads");
            assertEquals(expected, run.apply(automatic.parallelism(Parallelism.threads(threads).withExecutor(pool))),
                "threads on an executor");
          }
        });
  }

  @Test
  void aParallelismIsAValue() {
    Executor e = Runnable::run;
    assertEquals(Parallelism.threads(2).withExecutor(e), Parallelism.threads(2).withExecutor(e));
    assertEquals(Parallelism.threads(2).withExecutor(e).hashCode(), Parallelism.threads(2).withExecutor(e).hashCode());
    assertNotEquals(Parallelism.threads(2), Parallelism.threads(2).withExecutor(e));
    assertNotEquals(Parallelism.threads(2), Parallelism.automatic());
    assertEquals("Parallelism[at most 2 threads, on an executor]", Parallelism.threads(2).withExecutor(e).toString());
    assertEquals("Parallelism[automatic]", Parallelism.automatic().toString());
    assertEquals("Parallelism[the calling thread only]", Parallelism.threads(1).toString());
    assertEquals(Parallelism.automatic(), fixture().parallelism());
    assertEquals("Invalid number of threads 0: at least 1 is needed (1 runs everything on the calling thread)",
        assertThrows(IllegalArgumentException.class, () -> Parallelism.threads(0)).getMessage());
  }
}
