package io.github.newinfra.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * An input observation that was not used, with where it came from and why.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = Rejection.class)
@JsonDeserialize(as = Rejection.class)
abstract class AbstractRejection {
  /**
   * Returns the 0-based position of the observation in the input.
   *
   * @return the position
   */
  public abstract long ordinal();

  /**
   * Returns where the observation came from, e.g. {@code line 12} of a CSV file or {@code $[3]} of a JSON array.
   *
   * @return the location
   */
  public abstract String location();

  /**
   * Returns why it was rejected.
   *
   * @return the reason
   */
  public abstract RejectionReason reason();

  /**
   * Returns what exactly was wrong, naming the value.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * Returns the input as given, e.g. the CSV line.
   *
   * @return the raw input
   */
  public abstract String input();

  /**
   * Returns what an unknown indicator or region may have meant: the catalog's nearest indicator ids or region codes,
   * nearest first, so that a report or a tool can name them in its own language.
   *
   * @return at most three ids or codes; empty for other reasons or when nothing is near
   */
  public abstract List<String> suggestions();
}
