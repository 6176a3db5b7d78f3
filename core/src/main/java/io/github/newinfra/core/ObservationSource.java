package io.github.newinfra.core;

import io.github.newinfra.core.internal.reading.Columns;
import io.github.newinfra.core.internal.reading.CsvBytes;
import io.github.newinfra.core.internal.reading.CsvRows;
import io.github.newinfra.core.internal.reading.Decoding;
import io.github.newinfra.core.internal.reading.JsonRows;
import io.github.newinfra.core.internal.reading.RowSink;
import io.github.newinfra.core.internal.rows.LocationStyle;
import io.github.newinfra.core.internal.threads.Workers;
import io.github.newinfra.model.internal.SafeText;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
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
 * without a required column, JSON that is not well-formed, bytes not valid in the file's encoding, an unreadable
 * file) throws
 * {@link ObservationFormatException}.
 *
 * <p>CSV columns (header required, any order, case-insensitive, extra columns ignored; one of these named twice is
 * an error naming both): {@code INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE} and optionally
 * {@code UNIT_MEASURE,UNIT_MULT,OBS_STATUS,COMMENT,PUBLISHED,SOURCE}; surrounding whitespace of every field is
 * stripped, as in an {@link ObservationTable}. {@code REF_AREA} is a region code or the region's name as the
 * catalog writes it ({@code 南京市}, {@code 南京}, {@code Nanjing}); other codes are translated by an
 * {@link ObservationMapping} given to {@link Evaluator#mapping(ObservationMapping)}. A file that cannot be read
 * throws with the reason in plain words ({@code observations file not found: data.csv}).
 *
 * <p>Files are UTF-8 unless {@link ReadOptions#charset()} or a byte-order mark says otherwise; bytes that are not
 * valid in the encoding stop reading with an error naming the line. A record longer than
 * {@link ReadOptions#maxRecordLength()} is rejected and reading goes on at the next line; {@link ReadOptions}
 * has the rules for unterminated quotes. Text from the input shown in a rejection or an error has its control
 * characters and unpaired surrogates escaped ({@code \}{@code u001B}), and a rejection keeps at most the first 200
 * characters of its row, so each rejected row costs a bounded amount of memory.
 * Sources over streams and readers can be read once; sources over files and collections any number of times.
 */
public final class ObservationSource {
  private interface Feed {
    void feed(RowSink sink, Workers workers);
  }

  private static final int BLOCK = 4096;

  private final String name;
  private final LocationStyle style;
  private final Feed feed;

  private ObservationSource(String name, LocationStyle style, Feed feed) {
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
    return new ObservationSource("(observations)", LocationStyle.ORDINAL, (sink, workers) -> {
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
    return new ObservationSource("(table of " + table.size() + " rows)", LocationStyle.ORDINAL,
        (sink, workers) -> sink.columns(table.columns(), 0));
  }

  /**
   * SDMX-CSV-style text from a reader, with records of at most
   * {@value ReadOptions#DEFAULT_MAX_RECORD_LENGTH} characters. Rows are located by line.
   *
   * @param reader the CSV; not closed
   * @param name a name for messages, e.g. the file name
   * @return the source, readable once
   */
  public static ObservationSource csv(Reader reader, String name) {
    return csv(reader, name, ReadOptions.defaults());
  }

  /**
   * SDMX-CSV-style text from a reader. Rows are located by line. The reader has decoded the text already, so
   * the options' charset is not used; their record length is.
   *
   * <p>CSV text from a reader is read on a second thread while the evaluation works on the calling thread, so that
   * both cores are used (unless the {@link Parallelism} is {@code threads(1)}: then the calling thread reads it):
   * the reader is read by that one thread only, in order, and reading has ended (fully, or
   * stopped after an error) when the evaluation returns or throws. Interrupting the calling thread stops the
   * evaluation with an error, not a read in progress. Files and streams are read from their bytes, faster
   * ({@link #csv(InputStream, String, ReadOptions)}), with the same outcome.
   *
   * @param reader the CSV; not closed
   * @param name a name for messages, e.g. the file name
   * @param options the longest record accepted
   * @return the source, readable once
   */
  public static ObservationSource csv(Reader reader, String name, ReadOptions options) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(options, "options");
    return new ObservationSource(name, LocationStyle.LINE,
        (sink, workers) -> CsvRows.read(reader, name, options.maxRecordLength(), sink, workers(options, workers)));
  }

  /**
   * An SDMX-CSV-style file in UTF-8 (or the encoding its byte-order mark names). Rows are located by line.
   *
   * @param file the file
   * @return the source
   */
  public static ObservationSource csv(Path file) {
    return csv(file, ReadOptions.defaults());
  }

  /**
   * An SDMX-CSV-style file in the given encoding (unless a byte-order mark names another). Rows are located by
   * line.
   *
   * @param file the file
   * @param charset its encoding, e.g. {@code Charset.forName("GB18030")}
   * @return the source
   */
  public static ObservationSource csv(Path file, Charset charset) {
    return csv(file, ReadOptions.defaults().withCharset(charset));
  }

  /**
   * An SDMX-CSV-style file read with the given options. Rows are located by line.
   *
   * @param file the file
   * @param options its encoding and the longest record accepted
   * @return the source
   */
  public static ObservationSource csv(Path file, ReadOptions options) {
    Objects.requireNonNull(options, "options");
    return bytes(file, LocationStyle.LINE,
        (in, sink, workers) -> CsvBytes.read(in, file.toString(), options.charset(), options.maxRecordLength(), sink,
            workers(options, workers)));
  }

  /**
   * SDMX-CSV-style bytes from a stream, in UTF-8 (or the encoding its byte-order mark names), with records of at
   * most {@value ReadOptions#DEFAULT_MAX_RECORD_LENGTH} characters. Rows are located by line.
   *
   * @param in the CSV; not closed
   * @param name a name for messages, e.g. the file name
   * @return the source, readable once
   */
  public static ObservationSource csv(InputStream in, String name) {
    return csv(in, name, ReadOptions.defaults());
  }

  /**
   * SDMX-CSV-style bytes from a stream, read with the given options. Rows are located by line.
   *
   * <p>The stream is read on a second thread and cut into chunks of whole lines, which that thread and the calling
   * thread parse (with parsing threads besides on machines with more than two cores) while the evaluation works on
   * the calling thread — as many threads as the {@link Parallelism} allows, none with {@code Parallelism.threads(1)};
   * rows reach the evaluation in input order, with exact line numbers, and the outcome is the one reading the decoded
   * text with {@link #csv(Reader, String, ReadOptions)} gives (docs/performance.md, "How a file is read"). The stream
   * is read by one thread at a time, and reading has ended when the evaluation returns or throws.
   *
   * @param in the CSV; not closed
   * @param name a name for messages, e.g. the file name
   * @param options its encoding and the longest record accepted
   * @return the source, readable once
   */
  public static ObservationSource csv(InputStream in, String name, ReadOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(options, "options");
    return new ObservationSource(name, LocationStyle.LINE,
        (sink, workers) -> CsvBytes.read(in, name, options.charset(), options.maxRecordLength(), sink,
            workers(options, workers)));
  }

  private interface TextReader {
    void read(Reader in, RowSink sink);
  }

  private interface ByteReader {
    void read(InputStream in, RowSink sink, Workers workers);
  }

  /** The workers of a reading: its options' parallelism if they have one, else the evaluator's. */
  private static Workers workers(ReadOptions options, Workers evaluator) {
    return options.parallelism().map(Parallelism::workers).orElse(evaluator);
  }

  /** A source that opens the file on each read, decodes it strictly and names it in errors. */
  private static ObservationSource file(Path file, LocationStyle style, ReadOptions options,
      TextReader reader) {
    return bytes(file, style, (in, sink, workers) -> {
      Reader text;
      try {
        text = Decoding.reader(in, options.charset());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      reader.read(text, sink);
    });
  }

  /** A source that opens the file on each read and names it in errors. */
  private static ObservationSource bytes(Path file, LocationStyle style, ByteReader reader) {
    Objects.requireNonNull(file, "file");
    return new ObservationSource(file.toString(), style, (sink, workers) -> {
      if (Files.isDirectory(file)) {
        throw new ObservationFormatException("cannot read observations file " + file + ": it is a folder, not a file");
      }
      try (InputStream in = Files.newInputStream(file)) {
        reader.read(in, sink, workers);
      } catch (UncheckedIOException e) {
        throw new ObservationFormatException(SafeText.message(unreadable(file, e.getCause())), e.getCause());
      } catch (IOException e) {
        throw new ObservationFormatException(SafeText.message(unreadable(file, e)), e);
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
   * A JSON array of observations in their JSON form, in UTF-8 (or the encoding its byte-order mark names).
   * Rows are located as {@code $[i]}.
   *
   * @param in the JSON; not closed
   * @param name a name for messages
   * @return the source, readable once
   */
  public static ObservationSource json(InputStream in, String name) {
    return json(in, name, ReadOptions.defaults());
  }

  /**
   * A JSON array of observations in their JSON form, read with the given options. Rows are located as
   * {@code $[i]}.
   *
   * @param in the JSON; not closed
   * @param name a name for messages
   * @param options its encoding and the longest element accepted
   * @return the source, readable once
   */
  public static ObservationSource json(InputStream in, String name, ReadOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(options, "options");
    return new ObservationSource(name, LocationStyle.JSON_INDEX, (sink, workers) -> {
      Reader text;
      try {
        text = Decoding.reader(in, options.charset());
      } catch (IOException e) {
        throw new ObservationFormatException(SafeText.message(name + ": cannot read: " + e.getMessage()), e);
      }
      JsonRows.read(text, name, options.maxRecordLength(), sink);
    });
  }

  /**
   * A JSON file holding an array of observations, in UTF-8 (or the encoding its byte-order mark names). Rows
   * are located as {@code $[i]}.
   *
   * @param file the file
   * @return the source
   */
  public static ObservationSource json(Path file) {
    return json(file, ReadOptions.defaults());
  }

  /**
   * A JSON file holding an array of observations, in the given encoding (unless a byte-order mark names
   * another). Rows are located as {@code $[i]}.
   *
   * @param file the file
   * @param charset its encoding
   * @return the source
   */
  public static ObservationSource json(Path file, Charset charset) {
    return json(file, ReadOptions.defaults().withCharset(charset));
  }

  /**
   * A JSON file holding an array of observations, read with the given options. Rows are located as
   * {@code $[i]}.
   *
   * @param file the file
   * @param options its encoding and the longest element accepted
   * @return the source
   */
  public static ObservationSource json(Path file, ReadOptions options) {
    Objects.requireNonNull(options, "options");
    return file(file, LocationStyle.JSON_INDEX, options,
        (in, sink) -> JsonRows.read(in, file.toString(), options.maxRecordLength(), sink));
  }

  /**
   * Returns a source that reads this source's rows and then another's, as one input: every row of both gets its
   * fate in one report. The second source's rows come after the first's in the report's order (their ordinals
   * follow the first's); each keeps its own line or index in its location.
   *
   * @param next the source read second
   * @return the combined source, readable as often as both are
   */
  public ObservationSource followedBy(ObservationSource next) {
    Objects.requireNonNull(next, "next");
    return new ObservationSource(name + " + " + next.name, style, (sink, workers) -> {
      long[] count = {0};
      feed.feed(new Shifted(sink, 0, count), workers);
      next.feed.feed(new Shifted(sink, count[0], new long[1]), workers);
    });
  }

  /** A sink that shifts ordinals by a fixed amount and records one past the largest it passed on. */
  private static final class Shifted implements RowSink {
    private final RowSink sink;
    private final long shift;
    private final long[] end;

    Shifted(RowSink sink, long shift, long[] end) {
      this.sink = sink;
      this.shift = shift;
      this.end = end;
    }

    private long at(long ordinal) {
      end[0] = Math.max(end[0], ordinal + 1);
      return ordinal + shift;
    }

    @Override
    public void row(long ordinal, long line, String indicator, String region, String period, String value,
        String unit, String unitMult, String status, String qualifier, String published, String source,
        CharSequence input) {
      sink.row(at(ordinal), line, indicator, region, period, value, unit, unitMult, status, qualifier, published,
          source, input);
    }

    @Override
    public void malformed(long ordinal, long line, String message, CharSequence input) {
      sink.malformed(at(ordinal), line, message, input);
    }

    @Override
    public void columns(Columns columns, long first) {
      end[0] = Math.max(end[0], first + columns.size());
      sink.columns(columns, first + shift);
    }
  }

  /**
   * Returns the source's name.
   *
   * @return e.g. the file name
   */
  public String name() {
    return name;
  }

  LocationStyle style() {
    return style;
  }

  /** Pushes every row into the sink, reading with the evaluator's parallelism unless the read options set one. */
  void feed(RowSink sink, Parallelism parallelism) {
    feed.feed(sink, parallelism.workers());
  }

  @Override
  public String toString() {
    return "ObservationSource[" + name + "]";
  }
}
