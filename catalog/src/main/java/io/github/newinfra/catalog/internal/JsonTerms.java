package io.github.newinfra.catalog.internal;

import io.github.newinfra.model.Period;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.TypedId;
import io.github.newinfra.model.Unit;
import io.github.newinfra.model.internal.JsonMessages;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Says in the catalog format's terms what a field holds, found from the model type the field maps to: "an
 * integer", "a quantity such as "7.1万座"", "one of AT_LEAST, …". Messages never name a Java class. Not part of the
 * API.
 */
final class JsonTerms {
  private JsonTerms() {}

  /**
   * Returns the type of a field of a model type, by its accessor.
   *
   * @param owner the model type, possibly optional
   * @param field the JSON field, which is the accessor's name
   * @return the field's type, or null if unknown
   */
  static Type fieldType(Type owner, String field) {
    Class<?> raw = raw(unwrap(owner));
    if (raw == null) {
      return null;
    }
    try {
      Method accessor = raw.getMethod(field);
      return accessor.getGenericReturnType();
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /**
   * Returns the element type of a list type.
   *
   * @param list the list type, possibly optional
   * @return the element type, or null if unknown
   */
  static Type elementType(Type list) {
    Type t = unwrap(list);
    if (t instanceof ParameterizedType && Collection.class.isAssignableFrom(raw(t))) {
      return ((ParameterizedType) t).getActualTypeArguments()[0];
    }
    return null;
  }

  private static Type unwrap(Type t) {
    if (t instanceof ParameterizedType && raw(t) == Optional.class) {
      return ((ParameterizedType) t).getActualTypeArguments()[0];
    }
    return t;
  }

  private static Class<?> raw(Type t) {
    if (t instanceof Class) {
      return (Class<?>) t;
    }
    if (t instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) t).getRawType();
    }
    return null;
  }

  /**
   * Says what a field of a type holds.
   *
   * @param type the type, or null if unknown
   * @return e.g. {@code an integer}
   */
  static String describe(Type type) {
    Type t = unwrap(type);
    Class<?> raw = raw(t);
    if (raw == null) {
      return "a value of another kind";
    }
    if (Collection.class.isAssignableFrom(raw)) {
      Type element = elementType(t);
      return element == null ? "an array" : "an array, each element " + describe(element);
    }
    if (Map.class.isAssignableFrom(raw)) {
      return "an object";
    }
    if (raw == String.class) {
      return "a string";
    }
    if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
      return "an integer";
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return "true or false";
    }
    if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
      return "a decimal such as \"0.1\"";
    }
    if (raw == Quantity.class) {
      return "a quantity such as \"7.1万座\"";
    }
    if (raw == Unit.class) {
      return "a unit such as \"万座\"";
    }
    if (raw == Period.class) {
      return "a period such as \"2020\" or \"2023-Q2\"";
    }
    if (raw == LocalDate.class) {
      return "a date such as \"2020-04-30\"";
    }
    if (raw == RegionCode.class) {
      return "a six-digit region code such as \"320000\"";
    }
    if (TypedId.class.isAssignableFrom(raw)) {
      return "an id (a string)";
    }
    if (raw.isEnum()) {
      return "one of " + Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name())
          .collect(Collectors.joining(", "));
    }
    return "an object";
  }

  /**
   * Puts a message of the parser or of a model type in the catalog's terms: no class, feature or setting names
   * ({@link JsonMessages#plain}).
   *
   * @param message the message
   * @return the message in the catalog's terms
   */
  static String plain(String message) {
    return JsonMessages.plain(message);
  }
}
