package io.github.newinfra.core;

import io.github.newinfra.core.internal.CsvRows;
import io.github.newinfra.core.internal.Engine;
import io.github.newinfra.core.internal.JsonRows;
import io.github.newinfra.core.internal.RowSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where observations come from: a collection in memory, an SDMX-CSV-style file, or a JSON array.
 *
 * <p>Files and streams are read row by row while the evaluator ingests them; no row is buffered as an object,
 * so a file of millions of rows needs memory for its accepted values only. A row that cannot be read becomes a
 * {@link Rejection} with its line (CSV) or index (JSON); only input that cannot be read at all (a CSV header
 * without a required column, JSON that is not well-formed, an unreadable file) throws
 * {@link ObservationFormatException}.
 *
 * <p>CSV columns (header required, any order, case-insensitive, extra columns ignored; one of these named twice is
 * an error naming both): {@code INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE} and optionally
 * {@code UNIT_MEASURE,UNIT_MULT,OBS_STATUS,COMMENT,PUBLISHED,SOURCE}. {@code REF_AREA} is a region code or the
 * region's name as the catalog writes it ({@code 南京市}, {@code 南京}, {@code Nanjing}); other codes are translated
 * by an {@link ObservationMapping} given to {@link Evaluator#mapping(ObservationMapping)}. A file that cannot be
 * read throws with the reason in plain words ({@code observations file not found: data.csv}).
 * Sources over streams and readers can be read once; sources over files and collections any number of times.
 */
public final class ObservationSource {
  private interface Feed {
    void feed(RowSink sink);
  }

  private static final int BLOCK = 4096;

  private final String name;
  private final Engine.LocationStyle style;
  private final Feed feed;

  private ObservationSource(String name, Engine.LocationStyle style, Feed feed) {
    this.name = name;
    this.style = style;
    this.feed = feed;
  }

  /**
   * Observations in memory. Rows are located as {@code #0}, {@code #1}, … in iteration order.
   *
   * @param observations the observations
   * @return the source
   */
  public static ObservationSource of(Iterable<Observation> observations) {
    Objects.requireNonNull(observations, "observations");
    return new ObservationSource("(observations)", Engine.LocationStyle.ORDINAL, sink -> {
      // Blocks of encoded rows: the evaluator resolves each block's distinct texts once, and never more than
      // one block is held beyond what it keeps.
      long first = 0;
      ObservationTable.Builder block = ObservationTable.builder();
      for (Observation o : observations) {
        block.add(o);
        if (block.size() == BLOCK) {
          sink.columns(block.build().columns(), first);
          first += BLOCK;
          block = ObservationTable.builder();
        }
      }
      if (block.size() > 0) {
        sink.columns(block.build().columns(), first);
      }
    });
  }

  /**
   * Observations in a columnar table, the fastest source: each distinct indicator, region, period and unit is
   * resolved once per evaluation. Rows are located as {@code #0}, {@code #1}, … in table order.
   *
   * @param table the table
   * @return the source
   */
  public static ObservationSource of(ObservationTable table) {
    Objects.requireNonNull(table, "table");
    return new ObservationSource("(table of " + table.size() + " rows)", Engine.LocationStyle.ORDINAL,
        sink -> sink.columns(table.columns(), 0));
  }

  /**
   * SDMX-CSV-style text from a reader. Rows are located by line.
   *
   * @param reader the CSV; not closed
   * @param name a name for messages, e.g. the file name
   * @return the source, readable once
   */
  public static ObservationSource csv(Reader reader, String name) {
    Objects.requireNonNull(reader, "reader");
    return new ObservationSource(name, Engine.LocationStyle.LINE, sink -> CsvRows.read(reader, name, sink));
  }

  /**
   * An SDMX-CSV-style file, UTF-8. Rows are located by line.
   *
   * @param file the file
   * @return the source
   */
  public static ObservationSource csv(Path file) {
    return file(file, Engine.LocationStyle.LINE,
        (in, sink) -> CsvRows.read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), file.toString(), sink));
  }

  private interface StreamReader {
    void read(InputStream in, RowSink sink);
  }

  /** A source that opens the file on each read and names it in errors. */
  private static ObservationSource file(Path file, Engine.LocationStyle style, StreamReader reader) {
    Objects.requireNonNull(file, "file");
    return new ObservationSource(file.toString(), style, sink -> {
      if (Files.isDirectory(file)) {
        throw new ObservationFormatException("cannot read observations file " + file + ": it is a folder, not a file");
      }
      try (InputStream in = Files.newInputStream(file)) {
        reader.read(in, sink);
      } catch (IOException e) {
        throw new ObservationFormatException(unreadable(file, e), e);
      }
    });
  }

  /** Why a file could not be read, in plain words: "file not found: x", "cannot read x: permission denied". */
  private static String unreadable(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return "observations file not found: " + file;
    }
    if (e instanceof AccessDeniedException) {
      return "cannot read observations file " + file + ": permission denied";
    }
    if (Files.isDirectory(file)) {
      return "cannot read observations file " + file + ": it is a folder, not a file";
    }
    String reason = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : e.getMessage();
    return "cannot read observations file " + file + ": " + (reason == null || reason.isBlank()
        ? "input/output error" : reason.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * A JSON array of observations in their JSON form. Rows are located as {@code $[i]}.
   *
   * @param in the JSON, UTF-8; not closed
   * @param name a name for messages
   * @return the source, readable once
   */
  public static ObservationSource json(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    return new ObservationSource(name, Engine.LocationStyle.JSON_INDEX, sink -> JsonRows.read(in, name, sink));
  }

  /**
   * A JSON file holding an array of observations. Rows are located as {@code $[i]}.
   *
   * @param file the file
   * @return the source
   */
  public static ObservationSource json(Path file) {
    return file(file, Engine.LocationStyle.JSON_INDEX, (in, sink) -> JsonRows.read(in, file.toString(), sink));
  }

  /**
   * Returns the source's name.
   *
   * @return e.g. the file name
   */
  public String name() {
    return name;
  }

  Engine.LocationStyle style() {
    return style;
  }

  void feed(RowSink sink) {
    feed.feed(sink);
  }

  @Override
  public String toString() {
    return "ObservationSource[" + name + "]";
  }
}
