package io.github.newinfra.core.progress;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Chinese and English words of every {@link Worded} constant, as each names them in its declaration: the
 * constant's constructor puts them here, and {@link Worded#zh()} and {@link Worded#en()} read them, so no enum repeats
 * the fields and accessors that hold them.
 */
final class Words {
  private static final Map<Worded, String[]> WORDS = new ConcurrentHashMap<>();

  private Words() {}

  /** Called by a constant's constructor: its two words. */
  static void put(Worded constant, String zh, String en) {
    WORDS.put(constant, new String[] {zh, en});
  }

  static String zh(Worded constant) {
    return WORDS.get(constant)[0];
  }

  static String en(Worded constant) {
    return WORDS.get(constant)[1];
  }
}
