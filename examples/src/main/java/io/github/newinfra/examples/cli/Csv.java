package io.github.newinfra.examples.cli;

import io.github.newinfra.model.internal.SafeText;
import java.util.regex.Pattern;

/**
 * How the tool writes CSV, for every CSV it writes ({@code targets --format csv}, {@code indicators --format csv}):
 * a UTF-8 byte-order mark first, so that Excel and WPS read Chinese as UTF-8, and cells that a spreadsheet shows
 * as the text they are.
 *
 * <p>A cell's control and bidirectional formatting characters are escaped as everywhere else
 * ({@link SafeText#escape}: a line break is {@code \n}); a cell that a spreadsheet would take for a formula —
 * starting with {@code =}, {@code +}, {@code -} or {@code @} (OWASP's rule for CSV injection; a tab or carriage
 * return, the rule's other two, is already escaped) — gets a leading {@code '}, unless it is a number such as
 * {@code -12.5}, {@code +3} or {@code -5%}, which stays a number. A cell holding a comma, a double quote or
 * surrounding spaces is quoted ({@code ""} for a quote). So {@code =HYPERLINK("http://evil.example/","open")}
 * is written {@code "'=HYPERLINK(""http://evil.example/"",""open"")"}, which a spreadsheet shows as that text.
 */
final class Csv {
  /** The byte-order mark every CSV starts with. */
  static final char BOM = '\uFEFF';

  /** What a spreadsheet reads as a number: a decimal with an optional sign, exponent and percent sign. */
  private static final Pattern NUMBER = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?%?");

  private Csv() {}

  /**
   * Returns one line of cells, each written as {@link #cell}.
   *
   * @param cells the cells' texts
   * @return the line, without its line break
   */
  static String row(String... cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      b.append(i == 0 ? "" : ",").append(cell(cells[i], false));
    }
    return b.toString();
  }

  /**
   * Returns a cell as written: escaped, neutralised if a spreadsheet would take it for a formula, quoted if it
   * must be or if {@code quote} asks for it.
   *
   * @param text the text
   * @param quote whether to quote it in any case
   * @return the cell
   */
  static String cell(String text, boolean quote) {
    String s = SafeText.escape(text);
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !NUMBER.matcher(s).matches()) {
      s = "'" + s;
    }
    if (quote || s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || !s.equals(s.strip())) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
