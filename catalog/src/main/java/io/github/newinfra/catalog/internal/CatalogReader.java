package io.github.newinfra.catalog.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.newinfra.catalog.CatalogFormatException;
import io.github.newinfra.catalog.Problem;
import io.github.newinfra.catalog.ProblemType;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.CrossCutting;
import io.github.newinfra.model.Department;
import io.github.newinfra.model.Document;
import io.github.newinfra.model.Facility;
import io.github.newinfra.model.FiscalFact;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.Measure;
import io.github.newinfra.model.MeasureLink;
import io.github.newinfra.model.NewInfraException;
import io.github.newinfra.model.OutcomeLink;
import io.github.newinfra.model.Pillar;
import io.github.newinfra.model.Region;
import io.github.newinfra.model.ReportedValue;
import io.github.newinfra.model.Section;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.json.ModelJson;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads catalog JSON into {@link CatalogData}, element by element, so that every malformed element is reported
 * with its JSON path as it stands in the file instead of stopping at the first; an element that is not an object
 * ({@code null}, a number) is such a problem too, and so is a file without {@code formatVersion} and a field given
 * twice in one object ({@link DuplicateFields}). Messages say
 * what was expected and what was found, in the catalog's terms. Malformed JSON as such is a {@link CatalogFormatException}
 * with line and column. Not part of the API.
 */
