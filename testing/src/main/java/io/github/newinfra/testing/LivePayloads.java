package io.github.newinfra.testing;

import io.github.newinfra.model.internal.SafeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a hostile text ({@link MalformedInputs#MARKUP}, {@link MalformedInputs#FORMULAS},
 * {@link MalformedInputs#CONTROLS}) that an output carries live rather than as text: a control or bidirectional
 * formatting character raw, Markdown that a renderer would turn into a tag, a link of another scheme than http or
 * https, an image or an e-mail link, a CSV cell that a spreadsheet would take for a formula. Each method returns
 * what it found and where, or nothing when the output is inert.
 *
 * <pre>{@code
 * StringWriter md = new StringWriter();
 * Reports.write(report, data, ReportFormat.MARKDOWN, Locale.ENGLISH, md);
 * LivePayloads.inMarkdown(md.toString()).ifPresent(found -> fail(found));
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class LivePayloads {
  /** What a spreadsheet reads as a number rather than a formula. */
  private static final Pattern NUMBER = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?%?");

  /**
   * An HTML tag or comment, an autolink of another scheme than http(s), a link or image destination, a link
   * reference definition: each not behind a backslash.
   */
  private static final Pattern MARKDOWN = Pattern.compile("<(?!https?://[^\\s<>]*>)[A-Za-z!/?]|\\]\\s*[(\\[:]|\\[");

  /** An e-mail address a GFM renderer would link: an at sign right after a word character (not a backslash). */
  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._+-]@[A-Za-z0-9]");

  private LivePayloads() {}

  /**
   * Finds a control or bidirectional formatting character other than a line break (which every text format
   * uses for its own lines), or an unpaired surrogate.
   *
   * @param output any output as text
   * @return what was found and where, or nothing
   */
  public static Optional<String> controlOrBidi(String output) {
    for (int i = 0; i < output.length(); i++) {
      char c = output.charAt(i);
      boolean lone = Character.isHighSurrogate(c) ? i + 1 >= output.length()
          || !Character.isLowSurrogate(output.charAt(i + 1)) : Character.isLowSurrogate(c)
          && (i == 0 || !Character.isHighSurrogate(output.charAt(i - 1)));
      if ((c != '\n' && SafeText.isControlOrBidi(c)) || lone) {
        return Optional.of(String.format("raw U+%04X at %d: %s", (int) c, i, around(output, i)));
      }
    }
    return Optional.empty();
  }

  /**
   * Finds markup in Markdown (besides control characters): an HTML tag or comment, an autolink other than
   * {@code <http://…>} or {@code <https://…>}, a link, image or reference that a {@code [} not behind a backslash
   * could start, or an e-mail autolink.
   *
   * @param markdown the Markdown
   * @return what was found and where, or nothing
   */
  public static Optional<String> inMarkdown(String markdown) {
    Optional<String> control = controlOrBidi(markdown);
    if (control.isPresent()) {
      return control;
    }
    for (Pattern p : List.of(MARKDOWN, EMAIL)) {
      Matcher m = p.matcher(markdown);
      while (m.find()) {
        if (p == EMAIL || !escaped(markdown, m.start())) {
          return Optional.of("markup at " + m.start() + ": " + around(markdown, m.start()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Finds, in a CSV text, a missing UTF-8 byte-order mark, a cell that a spreadsheet would take for a formula
   * (starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return, unless it is a number), a
   * row with another number of cells than the header, or a raw control character.
   *
   * @param csv the CSV, as written
   * @return what was found and where, or nothing
   */
  public static Optional<String> inCsv(String csv) {
    if (!csv.startsWith("\uFEFF")) {
      return Optional.of("no byte-order mark: " + around(csv, 0));
    }
    List<List<String>> rows = rows(csv.substring(1));
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row.size() != rows.get(0).size()) {
        return Optional.of("row " + (r + 1) + " has " + row.size() + " cells, the header " + rows.get(0).size()
            + ": " + row);
      }
      for (String cell : row) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !NUMBER.matcher(cell).matches()) {
          return Optional.of("a formula in row " + (r + 1) + ": " + cell);
        }
        Optional<String> control = controlOrBidi(cell);
        if (control.isPresent()) {
          return Optional.of("row " + (r + 1) + ": " + control.get());
        }
      }
    }
    return Optional.empty();
  }

  /** Splits CSV text into rows of unquoted cells (RFC 4180: quotes around a cell, {@code ""} for a quote). */
  static List<List<String>> rows(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      any = true;
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        any = false;
      } else {
        cell.append(c);
      }
    }
    if (any) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }

  private static boolean escaped(String s, int at) {
    int backslashes = 0;
    for (int i = at - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  private static String around(String s, int at) {
    return SafeText.escape(s.substring(Math.max(0, at - 60), Math.min(s.length(), at + 40)));
  }
}
