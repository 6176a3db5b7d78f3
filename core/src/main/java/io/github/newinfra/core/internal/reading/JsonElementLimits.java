package io.github.newinfra.core.internal.reading;

import io.github.newinfra.core.internal.wording.Text;
import io.github.newinfra.model.internal.SafeText;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Holds each element of a top-level JSON array to the per-element limits before the parser sees it, so that an
 * element over a limit costs that element only: it is passed on as {@code null} (with the line breaks it held, so
 * that the lines after it keep their numbers) and its rejection is kept for {@link #rejection}. Not part of the
 * API.
 *
 * <p>The limits, each of one element: at most {@code maxRecord} characters as written; arrays and objects nested
 * at most {@code maxDepth} levels, counting the top-level array as the first; numbers of at most
 * {@code maxNumberDigits} digits; strings of at most {@code maxString} characters once their escapes are read.
 * An element within them is passed on unchanged, whole, once its end is seen; so at most {@code maxRecord}
 * characters are held at a time. Text that is not inside the top-level array, or input whose top level is not an
 * array, is passed on as it is: the parser says what is wrong with it.
 */
final class JsonElementLimits extends Reader {
  /** An element passed on as {@code null}: where it stood, why, and its start as given. */
  static final class Rejection {
    final long ordinal;
    final String message;
    final String input;

    Rejection(long ordinal, String message, String input) {
      this.ordinal = ordinal;
      this.message = message;
      this.input = input;
    }
  }

  private final Reader in;
  private final int maxRecord;
  private final int maxDepth;
  private final int maxNumberDigits;
  private final int maxString;
  private final char[] chunk = new char[8192];
  private final StringBuilder out = new StringBuilder();
  private int outAt;
  private boolean eof;
  private final Deque<Rejection> rejections = new ArrayDeque<>();

  /** 0 before the top-level value, 1 inside the top-level array, 2 after it or when the top level is no array. */
  private int phase;
  private int depth;
  private boolean inString;
  private boolean escape;
  private int hex;
  private long stringLength;
  /** The element being read: its kind ('{', '"' or 'x' for a bare value), 0 between elements. */
  private char element;
  private long ordinal;
  private final StringBuilder held = new StringBuilder();
  private long length;
  private long digits;
  private int lineBreaks;
  private boolean lastWasCr;
  private String violation;

  JsonElementLimits(Reader in, int maxRecord, int maxDepth, int maxNumberDigits, int maxString) {
    this.in = in;
    this.maxRecord = maxRecord;
    this.maxDepth = maxDepth;
    this.maxNumberDigits = maxNumberDigits;
    this.maxString = maxString;
  }

  /**
   * Returns the rejection of an element passed on as {@code null}, if it was one; rejections are asked for in
   * element order.
   *
   * @param at the element's position in the array
   * @return its rejection, or null if the element was passed on as written
   */
  Rejection rejection(long at) {
    while (!rejections.isEmpty() && rejections.peekFirst().ordinal < at) {
      rejections.removeFirst();
    }
    return !rejections.isEmpty() && rejections.peekFirst().ordinal == at ? rejections.removeFirst() : null;
  }

  @Override
  public int read(char[] buffer, int offset, int count) throws IOException {
    if (count == 0) {
      return 0;
    }
    while (outAt == out.length()) {
      out.setLength(0);
      outAt = 0;
      if (eof) {
        return -1;
      }
      int n = in.read(chunk, 0, chunk.length);
      if (n < 0) {
        eof = true;
        endOfInput();
      } else {
        for (int i = 0; i < n; i++) {
          next(chunk[i]);
        }
      }
    }
    int n = Math.min(count, out.length() - outAt);
    out.getChars(outAt, outAt + n, buffer, offset);
    outAt += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private void next(char c) {
    if (phase != 1) {
      if (phase == 0 && !isWhitespace(c)) {
        phase = c == '[' ? 1 : 2;
        depth = c == '[' ? 1 : 0;
      }
      out.append(c);
      return;
    }
    if (element == 0) {
      if (isWhitespace(c) || c == ',') {
        out.append(c);
        return;
      }
      if (c == ']') {
        phase = 2;
        out.append(c);
        return;
      }
      start(c);
    }
    if (element == 'x' && length > 0 && isDelimiter(c)) {
      end();
      next(c);
      return;
    }
    take(c);
    if (element == '"' ? !inString : element == '{' && depth == 1 && !inString) {
      end();
    }
  }

  private void start(char c) {
    element = c == '{' || c == '[' ? '{' : c == '"' ? '"' : 'x';
    held.setLength(0);
    length = 0;
    digits = 0;
    lineBreaks = 0;
    lastWasCr = false;
    violation = null;
  }

  /** One character of the element: held, or only counted once the element is known to be rejected. */
  private void take(char c) {
    length++;
    if (c == '\n' && !lastWasCr || c == '\r') {
      lineBreaks++;
    }
    lastWasCr = c == '\r';
    if (inString) {
      if (escape) {
        escape = false;
        hex = c == 'u' ? 4 : 0;
      } else if (hex > 0) {
        hex--;
      } else if (c == '\\') {
        escape = true;
        stringLength++;
      } else if (c == '"') {
        inString = false;
      } else {
        stringLength++;
      }
      if (stringLength > maxString && violation == null) {
        violation = "a string is longer than " + maxString + " characters, the most one may have";
      }
    } else if (c == '"') {
      inString = true;
      stringLength = 0;
    } else if (c == '[' || c == '{') {
      depth++;
      if (depth > maxDepth && violation == null) {
        violation = "arrays and objects are nested more than " + maxDepth + " levels deep, counting the array of "
            + "observations";
      }
    } else if (c == ']' || c == '}') {
      depth--;
    } else if (c >= '0' && c <= '9') {
      digits++;
      if (digits > maxNumberDigits && violation == null) {
        violation = "a number has more than " + maxNumberDigits + " digits, the most one may have";
      }
    } else {
      digits = 0;
    }
    if (length > maxRecord && violation == null) {
      violation = "the element is longer than " + maxRecord + " characters, the most one row may have";
    }
    if (violation == null || held.length() <= SafeText.MAX_INPUT) {
      held.append(c);
    }
  }

  /** Passes the element on: as written, or as {@code null} and its line breaks when it broke a limit. */
  private void end() {
    if (violation == null) {
      out.append(held);
    } else {
      rejections.addLast(new Rejection(ordinal, violation, SafeText.excerpt(held, length)));
      out.append("null");
      for (int i = 0; i < lineBreaks; i++) {
        out.append('\n');
      }
    }
    held.setLength(0);
    element = 0;
    ordinal++;
  }

  private void endOfInput() {
    if (element != 0) {
      if (violation == null) {
        out.append(held);
      } else {
        out.append("null");
      }
      element = 0;
    }
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static boolean isDelimiter(char c) {
    return isWhitespace(c) || c == ',' || c == ']' || c == '}' || c == '[' || c == '{' || c == '"' || c == ':';
  }
}
