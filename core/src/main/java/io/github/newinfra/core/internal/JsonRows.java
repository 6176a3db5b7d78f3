package io.github.newinfra.core.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.newinfra.core.ObservationFormatException;
import io.github.newinfra.model.json.ModelJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Streams a JSON array of observations (the {@code Observation} JSON form) into a {@link RowSink}, one element
 * at a time. An element that is not an object, has an unknown field or a field of the wrong type is a malformed
 * row; JSON that is not well-formed stops the read with an {@link ObservationFormatException}. Not part of the
 * API.
 */
public final class JsonRows {
  private static final ObjectMapper MAPPER = ModelJson.newMapper();
  private static final ObjectReader ELEMENT = MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Set<String> FIELDS =
      Set.of("indicator", "region", "period", "value", "unit", "unitMult", "status", "comment", "published", "source");

  private JsonRows() {}

  /**
   * Reads every element.
   *
   * @param in the JSON; not closed
   * @param source a name for messages
   * @param sink receives one call per element
   * @throws ObservationFormatException if the input is not a well-formed JSON array
   */
  public static void read(InputStream in, String source, RowSink sink) {
    try (JsonParser parser = MAPPER.getFactory().createParser(in)) {
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new ObservationFormatException(source + ": expected a JSON array of observations");
      }
      JsonStreamContext array = parser.getParsingContext();
      long ordinal = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        long line = parser.currentLocation().getLineNr();
        JsonNode node;
        try {
          node = ELEMENT.readTree(parser);
        } catch (NumberFormatException e) {
          // A well-formed number that no BigDecimal can hold (an exponent beyond int range): this element is
          // rejected, the rest of the array is still read.
          String number = parser.getText();
          skipRestOfElement(parser, array);
          sink.malformed(ordinal++, line, "the number " + abbreviate(number) + " is out of range", number);
          continue;
        }
        element(ordinal++, line, node, sink);
      }
      if (parser.nextToken() != null) {
        throw new ObservationFormatException(source + ": unexpected content after the array at line "
            + parser.currentLocation().getLineNr());
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ObservationFormatException(source + ": malformed JSON" + (at == null ? "" : " at line "
          + at.getLineNr() + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ObservationFormatException(source + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** After a failure inside an element, reads on until the parser is back in the array, after the element. */
  private static void skipRestOfElement(JsonParser parser, JsonStreamContext array) throws IOException {
    while (parser.getParsingContext() != array) {
      if (parser.nextToken() == null) {
        throw new IOException("the input ends inside an array element");
      }
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 20) + "…" + text.substring(text.length() - 10)
        + " (" + text.length() + " characters)";
  }

  private static void element(long ordinal, long line, JsonNode node, RowSink sink) {
    String input = node.toString();
    if (!node.isObject()) {
      sink.malformed(ordinal, line, "expected an observation object, found " + node.getNodeType(), input);
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> f = it.next();
      if (!FIELDS.contains(f.getKey())) {
        sink.malformed(ordinal, line, "unknown field '" + f.getKey() + "'; known fields are " + FIELDS, input);
        return;
      }
      if (!f.getValue().isValueNode()) {
        sink.malformed(ordinal, line, "field '" + f.getKey() + "' must be a string or a number", input);
        return;
      }
    }
    sink.row(ordinal, line, text(node, "indicator"), text(node, "region"), text(node, "period"), text(node, "value"),
        text(node, "unit"), text(node, "unitMult"), text(node, "status"), text(node, "published"),
        text(node, "source"), input);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asText().strip();
  }
}
