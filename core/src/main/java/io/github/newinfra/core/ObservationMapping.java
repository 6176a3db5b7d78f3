package io.github.newinfra.core;

import io.github.newinfra.core.internal.reading.Decoding;
import io.github.newinfra.core.internal.rows.CodeTable;
import io.github.newinfra.model.InvalidValueException;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.TextParseException;
import io.github.newinfra.model.Unit;
import io.github.newinfra.model.internal.SafeText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Translates the codes of an observation file into the catalog's: indicator codes to indicator ids, region names
 * or codes to GB/T 2260 region codes, unit texts to units, status words to SDMX OBS_STATUS codes.
 *
 * <p>A mapping is applied while rows are read, where their texts are resolved: each distinct text is looked up
 * once per evaluation, through the same dictionary as the catalog's own ids, so a mapped file evaluates as fast as
 * a native one. Use it with {@link Evaluator#mapping(ObservationMapping)}:
 *
 * <pre>{@code
 * ObservationMapping map = ObservationMapping.read(Path.of("mapping.csv"));
 * EvaluationReport report = Evaluator.of(catalog.data()).mapping(map)
 *     .evaluate(ObservationSource.csv(Path.of("export.csv")));
 * }</pre>
 *
 * <p>The file form is CSV, one entry per line, {@code KIND,FROM,TO}:
 *
 * <pre>
 * KIND,FROM,TO
 * indicator,A0501,base_stations_5g
 * region,南京市,320100
 * unit,万站,万座
 * status,快报,P
 * </pre>
 *
 * <ul>
 *   <li>{@code KIND} is {@code indicator}, {@code region}, {@code unit} or {@code status} (any case).</li>
 *   <li>{@code FROM} is the text as the observation file writes it (compared exactly, after trimming spaces).</li>
 *   <li>{@code TO} is, by kind: an indicator id of the catalog; a region code of the catalog; a unit code or
 *   symbol as {@code UNIT_MEASURE} takes it ({@code 座}, {@code 万座}, {@code KM}); an SDMX status code
 *   ({@code A}, {@code P}, {@code E}, …).</li>
 *   <li>The header line {@code KIND,FROM,TO} is optional; blank lines and lines starting with {@code #} are
 *   skipped; fields may be double-quoted ({@code ""} for a quote).</li>
 *   <li>The same {@code FROM} twice for one kind is an error when the {@code TO}s differ, and harmless when they
 *   agree.</li>
 *   <li>An entry wins over the catalog's own ids and names: {@code indicator,x,y} reads {@code x} as {@code y}
 *   even if {@code x} is an indicator id.</li>
 * </ul>
 *
 * <p>Region names need no mapping: the catalog's Chinese names with and without 市 or 省 ({@code 南京市},
 * {@code 南京}) and its English names ({@code Nanjing}) are read as their codes. Status mappings apply to text
 * input (CSV and JSON); an {@link ObservationTable}'s statuses are already typed.
 *
 * <p>Whether an indicator or region {@code TO} is in the catalog is checked by
 * {@link Evaluator#mapping(ObservationMapping)}; everything else when the mapping is made. Every error names the
 * entry's place ({@code mapping.csv:3}) and what is wrong. This class is immutable and thread-safe.
 */
public final class ObservationMapping {
  /** What a mapping entry translates. */
  public enum Kind {
    /** An indicator code, to an indicator id of the catalog. */
    INDICATOR,
    /** A region name or code, to a region code of the catalog. */
    REGION,
    /** A unit text, to a unit code or symbol. */
    UNIT,
    /** A status word, to an SDMX OBS_STATUS code. */
    STATUS;

    /** The kind as the file writes it, e.g. {@code indicator}. */
    String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final ObservationMapping EMPTY = new ObservationMapping(new EnumMap<>(Kind.class), "");

  /** Per kind, the entries and the line each came from (0 for an entry from a builder). */
  private final Map<Kind, CodeTable> tables;
  private final Map<Kind, Map<String, String>> entries;
  /** The name of the file entries with a line came from. */
  private final String source;

  private ObservationMapping(Map<Kind, CodeTable> tables, String source) {
    EnumMap<Kind, CodeTable> t = new EnumMap<>(Kind.class);
    EnumMap<Kind, Map<String, String>> e = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      t.put(k, tables.getOrDefault(k, new CodeTable()));
      e.put(k, t.get(k).asMap());
    }
    this.tables = t;
    this.entries = e;
    this.source = source;
  }

  /**
   * Returns the mapping that translates nothing.
   *
   * @return the empty mapping
   */
  public static ObservationMapping empty() {
    return EMPTY;
  }

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a mapping in its CSV form.
   *
   * @param reader the text; not closed
   * @param name a name for messages, e.g. the file name
   * @return the mapping
   * @throws ObservationFormatException if an entry is wrong or the text cannot be read, naming
   *     {@code name:line} and what is wrong
   */
  public static ObservationMapping parse(Reader reader, String name) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(name, "name");
    Builder b = new Builder();
    b.source = name;
    BufferedReader in = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
    List<String> fields = new ArrayList<>(3);
    try {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        String place = SafeText.escape(name) + ":" + lineNo;
        if (line.isBlank() || line.strip().startsWith("#")) {
          continue;
        }
        String error = split(line, fields);
        if (error != null) {
          throw new ObservationFormatException(place + ": " + error);
        }
        if (fields.size() != 3) {
          throw new ObservationFormatException(place + ": expected 3 fields KIND,FROM,TO, found " + fields.size()
              + ": " + line.strip());
        }
        if (lineNo == 1 && fields.get(0).equalsIgnoreCase("KIND") && fields.get(1).equalsIgnoreCase("FROM")
            && fields.get(2).equalsIgnoreCase("TO")) {
          continue;
        }
        b.add(fields.get(0), fields.get(1), fields.get(2), place, lineNo);
      }
    } catch (Decoding.InvalidEncodingException e) {
      throw new ObservationFormatException(SafeText.escape(name) + ": " + e.problem() + "; a mapping file is "
          + "UTF-8, or UTF-16 after a byte-order mark", e);
    } catch (CharacterCodingException e) {
      throw new ObservationFormatException(name + ": the text is not valid UTF-8", e);
    } catch (IOException e) {
      throw new ObservationFormatException("cannot read " + name + ": " + (e.getMessage() == null
          ? "input/output error" : e.getMessage()), e);
    }
    return b.build();
  }

  /**
   * Reads a mapping file in its CSV form: UTF-8, or the encoding a byte-order mark names (UTF-8, UTF-16BE,
   * UTF-16LE), as observation files are read. Bytes that are not valid text stop reading with the line they are on.
   *
   * @param file the file
   * @return the mapping
   * @throws ObservationFormatException if the file cannot be read ("file not found: …") or an entry is wrong
   *     ({@code file:line} and what is wrong)
   */
  public static ObservationMapping read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return parse(Decoding.reader(in, StandardCharsets.UTF_8), file.toString());
    } catch (NoSuchFileException e) {
      throw new ObservationFormatException("mapping file not found: " + file, e);
    } catch (AccessDeniedException e) {
      throw new ObservationFormatException("cannot read mapping file " + file + ": permission denied", e);
    } catch (IOException e) {
      throw new ObservationFormatException("cannot read mapping file " + file + ": "
          + (Files.isDirectory(file) ? "it is a folder, not a file" : e.getMessage() == null
          ? "input/output error" : e.getMessage()), e);
    }
  }

  /**
   * Reads a mapping in its CSV form from bytes: UTF-8, or the encoding a byte-order mark names, as
   * {@link #read(Path)} reads a file.
   *
   * @param in the bytes; not closed
   * @param name a name for messages, e.g. the file name
   * @return the mapping
   * @throws ObservationFormatException if an entry is wrong or the bytes are not text, naming {@code name:line}
   */
  public static ObservationMapping read(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    try {
      return parse(Decoding.reader(in, StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new ObservationFormatException(SafeText.message("cannot read " + name + ": " + (e.getMessage() == null
          ? "input/output error" : e.getMessage())), e);
    }
  }

  /** Splits one line into fields, double quotes allowed; null on success, else what is wrong. */
  private static String split(String line, List<String> fields) {
    fields.clear();
    StringBuilder f = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      f.setLength(0);
      while (i < n && line.charAt(i) == ' ') {
        i++;
      }
      if (i < n && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= n) {
            return "unterminated quoted field";
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < n && line.charAt(i) == '"') {
              f.append('"');
              i++;
            } else {
              break;
            }
          } else {
            f.append(c);
          }
        }
      }
      while (i < n && line.charAt(i) != ',') {
        f.append(line.charAt(i++));
      }
      fields.add(f.toString().strip());
      if (i >= n) {
        return null;
      }
      i++;
    }
  }

  /**
   * Returns the entries of one kind.
   *
   * @param kind the kind
   * @return FROM to TO, in the order they were added
   */
  public Map<String, String> entries(Kind kind) {
    return entries.get(Objects.requireNonNull(kind, "kind"));
  }

  /**
   * Returns where an entry was written, for messages.
   *
   * @param kind the kind
   * @param from the entry's FROM
   * @return e.g. {@code mapping.csv:3}; empty for an entry from a builder
   */
  public Optional<String> place(Kind kind, String from) {
    CodeTable t = tables.get(Objects.requireNonNull(kind, "kind"));
    int e = t.find(from);
    return e < 0 || t.line(e) == 0 ? Optional.empty() : Optional.of(SafeText.escape(source) + ":" + t.line(e));
  }

  /**
   * Tells whether the mapping translates nothing.
   *
   * @return true if it has no entry
   */
  public boolean isEmpty() {
    return tables.values().stream().allMatch(t -> t.size() == 0);
  }

  /** How messages name an entry: its place, or the entry itself. */
  String describe(Kind kind, String from) {
    return place(kind, from).map(p -> p + ": ").orElse("mapping ") + kind.word() + " '" + from + "' → '"
        + entries.get(kind).get(from) + "'";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ObservationMapping && entries.equals(((ObservationMapping) other).entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "ObservationMapping" + entries;
  }

  /**
   * Collects mapping entries; each is checked as it is added. Not thread-safe.
   */
  public static final class Builder {
    private final Map<Kind, CodeTable> tables = new EnumMap<>(Kind.class);
    /** Whether {@link #build} handed the tables over: the next entry is added to copies. */
    private boolean built;
    private String source = "";
    private int added;

    private Builder() {
    }

    /**
     * Adds an indicator entry.
     *
     * @param from the code as the observations write it
     * @param to an indicator id of the catalog
     * @return this builder
     * @throws ObservationFormatException if a text is empty or {@code from} already maps elsewhere
     */
    public Builder indicator(String from, String to) {
      return add(Kind.INDICATOR, from, to);
    }

    /**
     * Adds a region entry.
     *
     * @param from the name or code as the observations write it
     * @param to a six-digit region code of the catalog
     * @return this builder
     * @throws ObservationFormatException if {@code to} is not six digits, a text is empty, or {@code from}
     *     already maps elsewhere
     */
    public Builder region(String from, String to) {
      return add(Kind.REGION, from, to);
    }

    /**
     * Adds a unit entry.
     *
     * @param from the unit as the observations write it
     * @param to a unit code or symbol, e.g. {@code 座}, {@code 万座}, {@code KM}
     * @return this builder
     * @throws ObservationFormatException if {@code to} is not a unit, a text is empty, or {@code from} already
     *     maps elsewhere
     */
    public Builder unit(String from, String to) {
      return add(Kind.UNIT, from, to);
    }

    /**
     * Adds a status entry.
     *
     * @param from the status as the observations write it, e.g. {@code 快报}
     * @param to an SDMX OBS_STATUS code, e.g. {@code P}
     * @return this builder
     * @throws ObservationFormatException if {@code to} is not a status code, a text is empty, or {@code from}
     *     already maps elsewhere
     */
    public Builder status(String from, String to) {
      return add(Kind.STATUS, from, to);
    }

    /**
     * Adds an entry.
     *
     * @param kind the kind
     * @param from the text as the observations write it
     * @param to what it means, as for the kind's own method
     * @return this builder
     * @throws ObservationFormatException if the entry is wrong
     */
    public Builder add(Kind kind, String from, String to) {
      Objects.requireNonNull(kind, "kind");
      added++;
      return add(kind, from, to, null, 0);
    }

    Builder add(String kindWord, String from, String to, String place, int line) {
      Kind kind = null;
      for (Kind k : Kind.values()) {
        if (k.word().equalsIgnoreCase(kindWord.strip())) {
          kind = k;
        }
      }
      if (kind == null) {
        throw new ObservationFormatException(place + ": unknown KIND '" + SafeText.message(kindWord)
            + "'; expected indicator, region, unit or status");
      }
      return add(kind, from, to, place, line);
    }

    private Builder add(Kind kind, String fromText, String toText, String place, int line) {
      Objects.requireNonNull(fromText, "from");
      Objects.requireNonNull(toText, "to");
      String from = fromText.strip();
      String to = toText.strip();
      String where = place != null ? place + ": " : "mapping entry " + added + ": ";
      if (from.isEmpty()) {
        throw new ObservationFormatException(where + kind.word() + " entry with an empty FROM");
      }
      if (to.isEmpty()) {
        throw new ObservationFormatException(where + kind.word() + " '" + from + "' maps to an empty TO");
      }
      String why = invalidTo(kind, to);
      if (why != null) {
        throw new ObservationFormatException(where + kind.word() + " '" + from + "' → '" + to + "': " + why);
      }
      if (built) {
        tables.replaceAll((k, t) -> t.copy());
        built = false;
      }
      CodeTable own = tables.computeIfAbsent(kind, k -> new CodeTable());
      int before = own.add(from, to, line);
      if (before >= 0 && !own.to(before).equals(to)) {
        String earlier = own.line(before) == 0 ? "an earlier entry" : SafeText.escape(source) + ":" + own.line(before);
        throw new ObservationFormatException(where + kind.word() + " '" + from + "' maps to '" + to
            + "', but " + earlier + " maps it to '" + own.to(before) + "'; one FROM can mean one thing only");
      }
      return this;
    }

    /** Why a TO cannot be what its kind needs, or null; catalog membership is checked by the evaluator. */
    private static String invalidTo(Kind kind, String to) {
      switch (kind) {
        case REGION:
          try {
            RegionCode.of(to);
            return null;
          } catch (InvalidValueException e) {
            return "TO must be a six-digit region code such as 320100";
          }
        case UNIT:
          try {
            Unit.fromCode(to, 0);
            return null;
          } catch (InvalidValueException e) {
            try {
              Unit.parse(to);
              return null;
            } catch (TextParseException e2) {
              return "TO is not a unit code (NUMBER, KM, CNY, PERCENT, MBPS…) or symbol (座, 公里, 万元…)";
            }
          }
        case STATUS:
          for (ObsStatus s : ObsStatus.values()) {
            if (s.name().equals(to)) {
              return null;
            }
          }
          return "TO is not an SDMX observation status (A, B, D, E, F, I, M, N, P, S, U, V)";
        default:
          return null;
      }
    }

    /**
     * Builds the mapping.
     *
     * @return the mapping
     */
    public ObservationMapping build() {
      built = true;
      return new ObservationMapping(tables, source);
    }
  }
}
