package io.github.newinfra.model.internal;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which of a fact's two texts a locale reads: Chinese for a locale whose language is {@code zh}, English for any
 * other; where the English text is missing (the documents are Chinese), the Chinese one. The one rule behind every
 * {@code name(Locale)}, {@code title(Locale)} and {@code description(Locale)} of the model. Not part of the API.
 */
public final class Languages {
  private Languages() {}

  /**
   * Tells whether a locale reads Chinese.
   *
   * @param locale the locale
   * @return true for the language {@code zh}
   */
  public static boolean chinese(Locale locale) {
    return "zh".equals(Objects.requireNonNull(locale, "locale").getLanguage());
  }

  /**
   * Picks one of two texts.
   *
   * @param locale the locale
   * @param zh the Chinese text
   * @param en the English text
   * @return the text the locale reads
   */
  public static String pick(Locale locale, String zh, String en) {
    return chinese(locale) ? zh : en;
  }

  /**
   * Picks one of two texts, the English one optional.
   *
   * @param locale the locale
   * @param zh the Chinese text
   * @param en the English text, if any
   * @return the text the locale reads; the Chinese one where English is missing
   */
  public static String pick(Locale locale, String zh, Optional<String> en) {
    return chinese(locale) ? zh : en.orElse(zh);
  }

  /**
   * Picks one of two optional texts.
   *
   * @param locale the locale
   * @param zh the Chinese text, if any
   * @param en the English text, if any
   * @return the text the locale reads, else the other; empty if neither is given
   */
  public static Optional<String> pick(Locale locale, Optional<String> zh, Optional<String> en) {
    return chinese(locale) ? zh.or(() -> en) : en.or(() -> zh);
  }
}
