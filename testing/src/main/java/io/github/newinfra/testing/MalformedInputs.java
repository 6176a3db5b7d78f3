package io.github.newinfra.testing;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Texts that parsers must reject with a typed error: malformed quantities, periods, region codes and
 * numbers; and hostile texts that every output must show as the text they are: markup ({@link #MARKUP}),
 * spreadsheet formulas ({@link #FORMULAS}), control and bidirectional formatting characters ({@link #CONTROLS}),
 * and JSON elements over a reader's limits ({@link #overLimitJsonElements}). Each list is a fixed set of
 * hand-picked cases; the {@code RandomGenerator} methods pick one and may garble it further.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class MalformedInputs {
  /** Quantity texts that {@code Quantity.parse} must reject. */
  public static final List<String> QUANTITIES = ImmutableList.of(
      "", " ", "万座", "7.1万X", "1,000个", "1.2.3个", "NaN个", "∞%", "Infinity", "1e5个", "七万座",
      "12 34个", "-", "+.5个", "0x10个", "7.1万万座", "%60", "1000 Mbps Mbps");

  /** Period texts that {@code Period.parse} must reject. */
  public static final List<String> PERIODS = ImmutableList.of(
      "", "23", "2023Q2", "2023-Q5", "2023-Q0", "2023-13", "2023-00", "2023-02-30", "2023-6", "2023/06",
      "20230630", "2023-06-31", "1899", "2200", "abcd", "2023-W12", "2023-S1", "2023-06-30T00:00");

  /** Region-code texts that {@code RegionCode.of} must reject. */
  public static final List<String> REGION_CODES = ImmutableList.of(
      "", "32000", "3200000", "032000", "32O000", "江苏", "320000 ");

  /** Numeric texts an observation reader must reject. */
  public static final List<String> NUMBERS = ImmutableList.of(
      "NaN", "Infinity", "-Infinity", "∞", "", "1,5", "abc", "1e400", "--1", "0x1F");

  /**
   * Markup that a Markdown or HTML renderer would act on: tags with script, an image that runs script, links and
   * autolinks of other schemes than http and https, emphasis, code, table cells, headings, lists, attribute
   * breakouts, character references. A report must show each as the text it is.
   */
  public static final List<String> MARKUP = ImmutableList.of(
      "<img src=x onerror=alert(1)> [x](javascript:alert(2))", "<script>alert(1)</script>",
      "<a href=\"javascript:alert(3)\">x</a>", "![i](http://evil.example/i.png)", "<javascript:alert(4)>",
      "[x]: javascript:alert(5)", "[x][1]", "**bold** _it_ `code` ~~gone~~", "| a | b |", "# heading",
      "- item", "1. item", "> quote", "---", "\" onmouseover=\"alert(6)", "' onclick='alert(7)", "&lt;b&gt; &amp;",
      "mailto:x@evil.example", "x@evil.example", "<https://evil.example/?q=<b>>",
      "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "<svg onload=alert(8)>",
      "<!-- c --><style>*{}</style>", "\\[x\\](javascript:alert(9))", "[x](&#106;avascript:alert(10))");

  /**
   * Cells a spreadsheet would take for a formula (OWASP's CSV injection: a first character of {@code =},
   * {@code +}, {@code -}, {@code @}, tab or carriage return). Every CSV must show each as text.
   */
  public static final List<String> FORMULAS = ImmutableList.of(
      "=HYPERLINK(\"http://evil.example/\",\"open\")", "=1+1", "+1+1", "-1+1", "@SUM(1+1)",
      "=cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
      "=IMPORTXML(\"http://evil.example\",\"//a\")", "@", "=", "-");

  /**
   * Control and bidirectional formatting characters: terminal escape sequences (title, clear screen, colour),
   * NUL, DEL, C1 controls (including the one-byte CSI), the line and paragraph separators, and the bidi overrides,
   * embeddings, isolates and marks. Every output must show each escaped, never raw.
   */
  public static final List<String> CONTROLS = ImmutableList.of(
      "\u001B]0;owned\u0007\u001B[2J\u001B[31m", "\u0000", "a\u0000b", "\u007F", "\u0085", "\u009B31m",
      "\u202Etxt.exe", "\u202A\u202B\u202C\u202D", "\u2066x\u2067y\u2068z\u2069", "\u200E\u200F\u061C",
      "a\nforged line", "a\r\nb", "\u2028\u2029", "\b\f\u000B");

  private MalformedInputs() {}

  /**
   * Returns a hostile text: one of {@link #MARKUP}, {@link #FORMULAS} or {@link #CONTROLS}, or two of them
   * joined, possibly around ordinary text.
   *
   * @param random the source of randomness
   * @return the text
   */
  public static String hostile(RandomGenerator random) {
    List<List<String>> families = List.of(MARKUP, FORMULAS, CONTROLS);
    String text = ModelGenerators.oneOf(random, ModelGenerators.oneOf(random, families));
    switch (random.nextInt(4)) {
      case 0:
        return text + ModelGenerators.oneOf(random, ModelGenerators.oneOf(random, families));
      case 1:
        return "江苏 " + text;
      case 2:
        return text + " 2023";
      default:
        return text;
    }
  }

  /**
   * Returns JSON observation elements that each break one of a reader's limits on their own: a number of 2,000
   * digits, nesting 70 levels deep, and a string of {@code longString} characters. A reader must reject each
   * element alone, at its position, and read the others.
   *
   * @param longString the length of the long string, e.g. one more than the reader's longest string or element
   * @return the elements, each a JSON object text
   */
  public static List<String> overLimitJsonElements(int longString) {
    String fields = "\"indicator\":\"x\",\"region\":\"320000\",\"period\":\"2023\"";
    return ImmutableList.of(
        "{" + fields + ",\"value\":" + "1".repeat(2000) + "}",
        "{" + fields + ",\"value\":1,\"comment\":" + "[".repeat(70) + "]".repeat(70) + "}",
        "{" + fields + ",\"value\":1,\"comment\":\"" + "x".repeat(longString) + "\"}");
  }

  /**
   * Returns a malformed quantity text.
   *
   * @param random the source of randomness
   * @return a text {@code Quantity.parse} rejects
   */
  public static String quantity(RandomGenerator random) {
    return ModelGenerators.oneOf(random, QUANTITIES);
  }

  /**
   * Returns a malformed period text.
   *
   * @param random the source of randomness
   * @return a text {@code Period.parse} rejects
   */
  public static String period(RandomGenerator random) {
    return ModelGenerators.oneOf(random, PERIODS);
  }

  /**
   * Returns a malformed region code.
   *
   * @param random the source of randomness
   * @return a text {@code RegionCode.of} rejects
   */
  public static String regionCode(RandomGenerator random) {
    return ModelGenerators.oneOf(random, REGION_CODES);
  }

  /**
   * Returns a text that is not a finite number.
   *
   * @param random the source of randomness
   * @return a text an observation reader rejects as a value
   */
  public static String number(RandomGenerator random) {
    return ModelGenerators.oneOf(random, NUMBERS);
  }

  /** Fragments {@link #mutate} inserts: the characters that structure CSV and JSON, and hostile text. */
  public static final List<String> FRAGMENTS = ImmutableList.of(
      ",", "\"", "\n", "\r\n", "{", "}", "[", "]", ":", "\\", "\u0000", "\uFEFF", "\uD83D\uDE00", "\uD800",
      "NaN", "-1", "1e400", "9".repeat(400), "[[[[[[[[[[", "{\"value\":", "\"\"\"", "\t", "江苏", "%", "万");

  /**
   * Returns a corrupted copy of a text: one to four random edits, each deleting, duplicating or swapping a slice,
   * inserting one of the {@link #FRAGMENTS}, or truncating. Use it on valid CSV, JSON or catalog texts to check
   * that a reader answers every corruption with a typed error or a structured rejection.
   *
   * @param random the source of randomness
   * @param text the valid text
   * @return the corrupted text; may equal the input when an edit happens to restore it
   */
  public static String mutate(RandomGenerator random, String text) {
    StringBuilder b = new StringBuilder(text);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int at = b.length() == 0 ? 0 : random.nextInt(b.length() + 1);
      int len = b.length() - at == 0 ? 0 : 1 + random.nextInt(Math.min(16, b.length() - at));
      switch (random.nextInt(5)) {
        case 0:
          b.delete(at, at + len);
          break;
        case 1:
          b.insert(at, b.substring(at, at + len));
          break;
        case 2:
          b.insert(at, ModelGenerators.oneOf(random, FRAGMENTS));
          break;
        case 3:
          if (len > 0) {
            int other = random.nextInt(b.length() - len + 1);
            String slice = b.substring(at, at + len);
            b.delete(at, at + len);
            b.insert(Math.min(other, b.length()), slice);
          }
          break;
        default:
          b.setLength(at);
          break;
      }
    }
    return b.toString();
  }
}
