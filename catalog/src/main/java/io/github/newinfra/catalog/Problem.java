package io.github.newinfra.catalog;

import io.github.newinfra.model.internal.SafeText;
import java.util.Objects;

/**
 * One problem the catalog validator found: where (a JSON path such as {@code $.targets[3].measure}), what kind,
 * and a message that names the offending value.
 *
 * <p>Path and message print on one line and stay short whatever the catalog holds: control and bidirectional
 * formatting characters are escaped ({@code \}{@code u001B}), and a path or message longer than 600 characters
 * keeps its start and end around {@code …(N characters left out)…}. This class is immutable and thread-safe.
 */
public final class Problem {
  private final String path;
  private final ProblemType type;
  private final String message;

  private Problem(String path, ProblemType type, String message) {
    this.path = SafeText.message(Objects.requireNonNull(path, "path"));
    this.type = Objects.requireNonNull(type, "type");
    this.message = SafeText.message(Objects.requireNonNull(message, "message"));
  }

  /**
   * Creates a problem.
   *
   * @param path the JSON path of the offending field, starting with {@code $}
   * @param type the kind of problem
   * @param message what is wrong, naming the value
   * @return the problem
   */
  public static Problem of(String path, ProblemType type, String message) {
    return new Problem(path, type, message);
  }

  /**
   * Returns the JSON path of the offending field in the catalog document, e.g. {@code $.targets[3].measure}.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Returns the kind of problem.
   *
   * @return the type
   */
  public ProblemType type() {
    return type;
  }

  /**
   * Returns what is wrong.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Returns {@code path: [TYPE] message}.
   *
   * @return the problem in one line
   */
  @Override
  public String toString() {
    return path + ": [" + type + "] " + message;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Problem && ((Problem) other).path.equals(path) && ((Problem) other).type == type
        && ((Problem) other).message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, type, message);
  }
}
