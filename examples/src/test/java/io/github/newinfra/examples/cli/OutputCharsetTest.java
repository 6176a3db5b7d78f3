package io.github.newinfra.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputCharsetTest {
  @Test
  void aPlatformCharsetThatCanWriteChineseIsKept() {
    assertEquals(Charset.forName("GBK"), NewInfraCli.outputCharset(Charset.forName("GBK")));
    assertEquals(Charset.forName("GB18030"), NewInfraCli.outputCharset(Charset.forName("GB18030")));
    assertEquals(StandardCharsets.UTF_8, NewInfraCli.outputCharset(StandardCharsets.UTF_8));
  }

  @Test
  void aPlatformCharsetThatCannotWriteChineseGivesWayToUtf8() {
    assertEquals(StandardCharsets.UTF_8, NewInfraCli.outputCharset(StandardCharsets.US_ASCII));
    assertEquals(StandardCharsets.UTF_8, NewInfraCli.outputCharset(StandardCharsets.ISO_8859_1));
  }
}
