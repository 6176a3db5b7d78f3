package io.github.newinfra.core.internal.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns bytes into text strictly: a byte-order mark decides the encoding (UTF-8, UTF-16BE, UTF-16LE) and is
 * skipped, otherwise the given charset applies; bytes that are not valid in it stop reading with an error naming
 * the line. Not part of the API.
 */
public final class Decoding {
  private Decoding() {}

  /** Reading stopped at bytes that are not valid in the encoding; the message says where and what to do. */
  public static final class InvalidEncodingException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String problem;

    InvalidEncodingException(String problem, String hint) {
      super(problem + hint);
      this.problem = problem;
    }

    /**
     * Returns where reading stopped and why, without the advice of the message.
     *
     * @return e.g. {@code line 2: byte 0xCD is not valid UTF-8}
     */
    public String problem() {
      return problem;
    }
  }

  /**
   * Opens a strict reader over bytes.
   *
   * @param in the bytes; closed when the reader is closed
   * @param charset the encoding unless a byte-order mark says otherwise
   * @return the reader
   * @throws IOException if the first bytes cannot be read
   */
  public static Reader reader(InputStream in, Charset charset) throws IOException {
    PushbackInputStream p = new PushbackInputStream(in, 3);
    byte[] head = new byte[3];
    int n = 0;
    while (n < 3) {
      int r = p.read(head, n, 3 - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    Charset cs = charset;
    int skip = 0;
    if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      cs = StandardCharsets.UTF_8;
      skip = 3;
    } else if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
    }
    if (n > skip) {
      p.unread(head, skip, n - skip);
    }
    return new StrictReader(p, cs);
  }

  /**
   * Opens a strict reader over bytes without looking for a byte-order mark: for the rest of an input whose start
   * was read elsewhere.
   *
   * @param in the bytes, starting at the beginning of a line; closed when the reader is closed
   * @param charset their encoding
   * @param firstLine the number of the line {@code in} starts with, for messages
   * @return the reader
   */
  static Reader strict(InputStream in, Charset charset, long firstLine) {
    StrictReader r = new StrictReader(in, charset);
    r.line = firstLine;
    return r;
  }

  private static final class StrictReader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private boolean eof;
    private boolean flushed;
    private long line = 1;
    private boolean afterCr;
    private IOException pending;

    StrictReader(InputStream in, Charset charset) {
      this.in = in;
      this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      bytes.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      if (pending != null) {
        throw pending;
      }
      if (len == 0) {
        return 0;
      }
      CharBuffer out = CharBuffer.wrap(cbuf, off, len);
      while (true) {
        CoderResult cr = flushed ? CoderResult.UNDERFLOW : decoder.decode(bytes, out, eof);
        if (cr.isError()) {
          int done = out.position() - off;
          count(cbuf, off, done);
          pending = invalid(cr.length());
          if (done > 0) {
            return done;
          }
          throw pending;
        }
        if (cr.isOverflow()) {
          break;
        }
        if (out.position() > off) {
          break;
        }
        if (eof) {
          if (!flushed) {
            decoder.flush(out);
            flushed = true;
          }
          if (out.position() > off) {
            break;
          }
          return -1;
        }
        bytes.compact();
        int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (r < 0) {
          eof = true;
        } else {
          bytes.position(bytes.position() + r);
        }
        bytes.flip();
      }
      int done = out.position() - off;
      count(cbuf, off, done);
      return done;
    }

    private void count(char[] cbuf, int off, int n) {
      for (int i = off; i < off + n; i++) {
        char c = cbuf[i];
        if (c == '\n') {
          if (!afterCr) {
            line++;
          }
          afterCr = false;
        } else if (c == '\r') {
          line++;
          afterCr = true;
        } else {
          afterCr = false;
        }
      }
    }

    private InvalidEncodingException invalid(int length) {
      StringBuilder shown = new StringBuilder();
      int at = bytes.position();
      for (int i = 0; i < Math.min(length, 4) && at + i < bytes.limit(); i++) {
        shown.append(i == 0 ? "0x" : " 0x")
            .append(String.format(Locale.ROOT, "%02X", bytes.get(at + i) & 0xFF));
      }
      String name = decoder.charset().name();
      String hint = name.equals("UTF-8")
          ? "; if the file is in another encoding, name it, e.g. GB18030 (--encoding GB18030 on the command line)"
          : "; name the file's encoding (--encoding on the command line)";
      return new InvalidEncodingException("line " + line + ": " + (length == 1 ? "byte " : "bytes ") + shown
          + (length == 1 ? " is" : " are") + " not valid " + name, hint);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
