package io.github.newinfra.examples.cli;

import java.nio.charset.Charset;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values the tool reads itself, so that a bad value is explained in the user's terms. */
final class Converters {
  private Converters() {
  }

  private static final DateTimeFormatter ISO_STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
      .withResolverStyle(ResolverStyle.STRICT);

  /** A calendar date written {@code YYYY-MM-DD}, e.g. {@code 2023-12-31}. */
  static final class Date implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      String v = Messages.escape(value);
      if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        throw new TypeConversionException("'" + v + "' is not a date: expected YYYY-MM-DD, e.g. 2023-12-31");
      }
      try {
        return LocalDate.parse(value, ISO_STRICT);
      } catch (DateTimeException e) {
        int month = Integer.parseInt(value.substring(5, 7));
        String why = month < 1 || month > 12 ? "there is no month " + month
            : "day " + Integer.parseInt(value.substring(8)) + " does not exist in " + value.substring(0, 7);
        throw new TypeConversionException("'" + v + "' is not a valid date (" + why
            + "): expected YYYY-MM-DD, e.g. 2023-12-31");
      }
    }
  }

  /** A year written with four digits, e.g. {@code 2025}. */
  static final class Year implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      if (!value.matches("[0-9]{4}")) {
        throw new TypeConversionException("'" + Messages.escape(value) + "' is not a year: expected four digits, "
            + "e.g. 2025");
      }
      return Integer.valueOf(value);
    }
  }

  /** A character encoding by its name, e.g. {@code GB18030}. */
  static final class Encoding implements ITypeConverter<Charset> {
    @Override
    public Charset convert(String value) {
      try {
        return Charset.forName(value.strip());
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("unknown encoding '" + Messages.escape(value) + "'; e.g. UTF-8, GB18030, "
            + "GBK, UTF-16");
      }
    }
  }
}
