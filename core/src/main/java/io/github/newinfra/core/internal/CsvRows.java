package io.github.newinfra.core.internal;

import io.github.newinfra.core.ObservationFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Streams SDMX-CSV-style observation rows into a {@link RowSink}: a header naming the columns (any order,
 * case-insensitive, extra columns ignored), then one record per line; fields may be double-quoted, with
 * {@code ""} for a quote and line breaks inside quotes. Blank lines are skipped. A column the reader reads named
 * twice is an error naming both; other repeated names are ignored like any extra column. Not part of the API.
 */
public final class CsvRows {
  /** The columns a header must name. */
  static final String[] REQUIRED = {"INDICATOR", "REF_AREA", "TIME_PERIOD", "OBS_VALUE"};
  /** The columns read when present. */
  static final String[] OPTIONAL = {"UNIT_MEASURE", "UNIT_MULT", "OBS_STATUS", "COMMENT", "PUBLISHED", "SOURCE"};

  private CsvRows() {}

  /**
   * Reads every record.
   *
   * @param in the CSV text; not closed
   * @param source a name for messages
   * @param sink receives one call per record
   * @throws ObservationFormatException if the header lacks a required column, or reading fails
   */
  public static void read(Reader in, String source, RowSink sink) {
    BufferedReader reader = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in, 1 << 16);
    try {
      String header = reader.readLine();
      long lineNo = 1;
      if (header == null) {
        throw new ObservationFormatException(source + ": empty input; expected a header line naming the columns "
            + String.join(",", REQUIRED));
      }
      if (header.startsWith("\uFEFF")) {
        header = header.substring(1);
      }
      List<String> names = new ArrayList<>();
      if (split(header, names) != null) {
        throw new ObservationFormatException(source + ": line 1: unterminated quote in the header");
      }
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i).strip().toUpperCase(Locale.ROOT);
        Integer before = columns.putIfAbsent(name, i);
        if (before != null && (Arrays.asList(REQUIRED).contains(name) || Arrays.asList(OPTIONAL).contains(name))) {
          throw new ObservationFormatException(source + ": line 1: the header names " + name + " twice, in columns "
              + (before + 1) + " and " + (i + 1) + " ('" + names.get(before).strip() + "' and '"
              + names.get(i).strip() + "'); which one holds the values is unclear, so remove or rename one");
        }
      }
      List<String> missing = new ArrayList<>();
      for (String r : REQUIRED) {
        if (!columns.containsKey(r)) {
          missing.add(r);
        }
      }
      if (!missing.isEmpty()) {
        throw new ObservationFormatException(source + ": line 1: the header lacks the required column"
            + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + "; found: " + header);
      }
      int width = names.size();
      int[] at = new int[REQUIRED.length + OPTIONAL.length];
      for (int i = 0; i < REQUIRED.length; i++) {
        at[i] = columns.get(REQUIRED[i]);
      }
      for (int i = 0; i < OPTIONAL.length; i++) {
        at[REQUIRED.length + i] = columns.getOrDefault(OPTIONAL[i], -1);
      }
      long ordinal = 0;
      List<String> fields = new ArrayList<>(width);
      String line;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        long startLine = lineNo;
        if (line.isEmpty()) {
          continue;
        }
        StringBuilder record = null;
        String error = split(line, fields);
        while (error != null) {
          String more = reader.readLine();
          if (more == null) {
            break;
          }
          lineNo++;
          if (record == null) {
            record = new StringBuilder(line);
          }
          record.append('\n').append(more);
          error = split(record.toString(), fields);
        }
        CharSequence input = record == null ? line : record;
        if (error != null) {
          sink.malformed(ordinal++, startLine, error, input);
        } else if (fields.size() != width) {
          sink.malformed(ordinal++, startLine, "expected " + width + " fields as in the header, found "
              + fields.size(), input);
        } else {
          sink.row(ordinal++, startLine, fields.get(at[0]).strip(), fields.get(at[1]).strip(),
              fields.get(at[2]).strip(), fields.get(at[3]).strip(), field(fields, at[4]), field(fields, at[5]),
              field(fields, at[6]), field(fields, at[8]), field(fields, at[9]), input);
        }
      }
    } catch (IOException e) {
      throw new ObservationFormatException(source + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static String field(List<String> fields, int index) {
    return index < 0 ? "" : fields.get(index).strip();
  }

  /**
   * Splits one record into fields.
   *
   * @return null on success, or why the record is not complete (an unterminated quote)
   */
  static String split(String record, List<String> fields) {
    fields.clear();
    int n = record.length();
    if (record.indexOf('"') < 0) {
      int from = 0;
      for (int i = 0; i < n; i++) {
        if (record.charAt(i) == ',') {
          fields.add(record.substring(from, i));
          from = i + 1;
        }
      }
      fields.add(record.substring(from, n));
      return null;
    }
    StringBuilder f = new StringBuilder();
    int i = 0;
    while (true) {
      f.setLength(0);
      if (i < n && record.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= n) {
            return "unterminated quoted field";
          }
          char c = record.charAt(i++);
          if (c == '"') {
            if (i < n && record.charAt(i) == '"') {
              f.append('"');
              i++;
            } else {
              break;
            }
          } else {
            f.append(c);
          }
        }
        while (i < n && record.charAt(i) != ',') {
          f.append(record.charAt(i++));
        }
      } else {
        while (i < n && record.charAt(i) != ',') {
          f.append(record.charAt(i++));
        }
      }
      fields.add(f.toString());
      if (i >= n) {
        return null;
      }
      i++;
    }
  }
}
