package io.github.newinfra.core.internal.reading;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.newinfra.core.ObservationFormatException;
import io.github.newinfra.model.internal.JsonMessages;
import io.github.newinfra.model.internal.SafeText;
import io.github.newinfra.model.json.ModelJson;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.List;

/**
 * Streams a JSON array of observations (the {@code Observation} JSON form) into a {@link RowSink}, one element
 * at a time, token by token: there is no limit on the size of the document, only on each element — its length
 * (the maximum record length), its nesting ({@value ModelJson#MAX_NESTING_DEPTH} levels, counting the array), its
 * numbers ({@value ModelJson#MAX_NUMBER_DIGITS} digits) and strings ({@value ModelJson#MAX_STRING_LENGTH}
 * characters), which {@link JsonElementLimits} checks before the parser sees the element. An element that breaks
 * one of them, is not an object, has an unknown or repeated field, a field that is not a string, number, boolean
 * or null, or a string holding an unpaired surrogate is a malformed row, and reading goes on with the next
 * element; JSON that is not well-formed stops the read with an {@link ObservationFormatException}. Not part of
 * the API.
 */
public final class JsonRows {
  private static final List<String> FIELDS =
      List.of("indicator", "region", "period", "value", "unit", "unitMult", "status", "comment", "published", "source",
          "qualifier");
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxDocumentLength(-1)
          .maxNestingDepth(ModelJson.MAX_NESTING_DEPTH)
          .maxStringLength(ModelJson.MAX_STRING_LENGTH)
          .maxNumberLength(ModelJson.MAX_NUMBER_DIGITS)
          // A field name is a string: over the string limit it is rejected with its element, never the file.
          .maxNameLength(ModelJson.MAX_STRING_LENGTH)
          .build())
      .build();

  private JsonRows() {}

  /**
   * Reads every element.
   *
   * @param in the JSON text; not closed
   * @param source a name for messages
   * @param maxRecord the most characters one element may have, as written
   * @param sink receives one call per element
   * @throws ObservationFormatException if the input is not a well-formed JSON array
   */
  public static void read(Reader in, String source, int maxRecord, RowSink sink) {
    String shownSource = SafeText.escape(source);
    JsonElementLimits limits = new JsonElementLimits(in, maxRecord, ModelJson.MAX_NESTING_DEPTH,
        ModelJson.MAX_NUMBER_DIGITS, ModelJson.MAX_STRING_LENGTH);
    try (JsonParser parser = FACTORY.createParser(limits)) {
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new ObservationFormatException(shownSource + ": expected a JSON array of observations");
      }
      Element element = new Element(parser);
      long ordinal = 0;
      JsonToken t;
      while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw new ObservationFormatException(shownSource + ": the input ends inside the array");
        }
        long line = parser.currentTokenLocation().getLineNr();
        JsonElementLimits.Rejection over = t == JsonToken.VALUE_NULL ? limits.rejection(ordinal) : null;
        if (over != null) {
          sink.malformed(ordinal++, line, over.message, over.input);
          continue;
        }
        element.read(t);
        if (element.problem != null) {
          sink.malformed(ordinal++, line, element.problem, element.input());
        } else {
          String[] v = element.values;
          sink.row(ordinal++, line, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[10], v[8], v[9], element.input());
        }
      }
      if (parser.nextToken() != null) {
        throw new ObservationFormatException(shownSource + ": unexpected content after the array at line "
            + parser.currentLocation().getLineNr());
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ObservationFormatException(SafeText.message(shownSource + ": malformed JSON" + (at == null ? ""
          : " at line " + at.getLineNr() + ", column " + at.getColumnNr()) + ": "
          + JsonMessages.plain(e.getOriginalMessage())), e);
    } catch (Decoding.InvalidEncodingException e) {
      throw new ObservationFormatException(shownSource + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new ObservationFormatException(SafeText.message(shownSource + ": cannot read: " + e.getMessage()), e);
    }
  }

  /** One array element, read token by token into field texts and a compact, bounded rendering of it. */
  private static final class Element {
    private final JsonParser parser;
    final String[] values = new String[FIELDS.size()];
    String problem;
    private final StringBuilder shown = new StringBuilder();
    private long length;
    private boolean comma;

    Element(JsonParser parser) {
      this.parser = parser;
    }

    void read(JsonToken first) throws IOException {
      Arrays.fill(values, null);
      problem = null;
      shown.setLength(0);
      length = 0;
      comma = false;
      if (first != JsonToken.START_OBJECT) {
        problem = "expected an observation object, found " + kind(first);
        token(first);
        if (first.isStructStart()) {
          skipStructure();
        }
        return;
      }
      token(first);
      JsonToken t;
      while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
        String name = parser.currentName();
        token(t);
        int index = FIELDS.indexOf(name);
        JsonToken v = parser.nextToken();
        token(v);
        if (index < 0) {
          problem("unknown field '" + name + "'; known fields are " + FIELDS);
        } else if (values[index] != null) {
          problem("field '" + name + "' appears more than once");
        }
        if (v.isStructStart()) {
          problem("field '" + name + "' must be a string or a number");
          skipStructure();
          continue;
        }
        String text = v == JsonToken.VALUE_NULL ? "" : parser.getText();
        if (hasUnpairedSurrogate(text)) {
          problem("field '" + name + "' holds an unpaired surrogate, which is not text");
        }
        if (index >= 0 && values[index] == null) {
          values[index] = text.strip();
        }
      }
      token(t);
      for (int i = 0; i < values.length; i++) {
        if (values[i] == null) {
          values[i] = "";
        }
      }
    }

    private void problem(String p) {
      if (problem == null) {
        problem = p;
      }
    }

    /** Reads to the end of the structure just started, rendering it. */
    private void skipStructure() throws IOException {
      int depth = 1;
      while (depth > 0) {
        JsonToken t = parser.nextToken();
        if (t == null) {
          throw new IOException("the input ends inside an array element");
        }
        token(t);
        if (t.isStructStart()) {
          depth++;
        } else if (t.isStructEnd()) {
          depth--;
        }
      }
    }

    /** Appends a token to the rendering, keeping only its first characters. */
    private void token(JsonToken t) throws IOException {
      if (t.isStructEnd()) {
        append(t == JsonToken.END_OBJECT ? "}" : "]");
        comma = true;
        return;
      }
      if (comma) {
        append(",");
      }
      switch (t) {
        case START_OBJECT:
          append("{");
          comma = false;
          return;
        case START_ARRAY:
          append("[");
          comma = false;
          return;
        case FIELD_NAME:
          quoted(parser.currentName());
          append(":");
          comma = false;
          return;
        case VALUE_STRING:
          quoted(parser.getText());
          break;
        default:
          append(parser.getText());
      }
      comma = true;
    }

    private void quoted(String s) {
      append("\"");
      append(s.replace("\\", "\\\\").replace("\"", "\\\""));
      append("\"");
    }

    private void append(String s) {
      length += s.length();
      int room = SafeText.MAX_INPUT + 1 - shown.length();
      if (room > 0) {
        shown.append(s, 0, Math.min(room, s.length()));
      }
    }

    CharSequence input() {
      return SafeText.excerpt(shown, length);
    }

    private static String kind(JsonToken t) {
      switch (t) {
        case START_ARRAY: return "an array";
        case VALUE_STRING: return "a string";
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT: return "a number";
        case VALUE_TRUE:
        case VALUE_FALSE: return "a boolean";
        default: return "null";
      }
    }

    private static boolean hasUnpairedSurrogate(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
          if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            i++;
          } else {
            return true;
          }
        } else if (Character.isLowSurrogate(c)) {
          return true;
        }
      }
      return false;
    }
  }
}
