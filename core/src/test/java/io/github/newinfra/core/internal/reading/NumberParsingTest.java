package io.github.newinfra.core.internal.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

/** The allocation-free number path gives exactly the double {@link Double#parseDouble} gives. */
class NumberParsingTest {
  @Test
  void plainDecimalsParseToTheSameDoubleAsTheJdk() {
    qt().withExamples(20_000).forAll(longs().between(0, 999_999_999_999_999L), integers().between(0, 16),
        integers().between(0, 3)).checkAssert((digits, point, sign) -> {
          String d = Long.toString(digits);
          int at = Math.min(point, d.length());
          String text = (sign == 1 ? "-" : sign == 2 ? "+" : "") + d.substring(0, d.length() - at)
              + (point == 0 ? "" : "." + d.substring(d.length() - at));
          assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)),
              Double.doubleToRawLongBits(Numbers.parse(text)), text);
          byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
          double fromBytes = Numbers.plain(bytes, 0, bytes.length);
          if (Double.isNaN(fromBytes)) {
            // Only what the byte form leaves to the text path: more than 15 digits.
            assertEquals(true, d.length() > 15, text);
          } else {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)),
                Double.doubleToRawLongBits(fromBytes), text);
          }
        });
  }

  @Test
  void theByteFormLeavesEverythingButPlainDecimalsToTheTextPath() {
    for (String text : new String[] {"1e3", "1.5E-7", " 42", "4 2", "1.2.3", "", ".", "-", "0x10", "1_000",
        "1234567890123456", "\u0661"}) {
      byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(true, Double.isNaN(Numbers.plain(bytes, 0, bytes.length)), text);
    }
  }

  @Test
  void edgeCasesMatchTheJdk() {
    for (String text : new String[] {"0", "-0", "+0.0", ".5", "5.", "0.1", "0.3", "999999999999999",
        "0.000000000000001", "123456789012345.6", "1e3", "1.5E-7", " 42 ", "9007199254740993"}) {
      assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text.strip())),
          Double.doubleToRawLongBits(Numbers.parse(text)), text);
    }
  }
}
