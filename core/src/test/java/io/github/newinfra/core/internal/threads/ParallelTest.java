package io.github.newinfra.core.internal.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** The team that shares the work after reading: every task once, failures rethrown, small runs alone. */
class ParallelTest {
  @Test
  void everyTaskRunsExactlyOnceWhateverTheTeamsSize() {
    qt().withExamples(60).forAll(integers().between(0, 3000), integers().between(1, 5)).checkAssert((n, threads) -> {
      try (Parallel team = Parallel.of(threads)) {
        for (int step = 0; step < 3; step++) {
          AtomicIntegerArray runs = new AtomicIntegerArray(n);
          team.forEach(n, i -> runs.incrementAndGet(i));
          for (int i = 0; i < n; i++) {
            assertEquals(1, runs.get(i), "task " + i + " of " + n + ", step " + step + ", " + threads + " threads");
          }
        }
      }
    });
  }

  @Test
  void helpersTakeTasksWhileTheCallingThreadIsBusy() throws InterruptedException {
    try (Parallel team = Parallel.of(2)) {
      Set<Thread> ran = ConcurrentHashMap.newKeySet();
      CountDownLatch second = new CountDownLatch(1);
      // Task 0 waits for task 1 to start: only another thread can run it.
      team.forEach(2, i -> {
        ran.add(Thread.currentThread());
        if (i == 0) {
          await(second);
        } else {
          second.countDown();
        }
      });
      assertEquals(2, ran.size());
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("no other thread took the second task");
      }
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aFailingTaskIsRethrownAndTheTeamGoesOn() {
    try (Parallel team = Parallel.of(3)) {
      IllegalArgumentException thrown = new IllegalArgumentException("task 7");
      assertSame(thrown, assertThrows(IllegalArgumentException.class, () -> team.forEach(50, i -> {
        if (i == 7) {
          throw thrown;
        }
      })));
      StackOverflowError error = new StackOverflowError("task 3");
      assertSame(error, assertThrows(StackOverflowError.class, () -> team.forEach(10, i -> {
        if (i == 3) {
          throw error;
        }
      })));
      AtomicIntegerArray runs = new AtomicIntegerArray(100);
      team.forEach(100, runs::incrementAndGet);
      for (int i = 0; i < 100; i++) {
        assertEquals(1, runs.get(i));
      }
    }
  }

  @Test
  void aSmallRunIsDoneOnTheCallingThreadAlone() {
    assertSame(Parallel.ALONE, Parallel.forRows(Parallel.MIN_ROWS - 1, Workers.DEFAULT));
    assertEquals(1, Parallel.ALONE.threads());
    assertSame(Parallel.ALONE, Parallel.of(1));
    int cores = Runtime.getRuntime().availableProcessors();
    try (Parallel team = Parallel.forRows(Parallel.MIN_ROWS, Workers.DEFAULT)) {
      assertEquals(Math.min(Parallel.MAX_THREADS, cores), team.threads());
    }
    Set<Thread> ran = ConcurrentHashMap.newKeySet();
    Parallel.ALONE.forEach(20, i -> ran.add(Thread.currentThread()));
    assertEquals(Set.of(Thread.currentThread()), ran);
  }

  @Test
  void aLimitOfOneThreadKeepsEvenALargeRunOnTheCallingThread() {
    assertSame(Parallel.ALONE, Parallel.forRows(Parallel.MIN_ROWS * 8, Workers.ALONE));
    try (Parallel team = Parallel.forRows(Parallel.MIN_ROWS, Workers.of(2, Optional.empty()))) {
      assertEquals(Math.min(2, Runtime.getRuntime().availableProcessors()), team.threads());
    }
  }

  @Test
  void helpersRunOnTheCallersExecutorWhichIsNotShutDown() throws InterruptedException {
    List<Runnable> given = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Executor recording = task -> {
        given.add(task);
        pool.execute(task);
      };
      try (Parallel team = Parallel.of(3, Workers.of(3, Optional.of(recording)))) {
        Set<String> ran = ConcurrentHashMap.newKeySet();
        CountDownLatch second = new CountDownLatch(1);
        team.forEach(2, i -> {
          ran.add(Thread.currentThread().getName());
          if (i == 0) {
            await(second);
          } else {
            second.countDown();
          }
        });
        assertEquals(2, ran.size());
        assertTrue(ran.stream().anyMatch(name -> name.startsWith("pool-")), ran::toString);
      }
      assertEquals(2, given.size());
      assertFalse(pool.isShutdown());
    } finally {
      pool.shutdown();
      assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS), "the helpers ended after the team closed");
    }
  }

  @Test
  void anExecutorThatNeverRunsTheHelpersLeavesEveryTaskToTheCallingThread() {
    List<Runnable> queued = new ArrayList<>();
    try (Parallel team = Parallel.of(4, Workers.of(4, Optional.of(queued::add)))) {
      AtomicIntegerArray runs = new AtomicIntegerArray(500);
      team.forEach(500, runs::incrementAndGet);
      for (int i = 0; i < 500; i++) {
        assertEquals(1, runs.get(i));
      }
    }
    // Run late, after the team closed, a helper does nothing.
    assertEquals(3, queued.size());
    queued.forEach(Runnable::run);
  }
}
