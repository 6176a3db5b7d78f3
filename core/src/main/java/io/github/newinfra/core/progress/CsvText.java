package io.github.newinfra.core.progress;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 records: reading (quotes, doubled quotes, CR LF or LF, a leading byte-order mark) and writing. */
final class CsvText {
  /** The longest record read, in characters: a return row is a few hundred. */
  static final int MAX_RECORD = 1 << 20;

  private CsvText() {}

  /** One record and the line it starts on. */
  static final class Record {
    final long line;
    final List<String> cells;

    Record(long line, List<String> cells) {
      this.line = line;
      this.cells = cells;
    }
  }

  /** Reads every record; blank lines are skipped. */
  static List<Record> read(Reader in, String name) throws IOException {
    List<Record> out = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    long line = 1;
    long start = 1;
    int length = 0;
    int c = in.read();
    if (c == '\uFEFF') {
      c = in.read();
    }
    while (c != -1) {
      if (++length > MAX_RECORD) {
        throw new ReturnFormatException(name + ":" + start + ": a record longer than " + MAX_RECORD
            + " characters; is this a return?");
      }
      if (quoted) {
        if (c == '"') {
          int n = in.read();
          if (n == '"') {
            cell.append('"');
          } else {
            quoted = false;
            c = n;
            continue;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append((char) c);
        }
      } else if (c == '"' && cell.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
        wasQuoted = false;
      } else if (c == '\r' || c == '\n') {
        // A record ends at LF, CRLF or a CR alone; after a CR alone, the character read next starts the next record.
        int next = c == '\r' ? in.read() : '\n';
        end(out, cells, cell, start);
        cells = new ArrayList<>();
        line++;
        start = line;
        length = 0;
        wasQuoted = false;
        if (next != '\n') {
          c = next;
          continue;
        }
      } else {
        cell.append((char) c);
      }
      c = in.read();
    }
    if (quoted) {
      throw new ReturnFormatException(name + ":" + start + ": a quoted field is not closed");
    }
    end(out, cells, cell, start);
    return out;
  }

  private static void end(List<Record> out, List<String> cells, StringBuilder cell, long line) {
    cells.add(cell.toString());
    cell.setLength(0);
    if (cells.size() == 1 && cells.get(0).isBlank()) {
      return;
    }
    out.add(new Record(line, cells));
  }

  /** Writes one record, quoting cells that need it, ending with CR LF. */
  static void write(Appendable out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String s = cells.get(i);
      if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
          || !s.equals(s.strip())) {
        out.append('"').append(s.replace("\"", "\"\"")).append('"');
      } else {
        out.append(s);
      }
    }
    out.append("\r\n");
  }
}
