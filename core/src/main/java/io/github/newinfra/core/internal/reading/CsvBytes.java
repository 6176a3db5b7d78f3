package io.github.newinfra.core.internal.reading;

import com.google.common.base.Throwables;
import io.github.newinfra.core.ObservationFormatException;
import io.github.newinfra.core.internal.threads.Workers;
import io.github.newinfra.model.internal.SafeText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.SequenceInputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads SDMX-CSV-style observation rows from UTF-8 bytes without turning them into characters first, with the
 * exact outcome of {@link CsvRows} reading the decoded text: the same rows, ordinals, line numbers, fields,
 * rejections and errors. Not part of the API.
 *
 * <p>How: a reading thread cuts the input into chunks of whole lines ({@value #CHUNK} bytes) and hands them over in
 * order; each chunk is parsed by whichever thread claims it first — the reading thread (newest chunks first), the
 * calling thread (when it reaches a chunk no one has claimed), or a pool of parsing threads on machines with more
 * than two cores, as many as {@link Workers} allow — into {@link Block}s of up to {@value #BLOCK} records in which every text field is a code into
 * a dictionary (one String per distinct text, shared by the blocks of a chunk while it is small) and every plain
 * decimal value is already a {@code double}.
 * A record is read field by field: each text field is first compared with the text the previous record had in its
 * column, then with the text that followed that one the last time (the next region of a file cycling through
 * regions), and only a field matching neither is scanned for its end and looked up in the dictionary.
 * The calling thread takes the chunks in input order and hands each block to the sink, which resolves each
 * distinct text once per dictionary. Line numbers and ordinals are counted per chunk and made absolute in that order,
 * so they are exact. With {@link Workers#ALONE} the calling thread does it all: it reads the next chunk whenever
 * it has taken every chunk read, and parses each itself; it does the same when the reading thread has not started
 * by the time it needs a chunk. The outcome is the same either way.
 *
 * <p>A record the fast form does not cover — a quoted field, a field count unlike the header's, a value that is
 * not a plain decimal of at most 15 digits, whitespace other than ASCII around a field — stays in its block as
 * text and is read exactly as {@link CsvRows} reads it. From the first line the bytes cannot take at all — a
 * quote still open at the end of the line, bytes that are not UTF-8, a line longer than the record limit or than
 * a chunk — the rest of the input is decoded and read by {@link CsvRows}, which gives the exact outcome there
 * (a multi-line record, the invalid-encoding error naming the line, a too-long record).
 *
 * <p>Input in another encoding (a charset other than UTF-8 without a UTF-8 byte-order mark, or a UTF-16
 * byte-order mark) is read by {@link CsvRows} from the start.
 */
public final class CsvBytes {
  /** The bytes read at once; a chunk holds the whole lines among them. */
  static final int CHUNK = 1 << 20;
  /** The size of the first read: inputs that fit need no larger buffer. */
  private static final int SMALL = 1 << 16;
  /** The most records in one block. */
  static final int BLOCK = 2048;
  /**
   * The blocks of a chunk share one dictionary while it has at most this many texts; the block after starts a new
   * one. Sharing saves working out, in every block, the texts every block of a repetitive file has.
   */
  static final int SHARED_TEXTS = 4096;
  /** The most chunks read ahead of the calling thread. */
  private static final int AHEAD = 4;

  private CsvBytes() {}

  /**
   * Reads every record.
   *
   * @param in the bytes; not closed
   * @param source a name for messages
   * @param charset the encoding unless a byte-order mark names another
   * @param maxRecord the most characters a record may have
   * @param sink receives one call per record, or one {@link RowSink#encoded} per block of records
   * @param workers where the reading and parsing threads come from, and how many there may be
   * @throws ObservationFormatException if the header lacks a required column, the bytes are not valid in the
   *     encoding, or reading fails
   */
  public static void read(InputStream in, String source, Charset charset, int maxRecord, RowSink sink,
      Workers workers) {
    read(in, source, charset, maxRecord, sink, CHUNK, parsers(), workers);
  }

  /** Parsing threads beside the reading thread and the calling thread: none on two cores. */
  private static int parsers() {
    int cores = Runtime.getRuntime().availableProcessors();
    return cores <= 2 ? 0 : Math.min(cores - 2, 6);
  }

  /**
   * Reads every record with a given chunk size and number of parsing threads (0: parse on the reading thread),
   * the reading thread and the parsing threads within what the workers allow.
   */
  static void read(InputStream in, String source, Charset charset, int maxRecord, RowSink sink, int chunk,
      int parsers, Workers workers) {
    String shown = SafeText.escape(source);
    // A small input needs no chunk-sized buffer: read a first part, and go on to a whole chunk only if there is more.
    int first = Math.min(chunk, SMALL);
    byte[] head = new byte[first + PAD];
    int n;
    try {
      n = fill(in, head, 0, first);
      if (n == first && first < chunk) {
        head = Arrays.copyOf(head, chunk + PAD);
        n = fill(in, head, n, chunk);
      }
    } catch (IOException e) {
      throw CsvRows.failure(shown, e);
    }
    boolean eof = n < chunk;
    int skip = 0;
    if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      skip = 3;
    } else if (n >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
        || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
      slow(head, n, in, source, charset, maxRecord, sink, workers);
      return;
    }
    if (skip == 0 && !charset.equals(StandardCharsets.UTF_8) || n == skip) {
      slow(head, n, in, source, charset, maxRecord, sink, workers);
      return;
    }
    // The header: a whole line, in UTF-8, within the header limit; anything else is left to the text reader.
    int end = skip;
    while (end < n && head[end] != '\n' && head[end] != '\r') {
      end++;
    }
    int next;
    if (end < n) {
      next = end + 1;
      if (head[end] == '\r') {
        if (next < n) {
          next += head[next] == '\n' ? 1 : 0;
        } else if (!eof) {
          next = -1;
        }
      }
    } else {
      next = eof ? n : -1;
    }
    String header = next < 0 || end - skip > Math.max(maxRecord, CsvRows.HEADER) ? null : utf8(head, skip, end);
    if (header == null) {
      slow(head, n, in, source, charset, maxRecord, sink, workers);
      return;
    }
    CsvRows.Layout layout = CsvRows.Layout.of(header, shown);
    new Pipeline(in, shown, layout, maxRecord, chunk, parsers, workers).run(head, next, n, eof, sink);
  }

  /** Reads the whole input, whose first {@code n} bytes were read into {@code head}, as text. */
  private static void slow(byte[] head, int n, InputStream in, String source, Charset charset, int maxRecord,
      RowSink sink, Workers workers) {
    InputStream all = new SequenceInputStream(new ByteArrayInputStream(head, 0, n), in);
    java.io.Reader text;
    try {
      text = Decoding.reader(all, charset);
    } catch (IOException e) {
      throw CsvRows.failure(SafeText.escape(source), e);
    }
    CsvRows.read(text, source, maxRecord, sink, workers);
  }

  /** Reads until the buffer is full or the input ends; returns the bytes in the buffer. */
  private static int fill(InputStream in, byte[] buf, int from, int limit) throws IOException {
    int n = from;
    while (n < limit) {
      int r = in.read(buf, n, limit - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    return n;
  }

  /** Strictly decodes UTF-8 bytes; null if they are not valid UTF-8. */
  private static String utf8(byte[] b, int from, int to) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, from, to - from)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Whole lines of the input: bytes {@code [from, to)} of {@code bytes}, and what parsing made of them. */
  static final class Chunk {
    final byte[] bytes;
    final int from;
    final int to;
    /** The blocks of records parsed, in order. */
    final List<Block> blocks = new ArrayList<>();
    /** Where the line the bytes cannot take begins, or -1 if every line was taken. */
    int bail = -1;
    /** The lines taken (before {@link #bail}, or all). */
    int lines;
    /** The records taken. */
    int records;

    Chunk(byte[] bytes, int from, int to) {
      this.bytes = bytes;
      this.from = from;
      this.to = to;
    }
  }

  /**
   * Up to {@value #BLOCK} consecutive records of one chunk. A record is either encoded — a code per text field
   * into {@link #texts} and its value parsed — or kept as text, to be read exactly as {@link CsvRows} reads it.
   * Valid only during {@link RowSink#encoded}; read by one thread at a time.
   */
  public static final class Block {
    /** Field roles of an encoded record, in {@link #codes}. */
    public static final int INDICATOR = 0;
    public static final int REGION = 1;
    public static final int PERIOD = 2;
    public static final int UNIT = 3;
    public static final int UNIT_MULT = 4;
    public static final int STATUS = 5;
    public static final int PUBLISHED = 6;
    public static final int SOURCE = 7;
    public static final int QUALIFIER = 8;
    static final int ROLES = 9;

    byte[] bytes;
    public int size;
    /** Per record, whether it is kept as text. */
    public final boolean[] text = new boolean[BLOCK];
    /** Per record, its line within the chunk (1-based) and its bytes {@code [start, end)}. */
    public final int[] line = new int[BLOCK];
    final int[] start = new int[BLOCK];
    final int[] end = new int[BLOCK];
    /**
     * Per role, then per encoded record, a code into {@link #texts}: a column per role the header has (see
     * {@link #roles}); null for the others, whose code is 0 in every record.
     */
    public final int[][] codes = new int[ROLES][];
    /** Per encoded record, its value. */
    public final double[] value = new double[BLOCK];
    /**
     * The texts of the block's dictionary, by code; code 0 is the empty text. Each distinct text of the block's
     * encoded fields has one code. The blocks of a chunk share one dictionary (the same {@link #dictionary}) while
     * it is small, so a block's texts may include texts only earlier blocks of its chunk have; a code keeps its
     * text in every block that shares the dictionary.
     */
    public String[] texts;
    /** The dictionary the block's codes are into: the same object for the blocks that share one. */
    public Object dictionary;
    /**
     * The roles whose column the header has, a bit per role ({@code 1 << role}); an absent role's code is 0
     * (the empty text) in every encoded record.
     */
    public final int roles;
    /** The chunk's first line number, less one; set when the block is handed over. */
    public long lineBase;
    /** The block's first ordinal; set when the block is handed over. */
    public long firstOrdinal;
    private final CsvRows.OneLine reader;

    Block(byte[] bytes, CsvRows.OneLine reader, int roles) {
      this.bytes = bytes;
      this.reader = reader;
      this.roles = roles;
      for (int role = 0; role < ROLES; role++) {
        if ((roles & 1 << role) != 0) {
          codes[role] = new int[BLOCK];
        }
      }
    }

    /**
     * Returns the number of records.
     *
     * @return the record count
     */
    public int size() {
      return size;
    }

    /**
     * Hands record {@code r} to the sink as text, exactly as {@link CsvRows} would.
     *
     * @param r the record
     * @param sink receives one row or malformed-row call
     */
    public void replay(int r, RowSink sink) {
      CsvRows.Line l = CsvRows.Line.of(lineBase + line[r],
          new String(bytes, start[r], end[r] - start[r], StandardCharsets.UTF_8));
      reader.emit(l, firstOrdinal + r, sink);
    }

    /**
     * Hands every record to the sink as text.
     *
     * @param sink receives one call per record
     */
    void replayAll(RowSink sink) {
      for (int r = 0; r < size; r++) {
        replay(r, sink);
      }
    }
  }

  /** Classes of bytes in a line scan. */
  private static final byte PLAIN = 0;
  private static final byte BREAK = 1;
  private static final byte COMMA = 2;
  private static final byte QUOTE = 4;
  private static final byte HIGH = 8;
  private static final byte[] CLASS = new byte[256];

  static {
    CLASS['\n'] = BREAK;
    CLASS['\r'] = BREAK;
    CLASS[','] = COMMA;
    CLASS['"'] = QUOTE;
    for (int b = 0x80; b < 0x100; b++) {
      CLASS[b] = HIGH;
    }
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Bytes after the last a chunk buffer holds, so that a word can be read at any of its bytes. */
  static final int PAD = 8;

  /**
   * The bytes {@code b[i, min(i + 8, to))} as a little-endian word, zero above them; {@code i < to} and
   * {@code i + 8 <= b.length} (chunk buffers have {@value #PAD} bytes to spare).
   */
  static long word(byte[] b, int i, int to) {
    return (long) LONGS.get(b, i) & (-1L >>> (Math.max(0, 8 - (to - i)) << 3));
  }

  private static final long ONES = 0x0101010101010101L;
  private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;
  private static final long HIGHS = 0x8080808080808080L;

  /** Added to a byte's low seven bits, sets its high bit exactly when they are at least '-'. */
  private static final long BELOW_MINUS = (0x80 - '-') * ONES;

  /**
   * The first byte of {@code b[from, to)} that is not ASCII whitespace. ASCII whitespace is at most 0x20: one
   * comparison for the usual field that has none.
   */
  private static int skipSpace(byte[] b, int from, int to) {
    while (from < to && (b[from] & 0xFF) <= ' ' && space(b[from])) {
      from++;
    }
    return from;
  }

  /** The end of {@code b[from, to)} without its trailing ASCII whitespace. */
  private static int trimSpace(byte[] b, int from, int to) {
    while (to > from && (b[to - 1] & 0xFF) <= ' ' && space(b[to - 1])) {
      to--;
    }
    return to;
  }

  /** Whether an ASCII byte is whitespace to {@link Character#isWhitespace}. */
  private static boolean space(byte b) {
    return b == ' ' || b >= 9 && b <= 13 || b >= 28 && b <= 31;
  }

  /** Parses chunks; one per thread. */
  private static final class Parser {
    /** The slots of the dictionary's table at first. */
    private static final int MIN_SLOTS = 64;
    /**
     * The slots of the dictionary's table: a power of two at least twice the number of texts of the dictionary,
     * doubled (and the texts placed anew) when a text more would pass that.
     */
    private int slots = MIN_SLOTS;
    private final CsvRows.Layout layout;
    private final int maxRecord;
    private final int width;
    /** Field position of each role, or -1; and of OBS_VALUE. */
    private final int[] roleAt = new int[Block.ROLES];
    private final int valueAt;
    private final int[] comma;
    /** The roles whose column the header has, and as a bit per role. */
    private final int[] present;
    private final int presentRoles;
    /** Per field position: the role it fills, {@link #VALUE} or {@link #IGNORED}. */
    private final int[] kind;
    private static final int VALUE = -1;
    private static final int IGNORED = -2;
    /** Per role, the code of the text the previous record had, or -1. */
    private final int[] lastCode = new int[Block.ROLES];
    /**
     * Per code and role ({@code code * ROLES + role}): the code of the text that followed it in that role the
     * last time, or -1 — in a file whose rows cycle through regions or indicators, the next text.
     */
    private int[] follow = new int[256 * Block.ROLES];
    /** Per slot, the stamp of the dictionary that filled it and the code. */
    private int[] table = new int[MIN_SLOTS * 2];
    private int stamp;
    private int[] textFrom = new int[256];
    private int[] textLength = new int[256];
    private long[] textFirst = new long[256];
    /** Per text over 8 bytes, its last 8 bytes as a word (see {@link #holds}). */
    private long[] textLast = new long[256];
    private int textCount;
    /** The texts as strings, made once each: {@code [0, named)}. */
    private String[] names = new String[256];
    private int named;
    /** The current dictionary's identity (see {@link Block#dictionary}). */
    private Object dictionary;
    private final CsvRows.Fields quoted;
    private final CsvRows.OneLine reader;

    /** Blocks handed back once read, for reuse. */
    private final ArrayBlockingQueue<Block> blocks;

    Parser(CsvRows.Layout layout, int maxRecord, CsvRows.OneLine reader, ArrayBlockingQueue<Block> blocks) {
      this.blocks = blocks;
      this.layout = layout;
      this.maxRecord = maxRecord;
      this.width = layout.width;
      this.reader = reader;
      int[] at = layout.at;
      roleAt[Block.INDICATOR] = at[0];
      roleAt[Block.REGION] = at[1];
      roleAt[Block.PERIOD] = at[2];
      roleAt[Block.UNIT] = at[4];
      roleAt[Block.UNIT_MULT] = at[5];
      roleAt[Block.STATUS] = at[6];
      roleAt[Block.PUBLISHED] = at[8];
      roleAt[Block.SOURCE] = at[9];
      roleAt[Block.QUALIFIER] = at[10];
      valueAt = at[3];
      present = java.util.stream.IntStream.range(0, Block.ROLES).filter(role -> roleAt[role] >= 0).toArray();
      presentRoles = Arrays.stream(present).map(role -> 1 << role).sum();
      comma = new int[width];
      quoted = new CsvRows.Fields(new boolean[0]);
      kind = new int[width];
      Arrays.fill(kind, IGNORED);
      for (int role : present) {
        kind[roleAt[role]] = role;
      }
      if (valueAt >= 0) {
        kind[valueAt] = VALUE;
      }
      Arrays.fill(follow, -1);
    }

    void parse(Chunk c) {
      byte[] b = c.bytes;
      int p = c.from;
      int to = c.to;
      int lines = 0;
      int records = 0;
      Block block = null;
      while (p < to) {
        int s = p;
        // The block has room for this line's record, whichever way it is read.
        if (block == null || block.size == BLOCK) {
          block = next(c, block, b);
        }
        int fe = fast(b, s, to, block, block.size);
        if (fe >= 0) {
          lines++;
          int r = block.size++;
          block.line[r] = lines;
          block.start[r] = s;
          block.end[r] = fe;
          block.text[r] = false;
          records++;
          p = fe + 1;
          if (b[fe] == '\r' && p < to && b[p] == '\n') {
            p++;
          }
          continue;
        }
        int commas = 0;
        int flags = 0;
        int i = p;
        int e = -1;
        // Eight bytes at a time: a mask marks each byte below '-' or not ASCII — which covers every byte that
        // matters (line break, quote, comma, non-ASCII) and a few that do not (space, !#$%&'()*+); each marked
        // byte is looked at on its own.
        scan:
        while (i + 8 <= to) {
          long w = (long) LONGS.get(b, i);
          long m = (~((w & LOWS) + BELOW_MINUS) | w) & HIGHS;
          while (m != 0) {
            int k = i + (Long.numberOfTrailingZeros(m) >>> 3);
            byte x = b[k];
            if (x == ',') {
              if (commas < comma.length) {
                comma[commas] = k;
              }
              commas++;
            } else if (x == '\n' || x == '\r') {
              e = k;
              break scan;
            } else if (x == '"') {
              flags |= QUOTE;
            } else if (x < 0) {
              flags |= HIGH;
              m &= ~(w & HIGHS);
              continue;
            }
            m &= m - 1;
          }
          i += 8;
        }
        if (e < 0) {
          for (; i < to; i++) {
            byte k = CLASS[b[i] & 0xFF];
            if (k != PLAIN) {
              if (k == BREAK) {
                break;
              }
              if (k == COMMA) {
                if (commas < comma.length) {
                  comma[commas] = i;
                }
                commas++;
              } else {
                flags |= k;
              }
            }
          }
          e = i;
        }
        i = e;
        p = i + 1;
        if (i < to && b[i] == '\r' && p < to && b[p] == '\n') {
          p++;
        }
        if (e == s) {
          lines++;
          continue;
        }
        if (e - s > maxRecord || (flags & HIGH) != 0 && !Utf8.valid(b, s, e)
            || (flags & QUOTE) != 0 && !closes(b, s, e)) {
          c.bail = s;
          break;
        }
        lines++;
        int r = block.size++;
        block.line[r] = lines;
        block.start[r] = s;
        block.end[r] = e;
        records++;
        block.text[r] = (flags & QUOTE) != 0 || commas + 1 != width || !encode(b, s, e, block, r);
      }
      if (block != null && block.size == 0) {
        // Made for a line that turned out empty or not takeable.
        c.blocks.remove(c.blocks.size() - 1);
        blocks.offer(block);
      } else if (block != null) {
        finish(block);
      }
      c.lines = lines;
      c.records = records;
    }

    /**
     * Finishes the current block, if any, and starts the next, reusing a block handed back. The first block of a
     * chunk starts a new dictionary, and so does a block after one that left the dictionary over
     * {@value #SHARED_TEXTS} texts; the others go on with the dictionary of the block before.
     */
    private Block next(Chunk c, Block current, byte[] b) {
      if (current != null) {
        finish(current);
      }
      Block block = blocks.poll();
      if (block == null) {
        block = new Block(b, reader, presentRoles);
      } else {
        block.bytes = b;
        block.size = 0;
      }
      if (c.blocks.isEmpty() || textCount > SHARED_TEXTS) {
        begin();
      }
      c.blocks.add(block);
      return block;
    }

    /**
     * Encodes the record starting at {@code s} field by field, the way {@link #encode} would, without scanning
     * the fields it can predict: a text field is first compared with the text the previous record had in that
     * role, then with the text that followed that one the last time; only a field matching neither is scanned
     * and looked up. Gives up — returning -1, so that the line is read the general way — at anything else: a
     * quote, a byte that is not ASCII outside a known text, a value that is not a plain decimal right up to its
     * comma, a field count unlike the header's, a line without its line break in the chunk, a line over the
     * record limit.
     *
     * @return where the record's line break is, or -1
     */
    private int fast(byte[] b, int s, int to, Block block, int r) {
      int[][] codes = block.codes;
      int last = width - 1;
      int p = s;
      for (int f = 0; f < width; f++) {
        boolean end = f == last;
        int role = kind[f];
        int q;
        if (role >= 0) {
          int prev = lastCode[role];
          int k = -1;
          q = -1;
          if (prev >= 0) {
            q = match(b, p, to, prev, end);
            if (q >= 0) {
              k = prev;
            } else {
              int guess = follow[prev * Block.ROLES + role];
              if (guess >= 0) {
                q = match(b, p, to, guess, end);
                k = q >= 0 ? guess : -1;
              }
            }
          }
          if (k < 0) {
            q = fieldEnd(b, p, to);
            if (!terminates(b, q, to, end)) {
              return -1;
            }
            int from = skipSpace(b, p, q);
            int t = trimSpace(b, from, q);
            k = t == from ? 0 : code(b, from, t, word(b, from, t));
          }
          if (prev >= 0 && k != prev) {
            follow[prev * Block.ROLES + role] = k;
          }
          lastCode[role] = k;
          codes[role][r] = k;
        } else if (role == VALUE) {
          // A plain decimal right up to the field's end, read as Numbers.plain reads it (the same loop, here fused
          // with finding where the field ends: a second pass over the value cost about 6% of the parse).
          q = p;
          boolean negative = q < to && b[q] == '-';
          if (negative || q < to && b[q] == '+') {
            q++;
          }
          int first = q;
          int dot = -1;
          long mantissa = 0;
          for (; q < to; q++) {
            int d = b[q] - '0';
            if (d >= 0 && d <= 9) {
              mantissa = mantissa * 10 + d;
            } else if (b[q] == '.' && dot < 0) {
              dot = q;
            } else {
              break;
            }
          }
          int digits = q - first - (dot < 0 ? 0 : 1);
          // Checked before the value is worked out, so that nothing waits on the division's result.
          if (!Numbers.decimalFits(digits) || !terminates(b, q, to, end)) {
            return -1;
          }
          block.value[r] = Numbers.decimal(mantissa, digits, dot < 0 ? 0 : q - dot - 1, negative);
        } else {
          q = fieldEnd(b, p, to);
          if (!terminates(b, q, to, end)) {
            return -1;
          }
        }
        p = q + 1;
      }
      int e = p - 1;
      return e - s > maxRecord ? -1 : e;
    }

    /** Whether the byte at {@code q} ends a field: a comma, or for the last field a line break. */
    private static boolean terminates(byte[] b, int q, int to, boolean end) {
      if (q >= to) {
        return false;
      }
      byte x = b[q];
      return end ? x == '\n' || x == '\r' : x == ',';
    }

    /**
     * Where the field at {@code p} would end if it were text {@code k}: after its bytes, when they are the text's
     * and the byte after them ends the field ({@link #terminates}); else -1.
     */
    private int match(byte[] b, int p, int to, int k, boolean end) {
      int n = textLength[k];
      int q = p + n;
      return q < to && holds(b, p, n, k) && terminates(b, q, to, end) ? q : -1;
    }

    /**
     * The first byte at or after {@code p} that is a comma, a line break, a quote or not ASCII, eight bytes at a
     * time; {@code to} if there is none.
     */
    private static int fieldEnd(byte[] b, int p, int to) {
      int i = p;
      for (; i + 8 <= to; i += 8) {
        long w = (long) LONGS.get(b, i);
        long m = (~((w & LOWS) + BELOW_MINUS) | w) & HIGHS;
        while (m != 0) {
          int k = i + (Long.numberOfTrailingZeros(m) >>> 3);
          if (CLASS[b[k] & 0xFF] != PLAIN) {
            return k;
          }
          m &= m - 1;
        }
      }
      for (; i < to; i++) {
        if (CLASS[b[i] & 0xFF] != PLAIN) {
          return i;
        }
      }
      return to;
    }

    /** Whether every quote opened on the line closes on it, as {@link CsvRows.Fields} reads quotes. */
    private boolean closes(byte[] b, int s, int e) {
      CsvRows.Line line = CsvRows.Line.of(0, new String(b, s, e - s, StandardCharsets.UTF_8));
      return quoted.feed(line, false);
    }

    /** Encodes the fields of a plain record of the header's width; false if it must stay text. */
    private boolean encode(byte[] b, int s, int e, Block block, int r) {
      int[][] codes = block.codes;
      // Only the columns the header has are written: an absent role has no column, and code 0 in every record.
      for (int p = 0; p < present.length; p++) {
        int role = present[p];
        int f = roleAt[role];
        int from = f == 0 ? s : comma[f - 1] + 1;
        int to = f == width - 1 ? e : comma[f];
        from = skipSpace(b, from, to);
        to = trimSpace(b, from, to);
        int n = to - from;
        if (n == 0) {
          codes[role][r] = 0;
          continue;
        }
        if (b[from] < 0 && Utf8.whitespaceAt(b, from) || b[to - 1] < 0 && Utf8.whitespaceBefore(b, to)) {
          return false;
        }
        long first = word(b, from, to);
        // Texts often repeat the previous record's in the same column (sorted files, one period for many rows).
        int k = lastCode[role];
        if (k < 0 || textLength[k] != n || !holds(b, from, n, k)) {
          k = code(b, from, to, first);
          lastCode[role] = k;
        }
        codes[role][r] = k;
      }
      int from = valueAt == 0 ? s : comma[valueAt - 1] + 1;
      int to = valueAt == width - 1 ? e : comma[valueAt];
      from = skipSpace(b, from, to);
      double v = Numbers.plain(b, from, trimSpace(b, from, to));
      if (Double.isNaN(v)) {
        return false;
      }
      block.value[r] = v;
      return true;
    }

    private void begin() {
      Arrays.fill(lastCode, -1);
      Arrays.fill(follow, 0, textCount * Block.ROLES, -1);
      stamp++;
      if (stamp == 0) {
        Arrays.fill(table, 0);
        stamp = 1;
      }
      textCount = 1;
      textLength[0] = 0;
      names[0] = "";
      named = 1;
      dictionary = new Object();
    }

    /**
     * The dictionary's code of the text {@code b[from, to)}, a new code if it has none yet: found by a hash of its
     * words in an open-addressing table whose slots hold the dictionary's stamp and the code, then confirmed by
     * comparing the length and the words ({@link #holds}).
     */
    private int code(byte[] b, int from, int to, long first) {
      int n = to - from;
      int slot = slot(b, from, to, first);
      int[] table = this.table;
      while (table[slot << 1] == stamp) {
        int k = table[(slot << 1) + 1];
        if (textLength[k] == n && holds(b, from, n, k)) {
          return k;
        }
        slot = (slot + 1) & (slots - 1);
      }
      if (textCount == textFrom.length) {
        textFrom = Arrays.copyOf(textFrom, textCount * 2);
        textLength = Arrays.copyOf(textLength, textCount * 2);
        textFirst = Arrays.copyOf(textFirst, textCount * 2);
        textLast = Arrays.copyOf(textLast, textCount * 2);
        follow = Arrays.copyOf(follow, textCount * 2 * Block.ROLES);
        Arrays.fill(follow, textCount * Block.ROLES, follow.length, -1);
      }
      int k = textCount++;
      textFrom[k] = from;
      textLength[k] = n;
      textFirst[k] = first;
      textLast[k] = n > 8 ? (long) LONGS.get(b, to - 8) : 0;
      table[slot << 1] = stamp;
      table[(slot << 1) + 1] = k;
      if (textCount * 2 > slots) {
        grow(b);
      }
      return k;
    }

    /** The first slot to look at for the text {@code b[from, to)}: a hash of its words. */
    private int slot(byte[] b, int from, int to, long first) {
      long x = (first ^ (to - from)) * 0x9E3779B97F4A7C15L;
      for (int i = from + 8; i < to; i += 8) {
        x = (x ^ (x >>> 29) ^ word(b, i, to)) * 0x9E3779B97F4A7C15L;
      }
      return (int) (x >>> 40) & (slots - 1);
    }

    /** Doubles the table and places the dictionary's texts (all in {@code b}, the chunk) in it anew. */
    private void grow(byte[] b) {
      slots *= 2;
      int[] grown = new int[slots * 2];
      for (int k = 1; k < textCount; k++) {
        int slot = slot(b, textFrom[k], textFrom[k] + textLength[k], textFirst[k]);
        while (grown[slot << 1] == stamp) {
          slot = (slot + 1) & (slots - 1);
        }
        grown[slot << 1] = stamp;
        grown[(slot << 1) + 1] = k;
      }
      table = grown;
    }

    /**
     * Whether the {@code n} bytes at {@code p} are those of text {@code k}, whose length is {@code n}. A text of
     * up to 8 bytes is one word, compared masked to its length; a longer one is compared by its first word, the
     * word ending at its last byte (which may overlap the first), and for a text over 16 bytes the whole words
     * between, without masking: every word read lies within the text.
     */
    private boolean holds(byte[] b, int p, int n, int k) {
      if (n <= 8) {
        return n == 0 || ((long) LONGS.get(b, p) & -1L >>> ((8 - n) << 3)) == textFirst[k];
      }
      if ((long) LONGS.get(b, p) != textFirst[k] || (long) LONGS.get(b, p + n - 8) != textLast[k]) {
        return false;
      }
      int from = textFrom[k];
      for (int i = 8; i < n - 8; i += 8) {
        if ((long) LONGS.get(b, p + i) != (long) LONGS.get(b, from + i)) {
          return false;
        }
      }
      return true;
    }

    private void finish(Block block) {
      if (names.length < textCount) {
        names = Arrays.copyOf(names, textFrom.length);
      }
      for (; named < textCount; named++) {
        names[named] = new String(block.bytes, textFrom[named], textLength[named], StandardCharsets.UTF_8);
      }
      block.texts = Arrays.copyOf(names, textCount);
      block.dictionary = dictionary;
    }
  }

  /**
   * The reading thread, the parsing threads and the ordered hand-over to the calling thread; or, with
   * {@link Workers#ALONE} or a reading thread that never started, the calling thread reading and parsing each chunk
   * in turn.
   */
  private static final class Pipeline {
    private static final Object END = new Object();
    private final InputStream in;
    private final String shown;
    private final CsvRows.Layout layout;
    private final int maxRecord;
    private final int chunk;
    private final int parsers;
    private final Workers workers;
    private final CsvRows.OneLine reader;
    private final HandOver handOver = new HandOver(AHEAD);
    private final ArrayBlockingQueue<byte[]> free = new ArrayBlockingQueue<>(AHEAD + 2);
    private final ArrayBlockingQueue<Block> blocks = new ArrayBlockingQueue<>(64);
    /** Chunks for the parsing threads, oldest first; {@link #END} tells one to end. */
    private final LinkedBlockingQueue<Object> toParse = new LinkedBlockingQueue<>();
    /** The parsing threads started. */
    private final List<Workers.Task> parsing = new ArrayList<>();
    // The reading's state, kept from one round to the next: not yet handed over are buf[at, lim), then the input
    // unless ended, or the read error. Written by whichever thread reads; read by the calling thread once the
    // reading has ended or stopped.
    private byte[] buf;
    private int at;
    private int lim;
    private boolean ended;
    private IOException error;
    /** Whether the reading has ended: it handed over its end, a failure, or the line the bytes cannot take. */
    private boolean done;
    /** The parser of the reading thread, made when it first parses. */
    private Parser parser;
    /** The chunks handed over without parsing threads, which the reading thread may parse while it waits. */
    private final java.util.ArrayDeque<Pending> handed = new java.util.ArrayDeque<>();

    Pipeline(InputStream in, String shown, CsvRows.Layout layout, int maxRecord, int chunk, int parsers,
        Workers workers) {
      this.in = in;
      this.shown = shown;
      this.layout = layout;
      this.maxRecord = maxRecord;
      this.chunk = chunk;
      // The calling thread and the reading thread come first; parsing threads only within the limit after them.
      this.parsers = workers.alone() ? 0 : workers.within(2 + parsers) - 2;
      this.workers = workers;
      this.reader = new CsvRows.OneLine(layout);
    }

    /**
     * A chunk handed over and its parse, which whichever thread claims it first does: the reading thread or a
     * parsing thread (newest chunks first), or the calling thread when it reaches a chunk no one has claimed.
     */
    private static final class Pending {
      final Chunk chunk;
      private final AtomicBoolean claimed = new AtomicBoolean();
      private final CountDownLatch done = new CountDownLatch(1);
      private volatile Throwable failure;

      Pending(Chunk chunk) {
        this.chunk = chunk;
      }

      /** A chunk that needs no parse: its first line goes to the text reader. */
      static Pending unparsed(Chunk chunk) {
        Pending p = new Pending(chunk);
        p.claimed.set(true);
        p.done.countDown();
        return p;
      }

      boolean unclaimed() {
        return !claimed.get();
      }

      /** Parses the chunk unless another thread claimed it; returns whether this thread did. */
      boolean parse(Parser parser) {
        if (!claimed.compareAndSet(false, true)) {
          return false;
        }
        try {
          parser.parse(chunk);
        } catch (Throwable e) {
          failure = e;
        } finally {
          done.countDown();
        }
        return true;
      }

      /** Waits for the parse; rethrows what it threw. */
      Chunk await() throws InterruptedException {
        done.await();
        Throwable e = failure;
        if (e != null) {
          Throwables.throwIfUnchecked(e);
        }
        return chunk;
      }
    }

    /** A read that failed. */
    private static final class Failure {
      final IOException error;

      Failure(IOException error) {
        this.error = error;
      }
    }

    void run(byte[] head, int from, int n, boolean eof, RowSink sink) {
      buf = head;
      at = from;
      lim = n;
      ended = eof;
      // Without a reading thread the calling thread reads whenever it has taken every chunk read. The reading thread
      // starts first: an executor with one thread free gives it to the reading, and the calling thread parses.
      Workers.Task producer = workers.alone() ? null : workers.start(this::produce, "newinfra-csv-reader");
      for (int k = 0; k < parsers; k++) {
        parsing.add(workers.start(this::parseChunks, "newinfra-csv-parser"));
      }
      long lineBase = 1;
      long ordinalBase = 0;
      Parser own = null;
      try {
        while (true) {
          Object item = producer == null ? nextRead() : handOver.take(producer);
          if (item == HandOver.TAKEN_OVER) {
            producer = null;
            continue;
          }
          if (item == END) {
            return;
          }
          if (item instanceof Failure) {
            throw CsvRows.failure(shown, ((Failure) item).error);
          }
          Pending pending = (Pending) item;
          if (pending.unclaimed()) {
            if (own == null) {
              own = new Parser(layout, maxRecord, reader, blocks);
            }
            pending.parse(own);
          }
          Chunk c = parsed(pending);
          for (Block block : c.blocks) {
            block.lineBase = lineBase;
            block.firstOrdinal = ordinalBase;
            ordinalBase += block.size;
            sink.encoded(block);
            block.texts = null;
            blocks.offer(block);
          }
          lineBase += c.lines;
          if (c.bail >= 0) {
            rest(c, producer, lineBase, ordinalBase, sink);
            return;
          }
          if (c.bytes.length == chunk + PAD) {
            free.offer(c.bytes);
          }
        }
      } catch (IOException e) {
        throw CsvRows.failure(shown, e);
      } finally {
        handOver.cancel();
        if (producer != null) {
          producer.join();
        }
        endParsing();
      }
    }

    /** On the calling thread, doing the reading itself: reads until a chunk, the end or a failure is handed over. */
    private Object nextRead() throws IOException {
      Object item;
      while ((item = handOver.poll()) == null) {
        if (done) {
          throw new IOException("the reading stopped before the end");
        }
        round();
      }
      return item;
    }

    /** Tells the parsing threads to end once they are done with the chunk in hand; those not started never run. */
    private void endParsing() {
      for (Workers.Task t : parsing) {
        toParse.offer(END);
      }
      for (Workers.Task t : parsing) {
        t.takeOver();
      }
      parsing.clear();
    }

    /** A parsing thread: parses the chunks given to it, oldest first, with a parser of its own. */
    private void parseChunks() {
      Parser mine = new Parser(layout, maxRecord, reader, blocks);
      while (true) {
        Object next;
        try {
          next = toParse.take();
        } catch (InterruptedException e) {
          return;
        }
        if (next == END) {
          return;
        }
        ((Pending) next).parse(mine);
      }
    }

    /** Reads the rest of the input, from the line chunk {@code c} could not take, as text. */
    private void rest(Chunk c, Workers.Task producer, long lineBase, long ordinalBase, RowSink sink) {
      handOver.stop();
      if (producer != null) {
        producer.join();
      }
      List<InputStream> parts = new ArrayList<>();
      parts.add(new ByteArrayInputStream(c.bytes, c.bail, c.to - c.bail));
      boolean end = false;
      for (Object item : handOver.drain()) {
        if (item instanceof Pending) {
          Chunk later = ((Pending) item).chunk;
          parts.add(new ByteArrayInputStream(later.bytes, later.from, later.to - later.from));
        } else if (item instanceof Failure) {
          parts.add(new FailingStream(((Failure) item).error));
          end = true;
        } else if (item == END) {
          end = true;
        }
      }
      if (!end) {
        // What was read and not handed over, then the input unless it ended or failed.
        parts.add(new ByteArrayInputStream(buf, at, lim - at));
        if (error != null) {
          parts.add(new FailingStream(error));
        }
        end = ended || error != null;
      }
      if (!end) {
        parts.add(in);
      }
      endParsing();
      InputStream bytes = new SequenceInputStream(Collections.enumeration(parts));
      CsvRows.readRest(Decoding.strict(bytes, StandardCharsets.UTF_8, lineBase + 1), shown, maxRecord, layout,
          lineBase + 1, ordinalBase, sink, workers);
    }

    /**
     * The reading thread: cuts the input into chunks of whole lines and hands them over in order, reading ahead
     * while there is room; then parses the newest chunk no thread has claimed (the calling thread parses from the
     * oldest, so the two meet in the middle), or leaves the parsing to the parsing threads. If the calling thread
     * stops taking chunks, what was read and not handed over is kept for {@link #rest}.
     */
    private void produce() {
      while (!done) {
        round();
      }
    }

    /**
     * One round of the reading: reads and hands over a chunk, or parses a chunk handed over, or hands over the end
     * or the failure, or waits a little for room. Ends the reading ({@link #done}) once nothing is left to hand
     * over or the calling thread gave up.
     */
    private void round() {
      try {
        if (handOver.stopped()) {
          throw new HandOver.Cancelled();
        }
        boolean more = error == null && !(at == lim && ended);
        if (!more || handOver.full()) {
          // Nothing to read now: parse the newest chunk no one has claimed, else hand over the end or wait.
          Pending newest = null;
          for (java.util.Iterator<Pending> it = handed.descendingIterator(); it.hasNext();) {
            Pending q = it.next();
            if (q.unclaimed()) {
              newest = q;
              break;
            }
          }
          handed.removeIf(q -> !q.unclaimed());
          if (newest != null) {
            if (parser == null) {
              parser = new Parser(layout, maxRecord, reader, blocks);
            }
            newest.parse(parser);
            return;
          }
          if (!more) {
            if (error != null) {
              if (lim > at) {
                // The partial line before the failure goes to the text reader, which meets the failure after it.
                handOver.put(Pending.unparsed(bail(new Chunk(buf, at, lim))));
                at = lim;
              }
              handOver.put(new Failure(error));
            } else {
              handOver.put(END);
            }
            done = true;
            return;
          }
          java.util.concurrent.locks.LockSupport.parkNanos(100_000);
          return;
        }
        int cut = ended ? lim : cut(buf, at, lim);
        if (cut < 0) {
          // No whole line in a full buffer: a line longer than a chunk, for the text reader.
          handOver.put(Pending.unparsed(bail(new Chunk(buf, at, lim))));
          at = lim;
          throw new HandOver.Cancelled();
        }
        Pending p = new Pending(new Chunk(buf, at, cut));
        handOver.put(p);
        if (parsers > 0) {
          toParse.offer(p);
        } else {
          // Chunks parsed already are let go here too, so that a reading never kept waiting holds no chunk for long.
          handed.removeIf(q -> !q.unclaimed());
          handed.addLast(p);
        }
        byte[] next = free.poll();
        if (next == null) {
          next = new byte[chunk + PAD];
        }
        int carried = lim - cut;
        System.arraycopy(buf, cut, next, 0, carried);
        buf = next;
        at = 0;
        lim = carried;
        if (!ended) {
          try {
            lim = fill(in, buf, carried, chunk);
            ended = lim < chunk;
          } catch (IOException e) {
            error = e;
          }
        }
      } catch (HandOver.Cancelled e) {
        done = true;
      }
    }

    /** Marks a chunk whose first line is for the text reader. */
    private static Chunk bail(Chunk c) {
      c.bail = c.from;
      return c;
    }

    /**
     * Where the whole lines of {@code buf[from, lim)} end: after the last LF, or after the last CR that is not
     * the last byte (a CR there may be the first half of CR LF); -1 if there is no such line end.
     */
    private static int cut(byte[] buf, int from, int lim) {
      for (int i = lim - 1; i >= from; i--) {
        if (buf[i] == '\n' || buf[i] == '\r' && i < lim - 1) {
          return i + 1;
        }
      }
      return -1;
    }

    private Chunk parsed(Pending pending) throws InterruptedIOException {
      try {
        return pending.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted");
      }
    }
  }

  /** A stream that fails as the input did, where the text reader reaches the point the read failed. */
  private static final class FailingStream extends InputStream {
    private final IOException error;

    FailingStream(IOException error) {
      this.error = error;
    }

    @Override
    public int read() throws IOException {
      throw error;
    }
  }
}
