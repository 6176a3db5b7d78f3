package io.github.newinfra.catalog.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.newinfra.catalog.CatalogFormatException;
import io.github.newinfra.catalog.Problem;
import io.github.newinfra.catalog.ProblemType;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Department;
import io.github.newinfra.model.Document;
import io.github.newinfra.model.Facility;
import io.github.newinfra.model.FiscalFact;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.Measure;
import io.github.newinfra.model.MeasureLink;
import io.github.newinfra.model.NewInfraException;
import io.github.newinfra.model.OutcomeLink;
import io.github.newinfra.model.Region;
import io.github.newinfra.model.ReportedValue;
import io.github.newinfra.model.Section;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.json.ModelJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads catalog JSON into {@link CatalogData}, element by element, so that every malformed element is reported
 * with its JSON path instead of stopping at the first. Malformed JSON as such is a {@link CatalogFormatException}
 * with line and column. Not part of the API.
 */
public final class CatalogReader {
  private static final ObjectMapper MAPPER = ModelJson.newMapper();

  /** How each top-level array is read into the builder. */
  private static final Map<String, Field<?>> FIELDS = ImmutableMap.<String, Field<?>>builder()
      .put("documents", new Field<>(Document.class, CatalogData.Builder::addDocuments))
      .put("sections", new Field<>(Section.class, CatalogData.Builder::addSections))
      .put("measures", new Field<>(Measure.class, CatalogData.Builder::addMeasures))
      .put("departments", new Field<>(Department.class, CatalogData.Builder::addDepartments))
      .put("regions", new Field<>(Region.class, CatalogData.Builder::addRegions))
      .put("indicators", new Field<>(Indicator.class, CatalogData.Builder::addIndicators))
      .put("targets", new Field<>(Target.class, CatalogData.Builder::addTargets))
      .put("reportedValues", new Field<>(ReportedValue.class, CatalogData.Builder::addReportedValues))
      .put("fiscalFacts", new Field<>(FiscalFact.class, CatalogData.Builder::addFiscalFacts))
      .put("facilities", new Field<>(Facility.class, CatalogData.Builder::addFacilities))
      .put("measureLinks", new Field<>(MeasureLink.class, CatalogData.Builder::addMeasureLinks))
      .put("outcomeLinks", new Field<>(OutcomeLink.class, CatalogData.Builder::addOutcomeLinks))
      .build();

  private static final class Field<T> {
    final Class<T> type;
    final BiConsumer<CatalogData.Builder, T> add;

    Field(Class<T> type, BiConsumer<CatalogData.Builder, T> add) {
      this.type = type;
      this.add = add;
    }

    void read(JsonNode node, CatalogData.Builder builder) throws JsonProcessingException {
      add.accept(builder, MAPPER.treeToValue(node, type));
    }
  }

  /** What a read produced: the elements that could be read, and a problem for each that could not. */
  public static final class Result {
    private final CatalogData data;
    private final List<Problem> problems;

    Result(CatalogData data, List<Problem> problems) {
      this.data = data;
      this.problems = ImmutableList.copyOf(problems);
    }

    /**
     * Returns the elements that could be read.
     *
     * @return the content
     */
    public CatalogData data() {
      return data;
    }

    /**
     * Returns a problem for each element that could not be read.
     *
     * @return the problems, possibly empty
     */
    public List<Problem> problems() {
      return problems;
    }
  }

  private CatalogReader() {}

  /**
   * Pairs content with the problems found while reading it.
   *
   * @param data the content
   * @param problems the problems
   * @return the result
   */
  public static Result withData(CatalogData data, List<Problem> problems) {
    return new Result(data, problems);
  }

