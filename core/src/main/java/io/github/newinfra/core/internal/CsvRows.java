package io.github.newinfra.core.internal;

import io.github.newinfra.core.ObservationFormatException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Streams SDMX-CSV-style observation rows into a {@link RowSink}: a header naming the columns (any order,
 * case-insensitive, extra columns ignored), then one record per line; fields may be double-quoted, with
 * {@code ""} for a quote and line breaks inside quotes. Blank lines are skipped; lines end at LF, CR LF or CR.
 * Surrounding whitespace of every field is stripped. Not part of the API.
 *
 * <p>Linear in the input, with bounded memory per row: a record longer than the maximum record length is
 * rejected with its first characters only, and reading goes on at the next line; a quote still open at that
 * length or at the end of the input rejects the record's first line, and the lines after it are read again
 * one by one (each rejected alone if its own quote stays open).
 */
public final class CsvRows {
  /** The columns a header must name. */
  static final String[] REQUIRED = {"INDICATOR", "REF_AREA", "TIME_PERIOD", "OBS_VALUE"};
  /** The columns read when present. */
  static final String[] OPTIONAL = {"UNIT_MEASURE", "UNIT_MULT", "OBS_STATUS", "COMMENT", "PUBLISHED", "SOURCE"};

  private CsvRows() {}

  /**
   * Reads every record with records of at most 1 Mi characters.
   *
   * @param in the CSV text; not closed
   * @param source a name for messages
   * @param sink receives one call per record
   * @throws ObservationFormatException if the header lacks a required column, or reading fails
   */
  public static void read(Reader in, String source, RowSink sink) {
    read(in, source, 1 << 20, sink);
  }

