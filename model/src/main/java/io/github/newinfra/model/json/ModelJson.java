package io.github.newinfra.model.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.newinfra.model.internal.SafeText;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The JSON configuration every newinfra module reads and writes with.
 *
 * <p>Strict on input: unknown fields, trailing tokens, numbers for enums and {@code null} anywhere are errors
 * (an optional field is omitted, never {@code null}; a {@code null} list is not an empty one), and no scalar is
 * coerced into another type: {@code 2020.5} and {@code "2020"} are not integers, {@code 5} is not text,
 * {@code "true"} is not a boolean. Exact decimals are read from JSON strings (the form they are written in) or
 * numbers. Documents are limited to {@value #MAX_DOCUMENT_BYTES} bytes, nesting to {@value #MAX_NESTING_DEPTH} levels,
 * strings to {@value #MAX_STRING_LENGTH} characters and numbers to {@value #MAX_NUMBER_DIGITS} digits; no polymorphic typing is ever enabled. Stable on
 * output: absent optional fields are omitted, dates are ISO-8601 text, exact decimals are
 * JSON strings, and properties keep the order their types declare. Every character that {@link SafeText} escapes
 * in the other formats — C0 and C1 controls, DEL, the line and paragraph separators, the bidirectional formatting
 * characters such as U+202E — is written as a JSON escape ({@code "\}{@code u202E"}), so that the text stays
 * exactly what it was for a program and cannot reorder or rewrite what a terminal or an editor shows.
 *
 * <p>Requires {@code jackson-databind}, {@code jackson-datatype-jdk8} and {@code jackson-datatype-jsr310} on
 * the class path; the model declares them optional, the catalog and core modules bring them. Mappers are
 * thread-safe once configured; this class hands out a new one per call so that callers may configure theirs
 * further without affecting others.
 */
public final class ModelJson {
  /** The largest JSON document read, in bytes (64 MiB). */
  public static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;
  /** The deepest nesting of arrays and objects read. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The longest string value read, in characters (16 Mi). */
  public static final int MAX_STRING_LENGTH = 16 * 1024 * 1024;
  /** The most digits a number read may have. */
  public static final int MAX_NUMBER_DIGITS = 1000;

  /** The JSON escapes of every character {@link SafeText#isControlOrBidi} names. */
  private static final CharacterEscapes ESCAPES = new CharacterEscapes() {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    {
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
      return c <= 0xFFFF && SafeText.isControlOrBidi((char) c)
          ? new SerializedString(String.format(Locale.ROOT, "\\u%04X", c)) : null;
    }
  };

  private ModelJson() {}

  /**
   * Returns the escapes the project's JSON output uses, for a generator made elsewhere: control and bidirectional
   * formatting characters as {@code \}{@code uXXXX}.
   *
   * @return the escapes; shared and immutable
   */
  public static CharacterEscapes characterEscapes() {
    return ESCAPES;
  }

  /**
   * Returns a new mapper with the project's configuration.
   *
   * @return a mapper; configure it further as you like
   */
  public static ObjectMapper newMapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(MAX_DOCUMENT_BYTES)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_DIGITS)
            .build())
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    factory.setCharacterEscapes(ESCAPES);
    JsonMapper mapper = JsonMapper.builder(factory)
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
        .withCoercionConfig(LogicalType.Textual, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Integer, c -> c
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Boolean, c -> c
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        // Exact decimals are written as JSON strings, so they are read from strings.
        .withCoercionConfig(BigDecimal.class, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
        .withCoercionConfig(LogicalType.Enum, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .build();
    mapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
    return mapper;
  }
}
