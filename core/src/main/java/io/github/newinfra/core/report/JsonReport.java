package io.github.newinfra.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.model.json.ModelJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The report as JSON: the {@link EvaluationReport}'s own form, language-neutral (statuses as their names, both
 * explanations), which {@code EvaluationReport} reads back. This class is stateless and thread-safe.
 */
final class JsonReport {
  private static final ObjectWriter WRITER = ModelJson.newMapper().writerWithDefaultPrettyPrinter()
      .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private JsonReport() {}

  /**
   * Writes the JSON as it is made, without holding it: the same text as {@link #render}.
   *
   * @param report the report
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void write(EvaluationReport report, Writer out) throws IOException {
    WRITER.writeValue(out, report);
    out.flush();
  }

  /**
   * Renders the JSON.
   *
   * @param report the report
   * @return pretty-printed JSON
   */
  public static String render(EvaluationReport report) {
    try {
      return WRITER.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
