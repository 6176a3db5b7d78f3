package io.github.newinfra.core.internal.threads;

import com.google.common.base.Throwables;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * How the work after reading is shared between the machine's cores: grouping the rows by series (two parts of
 * the run's rows), settling each series' duplicates and overlaps, and rating each target. A run's team — the
 * calling thread and helper threads started once for the run — does these steps one after another. Each step
 * hands out its tasks (a part, a series, a target) one at a time to whichever thread of the team asks first, and
 * returns once every task is done; each task writes only its own part (its rows' places, its series, its target's
 * result), and the caller puts the parts together in task order, so the outcome is the same whichever thread did
 * which task. A helper that is not running yet when a step starts (starting a thread can take a millisecond) takes
 * no part in it, and the calling thread does not wait for it — so helpers given to a busy executor cost nothing but
 * their share. Small runs are done on the calling thread alone, and so is every run with {@link Workers#ALONE}.
 * Helpers come from {@link Workers}: threads of the engine's own, or tasks of the caller's executor. Not part of
 * the API.
 *
 * <p>For example, rating 40 targets on a 2-core machine: the calling thread and one helper each take the next
 * target not yet taken until none is left; result 17 is put in slot 17 whichever thread rated it.
 */
public final class Parallel implements AutoCloseable {
  /**
   * Below this many accepted rows, everything is done on the calling thread: starting a helper (about half a
   * millisecond on the machine BENCHMARKS.md describes) costs more than it saves. At 10^5 rows the team lost 0.4 ms
   * there; at 10^6 it saved about 2.
   */
  static final long MIN_ROWS = 1 << 18;
  /** The most threads sharing a step, the calling thread included. */
  static final int MAX_THREADS = 4;

  /** The calling thread alone. */
  public static final Parallel ALONE = new Parallel(1);

  /** Per helper, the steps handed to it. */
  private final LinkedBlockingQueue<Step>[] inbox;
  /** Per helper, its task. */
  private final Workers.Task[] helpers;
  /** The helpers started: those with an inbox. */
  private int started;

  /** One step's tasks and who is doing them. */
  private static final class Step {
    /** Tells a helper to end. */
    static final Step END = new Step(0, i -> { }, null);

    final int n;
    final IntConsumer task;
    final Thread caller;
    final AtomicInteger next = new AtomicInteger();
    final AtomicReference<Throwable> failure = new AtomicReference<>();
    /** Helpers inside the step. */
    final AtomicInteger working = new AtomicInteger();
    /** Set once the calling thread has no task left to take: no helper enters after. */
    volatile boolean closed;

    Step(int n, IntConsumer task, Thread caller) {
      this.n = n;
      this.task = task;
      this.caller = caller;
    }

    /** Takes tasks until none is left or one failed. */
    void work() {
      try {
        int i;
        while (failure.get() == null && (i = next.getAndIncrement()) < n) {
          task.accept(i);
        }
      } catch (Throwable e) {
        failure.compareAndSet(null, e);
      }
    }

    /** On a helper: takes part unless the step is over. */
    void help() {
      working.incrementAndGet();
      try {
        if (!closed) {
          work();
        }
      } finally {
        if (working.decrementAndGet() == 0 && closed) {
          LockSupport.unpark(caller);
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private Parallel(int threads) {
    inbox = new LinkedBlockingQueue[threads - 1];
    helpers = new Workers.Task[threads - 1];
  }

  /**
   * A team for a run with this many accepted rows on this machine: the calling thread alone below
   * {@link #MIN_ROWS}, else as many threads as the machine has processors, at most {@link #MAX_THREADS} and at
   * most as many as the workers allow.
   */
  public static Parallel forRows(long rows, Workers workers) {
    return rows < MIN_ROWS ? ALONE
        : of(workers.within(Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors())), workers);
  }

  /** A team of this many threads, the calling thread included, with helpers of the engine's own. */
  static Parallel of(int threads) {
    return of(threads, Workers.DEFAULT);
  }

  /**
   * A team of this many threads, the calling thread included; its helpers are started now, from the workers. A
   * helper that does not start (no thread to spare, or a busy executor) takes no part.
   */
  public static Parallel of(int threads, Workers workers) {
    if (threads <= 1) {
      return ALONE;
    }
    Parallel team = new Parallel(threads);
    for (int k = 0; k < team.inbox.length; k++) {
      LinkedBlockingQueue<Step> inbox = new LinkedBlockingQueue<>();
      // A task's failure reaches the calling thread through its step; a helper that fails between steps (out of
      // memory while waiting) just ends, and the threads left do its share.
      team.helpers[k] = workers.start(() -> help(inbox), "newinfra-evaluation");
      team.inbox[k] = inbox;
      team.started++;
    }
    return team;
  }

  private static void help(LinkedBlockingQueue<Step> inbox) {
    while (true) {
      Step step;
      try {
        step = inbox.take();
      } catch (InterruptedException e) {
        return;
      }
      if (step == Step.END) {
        return;
      }
      step.help();
    }
  }

  /** How many threads the team has, the calling thread included. */
  public int threads() {
    return started + 1;
  }

  /**
   * Runs {@code task} once for every index in {@code [0, n)} on the team, each thread taking the next index not
   * yet taken; returns once all are done. A failure stops the handing out of further indices and is rethrown
   * here once the helpers are out of the step (the first, if several fail). Called by the thread that made the
   * team, one step at a time.
   *
   * @param n how many tasks
   * @param task the work of one index; must write only what belongs to its index
   */
  public void forEach(int n, IntConsumer task) {
    if (started == 0 || n <= 1) {
      for (int i = 0; i < n; i++) {
        task.accept(i);
      }
      return;
    }
    Step step = new Step(n, task, Thread.currentThread());
    for (int k = 0; k < started; k++) {
      inbox[k].offer(step);
    }
    step.work();
    step.closed = true;
    while (step.working.get() != 0) {
      LockSupport.park(this);
    }
    Throwable e = step.failure.get();
    if (e != null) {
      Throwables.throwIfUnchecked(e);
      throw new IllegalStateException(e);
    }
  }

  /** Ends the helpers once they are done with what they were given; a helper that never started never will. */
  @Override
  public void close() {
    for (int k = 0; k < started; k++) {
      inbox[k].offer(Step.END);
      helpers[k].takeOver();
    }
  }
}
