package io.github.newinfra.core.progress;

import java.util.Locale;
import java.util.Optional;

/**
 * A value with a Chinese and an English wording: the statuses, stages and kinds of the final evaluation. Each
 * constant names its two words in its declaration, so the wording lives in one place, the enum.
 */
public sealed interface Worded permits Fate, FinalLabel, GoalVerdict, ItemKind, LeadOrigin, Need, ProjectStage,
    ReturnField, TaskStatus {
  /**
   * Returns the Chinese wording, as planning offices write it.
   *
   * @return e.g. {@code 基本完成}
   */
  default String zh() {
    return Words.zh(this);
  }

  /**
   * Returns the English wording.
   *
   * @return e.g. {@code Basically completed}
   */
  default String en() {
    return Words.en(this);
  }

  /**
   * Returns the wording in a locale's language: Chinese for {@code zh}, English otherwise.
   *
   * @param locale the locale
   * @return the wording
   */
  default String label(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? zh() : en();
  }

  /**
   * Reads a value from its Chinese wording, its English wording or its name, ignoring surrounding space and
   * case: {@code parse(GoalVerdict.class, "基本完成")}, {@code "basically completed"} and
   * {@code "BASICALLY_COMPLETED"} all give {@code BASICALLY_COMPLETED}.
   *
   * @param type the enum
   * @param text the text
   * @param <E> the enum's type
   * @return the value, or empty if the text is none of the three forms of any constant
   */
  static <E extends Enum<E> & Worded> Optional<E> parse(Class<E> type, String text) {
    String t = text.strip();
    for (E e : type.getEnumConstants()) {
      if (e.zh().equals(t) || e.en().equalsIgnoreCase(t) || e.name().equalsIgnoreCase(t)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Lists the Chinese wordings of an enum's constants in order, joined by {@code 、}.
   *
   * @param type the enum
   * @param locale the language of the list
   * @param <E> the enum's type
   * @return e.g. {@code 完成、基本完成、部分完成、未完成}
   */
  static <E extends Enum<E> & Worded> String choices(Class<E> type, Locale locale) {
    StringBuilder b = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      if (b.length() > 0) {
        b.append("zh".equals(locale.getLanguage()) ? "、" : ", ");
      }
      b.append(e.label(locale));
    }
    return b.toString();
  }
}