  /**
   * Reads every record.
   *
   * @param in the CSV text; not closed
   * @param source a name for messages
   * @param maxRecord the most characters a record may have
   * @param sink receives one call per record
   * @throws ObservationFormatException if the header lacks a required column, or reading fails
   */
  public static void read(Reader in, String source, int maxRecord, RowSink sink) {
    String shownSource = SafeText.escape(source);
    // A header may be longer than a record limit set low for rows.
    Lines lines = new Lines(in, Math.max(maxRecord, 1 << 16));
    try {
      Line header = lines.next();
      lines.max = maxRecord;
      if (header == null) {
        throw new ObservationFormatException(shownSource + ": empty input; expected a header line naming the columns "
            + String.join(",", REQUIRED));
      }
      if (header.tooLong) {
        throw new ObservationFormatException(shownSource + ": line 1: the header is longer than "
            + Math.max(maxRecord, 1 << 16) + " characters");
      }
      String text = header.text.startsWith("\uFEFF") ? header.text.substring(1) : header.text;
      Fields names = new Fields();
      if (!names.feed(text, false)) {
        throw new ObservationFormatException(shownSource + ": line 1: unterminated quote in the header");
      }
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < names.size(); i++) {
        columns.putIfAbsent(names.get(i).toUpperCase(Locale.ROOT), i);
      }
      List<String> missing = new ArrayList<>();
      for (String r : REQUIRED) {
        if (!columns.containsKey(r)) {
          missing.add(r);
        }
      }
      if (!missing.isEmpty()) {
        throw new ObservationFormatException(SafeText.message(shownSource + ": line 1: the header lacks the required "
            + "column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + "; found: " + text));
      }
      int width = names.size();
      int[] at = new int[REQUIRED.length + OPTIONAL.length];
      for (int i = 0; i < REQUIRED.length; i++) {
        at[i] = columns.get(REQUIRED[i]);
      }
      for (int i = 0; i < OPTIONAL.length; i++) {
        at[REQUIRED.length + i] = columns.getOrDefault(OPTIONAL[i], -1);
      }
      new Records(lines, maxRecord, width, at, sink).run();
    } catch (Decoding.InvalidEncodingException e) {
      throw new ObservationFormatException(shownSource + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new ObservationFormatException(SafeText.message(shownSource + ": cannot read: " + e.getMessage()), e);
    }
  }

  /** Turns lines into records and records into sink calls. */
  private static final class Records {
    private final Lines lines;
    private final int maxRecord;
    private final int width;
    private final int[] at;
    private final RowSink sink;
    private final Fields fields = new Fields();
    /** Lines read past an unterminated quote, to be read again one by one. */
    private final ArrayDeque<Line> again = new ArrayDeque<>();
    private long ordinal;

    Records(Lines lines, int maxRecord, int width, int[] at, RowSink sink) {
      this.lines = lines;
      this.maxRecord = maxRecord;
      this.width = width;
      this.at = at;
      this.sink = sink;
    }

    void run() throws IOException {
      while (true) {
        boolean rereading = !again.isEmpty();
        Line line = rereading ? again.poll() : lines.next();
        if (line == null) {
          return;
        }
        if (line.text.isEmpty() && !line.tooLong) {
          continue;
        }
        if (line.tooLong) {
          sink.malformed(ordinal++, line.number, "the record is longer than " + maxRecord
              + " characters, the most one row may have; reading goes on at the next line", line.excerpt());
          continue;
        }
        if (fields.feed(line.text, false)) {
          emit(line.number, line.text);
        } else if (rereading) {
          sink.malformed(ordinal++, line.number, "unterminated quoted field: the quote is not closed on this line "
              + "(lines after an unterminated quote are read one by one)", line.text);
        } else {
          continueQuote(line);
        }
      }
    }

    /** A quote is open at the end of {@code first}: reads on until it closes, the limit, or the end. */
    private void continueQuote(Line first) throws IOException {
      List<Line> span = new ArrayList<>();
      long length = first.text.length();
      boolean closed = false;
      boolean end = false;
      while (true) {
        Line next = lines.next();
        if (next == null) {
          end = true;
          break;
        }
        span.add(next);
        if (next.tooLong || length + 1 + next.text.length() > maxRecord) {
          break;
        }
        length += 1 + next.text.length();
        if (fields.feed(next.text, true)) {
          closed = true;
          break;
        }
      }
      if (closed) {
        StringBuilder record = new StringBuilder((int) length).append(first.text);
        for (Line l : span) {
          record.append('\n').append(l.text);
        }
        emit(first.number, record);
        return;
      }
      sink.malformed(ordinal++, first.number, "unterminated quoted field: no closing quote "
          + (end ? "before the end of the input" : "within " + maxRecord + " characters")
          + "; reading goes on at the next line", first.text);
      again.addAll(span);
    }

    private void emit(long line, CharSequence input) {
      if (fields.size() != width) {
        sink.malformed(ordinal++, line, "expected " + width + " fields as in the header, found " + fields.size(),
            input);
        return;
      }
      sink.row(ordinal++, line, fields.get(at[0]), fields.get(at[1]), fields.get(at[2]), fields.get(at[3]),
          field(at[4]), field(at[5]), field(at[6]), field(at[8]), field(at[9]), input);
    }

    private String field(int index) {
      return index < 0 ? "" : fields.get(index);
    }
  }

  /** One physical line, or the start of one that is too long. */
  static final class Line {
    final long number;
    final String text;
    final boolean tooLong;
    final long length;

    Line(long number, String text, boolean tooLong, long length) {
      this.number = number;
      this.text = text;
      this.tooLong = tooLong;
      this.length = length;
    }

    CharSequence excerpt() {
      return tooLong ? text + "…(" + (length - text.length()) + " more characters)" : text;
    }
  }

  /** Splits text into lines at LF, CR LF or CR; keeps at most the first characters of a line over the limit. */
  static final class Lines {
    private final Reader in;
    int max;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;
    private boolean skipLf;
    private long number;
    private final StringBuilder carry = new StringBuilder();

    Lines(Reader in, int max) {
      this.in = in;
      this.max = max;
    }

    /** Returns the next line, or null at the end of the input. */
    Line next() throws IOException {
      carry.setLength(0);
      long length = 0;
      boolean any = false;
      while (true) {
        if (pos == lim) {
          if (eof || !fill()) {
            if (!any) {
              return null;
            }
            return line(length, null, 0, 0);
          }
        }
        if (skipLf) {
          skipLf = false;
          if (buf[pos] == '\n') {
            pos++;
            continue;
          }
        }
        any = true;
        int start = pos;
        int i = pos;
        int end = lim;
        while (i < end && buf[i] != '\n' && buf[i] != '\r') {
          i++;
        }
        if (i < end) {
          pos = i + 1;
          if (buf[i] == '\r') {
            skipLf = true;
          }
          return line(length, buf, start, i - start);
        }
        keep(buf, start, end - start, length);
        length += end - start;
        pos = end;
      }
    }

    private Line line(long length, char[] tail, int from, int count) {
      number++;
      long total = length + count;
      if (total > max) {
        if (tail != null) {
          keep(tail, from, count, length);
        }
        int keep = Math.min(carry.length(), SafeText.EXCERPT);
        return new Line(number, carry.substring(0, keep), true, total);
      }
      String text;
      if (carry.length() == 0) {
        text = tail == null ? "" : new String(tail, from, count);
      } else {
        if (tail != null) {
          carry.append(tail, from, count);
        }
        text = carry.toString();
      }
      return new Line(number, text, false, total);
    }

    /** Keeps characters of a line while it is within the limit (and a little beyond, for its excerpt). */
    private void keep(char[] b, int from, int count, long before) {
      long room = Math.max(max, SafeText.EXCERPT) + 1L - before;
      if (room > 0) {
        carry.append(b, from, (int) Math.min(count, room));
      }
    }

    private boolean fill() throws IOException {
      int r;
      do {
        r = in.read(buf, 0, buf.length);
      } while (r == 0);
      if (r < 0) {
        eof = true;
        pos = lim = 0;
        return false;
      }
      pos = 0;
      lim = r;
      return true;
    }
  }

  /** The fields of one record, filled line by line; each field stripped of surrounding whitespace. */
  static final class Fields {
    private static final int START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int AFTER_QUOTE = 3;

    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private int state;

    int size() {
      return fields.size();
    }

    String get(int i) {
      return fields.get(i);
    }

    /**
     * Reads one line of a record.
     *
     * @param line the line
     * @param continuation whether it continues a record whose quote is open
     * @return whether the record is complete; false if a quote is open at the end of the line
     */
    boolean feed(String line, boolean continuation) {
      int n = line.length();
      if (!continuation) {
        fields.clear();
        field.setLength(0);
        state = START;
        if (line.indexOf('"') < 0) {
          int from = 0;
          for (int i = 0; i < n; i++) {
            if (line.charAt(i) == ',') {
              fields.add(line.substring(from, i).strip());
              from = i + 1;
            }
          }
          fields.add(line.substring(from, n).strip());
          return true;
        }
      } else {
        field.append('\n');
      }
      for (int i = 0; i < n; i++) {
        char c = line.charAt(i);
        switch (state) {
          case START:
            if (c == '"') {
              state = QUOTED;
            } else if (c == ',') {
              endField();
            } else {
              field.append(c);
              state = UNQUOTED;
            }
            break;
          case UNQUOTED:
          case AFTER_QUOTE:
            if (c == ',') {
              endField();
            } else {
              field.append(c);
            }
            break;
          default:
            if (c == '"') {
              if (i + 1 < n && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
              } else {
                state = AFTER_QUOTE;
              }
            } else {
              field.append(c);
            }
        }
      }
      if (state == QUOTED) {
        return false;
      }
      endField();
      return true;
    }

    private void endField() {
      fields.add(field.toString().strip());
      field.setLength(0);
      state = START;
    }
  }
}
