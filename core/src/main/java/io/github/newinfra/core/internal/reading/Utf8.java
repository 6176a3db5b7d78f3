package io.github.newinfra.core.internal.reading;

/**
 * UTF-8 checks on bytes, with the rules of the JDK's strict decoder: no overlong forms, no surrogates, nothing
 * beyond U+10FFFF, no stray or missing continuation bytes. Not part of the API.
 */
final class Utf8 {
  private Utf8() {}

  /**
   * Tells whether {@code b[from, to)} is valid UTF-8.
   *
   * @param b the bytes
   * @param from the first byte
   * @param to after the last byte
   * @return whether the JDK's UTF-8 decoder reading with {@code REPORT} would decode them without error
   */
  static boolean valid(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int n;
      int min;
      int max = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        n = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2;
        min = c == 0xE0 ? 0xA0 : 0x80;
        max = c == 0xED ? 0x9F : 0xBF;
      } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3;
        min = c == 0xF0 ? 0x90 : 0x80;
        max = c == 0xF4 ? 0x8F : 0xBF;
      } else {
        return false;
      }
      if (i + n >= to) {
        // fewer continuation bytes left than the lead byte needs
        return false;
      }
      int second = b[i + 1] & 0xFF;
      if (second < min || second > max) {
        return false;
      }
      for (int k = 2; k <= n; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      i += n + 1;
    }
    return true;
  }

  /**
   * Tells whether the character starting at {@code b[i]} (valid UTF-8) is whitespace to
   * {@link Character#isWhitespace(int)}.
   */
  static boolean whitespaceAt(byte[] b, int i) {
    return Character.isWhitespace(codePoint(b, i));
  }

  /**
   * Tells whether the character ending just before {@code b[end]} (valid UTF-8) is whitespace to
   * {@link Character#isWhitespace(int)}.
   */
  static boolean whitespaceBefore(byte[] b, int end) {
    int i = end - 1;
    while ((b[i] & 0xC0) == 0x80) {
      i--;
    }
    return Character.isWhitespace(codePoint(b, i));
  }

  private static int codePoint(byte[] b, int i) {
    int c = b[i] & 0xFF;
    if (c < 0x80) {
      return c;
    }
    if (c < 0xE0) {
      return (c & 0x1F) << 6 | b[i + 1] & 0x3F;
    }
    if (c < 0xF0) {
      return (c & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F;
    }
    return (c & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | b[i + 3] & 0x3F;
  }
}