public final class CatalogReader {
  private static final ObjectMapper MAPPER = ModelJson.newMapper();
  /** Trees are read with repeated fields kept (the last wins): {@link DuplicateFields} makes each a problem. */
  private static final ObjectReader TREE = MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .without(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  /** How each top-level array is read into the builder. */
  private static final Map<String, Field<?>> FIELDS = ImmutableMap.<String, Field<?>>builder()
      .put("documents", new Field<>(Document.class, CatalogData.Builder::addDocuments, "a document", "id"))
      .put("pillars", new Field<>(Pillar.class, CatalogData.Builder::addPillars, "a pillar", "id"))
      .put("crossCutting", new Field<>(CrossCutting.class, CatalogData.Builder::addCrossCutting,
          "a cross-cutting class", "id"))
      .put("sections", new Field<>(Section.class, CatalogData.Builder::addSections, "a section", "id"))
      .put("measures", new Field<>(Measure.class, CatalogData.Builder::addMeasures, "a measure", "id"))
      .put("departments", new Field<>(Department.class, CatalogData.Builder::addDepartments, "a department", "id"))
      .put("regions", new Field<>(Region.class, CatalogData.Builder::addRegions, "a region", "code"))
      .put("indicators", new Field<>(Indicator.class, CatalogData.Builder::addIndicators, "an indicator", "id"))
      .put("targets", new Field<>(Target.class, CatalogData.Builder::addTargets, "a target", "id"))
      .put("reportedValues", new Field<>(ReportedValue.class, CatalogData.Builder::addReportedValues, "a reported value", "id"))
      .put("fiscalFacts", new Field<>(FiscalFact.class, CatalogData.Builder::addFiscalFacts, "a fiscal fact", "id"))
      .put("facilities", new Field<>(Facility.class, CatalogData.Builder::addFacilities, "a facility", "id"))
      .put("measureLinks", new Field<>(MeasureLink.class, CatalogData.Builder::addMeasureLinks, "a measure link", "from"))
      .put("outcomeLinks", new Field<>(OutcomeLink.class, CatalogData.Builder::addOutcomeLinks, "an outcome link", "target"))
      .build();

  /** Immutables' message for a missing required attribute. */
  private static final Pattern MISSING = Pattern.compile("some of required attributes are not set \\[([^\\]]*)\\]");

  private static final class Field<T> {
    final Class<T> type;
    final BiConsumer<CatalogData.Builder, T> add;
    final String noun;
    final String idField;

    Field(Class<T> type, BiConsumer<CatalogData.Builder, T> add, String noun, String idField) {
      this.type = type;
      this.add = add;
      this.noun = noun;
      this.idField = idField;
    }

    void read(JsonNode node, CatalogData.Builder builder) throws JsonProcessingException {
      add.accept(builder, MAPPER.treeToValue(node, type));
    }
  }

  /** What a read produced: the elements that could be read, a problem for each that could not, and where. */
  public static final class Result {
    private final CatalogData data;
    private final List<Problem> problems;
    private final Locations locations;

    Result(CatalogData data, List<Problem> problems, Locations locations) {
      this.data = data;
      this.problems = ImmutableList.copyOf(problems);
      this.locations = locations;
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

    /**
     * Returns where the elements that were read stand in the file.
     *
     * @return the locations
     */
    public Locations locations() {
      return locations;
    }
  }

  private CatalogReader() {}

  /**
   * Pairs content with the problems found while reading it.
   *
   * @param data the content
   * @param problems the problems
   * @param locations where the content stands in its file
   * @return the result
   */
  public static Result withData(CatalogData data, List<Problem> problems, Locations locations) {
    return new Result(data, problems, locations);
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
    List<Problem> problems = new ArrayList<>();
    try (JsonParser parser = MAPPER.getFactory().createParser(in)) {
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      DuplicateFields fields = new DuplicateFields(parser);
      try {
        // Content after the object is reported below, in the catalog's words.
        root = TREE.readTree(fields);
        problems.addAll(fields.problems());
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
      throw new CatalogFormatException(source, -1, -1, JsonTerms.plain(e.getOriginalMessage()));
    } catch (CharConversionException e) {
      // The first bytes made the parser take the input for UTF-16 or UTF-32, and it is not that either.
      throw new CatalogFormatException(source, -1, -1, "the input is not UTF-8 JSON text (" + e.getMessage() + ")");
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new CatalogFormatException(source, at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(),
          JsonTerms.plain(e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new CatalogFormatException(source, 1, 1, "expected a JSON object at the top level");
    }
    CatalogData.Builder builder = CatalogData.builder();
    Locations.Builder locations = new Locations.Builder();
    if (!root.has("formatVersion")) {
      problems.add(Problem.of("$.formatVersion", ProblemType.MALFORMED, "missing formatVersion: a catalog file "
          + "states the version of its format, " + CatalogData.FORMAT_VERSION + " for this library"));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> entry = it.next();
      String name = entry.getKey();
      JsonNode value = entry.getValue();
      String path = "$." + name;
      if (name.equals("formatVersion")) {
        if (!value.isInt() || value.intValue() != CatalogData.FORMAT_VERSION) {
          problems.add(Problem.of(path, ProblemType.MALFORMED, "unsupported formatVersion " + found(value)
              + ": this library reads version " + CatalogData.FORMAT_VERSION));
        }
      } else if (name.equals("texts")) {
        readTexts(value, builder, problems);
      } else if (FIELDS.containsKey(name)) {
        if (!value.isArray()) {
          problems.add(Problem.of(path, ProblemType.MALFORMED, "expected an array, found " + found(value)));
          continue;
        }
        Field<?> field = FIELDS.get(name);
        for (int i = 0; i < value.size(); i++) {
          JsonNode element = value.get(i);
          String at = path + "[" + i + "]";
          if (!element.isObject()) {
            problems.add(Problem.of(at, ProblemType.MALFORMED, "expected " + field.noun + " (a JSON object), found "
                + found(element)));
            continue;
          }
          try {
            field.read(element, builder);
            locations.read(name, i);
          } catch (JsonProcessingException | NewInfraException | IllegalStateException | IllegalArgumentException e) {
            problems.add(describe(at, e, element, field.type));
            JsonNode id = element.get(field.idField);
            if (id != null && id.isTextual()) {
              locations.unread(name, id.textValue(), at);
            }
          }
        }
      } else {
        problems.add(Problem.of(path, ProblemType.MALFORMED, "unknown field '" + name + "'; known fields are "
            + "formatVersion, texts, " + String.join(", ", FIELDS.keySet())));
      }
    }
    return new Result(builder.build(), problems, locations.build());
  }

  private static void readTexts(JsonNode value, CatalogData.Builder builder, List<Problem> problems) {
    if (!value.isObject()) {
      problems.add(Problem.of("$.texts", ProblemType.MALFORMED, "expected an object of document id to text, found "
          + found(value)));
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> text = it.next();
      if (text.getValue().isTextual()) {
        builder.putText(text.getKey(), text.getValue().textValue());
      } else {
        problems.add(Problem.of("$.texts." + text.getKey(), ProblemType.MALFORMED, "expected the document's text as "
            + "a string, found " + found(text.getValue())));
      }
    }
  }

  /** Turns a failure to read one element into a problem at the deepest path known, in the catalog's terms. */
  static Problem describe(String elementPath, Exception e, JsonNode element, Class<?> elementType) {
    StringBuilder path = new StringBuilder(elementPath);
    Throwable cause = e;
    JsonNode at = element;
    Type expected = elementType;
    if (e instanceof JsonMappingException) {
      for (JsonMappingException.Reference ref : ((JsonMappingException) e).getPath()) {
        if (ref.getFieldName() != null) {
          path.append('.').append(ref.getFieldName());
          at = at == null ? null : at.get(ref.getFieldName());
          expected = JsonTerms.fieldType(expected, ref.getFieldName());
        } else if (ref.getIndex() >= 0) {
          path.append('[').append(ref.getIndex()).append(']');
          at = at == null ? null : at.get(ref.getIndex());
          expected = JsonTerms.elementType(expected);
        }
      }
      if (e instanceof ValueInstantiationException && e.getCause() != null) {
        cause = e.getCause();
      } else if (e.getCause() instanceof NewInfraException || e.getCause() instanceof IllegalStateException) {
        cause = e.getCause();
      }
    }
    if (cause instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) cause;
      List<String> known = new ArrayList<>();
      if (u.getKnownPropertyIds() != null) {
        u.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
      }
      return Problem.of(path.toString(), ProblemType.MALFORMED, "unknown field '" + u.getPropertyName() + "'"
          + (known.isEmpty() ? "" : "; known fields are " + String.join(", ", known)));
    }
    if (cause instanceof MismatchedInputException) {
      Type target = expected != null ? expected : ((MismatchedInputException) cause).getTargetType();
      String message = "expected " + JsonTerms.describe(target) + ", found " + found(at);
      if (at != null && at.isNull()) {
        message += "; leave out an optional field rather than writing null";
      }
      return Problem.of(path.toString(), ProblemType.MALFORMED, message);
    }
    if (cause instanceof NewInfraException || cause instanceof IllegalStateException
        || cause instanceof IllegalArgumentException) {
      Matcher missing = MISSING.matcher(String.valueOf(cause.getMessage()));
      if (missing.find()) {
        String fields = missing.group(1);
        return Problem.of(path.toString(), ProblemType.MALFORMED, "missing required field"
            + (fields.contains(",") ? "s " : " ") + fields + hints(elementType, fields));
      }
      return Problem.of(path.toString(), ProblemType.INVALID_VALUE, JsonTerms.plain(String.valueOf(cause.getMessage())));
    }
    String message = cause instanceof JsonProcessingException
        ? ((JsonProcessingException) cause).getOriginalMessage() : cause.getMessage();
    return Problem.of(path.toString(), ProblemType.MALFORMED,
        message == null ? "this element cannot be read" : JsonTerms.plain(message));
  }

  /**
   * What to write for a missing field that an earlier version of the format did not require, so that a catalog
   * written for it is migrated with a message rather than read with a guess.
   */
  private static String hints(Class<?> elementType, String fields) {
    if (java.util.Arrays.asList(fields.split(",\\s*")).contains("region")
        && (elementType == Target.class || elementType == ReportedValue.class)) {
      return ": the GB/T 2260 code of the region " + (elementType == Target.class ? "the target is for" : "the figure "
          + "is for") + ", e.g. \"region\": \"320000\" (earlier versions took Jiangsu, 320000, when it was left out;"
          + " a catalog of another plan names its own)";
    }
    return "";
  }

  /** What a JSON value is, for messages: the value itself when short, its kind otherwise. */
  static String found(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isObject()) {
      return "an object";
    }
    String text = node.toString();
    return text.length() <= 40 ? text : text.substring(0, 20) + "…" + text.substring(text.length() - 10)
        + " (" + text.length() + " characters)";
  }
}
