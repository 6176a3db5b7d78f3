package io.github.newinfra.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises the words texts write for "not known" (文号不详, 未知, N/A), which a catalog leaves out instead. */
final class Unknown {
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "(?i)\\s*(.*(不详|未知|暂无|待定|待补|不明)|无|unknown|n/?a|none|null|tbd|[-—–－/?？]+)\\s*");

  private Unknown() {}

  /**
   * Tells whether a text says only that something is not known.
   *
   * @param text the text
   * @return true for 文号不详, 未知, 无, N/A, unknown, a dash and the like
   */
  static boolean isPlaceholder(String text) {
    return PLACEHOLDER.matcher(text.toLowerCase(Locale.ROOT)).matches();
  }
}
