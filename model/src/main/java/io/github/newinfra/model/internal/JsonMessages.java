package io.github.newinfra.model.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON parser's message in the words of someone who wrote a JSON file, for catalogs and observation files alike:
 * what is wrong with the text, never the parser's features, settings, token names or classes. Not part of the API.
 *
 * <p>{@code Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (not recognized as one since
 * Feature 'ALLOW_COMMENTS' not enabled for parser)} becomes {@code unexpected character '/': JSON has no
 * comments}; {@code Non-standard token 'NaN': enable ALLOW_NON_NUMERIC_NUMBERS to allow} becomes {@code 'NaN' is
 * not JSON: JSON has no NaN or Infinity, write a number}; {@code Document nesting depth (65) exceeds the maximum
 * allowed (64, from StreamReadConstraints.getMaxNestingDepth())} becomes {@code arrays and objects are nested more
 * than 64 levels deep}.
 */
public final class JsonMessages {
  private JsonMessages() {}

  /** A message pattern and what it says in plain words ({@code $1}… for its groups). */
  private static final class Rule {
    final Pattern pattern;
    final String plain;

    Rule(String regex, String plain) {
      this.pattern = Pattern.compile(regex, Pattern.DOTALL);
      this.plain = plain;
    }
  }

  private static final List<Rule> RULES = List.of(
      new Rule("Document nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
          "arrays and objects are nested more than $2 levels deep"),
      new Rule("Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
          "a number has $1 digits; a number may have at most $2"),
      new Rule("String value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
          "a string is longer than $2 characters, the most one may have"),
      new Rule("Name length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
          "a field name has $1 characters; a field name may have at most $2"),
      new Rule("Document length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
          "the document is longer than $2 characters or bytes, the most one may have"),
      new Rule("Token count \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
          "the document has more than $2 values, the most one may have"),
      new Rule("Unexpected character \\('(.)' \\(code \\d+[^)]*\\)\\): maybe a \\(non-standard\\) comment\\?.*",
          "unexpected character '$1': JSON has no comments"),
      new Rule("Non-standard token '([^']*)'.*",
          "'$1' is not JSON: JSON has no NaN or Infinity, write a number"),
      new Rule("Unexpected character \\('\\+' \\(code \\d+[^)]*\\)\\) in numeric value.*",
          "a number starts with '+', which JSON does not allow; leave the sign out"),
      new Rule("Invalid numeric value: Leading zeroes not allowed.*",
          "a number starts with 0 and has more digits, which JSON does not allow"),
      new Rule("Unexpected end-of-input in (?:VALUE_STRING|FIELD_NAME).*", "the input ends inside a string"),
      new Rule("Unexpected end-of-input in field name.*", "the input ends inside a field name"),
      new Rule("Unexpected end-of-input: expected close marker for Array.*", "the input ends inside an array"),
      new Rule("Unexpected end-of-input: expected close marker for Object.*", "the input ends inside an object"),
      new Rule("Unrecognized character escape '(.)'.*", "unknown escape '\\\\$1' in a string"),
      new Rule("Unexpected end-of-input.*", "the input ends too early"));

  /** {@code (CTRL-CHAR, code 1)}: a control character as the parser names it. */
  private static final Pattern CONTROL = Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");

  /** {@code ('x' (code 120))} or {@code ('x' (code 120 / 0x78))}: a character as the parser names it. */
  private static final Pattern CHARACTER = Pattern.compile("\\('(.)' \\(code \\d+[^)]*\\)\\)");

  /** Advice to change the parser's settings: {@code : enable `JsonReadFeature.X` to allow}. */
  private static final Pattern ENABLE = Pattern.compile(":?\\s*[Ee]nable\\s+[`']?[A-Za-z_.]+[`']?\\s+to allow");

  /** A parser feature named in passing: {@code (not recognized as one since Feature 'X' not enabled for parser)}. */
  private static final Pattern FEATURE = Pattern.compile("\\s*\\([^()]*\\bFeature\\b[^()]*\\)");

  /** {@code [Source: …; line: 1, column: 2]}: where the parser was, which the caller says itself. */
  private static final Pattern SOURCE = Pattern.compile(
      "\\s*(?:at )?\\[Source: [^\\]]*?(?:; line: (\\d+), column: (\\d+))?\\]");

  /** A qualified class name of the JDK or a library, possibly in back-quotes: {@code java.nio.charset.X}. */
  private static final Pattern CLASS = Pattern.compile(
      "`?\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_]*)(?:\\$[A-Za-z0-9_]+)*`?");

  /**
   * Puts a parser's message in the user's words.
   *
   * @param message the parser's message, without the location it appends (its "original message")
   * @return the message, escaped and bounded as {@link SafeText#message}
   */
  public static String plain(String message) {
    if (message == null || message.isBlank()) {
      return "the text is not well-formed JSON";
    }
    String m = message.strip();
    for (Rule rule : RULES) {
      Matcher x = rule.pattern.matcher(m);
      if (x.matches()) {
        return SafeText.message(x.replaceFirst(rule.plain));
      }
    }
    m = SOURCE.matcher(m).replaceAll(r -> r.group(1) == null ? ""
        : Matcher.quoteReplacement(" (line " + r.group(1) + ", column " + r.group(2) + ")"));
    m = CONTROL.matcher(m).replaceAll(r -> Matcher.quoteReplacement(
        String.format(java.util.Locale.ROOT, "(control character U+%04X)", Integer.parseInt(r.group(1)))));
    m = CHARACTER.matcher(m).replaceAll(r -> Matcher.quoteReplacement("'" + r.group(1) + "'"));
    m = ENABLE.matcher(m).replaceAll("");
    m = FEATURE.matcher(m).replaceAll("");
    m = CLASS.matcher(m).replaceAll("$1");
    m = m.replace("Unexpected character", "unexpected character").replace("Unrecognized token", "unknown word")
        .replace("Illegal unquoted character", "a character that must be escaped")
        .replace("Illegal character", "a character not allowed here");
    return SafeText.message(m);
  }
}
