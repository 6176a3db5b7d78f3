package io.github.newinfra.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.model.json.ModelJson;
import java.io.UncheckedIOException;

/**
 * The report as JSON: the {@link EvaluationReport}'s own form, language-neutral (statuses as their names, both
 * explanations), which {@code EvaluationReport} reads back. This class is stateless and thread-safe.
 */
public final class JsonReport {
  private JsonReport() {}

  /**
   * Renders the JSON.
   *
   * @param report the report
   * @return pretty-printed JSON
   */
  public static String render(EvaluationReport report) {
    try {
      return ModelJson.newMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
