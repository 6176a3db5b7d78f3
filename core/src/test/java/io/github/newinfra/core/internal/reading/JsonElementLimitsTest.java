package io.github.newinfra.core.internal.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.newinfra.testing.CatalogGenerators;
import io.github.newinfra.testing.MalformedInputs;
import io.github.newinfra.testing.ObservationGenerators;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JsonElementLimitsTest {
  private static String read(Reader r) {
    StringBuilder b = new StringBuilder();
    char[] buffer = new char[7];
    try {
      int n;
      while ((n = r.read(buffer, 0, buffer.length)) >= 0) {
        b.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toString();
  }

  @Test
  void withinTheLimitsAnyTextPassesUnchangedEvenMalformed() {
    qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      String json = ObservationGenerators.json(ObservationGenerators.rows(r, CatalogGenerators.catalog(r), 8));
      String text = r.nextBoolean() ? MalformedInputs.mutate(r, json) : json;
      JsonElementLimits limits = new JsonElementLimits(new StringReader(text), Integer.MAX_VALUE, Integer.MAX_VALUE,
          Integer.MAX_VALUE, Integer.MAX_VALUE);
      assertEquals(text, read(limits));
      assertNull(limits.rejection(0));
    });
  }

  @Test
  void anElementOverALimitBecomesNullWithItsLineBreaks() {
    String text = "[ {\"a\":1},\r\n{\"b\":\"" + "x".repeat(50) + "\",\n\"c\":2}, 12345678901, [[[]]], \"s\\u0041\" ]";
    JsonElementLimits limits = new JsonElementLimits(new StringReader(text), 40, 3, 10, 60);
    assertEquals("[ {\"a\":1},\r\nnull\n, null, null, \"s\\u0041\" ]", read(limits));
    assertEquals("the element is longer than 40 characters, the most one row may have", limits.rejection(1).message);
    assertEquals("a number has more than 10 digits, the most one may have", limits.rejection(2).message);
    assertEquals("arrays and objects are nested more than 3 levels deep, counting the array of observations",
        limits.rejection(3).message);
    assertNull(limits.rejection(4));
  }

  @Test
  void aStringIsMeasuredAsReadNotAsWritten() {
    JsonElementLimits limits = new JsonElementLimits(new StringReader("[\"s\\u0041\\n\", \"abcd\"]"), 100, 3, 10, 3);
    assertEquals("[\"s\\u0041\\n\", null]", read(limits));
    assertNull(limits.rejection(0), "s, A and a line break: three characters");
    assertEquals("a string is longer than 3 characters, the most one may have", limits.rejection(1).message);
  }
}
