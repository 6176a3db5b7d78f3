package io.github.newinfra.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.progress.FinalEvaluation;
import io.github.newinfra.model.json.ModelJson;
import java.io.IOException;
import java.io.Writer;

/**
 * The report as JSON: the {@link EvaluationReport}'s own form, language-neutral (statuses as their names, both
 * explanations), which {@code EvaluationReport} reads back; a final evaluation as
 * {@code {"evaluation": <the report>, "finalEvaluation": {…}}}. Written as it is made, never held as one text.
 */
final class JsonReport {
  private static final ObjectMapper MAPPER = ModelJson.newMapper();
  private static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter()
      .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private JsonReport() {}

  /**
   * Writes the report's JSON.
   *
   * @param report the report
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  static void write(EvaluationReport report, Writer out) throws IOException {
    WRITER.writeValue(out, report);
    out.flush();
  }

  /**
   * Writes a final evaluation's JSON: the report, then the final evaluation's sections ({@link FinalSections#json}).
   *
   * @param result the final evaluation
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  static void write(FinalEvaluation result, Writer out) throws IOException {
    out.write("{\n\"evaluation\": ");
    WRITER.writeValue(out, result.report());
    out.write(",\n\"finalEvaluation\": ");
    WRITER.writeValue(out, FinalSections.json(result, MAPPER));
    out.write("\n}\n");
    out.flush();
  }
}
