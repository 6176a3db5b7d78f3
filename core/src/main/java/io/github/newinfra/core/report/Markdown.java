package io.github.newinfra.core.report;

import io.github.newinfra.model.internal.SafeText;

/**
 * Escaping for Markdown, as GitHub, GitLab and wiki renderers read it (CommonMark with tables and autolinks). Not
 * part of the API.
 *
 * <p>Text: control and bidirectional formatting characters as {@link SafeText#escape} shows them (a line break
 * as {@code \n}, so a table cell or list item stays on its line); {@code & < >} as character references, so no
 * HTML tag or autolink can start; {@code \ ` * _ [ ] | ~ # @} behind a backslash, so no emphasis, code span, link,
 * image, table cell, heading mark or e-mail autolink can start; and a mark that would begin a block at the start
 * of a line ({@code -}, {@code +}, {@code =}, {@code 1.}, leading spaces) made inert. {@code <img src=x
 * onerror=alert(1)> [x](javascript:alert(2))} becomes {@code &lt;img src=x onerror=alert(1)&gt; \[x\](javascript:
 * alert(2))}, which renders as the text it was.
 *
 * <p>Links: only a web address ({@link Html#isWebAddress}) becomes one, as an autolink {@code <https://…>};
 * anything else, whatever its scheme, is text.
 */
final class Markdown {
  private Markdown() {}

  static String escape(String text) {
    String s = SafeText.escape(text);
    StringBuilder b = new StringBuilder(s.length() + 16);
    int start = 0;
    while (start < s.length() && s.charAt(start) == ' ') {
      b.append("&#32;");
      start++;
    }
    int digits = start;
    while (digits < s.length() && s.charAt(digits) >= '0' && s.charAt(digits) <= '9') {
      digits++;
    }
    for (int i = start; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&': b.append("&amp;"); break;
        case '<': b.append("&lt;"); break;
        case '>': b.append("&gt;"); break;
        case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '~': case '#': case '@':
          b.append('\\').append(c);
          break;
        case '-': case '+': case '=':
          b.append(i == start ? "\\" : "").append(c);
          break;
        case '.': case ')':
          b.append(i == digits && digits > start ? "\\" : "").append(c);
          break;
        default: b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Shows a text that may be an address: a web address as an autolink, anything else as text.
   *
   * @param text the text
   * @return Markdown
   */
  static String link(String text) {
    String t = text.strip();
    return Html.isWebAddress(t) ? "<" + t.replace("|", "%7C") + ">" : escape(t);
  }
}
