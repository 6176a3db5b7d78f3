package io.github.newinfra.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.Explainer;
import io.github.newinfra.core.TargetResult;
import io.github.newinfra.core.progress.FinalEvaluation;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.json.ModelJson;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The report as JSON: the {@link EvaluationReport}'s own form, language-neutral (statuses as their names), with each
 * result's explanations in both languages written beside its facts ({@code explanationZh}, {@code explanationEn}:
 * words rendered by {@link Explainer}, not read back); {@code EvaluationReport} reads it back. A final evaluation as
 * {@code {"evaluation": <the report>, "finalEvaluation": {…}}}. Written as it is made, never held as one text.
 */
final class JsonReport {
  /**
   * The value types' own JSON, with nothing added: what a result's facts are. Its tree keeps numbers as the doubles
   * they are, so that they are written as the report's other numbers are.
   */
  private static final ObjectMapper FACTS = ModelJson.newMapper()
      .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  /** What the final evaluation's sections are built with. */
  private static final ObjectMapper SECTIONS = ModelJson.newMapper();
  /** The report's JSON: the value types' own, each result followed by its explanations. */
  private static final ObjectWriter WRITER = ModelJson.newMapper()
      .registerModule(new SimpleModule("explanations").addSerializer(TargetResult.class, new Explained()))
      .writerWithDefaultPrettyPrinter()
      .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private JsonReport() {}

  /** What the writing of one report explains its results with. */
  private record Explaining(Explainer explainer, EvaluationReport report) {}

  /** A result's facts, then its explanations in Chinese and English. */
  private static final class Explained extends StdSerializer<TargetResult> {
    private static final long serialVersionUID = 1L;

    Explained() {
      super(TargetResult.class);
    }

    @Override
    public void serialize(TargetResult result, JsonGenerator gen, SerializerProvider provider) throws IOException {
      ObjectNode node = FACTS.valueToTree(result);
      Explaining e = (Explaining) provider.getAttribute(Explaining.class);
      if (e != null) {
        node.put("explanationZh", e.explainer().explain(e.report(), result, Locale.SIMPLIFIED_CHINESE));
        node.put("explanationEn", e.explainer().explain(e.report(), result, Locale.ENGLISH));
      }
      gen.writeTree(node);
    }
  }

  private static ObjectWriter writer(EvaluationReport report, CatalogData catalog) {
    return WRITER.withAttribute(Explaining.class, new Explaining(Explainer.of(catalog), report));
  }

  /**
   * Writes the report's JSON.
   *
   * @param report the report
   * @param catalog the catalog it was evaluated against, for the explanations' names
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  static void write(EvaluationReport report, CatalogData catalog, Writer out) throws IOException {
    writer(report, catalog).writeValue(out, report);
    out.flush();
  }

  /**
   * Writes a final evaluation's JSON: the report, then the final evaluation's sections ({@link FinalSections#json}).
   *
   * @param result the final evaluation
   * @param catalog the catalog it was evaluated against, for the explanations' names
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  static void write(FinalEvaluation result, CatalogData catalog, Writer out) throws IOException {
    out.write("{\n\"evaluation\": ");
    writer(result.report(), catalog).writeValue(out, result.report());
    out.write(",\n\"finalEvaluation\": ");
    WRITER.writeValue(out, FinalSections.json(result, new Index(catalog), SECTIONS));
    out.write("\n}\n");
    out.flush();
  }
}
