package io.github.newinfra.model;

import java.util.Locale;

/** Argument checks with messages that name the value and the rule. Not part of the API. */
final class Checks {
  private Checks() {}

  static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new InvalidValueException(name + " must not be null");
    }
    // Equivalent mutant (value to null): every caller checks and ignores the value returned.
    return value;
  }

  static void check(boolean ok, String format, Object... args) {
    if (!ok) {
      throw new InvalidValueException(String.format(Locale.ROOT, format, args));
    }
  }
}
