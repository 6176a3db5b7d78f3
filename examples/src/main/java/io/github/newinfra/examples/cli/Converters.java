package io.github.newinfra.examples.cli;

import io.github.newinfra.core.report.Label;
import io.github.newinfra.core.report.Labels;
import java.nio.charset.Charset;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values the tool reads itself, so that a bad value is explained in the user's terms. */
final class Converters {
  private Converters() {
  }

  /**
   * A bad option value, with its wording: the message is English; {@link NewInfraCli} words it again in the
   * command's language from the label and its arguments.
   */
  static final class BadValue extends TypeConversionException {
    private static final long serialVersionUID = 1L;
    final transient Label label;
    final transient Object[] args;

    BadValue(Label label, Object... args) {
      super(Labels.of(Locale.ENGLISH).format(label, args));
      this.label = label;
      this.args = args.clone();
    }
  }

  private static final DateTimeFormatter ISO_STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
      .withResolverStyle(ResolverStyle.STRICT);

  /** A calendar date written {@code YYYY-MM-DD}, e.g. {@code 2023-12-31}. */
  static final class Date implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      String v = Messages.escape(value);
      if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        throw new BadValue(Label.NOT_A_DATE, v);
      }
      try {
        return LocalDate.parse(value, ISO_STRICT);
      } catch (DateTimeException e) {
        int month = Integer.parseInt(value.substring(5, 7));
        throw month < 1 || month > 12 ? new BadValue(Label.NO_SUCH_MONTH, v, month)
            : new BadValue(Label.NO_SUCH_DAY, v, Integer.parseInt(value.substring(8)), value.substring(0, 7));
      }
    }
  }

  /** A year written with four digits, e.g. {@code 2025}. */
  static final class Year implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      if (!value.matches("[0-9]{4}")) {
        throw new BadValue(Label.NOT_A_YEAR, Messages.escape(value));
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
        throw new BadValue(Label.UNKNOWN_ENCODING, Messages.escape(value));
      }
    }
  }
}
