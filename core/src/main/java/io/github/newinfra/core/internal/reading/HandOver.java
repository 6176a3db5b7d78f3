package io.github.newinfra.core.internal.reading;

import com.google.common.base.Throwables;
import io.github.newinfra.core.internal.threads.Workers;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The ordered hand-over from a reading thread to the calling thread, as both CSV readers use it: a bounded queue
 * the reading thread puts into (waiting while it is full, stopping with {@link Cancelled} once the calling thread
 * gave up) and the calling thread takes from (noticing a reading thread that died without a word, rethrowing what
 * killed it, and taking over a reading that never started: {@link #TAKEN_OVER}). Not part of the API.
 */
final class HandOver {
  /**
   * What {@link #take} returns when the reading had not started (its executor is busy, or refused it): the
   * calling thread now does the reading itself, and nothing was handed over.
   */
  static final Object TAKEN_OVER = new Object();

  private final ArrayBlockingQueue<Object> queue;
  private final AtomicBoolean cancelled = new AtomicBoolean();

  /** Stops the reading thread once the calling thread gave up. */
  static final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super(null, null, false, false);
    }
  }

  HandOver(int capacity) {
    queue = new ArrayBlockingQueue<>(capacity);
  }


  /** On the reading thread: hands an item over, waiting for room; throws {@link Cancelled} once cancelled. */
  void put(Object item) {
    try {
      while (true) {
        if (cancelled.get()) {
          throw new Cancelled();
        }
        if (queue.offer(item, 20, TimeUnit.MILLISECONDS)) {
          return;
        }
      }
    } catch (InterruptedException e) {
      throw new Cancelled();
    }
  }

  /** On the calling thread, when it does the reading itself: the next item, or null if there is none yet. */
  Object poll() {
    return queue.poll();
  }

  /** Whether the queue is full, so that a put would wait. */
  boolean full() {
    return queue.remainingCapacity() == 0;
  }

  /**
   * On the calling thread: the next item; {@link #TAKEN_OVER} if the reading has not started by the time the queue
   * stays empty for a while (it never will then); if the reading ended with nothing left in the queue, what killed
   * it. The reading's uncaught throwable (e.g. running out of memory while handing over its own failure) is
   * rethrown here rather than printed.
   *
   * @param reader the reading, started by {@link Workers#start}
   * @throws IOException if the reading died, or this thread was interrupted
   */
  Object take(Workers.Task reader) throws IOException {
    if (reader.refused() && reader.takeOver()) {
      return TAKEN_OVER;
    }
    try {
      while (true) {
        Object next = queue.poll(50, TimeUnit.MILLISECONDS);
        if (next != null) {
          return next;
        }
        if (reader.takeOver()) {
          return TAKEN_OVER;
        }
        if (!reader.alive()) {
          // The reader ended; anything it handed over before is in the queue, else it died without a word.
          next = queue.poll();
          if (next != null) {
            return next;
          }
          Throwable cause = reader.died();
          throw rethrow(cause != null ? cause : new IOException("the reading thread stopped before the end"));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    }
  }

  /** On the calling thread: tells the reading thread to stop, keeping what it handed over (see {@link #drain}). */
  void stop() {
    cancelled.set(true);
  }

  /** Whether the calling thread gave up. */
  boolean stopped() {
    return cancelled.get();
  }

  /** On the calling thread: tells the reading thread to stop and drops what it handed over. */
  void cancel() {
    cancelled.set(true);
    queue.clear();
  }

  /** The items still handed over, in order, once the reading thread has ended; empties the queue. */
  java.util.List<Object> drain() {
    java.util.List<Object> left = new java.util.ArrayList<>();
    queue.drainTo(left);
    return left;
  }

  /** A throwable as an IOException to throw; runtime exceptions and errors are thrown as they are. */
  static IOException rethrow(Throwable t) {
    if (t instanceof IOException) {
      return (IOException) t;
    }
    Throwables.throwIfUnchecked(t);
    return new IOException(t.getMessage(), t);
  }
}
