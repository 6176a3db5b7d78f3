package io.github.newinfra.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.RelativeChange;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuoteNumbersTest {
  private static boolean in(String quote, String value) {
    return QuoteNumbers.mentions(quote, Quantity.parse(value));
  }

  @Test
  void aNumberCountsInEveryFormATextWritesIt() {
    assertTrue(in("建成并开通 5G 基站 7.1 万座", "7.1万座"));
    assertTrue(in("建成并开通 5G 基站 7.1 万座", "71000座"), "another magnitude, followed by it");
    assertTrue(in("基站达到71000座", "7.1万座"));
    assertTrue(in("部署 RSU 车联网道路 2,000 公里", "2000公里"), "thousands separators");
    assertTrue(in("培育１２０家企业", "120家"), "full-width digits");
    assertTrue(in("建成两大示范基地", "2个"), "Chinese numerals");
    assertTrue(in("覆盖全省十三个设区市", "13个"));
    assertTrue(in("宽带达到或超过 1000M", "1000Mbps"), "a data rate's letters follow its number");
    assertTrue(in("窄带物联网实现全省覆盖", "100%"), "a whole share in words");
  }

  @Test
  void aNumberCountsOnlyWhereItStandsAlone() {
    assertFalse(in("建设5G基站", "5个"), "5 of 5G is a label");
    assertFalse(in("支持IPv6改造", "6个"));
    assertFalse(in("建成100个", "10个"), "10 is not in 100");
    assertFalse(in("达到7.15万座", "7.1万座"));
    assertFalse(in("建成二十个", "2个"), "二 of 二十 is not 2");
    assertFalse(in("基站", "1万座"), "a quote without the number");
    assertFalse(in("覆盖率达到90%", "100%"));
  }

  @Test
  void aRelativeChangeCountsAsTheTextSaysIt() {
    RelativeChange doubling = RelativeChange.builder().factor(new BigDecimal("2")).build();
    assertTrue(QuoteNumbers.mentions("数字经济核心产业增加值翻一番", doubling));
    assertTrue(QuoteNumbers.mentions("规模比2020年增长一倍", doubling));
    assertFalse(QuoteNumbers.mentions("规模显著扩大", doubling));
    RelativeChange up = RelativeChange.builder().percent(new BigDecimal("50")).build();
    assertTrue(QuoteNumbers.mentions("业务收入增长50%", up));
    assertFalse(QuoteNumbers.mentions("业务收入增长150%", up));
    RelativeChange points = RelativeChange.builder().points(new BigDecimal("5")).build();
    assertTrue(QuoteNumbers.mentions("普及率提高5个百分点", points));
  }
}
