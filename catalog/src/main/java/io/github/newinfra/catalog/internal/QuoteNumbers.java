package io.github.newinfra.catalog.internal;

import io.github.newinfra.model.Dimension;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.RelativeChange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one rule for quotes and numbers: a numeric fact's quote contains its number, in one of the forms a text may
 * write it. For a quantity: its amount as written ({@code 7.1} of 7.1万座), with thousands separators ({@code 2,000}),
 * in another magnitude followed by that magnitude ({@code 71000}, {@code 7.1万}), in full-width digits ({@code ７．１}),
 * or — for a whole number below 100 — in Chinese numerals ({@code 两}, {@code 十三}); a whole share, 100%, also in the
 * words that say it ({@code 覆盖}, {@code 完成}). For a relative target: its change
 * as the text says it ({@code 翻一番}, {@code 50} of 增长50%). A number counts only where it stands alone: not inside a
 * longer number ({@code 10} is not in {@code 100}), not after a letter or within a label ({@code 5} is not in {@code 5G}
 * or {@code IPv6}; letters may follow the number of a length or a data rate: {@code 1000M}, {@code 40T}). Not part of
 * the API.
 */
public final class QuoteNumbers {
  private static final String[] MAGNITUDES = {"", "万", "亿", "万亿"};
  private static final String[] ZH = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  private static final String ZH_NUMERALS = "零〇一二三四五六七八九十百千万亿两";
  /** How texts write a whole share, 100%, in words: 全覆盖, 实现全省覆盖, 基本完成 (not 覆盖率, a rate). */
  private static final Pattern WHOLE = Pattern.compile("(覆盖|完成)(?!率)");

  private QuoteNumbers() {}

  /**
   * Tells whether a quote contains a quantity's number in one of the forms.
   *
   * @param quote the quote
   * @param value the quantity
   * @return true if some form stands alone in the quote
   */
  public static boolean mentions(String quote, Quantity value) {
    String q = ascii(quote);
    if (value.dimension() == Dimension.RATIO && value.toBaseValue().compareTo(BigDecimal.valueOf(100)) == 0
        && WHOLE.matcher(q).find()) {
      return true;
    }
    boolean lettersMayFollow = value.dimension() == Dimension.DATA_RATE || value.dimension() == Dimension.LENGTH;
    for (String form : digitForms(value)) {
      if (Pattern.compile(digits(form, lettersMayFollow)).matcher(q).find()) {
        return true;
      }
    }
    for (String form : chineseForms(value)) {
      if (Pattern.compile("(?<![" + ZH_NUMERALS + "])" + Pattern.quote(form) + "(?![" + ZH_NUMERALS + "])")
          .matcher(q).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a quote states a relative change in one of the forms a text writes it.
   *
   * @param quote the quote
   * @param change the change
   * @return true if some form stands in the quote (a number alone, as for quantities)
   */
  public static boolean mentions(String quote, RelativeChange change) {
    String q = ascii(quote);
    for (String form : change.quoteForms()) {
      boolean number = form.chars().allMatch(c -> Character.isDigit(c) || c == '.');
      if (number ? Pattern.compile(digits(form, false)).matcher(q).find() : q.contains(form)) {
        return true;
      }
    }
    return false;
  }

  /** The forms of a quantity's number in digits, each with the magnitude that must follow it (if any). */
  static List<String> digitForms(Quantity value) {
    Set<String> forms = new LinkedHashSet<>();
    BigDecimal v = value.value();
    forms.add(v.toPlainString());
    if (v.abs().compareTo(BigDecimal.valueOf(1000)) >= 0) {
      forms.add(String.format("%,d", v.toBigInteger()) + fraction(v));
    }
    BigDecimal whole = v.movePointRight(value.unit().unitMult()).stripTrailingZeros();
    for (int k = 0; k < MAGNITUDES.length; k++) {
      BigDecimal w = whole.movePointLeft(4 * k).stripTrailingZeros();
      if (w.scale() <= 4 && w.signum() != 0 || k == 0) {
        forms.add(plain(w) + (k == 0 ? "" : "\u0000" + MAGNITUDES[k]));
      }
    }
    return new ArrayList<>(forms);
  }

  /** Whole numbers from 1 to 99 in Chinese numerals: 一 … 九十九, with 两 for 2. */
  static List<String> chineseForms(Quantity value) {
    List<String> forms = new ArrayList<>();
    BigDecimal v = value.value();
    if (v.scale() > 0 || v.signum() <= 0 || v.compareTo(BigDecimal.valueOf(100)) >= 0) {
      return forms;
    }
    int n = v.intValueExact();
    int tens = n / 10;
    int units = n % 10;
    String zh = (tens == 0 ? "" : (tens == 1 ? "" : ZH[tens]) + "十") + (units == 0 ? "" : ZH[units]);
    forms.add(zh);
    if (n == 2) {
      forms.add("两");
    }
    return forms;
  }

  private static String fraction(BigDecimal v) {
    String plain = v.toPlainString();
    int dot = plain.indexOf('.');
    return dot < 0 ? "" : plain.substring(dot);
  }

  private static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  /** The pattern of a digit form standing alone: not inside a longer number or a label; its magnitude after it. */
  private static String digits(String form, boolean lettersMayFollow) {
    int cut = form.indexOf('\u0000');
    String number = cut < 0 ? form : form.substring(0, cut);
    String magnitude = cut < 0 ? "" : "\\s*" + Pattern.quote(form.substring(cut + 1));
    return "(?<![0-9A-Za-z.,])" + Pattern.quote(number) + "(?![0-9])(?!\\.[0-9])(?!,[0-9]{3})" + magnitude
        + (lettersMayFollow || !magnitude.isEmpty() ? "" : "(?![A-Za-z])");
  }

  /** The text with full-width digits, point and comma read as ASCII. */
  private static String ascii(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '０' && c <= '９') {
        b.append((char) ('0' + (c - '０')));
      } else if (c == '．') {
        b.append('.');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
