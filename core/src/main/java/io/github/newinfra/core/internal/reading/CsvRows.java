package io.github.newinfra.core.internal.reading;

import io.github.newinfra.core.ObservationFormatException;
import io.github.newinfra.core.internal.threads.Workers;
import io.github.newinfra.model.internal.SafeText;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.UnmappableCharacterException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Streams SDMX-CSV-style observation rows into a {@link RowSink}: a header naming the columns (any order,
 * case-insensitive, extra columns ignored), then one record per line; fields may be double-quoted, with
 * {@code ""} for a quote and line breaks inside quotes. Blank lines are skipped; lines end at LF, CR LF or CR.
 * Surrounding whitespace of every field is stripped. A column the reader reads named twice is an error naming both;
 * other repeated names are ignored like any extra column. Not part of the API.
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
  static final String[] OPTIONAL = {"UNIT_MEASURE", "UNIT_MULT", "OBS_STATUS", "COMMENT", "PUBLISHED", "SOURCE",
      "QUALIFIER"};

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
    read(in, source, 1 << 20, sink, Workers.DEFAULT);
  }

  /**
   * Reads every record, on a reading thread of its own beside the calling thread.
   *
   * @param in the CSV text; not closed
   * @param source a name for messages
   * @param maxRecord the most characters a record may have
   * @param sink receives one call per record
   * @throws ObservationFormatException if the header lacks a required column, or reading fails
   */
  public static void read(Reader in, String source, int maxRecord, RowSink sink) {
    read(in, source, maxRecord, sink, Workers.DEFAULT);
  }

  /**
   * Reads every record.
   *
   * @param in the CSV text; not closed
   * @param source a name for messages
   * @param maxRecord the most characters a record may have
   * @param sink receives one call per record
   * @param workers where the reading thread comes from; {@link Workers#ALONE}: none, the calling thread reads
   * @throws ObservationFormatException if the header lacks a required column, or reading fails
   */
  public static void read(Reader in, String source, int maxRecord, RowSink sink, Workers workers) {
    String shownSource = SafeText.escape(source);
    // A header may be longer than a record limit set low for rows.
    Lines lines = new Lines(in, Math.max(maxRecord, HEADER));
    try {
      Line header = lines.next();
      lines.max = maxRecord;
      if (header == null) {
        throw new ObservationFormatException(shownSource + ": empty input; expected a header line naming the columns "
            + String.join(",", REQUIRED));
      }
      if (header.tooLong) {
        throw new ObservationFormatException(shownSource + ": line 1: the header is longer than "
            + Math.max(maxRecord, HEADER) + " characters");
      }
      Layout layout = Layout.of(header.toString(), shownSource);
      // Records are read on a second thread while the sink works on this one, in the same order.
      ReadAhead.run(ahead -> new Records(lines, maxRecord, layout, 0, ahead).run(), sink, workers);
    } catch (IOException e) {
      throw failure(shownSource, e);
    }
  }

  /** The fewest characters a header may have whatever the record limit. */
  static final int HEADER = 1 << 16;

  /**
   * Reads the records of the rest of a file whose header was read elsewhere: the first line of {@code in} is line
   * {@code firstLine} and its record, if any, has ordinal {@code firstOrdinal}.
   *
   * @param in the rest of the text, starting at the beginning of a line
   * @param shownSource the source's name, escaped
   * @param maxRecord the most characters a record may have
   * @param layout the header's columns
   * @param firstLine the number of the first line of {@code in}
   * @param firstOrdinal the ordinal of its first record
   * @param sink receives one call per record
   * @param workers where the reading thread comes from
   * @throws ObservationFormatException if reading fails
   */
  static void readRest(Reader in, String shownSource, int maxRecord, Layout layout, long firstLine,
      long firstOrdinal, RowSink sink, Workers workers) {
    Lines lines = new Lines(in, maxRecord);
    lines.number = firstLine - 1;
    try {
      ReadAhead.run(ahead -> new Records(lines, maxRecord, layout, firstOrdinal, ahead).run(), sink, workers);
    } catch (IOException e) {
      throw failure(shownSource, e);
    }
  }

  /** The error for a read that failed: bytes not valid in the encoding, or input/output. */
  static ObservationFormatException failure(String shownSource, IOException e) {
    if (e instanceof Decoding.InvalidEncodingException) {
      return new ObservationFormatException(shownSource + ": " + e.getMessage(), e);
    }
    return new ObservationFormatException(SafeText.message(shownSource + ": cannot read: " + e.getMessage()), e);
  }

  /** A header's columns: how many fields a record has, and which of them hold what is read. */
  static final class Layout {
    /** The number of fields of every record. */
    final int width;
    /** Per column of {@link #REQUIRED} then {@link #OPTIONAL}, its field position, or -1 when absent. */
    final int[] at;

    private Layout(int width, int[] at) {
      this.width = width;
      this.at = at;
    }

    /**
     * Reads a header line.
     *
     * @param line the header, a leading byte-order mark allowed
     * @param shownSource the source's name, escaped
     * @return its layout
     * @throws ObservationFormatException if a required column is missing, a read column is named twice or a quote
     *     is left open
     */
    static Layout of(String line, String shownSource) {
      String text = line.startsWith("\uFEFF") ? line.substring(1) : line;
      Fields names = new Fields(new boolean[0]);
      if (!names.feed(Line.of(1, text), false)) {
        throw new ObservationFormatException(shownSource + ": line 1: unterminated quote in the header");
      }
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i).strip().toUpperCase(Locale.ROOT);
        Integer before = columns.putIfAbsent(name, i);
        if (before != null && (Arrays.asList(REQUIRED).contains(name) || Arrays.asList(OPTIONAL).contains(name))) {
          throw new ObservationFormatException(SafeText.message(shownSource + ": line 1: the header names " + name
              + " twice, in columns " + (before + 1) + " and " + (i + 1) + " ('" + names.get(before).strip()
              + "' and '" + names.get(i).strip() + "'); which one holds the values is unclear, so remove or rename "
              + "one"));
        }
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
      int[] at = new int[REQUIRED.length + OPTIONAL.length];
      for (int i = 0; i < REQUIRED.length; i++) {
        at[i] = columns.get(REQUIRED[i]);
      }
      for (int i = 0; i < OPTIONAL.length; i++) {
        at[REQUIRED.length + i] = columns.getOrDefault(OPTIONAL[i], -1);
      }
      return new Layout(names.size(), at);
    }

    /** Per field position, whether its texts repeat row after row (all read columns but OBS_VALUE and SOURCE). */
    boolean[] repeated() {
      boolean[] repeated = new boolean[width];
      for (int i : new int[] {at[0], at[1], at[2], at[4], at[5], at[6], at[8], at[10]}) {
        if (i >= 0) {
          repeated[i] = true;
        }
      }
      return repeated;
    }

    /**
     * Hands one complete record, split into fields, to the sink: a row, or a malformed row when the field count
     * differs from the header's.
     */
    void emit(Fields fields, long ordinal, long line, CharSequence input, RowSink sink) {
      if (fields.size() != width) {
        sink.malformed(ordinal, line, "expected " + width + " fields as in the header, found " + fields.size(),
            input);
        return;
      }
      sink.row(ordinal, line, fields.get(at[0]), fields.get(at[1]), fields.get(at[2]), fields.get(at[3]),
          field(fields, at[4]), field(fields, at[5]), field(fields, at[6]), field(fields, at[10]),
          field(fields, at[8]), field(fields, at[9]), input);
    }

    private static String field(Fields fields, int index) {
      return index < 0 ? "" : fields.get(index);
    }
  }

  /**
   * Reads single-line records one at a time, exactly as the records of a file: for readers that found the
   * lines themselves. Used by one thread at a time.
   */
  static final class OneLine {
    private final Layout layout;
    private final Fields fields;

    OneLine(Layout layout) {
      this.layout = layout;
      this.fields = new Fields(layout.repeated());
    }

    /**
     * Hands a record that is one whole line, whose quotes all close on it, to the sink.
     *
     * @param line the line, shorter than the record limit
     * @param ordinal the record's ordinal
     * @param sink receives one call
     * @throws IllegalArgumentException if a quote stays open at the end of the line
     */
    void emit(Line line, long ordinal, RowSink sink) {
      if (!fields.feed(line, false)) {
        throw new IllegalArgumentException("a quote is open at the end of line " + line.number);
      }
      layout.emit(fields, ordinal, line.number, line, sink);
    }
  }

  /** Turns lines into records and records into sink calls. */
  private static final class Records {
    private final Lines lines;
    private final int maxRecord;
    private final Layout layout;
    private final RowSink sink;
    private final Fields fields;
    /** Lines read past an unterminated quote, to be read again one by one. */
    private final ArrayDeque<Line> again = new ArrayDeque<>();
    private long ordinal;

    Records(Lines lines, int maxRecord, Layout layout, long firstOrdinal, RowSink sink) {
      this.lines = lines;
      this.maxRecord = maxRecord;
      this.layout = layout;
      this.sink = sink;
      this.ordinal = firstOrdinal;
      // Columns whose texts repeat share one String per distinct text.
      this.fields = new Fields(layout.repeated());
    }

    void run() throws IOException {
      while (true) {
        boolean rereading = !again.isEmpty();
        Line line = rereading ? again.poll() : lines.next();
        if (line == null) {
          return;
        }
        if (line.length() == 0 && !line.tooLong) {
          continue;
        }
        if (line.tooLong) {
          sink.malformed(ordinal++, line.number, "the record is longer than " + maxRecord
              + " characters, the most one row may have; reading goes on at the next line", line.excerpt());
          continue;
        }
        if (fields.feed(line, false)) {
          emit(line.number, line);
        } else if (rereading) {
          sink.malformed(ordinal++, line.number, "unterminated quoted field: the quote is not closed on this line "
              + "(lines after an unterminated quote are read one by one)", line);
        } else {
          continueQuote(line.copy());
        }
      }
    }

    /** A quote is open at the end of {@code first}: reads on until it closes, the limit, or the end. */
    private void continueQuote(Line first) throws IOException {
      List<Line> span = new ArrayList<>();
      long length = first.length();
      boolean closed = false;
      boolean end = false;
      while (true) {
        Line next = lines.next();
        if (next == null) {
          end = true;
          break;
        }
        next = next.copy();
        span.add(next);
        if (next.tooLong || length + 1 + next.length() > maxRecord) {
          break;
        }
        length += 1 + next.length();
        if (fields.feed(next, true)) {
          closed = true;
          break;
        }
      }
      if (closed) {
        StringBuilder record = new StringBuilder((int) length).append(first);
        for (Line l : span) {
          record.append('\n').append(l);
        }
        emit(first.number, record);
        return;
      }
      sink.malformed(ordinal++, first.number, "unterminated quoted field: no closing quote "
          + (end ? "before the end of the input" : "within " + maxRecord + " characters")
          + "; reading goes on at the next line", first);
      again.addAll(span);
    }

    private void emit(long line, CharSequence input) {
      layout.emit(fields, ordinal++, line, input, sink);
    }
  }

  /**
   * One physical line, or the start of one that is too long: a view of characters that, as returned by
   * {@link Lines#next()}, is valid until the next call; {@link #copy()} keeps it.
   */
  static final class Line implements CharSequence {
    long number;
    char[] chars;
    int off;
    int len;
    boolean tooLong;
    /** The whole line's length, also when only its start is kept. */
    long length;

    static Line of(long number, String text) {
      Line l = new Line();
      l.number = number;
      l.chars = text.toCharArray();
      l.len = text.length();
      l.length = l.len;
      return l;
    }

    Line copy() {
      Line l = new Line();
      l.number = number;
      l.chars = java.util.Arrays.copyOfRange(chars, off, off + len);
      l.len = len;
      l.tooLong = tooLong;
      l.length = length;
      return l;
    }

    CharSequence excerpt() {
      return tooLong ? this + "…(" + (length - len) + " more characters)" : this;
    }

    @Override
    public int length() {
      return len;
    }

    @Override
    public char charAt(int index) {
      return chars[off + index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new String(chars, off + start, end - start);
    }

    @Override
    public String toString() {
      return new String(chars, off, len);
    }
  }

  /** Splits text into lines at LF, CR LF or CR; keeps at most the first characters of a line over the limit. */
  static final class Lines {
    /** What no reader writes in text: a noncharacter. */
    private static final char UNWRITTEN = '\uFFFF';

    private final Reader in;
    int max;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;
    private boolean skipLf;
    long number;
    private char[] carry = new char[256];
    private int carried;
    private final Line line = new Line();

    Lines(Reader in, int max) {
      this.in = in;
      this.max = max;
    }

    /** Returns the next line, valid until the next call, or null at the end of the input. */
    Line next() throws IOException {
      carried = 0;
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
        char[] b = buf;
        while (i < end) {
          char c = b[i];
          if (c == '\n' || c == '\r') {
            break;
          }
          i++;
        }
        if (i < end) {
          pos = i + 1;
          if (b[i] == '\r') {
            skipLf = true;
          }
          return line(length, b, start, i - start);
        }
        keep(b, start, end - start, length);
        length += end - start;
        pos = end;
      }
    }

    /**
     * The error for a reader that decodes strictly (an InputStreamReader with REPORT) and met bytes it cannot
     * decode. Such a reader writes what it decoded before them into the buffer but reports nothing, so the line
     * is found by counting the line breaks of what it wrote.
     */
    private IOException undecodable(CharacterCodingException e) {
      int written = 0;
      while (written < buf.length && buf[written] != UNWRITTEN) {
        written++;
      }
      long at = number + 1;
      for (int i = 0; i < written; i++) {
        if (buf[i] == '\n' ? !(i == 0 ? skipLf : buf[i - 1] == '\r') : buf[i] == '\r') {
          at++;
        }
      }
      return new Decoding.InvalidEncodingException("line " + at + ": the reader could not decode the text ("
          + (e instanceof UnmappableCharacterException ? "a character its encoding cannot map"
          : "bytes that are not valid in its encoding") + ")", "; give the reader the file's encoding, e.g. GB18030");
    }

    private Line line(long before, char[] tail, int from, int count) {
      number++;
      long total = before + count;
      Line l = line;
      l.number = number;
      l.length = total;
      l.tooLong = total > max;
      if (l.tooLong) {
        if (tail != null) {
          keep(tail, from, count, before);
        }
        l.chars = carry;
        l.off = 0;
        l.len = Math.min(carried, SafeText.EXCERPT);
      } else if (carried == 0) {
        l.chars = tail;
        l.off = from;
        l.len = count;
      } else {
        if (tail != null) {
          keep(tail, from, count, before);
        }
        l.chars = carry;
        l.off = 0;
        l.len = carried;
      }
      return l;
    }

    /** Keeps characters of a line while it is within the limit (and a little beyond, for its excerpt). */
    private void keep(char[] b, int from, int count, long before) {
      long room = Math.max(max, SafeText.EXCERPT) + 1L - before;
      int n = (int) Math.min(count, Math.max(0, room));
      if (n > 0) {
        if (carried + n > carry.length) {
          carry = java.util.Arrays.copyOf(carry, Math.max(carried + n, carry.length * 2));
        }
        System.arraycopy(b, from, carry, carried, n);
        carried += n;
      }
    }

    private boolean fill() throws IOException {
      int r;
      // Marks the buffer, so that what a failing reader decoded before it failed can be told from the rest.
      Arrays.fill(buf, UNWRITTEN);
      try {
        do {
          r = in.read(buf, 0, buf.length);
        } while (r == 0);
      } catch (CharacterCodingException e) {
        throw undecodable(e);
      }
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
    private final boolean[] repeated;
    private final TextCache cache = new TextCache();
    private int state;

    /**
     * @param repeated per field position, whether its texts repeat, so that one String per text is shared
     */
    Fields(boolean[] repeated) {
      this.repeated = repeated;
    }

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
    boolean feed(Line line, boolean continuation) {
      char[] b = line.chars;
      int off = line.off;
      int n = line.len;
      if (!continuation) {
        fields.clear();
        field.setLength(0);
        state = START;
        int from = off;
        int end = off + n;
        boolean plain = true;
        for (int i = off; i < end; i++) {
          char c = b[i];
          if (c == ',') {
            add(b, from, i);
            from = i + 1;
          } else if (c == '"') {
            plain = false;
            break;
          }
        }
        if (plain) {
          add(b, from, end);
          return true;
        }
        fields.clear();
      } else {
        field.append('\n');
      }
      for (int i = 0; i < n; i++) {
        char c = b[off + i];
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
              if (i + 1 < n && b[off + i + 1] == '"') {
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

    /** Adds the field {@code b[from, to)}, stripped. */
    private void add(char[] b, int from, int to) {
      while (from < to && Character.isWhitespace(b[from])) {
        from++;
      }
      while (to > from && Character.isWhitespace(b[to - 1])) {
        to--;
      }
      int position = fields.size();
      fields.add(position < repeated.length && repeated[position] ? cache.get(b, from, to)
          : new String(b, from, to - from));
    }

    private void endField() {
      fields.add(field.toString().strip());
      field.setLength(0);
      state = START;
    }
  }

  /**
   * One String per distinct short text of a column, so that texts repeated on every row (indicator, region,
   * period, unit) cost no allocation and keep their hash codes. A fixed-size table: a colliding text replaces
   * the one before, so memory stays bounded whatever the input.
   */
  static final class TextCache {
    private static final int SLOTS = 1 << 12;
    private static final int LONGEST = 64;
    private final String[] texts = new String[SLOTS];

    String get(char[] b, int from, int to) {
      int n = to - from;
      if (n > LONGEST) {
        return new String(b, from, n);
      }
      int h = n;
      for (int i = from; i < to; i++) {
        h = 31 * h + b[i];
      }
      int slot = (h ^ (h >>> 12)) & (SLOTS - 1);
      String s = texts[slot];
      if (s != null && s.length() == n) {
        boolean same = true;
        for (int i = 0; i < n; i++) {
          if (s.charAt(i) != b[from + i]) {
            same = false;
            break;
          }
        }
        if (same) {
          return s;
        }
      }
      s = new String(b, from, n);
      texts[slot] = s;
      return s;
    }
  }
}
