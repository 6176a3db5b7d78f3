package io.github.newinfra.core.internal.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.newinfra.core.report.Labels;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    Map<Double, String> zh = new LinkedHashMap<>();
    zh.put(187_000.0, "18.7万");
    zh.put(130_000.0, "13万");
    zh.put(100_000.0, "10万");
    zh.put(99_999.0, "99999");
    zh.put(1_234_567.0, "123.46万");
    zh.put(125_000_000.0, "1.25亿");
    zh.put(-200_000.0, "-20万");
    zh.put(41.5, "41.5");
    zh.put(0.117, "0.117");
    zh.forEach((value, text) -> assertEquals(text, ZH.number(value), Double.toString(value)));
    // English keeps the plain figure
    assertEquals("187000", EN.number(187_000));
  }

  @Test
  void percentagesHaveOneDecimalAndNoTrailingZero() {
    for (Labels l : List.of(ZH, EN)) {
      assertEquals(List.of("96.2%", "100%", "0%", "82.4%", "150%"),
          List.of(l.percent(0.96155), l.percent(1), l.percent(0), l.percent(0.8243), l.percent(1.5)));
    }
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
