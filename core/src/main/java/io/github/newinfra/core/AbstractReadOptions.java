package io.github.newinfra.core;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How observation files are read: their character encoding, the longest record accepted and, if it should differ
 * from the evaluator's, the reading's {@link Parallelism}.
 *
 * <p>Encoding: {@link #charset()} (UTF-8 unless set) unless the input starts with a byte-order mark, which decides
 * — UTF-8, UTF-16BE or UTF-16LE — and is skipped; this holds alike for CSV and JSON. A byte sequence that is not
 * valid in the encoding stops reading with an {@link ObservationFormatException} naming the line, e.g. for a
 * GB18030 file (a common export of Chinese spreadsheets) whose line 2 ends in {@code 万座}, read as UTF-8:
 * {@code gb.csv: line 2: byte 0xCD is not valid UTF-8; if the file is in another encoding, name it, e.g. GB18030
 * (--encoding GB18030 on the command line)}. Nothing is ever replaced silently.
 *
 * <p>Record length: a CSV record or a JSON array element longer than {@link #maxRecordLength()} characters is
 * rejected as {@link RejectionReason#MALFORMED_ROW} and reading goes on with the next line (CSV) or element
 * (JSON); only its first characters are kept. A quoted CSV field may span lines, but not beyond this length: a
 * quote still open at the limit or at the end of the input rejects the record's first line only, and the lines
 * after it are read again one by one (a quote still open at the end of one of those lines rejects that line
 * only) — so a stray quote costs at most the rows it touches, never the rest of the file, and reading stays
 * linear in the input.
 *
 * <pre>{@code
 * ObservationSource.csv(Path.of("export.csv"), ReadOptions.defaults().withCharset(Charset.forName("GB18030")));
 * }</pre>
 *
 * <p>Threads: a CSV file or stream is read by a reading thread (with parsing threads on more than two cores), CSV
 * text from a {@code Reader} by one reading thread, beside the calling thread, as the evaluator's
 * {@link Evaluator#parallelism(Parallelism) parallelism} allows; {@link #parallelism()} sets another for this
 * source alone, e.g. a source read on the calling thread only while the rating after it uses every core:
 *
 * <pre>{@code
 * ObservationSource.csv(Path.of("export.csv"), ReadOptions.defaults().withParallelism(Parallelism.threads(1)));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractReadOptions {
  /** The default {@link #maxRecordLength()}: 1 Mi characters. */
  public static final int DEFAULT_MAX_RECORD_LENGTH = 1 << 20;

  /**
   * Returns the options with every default: UTF-8, records of at most {@value #DEFAULT_MAX_RECORD_LENGTH}
   * characters.
   *
   * @return the defaults
   */
  public static ReadOptions defaults() {
    return ReadOptions.builder().build();
  }

  /**
   * Returns the encoding of input without a byte-order mark.
   *
   * @return default UTF-8
   */
  @Value.Default
  public Charset charset() {
    return StandardCharsets.UTF_8;
  }

  /**
   * Returns the most characters one record (a CSV row with its line breaks, or a JSON array element) may have.
   *
   * @return default {@value #DEFAULT_MAX_RECORD_LENGTH}
   */
  @Value.Default
  public int maxRecordLength() {
    return DEFAULT_MAX_RECORD_LENGTH;
  }

  /**
   * Returns the parallelism of reading, when it should differ from the evaluator's.
   *
   * @return the parallelism; empty (the default): the evaluator's {@link Evaluator#parallelism()}
   */
  public abstract Optional<Parallelism> parallelism();

  @Value.Check
  void check() {
    if (maxRecordLength() < 1) {
      throw new IllegalArgumentException("maxRecordLength must be at least 1, not " + maxRecordLength());
    }
  }
}
