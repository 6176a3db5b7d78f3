package io.github.newinfra.core.report;

import io.github.newinfra.model.internal.SafeText;
import java.util.Locale;

/**
 * Escaping for HTML text and attributes, and the one rule for which addresses become links. Not part of the API.
 *
 * <p>Text: control and bidirectional formatting characters as {@link SafeText#escape} shows them ({@code \}{@code
 * u202E}), then {@code & < > " '} as character references. A link is made only of a web address: {@code http://}
 * or {@code https://}, then nothing a browser or a Markdown renderer would read otherwise (no space, quote,
 * angle bracket, back-quote, backslash, control or bidirectional formatting character).
 */
final class Html {
  private Html() {}

  static String escape(String text) {
    String s = SafeText.escape(text);
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&': b.append("&amp;"); break;
        case '<': b.append("&lt;"); break;
        case '>': b.append("&gt;"); break;
        case '"': b.append("&quot;"); break;
        case '\'': b.append("&#39;"); break;
        default: b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Tells whether a text is a web address a report may show as a link the reader can follow.
   *
   * @param text a text, already stripped
   * @return true for {@code http://} or {@code https://} addresses without characters that could end the link
   */
  static boolean isWebAddress(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int scheme = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : -1;
    if (scheme < 0 || text.length() == scheme) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || SafeText.isControlOrBidi(c)
          || Character.isSurrogate(c) || "\"'<>`\\".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }
}