  /**
   * Reads one catalog document.
   *
   * @param in the JSON, UTF-8; not closed
   * @param source a name for messages, e.g. the file name
   * @return the content and the problems of elements that could not be read
   * @throws CatalogFormatException if the input is not well-formed JSON or breaks the reader's limits
   * @throws IOException if reading fails
   */
  public static Result read(InputStream in, String source) throws IOException {
    JsonNode root;
    try (JsonParser parser = MAPPER.getFactory().createParser(in)) {
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      try {
        root = MAPPER.readTree(parser);
      } catch (NumberFormatException e) {
        // Well-formed JSON, but a number no BigDecimal can hold (an exponent beyond int range).
        JsonLocation at = parser.currentLocation();
        throw new CatalogFormatException(source, at.getLineNr(), at.getColumnNr(), "a number is out of range");
      }
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentLocation();
        throw new CatalogFormatException(source, at.getLineNr(), at.getColumnNr(), "unexpected content after the end");
      }
    } catch (StreamConstraintsException e) {
      throw new CatalogFormatException(source, -1, -1, e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new CatalogFormatException(source, at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(),
          e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new CatalogFormatException(source, 1, 1, "expected a JSON object at the top level");
    }
    List<Problem> problems = new ArrayList<>();
    CatalogData.Builder builder = CatalogData.builder();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> entry = it.next();
      String name = entry.getKey();
      JsonNode value = entry.getValue();
      String path = "$." + name;
      if (name.equals("formatVersion")) {
        if (!value.isInt() || value.intValue() != CatalogData.FORMAT_VERSION) {
          problems.add(Problem.of(path, ProblemType.MALFORMED, "unsupported formatVersion " + value
              + ": this library reads version " + CatalogData.FORMAT_VERSION));
        }
      } else if (name.equals("texts")) {
        readTexts(value, builder, problems);
      } else if (FIELDS.containsKey(name)) {
        if (!value.isArray()) {
          problems.add(Problem.of(path, ProblemType.MALFORMED, "expected an array, found " + value.getNodeType()));
          continue;
        }
        Field<?> field = FIELDS.get(name);
        for (int i = 0; i < value.size(); i++) {
          try {
            field.read(value.get(i), builder);
          } catch (JsonProcessingException | NewInfraException | IllegalStateException e) {
            problems.add(describe(path + "[" + i + "]", e));
          }
        }
      } else {
        problems.add(Problem.of(path, ProblemType.MALFORMED, "unknown field '" + name + "'; known fields are "
            + "formatVersion, texts, " + String.join(", ", FIELDS.keySet())));
      }
    }
    return new Result(builder.build(), problems);
  }

  private static void readTexts(JsonNode value, CatalogData.Builder builder, List<Problem> problems) {
    if (!value.isObject()) {
      problems.add(Problem.of("$.texts", ProblemType.MALFORMED, "expected an object of document id to text"));
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> text = it.next();
      if (text.getValue().isTextual()) {
        builder.putText(text.getKey(), text.getValue().textValue());
      } else {
        problems.add(Problem.of("$.texts." + text.getKey(), ProblemType.MALFORMED, "expected a string"));
      }
    }
  }

  /** Turns a failure to read one element into a problem with the deepest path Jackson knows. */
  static Problem describe(String elementPath, Exception e) {
    StringBuilder path = new StringBuilder(elementPath);
    Throwable cause = e;
    if (e instanceof JsonMappingException) {
      for (JsonMappingException.Reference ref : ((JsonMappingException) e).getPath()) {
        if (ref.getFieldName() != null) {
          path.append('.').append(ref.getFieldName());
        } else if (ref.getIndex() >= 0) {
          path.append('[').append(ref.getIndex()).append(']');
        }
      }
      if (e instanceof ValueInstantiationException && e.getCause() != null) {
        cause = e.getCause();
      } else if (e.getCause() instanceof NewInfraException) {
        cause = e.getCause();
      }
    }
    String message;
    ProblemType type;
    if (cause instanceof NewInfraException || cause instanceof IllegalStateException
        || cause instanceof IllegalArgumentException) {
      type = ProblemType.INVALID_VALUE;
      message = cause.getMessage();
    } else {
      type = ProblemType.MALFORMED;
      message = cause instanceof DatabindException || cause instanceof JsonProcessingException
          ? ((JsonProcessingException) cause).getOriginalMessage() : String.valueOf(cause.getMessage());
    }
    return Problem.of(path.toString(), type, message);
  }
}
