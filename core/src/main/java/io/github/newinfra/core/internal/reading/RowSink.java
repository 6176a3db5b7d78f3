package io.github.newinfra.core.internal.reading;

/**
 * Receives observation rows as text, the way readers find them. Not part of the API.
 *
 * <p>Readers call exactly one method per input row, with ordinals 0, 1, 2, … in input order.
 */
public interface RowSink {
  /**
   * One row whose fields could be read. Absent optional fields are empty strings.
   *
   * @param ordinal the 0-based position of the row
   * @param line the 1-based line the row starts on, or -1 where lines mean nothing
   * @param indicator INDICATOR
   * @param region REF_AREA
   * @param period TIME_PERIOD
   * @param value OBS_VALUE
   * @param unit UNIT_MEASURE
   * @param unitMult UNIT_MULT
   * @param status OBS_STATUS
   * @param qualifier QUALIFIER: how the value is hedged (超过, 以上, 约, 基本 or the constant's name)
   * @param published PUBLISHED, an ISO date
   * @param source SOURCE, free text
   * @param input the row as given, for rejections; valid only during the call (readers reuse their buffers)
   */
  void row(long ordinal, long line, String indicator, String region, String period, String value, String unit,
      String unitMult, String status, String qualifier, String published, String source, CharSequence input);

  /**
   * One row that could not be read at all.
   *
   * @param ordinal the 0-based position of the row
   * @param line the 1-based line the row starts on, or -1
   * @param message what was wrong
   * @param input the row as given; valid only during the call
   */
  void malformed(long ordinal, long line, String message, CharSequence input);

  /**
   * A block of dictionary-encoded rows, with ordinals {@code first}, {@code first + 1}, … and no lines.
   *
   * @param columns the rows
   * @param first the ordinal of the first row
   */
  void columns(Columns columns, long first);

  /**
   * A block of consecutive CSV records read from bytes, with ordinals {@code block.firstOrdinal},
   * {@code block.firstOrdinal + 1}, …: encoded records and records kept as text. The default hands every record
   * over as text, exactly as {@link CsvRows} would.
   *
   * @param block the records; valid only during the call
   */
  default void encoded(CsvBytes.Block block) {
    block.replayAll(this);
  }
}
