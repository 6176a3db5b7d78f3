package io.github.newinfra.core;

import io.github.newinfra.core.internal.threads.Workers;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;

/**
 * How many threads one evaluation may use at a time, and where they come from: threads the library starts, or
 * tasks of an {@link Executor} the caller owns. Set it on an {@link Evaluator#parallelism(Parallelism) evaluator}
 * for everything an evaluation does, or on {@link ReadOptions#parallelism() read options} for one source's reading.
 *
 * <p>{@link #automatic()}, the default, leaves each part of an evaluation its own rule:
 * <ul>
 *   <li>a CSV file or stream is read by a reading thread beside the calling thread, with parsing threads besides on
 *   machines of more than two cores (cores − 2, at most 6); CSV text from a {@code Reader} by one reading
 *   thread;</li>
 *   <li>the work after reading (grouping rows by series, settling duplicates, rating targets) is shared with one
 *   helper per further core, at most three, when the run has 262,144 accepted rows or more, and done on the
 *   calling thread alone otherwise.</li>
 * </ul>
 *
 * <p>{@link #threads(int) threads(n)} caps every part at {@code n} threads at a time, the calling thread included
 * (each part still follows its own rule below the cap: a small run is still done alone). With {@code threads(1)}
 * the library starts no thread and gives no task to an executor: everything runs on the calling thread. With
 * {@code threads(2)} a CSV file is read by one reading thread while the calling thread parses and evaluates, and no
 * parsing thread is started.
 *
 * <p>{@link #withExecutor(Executor)} runs every such thread's work as a task of the caller's executor instead of a
 * thread the library starts; the library never shuts the executor down. A task that has not started by the time
 * the calling thread needs its work (the executor is busy, or refused it) is done by the calling thread instead and
 * never runs, so an executor with no thread free — even the one the evaluation itself runs on — slows an evaluation
 * down but never stalls it.
 *
 * <p>The report is the same whatever the parallelism: every part puts its pieces together in input, series and
 * target order, whichever thread made them.
 *
 * <pre>{@code
 * ExecutorService pool = Executors.newFixedThreadPool(4);   // the application's own, shut down by it
 * Evaluator evaluator = Evaluator.of(Catalog.builtIn().data())
 *     .parallelism(Parallelism.threads(3).withExecutor(pool));
 * EvaluationReport report = evaluator.evaluate(ObservationSource.csv(Path.of("observations.csv")));
 *
 * // A request handler that must not start threads:
 * Evaluator.of(Catalog.builtIn().data()).parallelism(Parallelism.threads(1)).evaluate(source);
 * }</pre>
 *
 * <p>Two parallelisms are equal when they have the same limit and the same executor (the same object). This class
 * is immutable and thread-safe.
 */
public final class Parallelism {
  private static final Parallelism AUTOMATIC = new Parallelism(OptionalInt.empty(), Optional.empty());

  private final OptionalInt maxThreads;
  private final Optional<Executor> executor;

  private Parallelism(OptionalInt maxThreads, Optional<Executor> executor) {
    this.maxThreads = maxThreads;
    this.executor = executor;
  }

  /**
   * Returns the default: each part of an evaluation uses as many threads as its own rule gives (see above), on
   * threads the library starts.
   *
   * @return the default parallelism
   */
  public static Parallelism automatic() {
    return AUTOMATIC;
  }

  /**
   * Returns a parallelism of at most {@code maxThreads} threads at a time, the calling thread included, on threads
   * the library starts.
   *
   * @param maxThreads at least 1; 1 runs everything on the calling thread
   * @return the parallelism
   * @throws IllegalArgumentException if {@code maxThreads} is less than 1
   */
  public static Parallelism threads(int maxThreads) {
    if (maxThreads < 1) {
      throw new IllegalArgumentException("Invalid number of threads " + maxThreads
          + ": at least 1 is needed (1 runs everything on the calling thread)");
    }
    return new Parallelism(OptionalInt.of(maxThreads), Optional.empty());
  }

  /**
   * Returns this parallelism with its threads' work run as tasks of an executor, which the library never shuts
   * down.
   *
   * @param value the executor, e.g. an application server's managed executor
   * @return the parallelism
   */
  public Parallelism withExecutor(Executor value) {
    return new Parallelism(maxThreads, Optional.of(Objects.requireNonNull(value, "executor")));
  }

  /**
   * Returns the most threads an evaluation uses at a time, the calling thread included.
   *
   * @return the limit; empty for {@link #automatic()}
   */
  public OptionalInt maxThreads() {
    return maxThreads;
  }

  /**
   * Returns the executor that runs the work beside the calling thread.
   *
   * @return the executor; empty when the library starts threads of its own
   */
  public Optional<Executor> executor() {
    return executor;
  }

  /** The engine's form. */
  Workers workers() {
    if (maxThreads.isEmpty() && executor.isEmpty()) {
      return Workers.DEFAULT;
    }
    return Workers.of(maxThreads.orElse(Integer.MAX_VALUE), executor);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Parallelism && maxThreads.equals(((Parallelism) o).maxThreads)
        && executor.map(e -> ((Parallelism) o).executor.orElse(null) == e)
            .orElse(((Parallelism) o).executor.isEmpty());
  }

  @Override
  public int hashCode() {
    return maxThreads.hashCode() * 31 + executor.map(System::identityHashCode).orElse(0);
  }

  @Override
  public String toString() {
    String limit = maxThreads.isEmpty() ? "automatic"
        : maxThreads.getAsInt() == 1 ? "the calling thread only" : "at most " + maxThreads.getAsInt() + " threads";
    return "Parallelism[" + limit + (executor.isPresent() ? ", on an executor" : "") + "]";
  }
}
