package io.github.newinfra.model;

import java.util.Locale;
import java.util.Optional;

/** How a document hedges a figure it reports as achieved. */
public enum ValueQualifier {
  /** The figure as stated. */
  EXACT,
  /** 超过: strictly more than the figure. */
  MORE_THAN,
  /** 以上: at least the figure. */
  AT_LEAST,
  /** 左右, 约: about the figure. */
  APPROXIMATELY,
  /** 基本: basically reached, short of complete. */
  BASICALLY;

  /**
   * Reads a qualifier as an observations file writes it: the constant's name in any case ({@code MORE_THAN},
   * {@code basically}) or the Chinese word a text uses — 超过 or 超 (MORE_THAN), 以上 or 不少于 (AT_LEAST), 约,
   * 左右 or 近 (APPROXIMATELY), 基本 (BASICALLY); an empty text is EXACT.
   *
   * @param text the text, surrounding whitespace ignored
   * @return the qualifier, empty if the text names none
   */
  public static Optional<ValueQualifier> fromText(String text) {
    String t = text == null ? "" : text.strip();
    switch (t) {
      case "":
        return Optional.of(EXACT);
      case "超过":
      case "超":
        return Optional.of(MORE_THAN);
      case "以上":
      case "不少于":
        return Optional.of(AT_LEAST);
      case "约":
      case "左右":
      case "近":
        return Optional.of(APPROXIMATELY);
      case "基本":
        return Optional.of(BASICALLY);
      default:
        for (ValueQualifier q : values()) {
          if (q.name().equals(t.toUpperCase(Locale.ROOT))) {
            return Optional.of(q);
          }
        }
        return Optional.empty();
    }
  }
}
