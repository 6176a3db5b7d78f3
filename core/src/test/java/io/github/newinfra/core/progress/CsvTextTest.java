package io.github.newinfra.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A return's CSV records end at LF, CR LF or a CR alone, and each keeps the line it starts on. */
class CsvTextTest {
  private static List<String> read(String text) throws IOException {
    List<String> records = new ArrayList<>();
    for (CsvText.Record r : CsvText.read(new StringReader(text), "r.csv")) {
      records.add(r.line + ":" + String.join("|", r.cells));
    }
    return records;
  }

  @Test
  void everyLineEndingEndsARecordAndCountsALine() throws IOException {
    List<String> expected = List.of("1:a|b", "2:c|d", "3:e|f");
    assertEquals(expected, read("a,b\nc,d\ne,f\n"));
    assertEquals(expected, read("a,b\r\nc,d\r\ne,f\r\n"));
    assertEquals(expected, read("a,b\rc,d\re,f\r"));
    assertEquals(expected, read("a,b\rc,d\r\ne,f"));
  }

  @Test
  void aQuotedCellKeepsItsLineBreaksAndTheNextRecordStartsAfterThem() throws IOException {
    assertEquals(List.of("1:a|x\ny", "3:c|d"), read("a,\"x\ny\"\nc,d\n"));
  }
}
