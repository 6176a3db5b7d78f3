package io.github.newinfra.core.internal.threads;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where a call's work beside the calling thread runs, and how much of it there may be: the one place the engine
 * starts threads (or hands tasks to the caller's executor). The reading thread of a CSV reader, its parsing threads
 * and the evaluation's helpers are all {@link Task}s started here. Not part of the API.
 *
 * <p>A call uses at most {@link #max()} threads at a time, the calling thread included: with 1, nothing is started
 * and every step runs on the calling thread. Within that limit each part keeps its own rule (a reading thread;
 * parsing threads on more than two cores; evaluation helpers from 262,144 rows, one per further core, at most
 * three). A task given to an executor that has not started when the calling thread needs its work is taken over
 * by the calling thread (see {@link Task#takeOver()}), so a busy or single-threaded executor — even the one the
 * call itself runs on — slows a call down but never stalls it.
 *
 * <p>For example, {@code Workers.of(2, Optional.empty())} reads a CSV file with one reading thread beside the
 * calling thread, and no parsing threads whatever the cores; the evaluation after it has at most one helper.
 */
public final class Workers {
  /** Today's defaults: no limit beyond each part's own, threads of the engine's own. */
  public static final Workers DEFAULT = new Workers(Integer.MAX_VALUE, Optional.empty());
  /** The calling thread alone. */
  public static final Workers ALONE = new Workers(1, Optional.empty());

  private final int max;
  private final Optional<Executor> executor;

  private Workers(int max, Optional<Executor> executor) {
    this.max = max;
    this.executor = executor;
  }

  /**
   * Workers with a limit and, optionally, the executor that runs every task.
   *
   * @param max the most threads a call uses at a time, the calling thread included; at least 1
   * @param executor runs the tasks; empty: the engine starts daemon threads of its own
   * @return the workers
   */
  public static Workers of(int max, Optional<Executor> executor) {
    if (max < 1) {
      throw new IllegalArgumentException("at least one thread is needed, not " + max);
    }
    return max == 1 ? ALONE : new Workers(max, executor);
  }

  /** The most threads a call uses at a time, the calling thread included. */
  int max() {
    return max;
  }

  /** Whether the calling thread does everything. */
  public boolean alone() {
    return max == 1;
  }

  /** The number of threads a part wants, the calling thread included, within the limit. */
  public int within(int wanted) {
    return Math.max(1, Math.min(wanted, max));
  }

  /**
   * Starts a task: on the executor, else on a daemon thread of this name. A task the executor refuses, or a thread
   * that cannot be started, stays unstarted, and the calling thread takes it over when it needs its work.
   *
   * @param work the work; its uncaught throwable is kept by the task
   * @param name the thread's name
   * @return the task
   */
  public Task start(Runnable work, String name) {
    Task task = new Task(work);
    try {
      if (executor.isPresent()) {
        executor.get().execute(task::run);
      } else {
        Thread t = new Thread(task::run, name);
        t.setDaemon(true);
        task.thread = t;
        t.start();
      }
    } catch (RejectedExecutionException | OutOfMemoryError | SecurityException e) {
      // Not started: the calling thread takes the work over, at once.
      task.refused = true;
    }
    return task;
  }

  @Override
  public String toString() {
    return "Workers[" + (max == Integer.MAX_VALUE ? "automatic" : max) + (executor.isPresent() ? ", executor" : "")
        + "]";
  }

  /**
   * Work run beside the calling thread, once at most: by a thread or an executor, unless the calling thread took it
   * over before it started.
   */
  public static final class Task {
    private static final int NEW = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;

    private final Runnable work;
    private final AtomicInteger state = new AtomicInteger(NEW);
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Throwable died;
    /** Whether the executor refused the work, or no thread could be started for it: it will never start. */
    private volatile boolean refused;
    /** The engine's own thread the work runs on, or null (an executor's, or none). */
    private volatile Thread thread;

    private Task(Runnable work) {
      this.work = work;
    }

    private void run() {
      if (!state.compareAndSet(NEW, RUNNING)) {
        return;
      }
      try {
        work.run();
      } catch (Throwable e) {
        // E.g. out of memory while handing over its own failure: kept for the calling thread to rethrow.
        died = e;
      } finally {
        state.set(DONE);
        done.countDown();
      }
    }

    /**
     * Takes the work over if it has not started: it will then never run, and the calling thread does it (or
     * drops it, when it is no longer needed).
     *
     * @return whether the work had not started
     */
    public boolean takeOver() {
      if (state.compareAndSet(NEW, DONE)) {
        done.countDown();
        return true;
      }
      return false;
    }

    /** Whether the work will never start by itself: the executor refused it, or no thread could be started. */
    public boolean refused() {
      return refused;
    }

    /** Whether the work may still run: not started yet, or running. */
    public boolean alive() {
      return state.get() != DONE;
    }

    /** What ended the work with an uncaught throwable, or null. */
    public Throwable died() {
      return died;
    }

    /**
     * Waits for the work to end, keeping an interrupt for later; work that has not started is taken over and never
     * runs. A thread of the engine's own has ended too when this returns, so that none outlives the call that
     * started it.
     */
    public void join() {
      if (takeOver()) {
        return;
      }
      boolean interrupted = false;
      while (true) {
        try {
          done.await();
          Thread t = thread;
          if (t != null) {
            t.join();
          }
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
