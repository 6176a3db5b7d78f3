package io.github.newinfra.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.newinfra.core.report.Labels;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Numbers as Chinese official reports write them (docs/report.md, "Glossary and number style"): 万 from 10^5, 亿
 * from 10^8, percentages to one decimal, progress ratios to two.
 */
class NumberStyleTest {
  private static final Labels ZH = Labels.of(Locale.SIMPLIFIED_CHINESE);
  private static final Labels EN = Labels.of(Locale.ENGLISH);

  @Test
  void largeFiguresAreWrittenInWanAndYiInChinese() {
    assertEquals("18.7万", ZH.number(187_000));
    assertEquals("13万", ZH.number(130_000));
    assertEquals("10万", ZH.number(100_000));
    assertEquals("99999", ZH.number(99_999));
    assertEquals("123.46万", ZH.number(1_234_567));
    assertEquals("1.25亿", ZH.number(125_000_000));
    assertEquals("-20万", ZH.number(-200_000));
    assertEquals("41.5", ZH.number(41.5));
    assertEquals("0.117", ZH.number(0.117));
    // English keeps the plain figure
    assertEquals("187000", EN.number(187_000));
  }

  @Test
  void percentagesHaveOneDecimalAndNoTrailingZero() {
    assertEquals("96.2%", ZH.percent(0.96155));
    assertEquals("100%", ZH.percent(1));
    assertEquals("0%", ZH.percent(0));
    assertEquals("82.4%", EN.percent(0.8243));
    assertEquals("150%", ZH.percent(1.5));
  }

  @Test
  void ratiosHaveTwoDecimals() {
    assertEquals("5.78", ZH.ratio(5.77556));
    assertEquals("1.00", ZH.ratio(0.999));
    assertEquals("0.50", EN.ratio(0.5));
  }

  @Test
  void aFigureInWanReadsBackToItsValueWithinHalfAUnitOfItsLastDigit() {
    qt().forAll(doubles().between(1e5, 1e8 - 1)).checkAssert(v -> {
      String s = ZH.number(v);
      assertEquals('万', s.charAt(s.length() - 1), s);
      BigDecimal back = new BigDecimal(s.substring(0, s.length() - 1)).multiply(BigDecimal.valueOf(10_000));
      assertEquals(v, back.doubleValue(), 50.0001, s);
    });
  }

  @Test
  void aPercentageHasAtMostOneDecimal() {
    qt().forAll(doubles().between(0, 2)).checkAssert(share -> {
      String s = ZH.percent(share);
      int dot = s.indexOf('.');
      assertEquals(true, dot < 0 || s.length() - dot - 2 == 1, s);
      assertEquals(share * 100, Double.parseDouble(s.substring(0, s.length() - 1)), 0.05000001, s);
    });
  }
}
