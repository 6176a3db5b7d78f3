package io.github.newinfra.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A run of days, both ends included: a part of a target period that observations cover or leave out.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = Span.class)
@JsonDeserialize(as = Span.class)
abstract class AbstractSpan {
  /**
   * Returns the first day.
   *
   * @return the day
   */
  public abstract LocalDate start();

  /**
   * Returns the last day.
   *
   * @return the day, not before {@link #start()}
   */
  public abstract LocalDate end();

  /**
   * Obtains a span.
   *
   * @param start the first day
   * @param end the last day
   * @return the span
   * @throws IllegalArgumentException if the end is before the start
   */
  public static Span of(LocalDate start, LocalDate end) {
    return Span.builder().start(start).end(end).build();
  }

  @Value.Check
  void check() {
    if (end().isBefore(start())) {
      throw new IllegalArgumentException("Invalid span: " + end() + " is before " + start());
    }
  }

  @Override
  public String toString() {
    return start().equals(end()) ? start().toString() : start() + " to " + end();
  }
}
