package io.github.newinfra.catalog;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a catalog fails validation. Carries every problem found, not just the first.
 */
public class InvalidCatalogException extends CatalogException {
  private static final long serialVersionUID = 1L;
  private static final int PROBLEMS_IN_MESSAGE = 20;

  private final transient List<Problem> problems;

  /**
   * Creates an exception.
   *
   * @param source what was validated, e.g. a file name
   * @param problems the problems found, at least one
   */
  public InvalidCatalogException(String source, List<Problem> problems) {
    super(message(source, problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(String source, List<Problem> problems) {
    String listed = problems.stream().limit(PROBLEMS_IN_MESSAGE).map(p -> "  " + p)
        .collect(Collectors.joining("\n"));
    String more = problems.size() > PROBLEMS_IN_MESSAGE
        ? "\n  … and " + (problems.size() - PROBLEMS_IN_MESSAGE) + " more" : "";
    return "Invalid catalog " + source + ": " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
        + "\n" + listed + more;
  }

  /**
   * Returns every problem found, in document order.
   *
   * @return the problems, never empty
   */
  public List<Problem> problems() {
    return problems;
  }
}
