package io.github.newinfra.core.internal.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.core.ObservationFormatException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading CSV on a second thread changes nothing the sink sees: the same calls in the same order, errors after the
 * rows before them, and a sink that fails stops the reading.
 */
class ReadAheadTest {
  private static String csv(int rows, boolean quotes) {
    StringBuilder b = new StringBuilder("INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE\n");
    for (int i = 0; i < rows; i++) {
      b.append(quotes && i % 7 == 0 ? "x,320000,2024,\"" + i + "\n" : "ind,320000,2024," + i + "\n");
    }
    return b.toString();
  }

  /** Records every call as text. */
  private static class Recording implements RowSink {
    final List<String> calls = new ArrayList<>();

    @Override
    public void row(long ordinal, long line, String indicator, String region, String period, String value,
        String unit, String unitMult, String status, String qualifier, String published, String source,
          CharSequence input) {
      calls.add(ordinal + "@" + line + " " + indicator + "|" + value + "|" + input);
    }

    @Override
    public void malformed(long ordinal, long line, String message, CharSequence input) {
      calls.add(ordinal + "@" + line + " ! " + message + "|" + input);
    }

    @Override
    public void columns(Columns columns, long first) {
      throw new AssertionError("no columns from CSV");
    }
  }

  @Test
  void theSinkSeesEveryRowInOrderWithItsLineAndInput() {
    int rows = 3 * ReadAhead.ROWS + 18;
    Recording r = new Recording();
    CsvRows.read(new StringReader(csv(rows, true)), "t.csv", 64, r);
    // Every seventh row opens a quote that never closes: it is rejected and the rows after it read again.
    assertEquals(rows, r.calls.size());
    assertTrue(r.calls.get(0).startsWith("0@2 ! unterminated quoted field"), r.calls.get(0));
    assertEquals("1@3 ind|1|ind,320000,2024,1", r.calls.get(1));
    int last = rows - 1;
    assertEquals(last + "@" + (last + 2) + " ind|" + last + "|ind,320000,2024," + last, r.calls.get(last));
  }

  @Test
  void anErrorWhileReadingComesAfterTheRowsReadBeforeIt() {
    String text = csv(5000, false);
    Reader failing = new Reader() {
      private final StringReader in = new StringReader(text);

      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        int n = in.read(cbuf, off, len);
        if (n < 0) {
          throw new IOException("disk gone");
        }
        return n;
      }

      @Override
      public void close() {}
    };
    Recording r = new Recording();
    ObservationFormatException e = assertThrows(ObservationFormatException.class,
        () -> CsvRows.read(failing, "t.csv", r));
    assertEquals("t.csv: cannot read: disk gone", e.getMessage());
    assertEquals(5000, r.calls.size());
    assertFalse(readerAlive());
  }

  @Test
  void aSinkThatFailsStopsTheReading() {
    IllegalStateException boom = new IllegalStateException("sink failed");
    Recording r = new Recording() {
      @Override
      public void row(long ordinal, long line, String indicator, String region, String period, String value,
          String unit, String unitMult, String status, String qualifier, String published, String source,
          CharSequence input) {
        if (ordinal == 5000) {
          throw boom;
        }
        super.row(ordinal, line, indicator, region, period, value, unit, unitMult, status, qualifier, published, source,
            input);
      }
    };
    assertSame(boom, assertThrows(IllegalStateException.class,
        () -> CsvRows.read(new StringReader(csv(100_000, false)), "t.csv", r)));
    assertEquals(5000, r.calls.size());
    assertFalse(readerAlive());
  }

  private static boolean readerAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals("newinfra-csv-reader") && t.isAlive());
  }
}
