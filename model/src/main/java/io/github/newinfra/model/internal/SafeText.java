package io.github.newinfra.model.internal;

/**
 * How text that others wrote is shown, in one place: in rejections and error messages, and in every output
 * format (text, Markdown, HTML, CSV, the Excel workbook; JSON escapes the same characters its own way, as
 * {@code \}{@code uXXXX}). Control characters, the Unicode bidirectional formatting characters and unpaired
 * surrogates are escaped, so that nothing from a catalog or an observation file can rewrite a terminal, forge a
 * line or reorder what a reader sees, and long text is cut to a bounded excerpt. Not part of the API.
 *
 * <p>Escapes: {@code \n}, {@code \r} and {@code \t} as those two-character sequences; every other C0 and C1
 * control character, DEL, an unpaired surrogate, the line and paragraph separators and the bidirectional
 * formatting characters as {@code \}{@code uXXXX} (e.g. the escape character that starts a terminal colour
 * sequence becomes {@code \}{@code u001B}, a lone surrogate {@code \}{@code uD800}). The result is always
 * well-formed UTF-16 and prints on one line.
 */
public final class SafeText {
  /** Inputs longer than this are cut to an excerpt. */
  public static final int MAX_INPUT = 240;
  /** The characters of a long input that are kept. */
  public static final int EXCERPT = 200;
  /** Messages longer than this are cut in the middle. */
  public static final int MAX_MESSAGE = 600;

  private SafeText() {}

  /**
   * An input row for a rejection: the text itself when at most {@value #MAX_INPUT} characters, otherwise its
   * first {@value #EXCERPT} followed by {@code …(N more characters)}; then escaped.
   *
   * @param input the row as given
   * @return a bounded, printable excerpt
   */
  public static String excerpt(CharSequence input) {
    return excerpt(input, input.length());
  }

  /**
   * As {@link #excerpt(CharSequence)}, for an input of which only the start was kept.
   *
   * @param start the input's first characters: all of it, or at least its first {@value #MAX_INPUT} and one
   * @param length the input's length
   * @return a bounded, printable excerpt
   */
  public static String excerpt(CharSequence start, long length) {
    if (length <= MAX_INPUT) {
      return escape(start, 0, start.length());
    }
    int cut = cutPoint(start, EXCERPT);
    return escape(start, 0, cut) + "…(" + (length - cut) + " more characters)";
  }

  /**
   * A message naming input values: escaped, and when longer than {@value #MAX_MESSAGE} characters its start
   * and end are kept around {@code …(N characters left out)…}, so that both what was wrong and where stay
   * readable.
   *
   * @param message the message
   * @return a bounded, printable message
   */
  public static String message(CharSequence message) {
    int n = message.length();
    if (n <= MAX_MESSAGE) {
      return escape(message, 0, n);
    }
    int head = cutPoint(message, MAX_MESSAGE / 2);
    int tail = cutPoint(message, n - MAX_MESSAGE / 4);
    return escape(message, 0, head) + "…(" + (tail - head) + " characters left out)…" + escape(message, tail, n);
  }

  /**
   * Quotes a value for a message: in single quotes, escaped, and when longer than 80 characters only its first
   * 40 and last 20 with its length, e.g. {@code 'aaaa…aaaa' (10000 characters)}.
   *
   * @param value the value
   * @return the quoted value
   */
  public static String quoted(String value) {
    int n = value.length();
    if (n <= 80) {
      return "'" + escape(value, 0, n) + "'";
    }
    int head = cutPoint(value, 40);
    int tail = cutPoint(value, n - 20);
    return "'" + escape(value, 0, head) + "…" + escape(value, tail, n) + "' (" + n + " characters)";
  }

  /**
   * Escapes control characters and unpaired surrogates; see the class comment.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String escape(CharSequence text) {
    return escape(text, 0, text.length());
  }

  /** Moves a cut point off the middle of a surrogate pair. */
  private static int cutPoint(CharSequence s, int at) {
    return at > 0 && at < s.length() && Character.isHighSurrogate(s.charAt(at - 1))
        && Character.isLowSurrogate(s.charAt(at)) ? at - 1 : at;
  }

  private static String escape(CharSequence s, int from, int to) {
    int i = from;
    while (i < to && !special(s, i, to)) {
      i++;
    }
    if (i == to) {
      return s.subSequence(from, to).toString();
    }
    StringBuilder b = new StringBuilder(to - from + 16);
    b.append(s, from, i);
    for (; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (special(s, i, to)) {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Tells whether a character is always escaped: a C0 or C1 control character, DEL, the line or paragraph
   * separator, or a bidirectional formatting character (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
   * Surrogates are not: whether one is escaped depends on its neighbour.
   *
   * @param c a character
   * @return true if {@link #escape} never shows it as it is
   */
  public static boolean isControlOrBidi(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C';
  }

  private static boolean special(CharSequence s, int i, int to) {
    char c = s.charAt(i);
    if (isControlOrBidi(c)) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= to || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }
}
