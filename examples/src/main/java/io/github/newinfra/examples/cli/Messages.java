package io.github.newinfra.examples.cli;

import io.github.newinfra.model.internal.SafeText;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wording of what the tool prints: English counts with the right number, control characters made visible, and
 * messages of the libraries put in the user's terms (no Java class names, no parser internals).
 */
final class Messages {
  private Messages() {
  }

  /** A type name in backquotes, its simple name captured: {@code `io.github.newinfra.model.Comparator`}. */
  private static final String TYPE = "`(?:[A-Za-z0-9_]+\\.)*([A-Za-z0-9_]+)(?:\\$[A-Za-z0-9_$]*)?`";

  /** {@code FooException: } or {@code java.nio.file.NoSuchFileException: } prefixes, with or without a package. */
  private static final Pattern EXCEPTION_PREFIX = Pattern.compile(
      "(?:[a-z_][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)(?::\\s*|\\b)");

  /** Jackson's message for a value that is not one of an enum's constants. */
  private static final Pattern NOT_AN_ENUM_VALUE = Pattern.compile(
      "Cannot deserialize value of type " + Messages.TYPE + " from String (\"[^\"]*\"): not one of the values "
          + "accepted for Enum class: \\[([^\\]]*)\\]");

  /** Jackson's message for a value that cannot be read as a type. */
  private static final Pattern CANNOT_DESERIALIZE = Pattern.compile(
      "Cannot deserialize value of type " + Messages.TYPE + " from ([A-Za-z]+)");

  private static final Pattern QUOTED_TYPE = Pattern.compile(Messages.TYPE);

  /** Jackson's location suffix and reference chain. */
  private static final Pattern JACKSON_SOURCE = Pattern.compile(
      "\\s*(?:\\n\\s*)?(?:at )?\\[Source: [^\\]]*?(?:; line: (\\d+), column: (\\d+))?\\]");

  /** Picocli's {@code to class java.time.LocalDate}. */
  private static final Pattern CONVERT_TO_CLASS = Pattern.compile("to (?:class|interface) (?:[a-z0-9_]+\\.)+([A-Z][A-Za-z0-9_]*)");

  private static final Pattern REFERENCE_CHAIN = Pattern.compile("\\s*\\(through reference chain: [^)]*\\)");

  /**
   * Returns {@code n} and the noun, in the singular for one: {@code 1 target}, {@code 2 targets}.
   *
   * @param n the count
   * @param singular the noun for one
   * @param plural the noun for other counts
   */
  static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /** As {@link #count(long, String, String)}, with the plural formed by appending {@code s}. */
  static String count(long n, String singular) {
    return count(n, singular, singular + "s");
  }

  /**
   * Makes control characters visible, so that text from an input file cannot rewrite the terminal or forge a line:
   * a newline becomes {@code \n}, other controls (and the Unicode bidirectional formatting characters)
   * {@code \}{@code uXXXX}, the one rule every output follows ({@link SafeText#escape}).
   *
   * @param text any text
   * @return the text, one line, every control character escaped
   */
  static String escape(String text) {
    return SafeText.escape(text);
  }

  /**
   * Puts a library's message in the user's terms: file-system errors as words, Jackson's type names and source
   * descriptions removed, no Java class names left. Multi-line messages keep their lines.
   *
   * @param message a message, possibly naming Java types
   * @return the message without them
   */
  static String clean(String message) {
    String m = message;
    m = m.replaceAll("java\\.nio\\.file\\.NoSuchFileException: ([^\\n]*)", "no such file or folder: $1");
    m = m.replaceAll("java\\.nio\\.file\\.AccessDeniedException: ([^\\n]*)", "permission denied: $1");
    m = m.replaceAll("java\\.nio\\.file\\.NotDirectoryException: ([^\\n]*)", "not a folder: $1");
    m = m.replaceAll("java\\.nio\\.file\\.DirectoryNotEmptyException: ([^\\n]*)", "folder not empty: $1");
    m = m.replaceAll("java\\.nio\\.file\\.FileAlreadyExistsException: ([^\\n]*)", "already exists: $1");
    m = m.replaceAll("java\\.nio\\.charset\\.(?:MalformedInputException|UnmappableCharacterException): "
        + "Input length = \\d+", "the text is not valid UTF-8");
    m = m.replaceAll("java\\.io\\.EOFException(?::\\s*)?", "unexpected end of file ");
    m = m.replaceAll("cannot convert '([^']*)' to (?:class|interface) java\\.nio\\.file\\.Path", "'$1' is not a valid file name");
    Matcher c = CONVERT_TO_CLASS.matcher(m);
    StringBuffer converted = new StringBuffer();
    while (c.find()) {
      c.appendReplacement(converted, Matcher.quoteReplacement("to a " + words(c.group(1))));
    }
    m = c.appendTail(converted).toString();
    Matcher e = NOT_AN_ENUM_VALUE.matcher(m);
    StringBuffer sb = new StringBuffer();
    while (e.find()) {
      e.appendReplacement(sb, Matcher.quoteReplacement(e.group(2) + " is not a valid " + words(e.group(1))
          + ": expected one of " + e.group(3)));
    }
    m = e.appendTail(sb).toString();
    Matcher d = CANNOT_DESERIALIZE.matcher(m);
    sb = new StringBuffer();
    while (d.find()) {
      String type = words(d.group(1));
      d.appendReplacement(sb, Matcher.quoteReplacement("cannot read " + ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an "
          : "a ") + type + " from "
          + d.group(2).toLowerCase(Locale.ROOT)));
    }
    m = d.appendTail(sb).toString();
    Matcher s = JACKSON_SOURCE.matcher(m);
    sb = new StringBuffer();
    while (s.find()) {
      s.appendReplacement(sb, s.group(1) == null ? ""
          : Matcher.quoteReplacement(" (line " + s.group(1) + ", column " + s.group(2) + ")"));
    }
    m = s.appendTail(sb).toString();
    m = REFERENCE_CHAIN.matcher(m).replaceAll("");
    Matcher q = QUOTED_TYPE.matcher(m);
    sb = new StringBuffer();
    while (q.find()) {
      q.appendReplacement(sb, Matcher.quoteReplacement(words(q.group(1))));
    }
    m = q.appendTail(sb).toString();
    Matcher x = EXCEPTION_PREFIX.matcher(m);
    sb = new StringBuffer();
    while (x.find()) {
      String name = x.group(1);
      boolean type = name.endsWith("Exception") || name.endsWith("Error") || name.contains("$")
          || x.group().startsWith("java.") || x.group().startsWith("javax.") || x.group().startsWith("sun.")
          || x.group().startsWith("com.fasterxml.") || x.group().startsWith("io.github.newinfra.");
      x.appendReplacement(sb, Matcher.quoteReplacement(type ? "" : x.group()));
    }
    m = x.appendTail(sb).toString();
    return m.replaceAll("\\b[A-Z][A-Za-z]*(?:Exception|Error)\\b:?\\s*", "").strip();
  }

  /** {@code RegionCode} as {@code region code}. */
  private static String words(String typeName) {
    return typeName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  /**
   * A message for an exception that reaches the user, cleaned; never empty.
   *
   * @param e the exception
   * @return its message in the user's terms
   */
  static String of(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getCause() != null && e.getCause() != e ? of(e.getCause()) : "no further detail is available";
    }
    String cleaned = clean(message);
    return cleaned.isEmpty() ? "no further detail is available" : cleaned;
  }
}
