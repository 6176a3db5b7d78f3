package io.github.newinfra.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A unit of measure: a symbol of a {@link Dimension} and a magnitude, the power of ten that SDMX calls
 * {@code UNIT_MULT} (万 = 4, 亿 = 8).
 *
 * <p>Units are written as Chinese texts write them: magnitude then symbol, e.g. {@code 万座} (ten thousand
 * base stations), {@code 亿元} (hundred million yuan), {@code 公里}, {@code %}, {@code Mbps}; the empty text
 * is a bare count. The symbols, with their accepted aliases:
 * <ul>
 *   <li>{@link Dimension#COUNT}: the empty symbol and the classifiers
 *       {@value #CLASSIFIERS}; every classifier counts one item, so counts convert freely;
 *   <li>{@link Dimension#LENGTH}: {@code 米} ({@code m}), {@code 公里} ({@code km}); {@code 千米} reads as 千 + 米, an equivalent unit;
 *   <li>{@link Dimension#MONEY}: {@code 元} ({@code CNY});
 *   <li>{@link Dimension#RATIO}: {@code %};
 *   <li>{@link Dimension#DATA_RATE}: {@code Kbps}, {@code Mbps} ({@code 兆}), {@code Gbps} ({@code G});
 *   <li>{@link Dimension#DURATION}: {@code 年}.
 * </ul>
 *
 * <p><b>{@code M} is the metre</b>, and only as a {@code UNIT_MEASURE} code ({@link #fromCode}): {@code M} is the
 * SDMX code of the metre, as {@code KM} is of the kilometre. As a written symbol ({@link #of}, {@link #parse},
 * {@link Quantity#parse}) a bare {@code M} is ambiguous, since Chinese texts write {@code 1000M} for 1000 Mbps
 * (the plan's “宽带达到或超过 1000M”), so it is rejected with a message that names both readings: write
 * {@code 米} or {@code m} for metres, {@code Mbps} or {@code 兆} for megabits per second. For example
 * {@code Unit.fromCode("M", 3)} is {@code 千米} (a kilometre), {@code Quantity.parse("1000Mbps")} is a data rate,
 * and {@code Quantity.parse("1000M")} throws {@link TextParseException}.
 *
 * Magnitudes: 十 (1), 百 (2), 千 (3), 万 (4), 十万 (5), 百万 (6), 千万 (7), 亿 (8), 十亿 (9), 百亿 (10),
 * 千亿 (11), 万亿 (12). Every scale factor is a power of ten, so conversion within a dimension is exact.
 *
 * <p>Two units are equal when symbol and magnitude are equal: {@code 万个} and {@code 个} are different units
 * of the same dimension. This class is immutable and thread-safe.
 */
public final class Unit implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The count classifiers this class knows, as one string. */
  public static final String CLASSIFIERS = "个座家所项架条台套张户名人次款件处类种批";

  /** The largest magnitude ({@code UNIT_MULT}) a unit may carry: 万亿, 10^12. */
  public static final int MAX_UNIT_MULT = 12;

  private static final List<String> MAGNITUDES = ImmutableList.of(
      "", "十", "百", "千", "万", "十万", "百万", "千万", "亿", "十亿", "百亿", "千亿", "万亿");

  /** Canonical symbol, dimension and the symbol's power of ten relative to the dimension's base. */
  private static final class Symbol implements Serializable {
    private static final long serialVersionUID = 1L;
    final String canonical;
    final Dimension dimension;
    final int exponent;
    final String code;

    Symbol(String canonical, Dimension dimension, int exponent, String code) {
      this.canonical = canonical;
      this.dimension = dimension;
      this.exponent = exponent;
      this.code = code;
    }
  }

  private static final Map<String, Symbol> SYMBOLS;
  private static final Map<String, Symbol> CODES;

  /** The symbol that is rejected as ambiguous in written units: the metre's code, and Mbps in Chinese texts. */
  private static final String AMBIGUOUS_M = "M";

  private static final String AMBIGUOUS_M_MESSAGE = "'M' is ambiguous: as a UNIT_MEASURE code it is the metre, "
      + "but Chinese texts also write it for megabits per second (1000M); write 米 or m for metres, Mbps or 兆 for "
      + "megabits per second";

  /** The known symbols for messages, grouped by unit, aliases after “or”. */
  private static final String KNOWN_SYMBOLS = "个, 座, 家, 所, 项, 架, 条, 台, 套, 张, 户, 名, 人, 次, 款, 件, 处, 类, 种, 批 "
      + "(counts; no symbol for a bare count), 米 or m, 公里 or km, 元 or CNY, %, Kbps, Mbps or 兆, Gbps or G, 年";

  static {
    ImmutableMap.Builder<String, Symbol> symbols = ImmutableMap.builder();
    ImmutableMap.Builder<String, Symbol> codes = ImmutableMap.builder();
    Symbol bare = new Symbol("", Dimension.COUNT, 0, "NUMBER");
    symbols.put("", bare);
    codes.put("NUMBER", bare);
    for (int i = 0; i < CLASSIFIERS.length(); i++) {
      String c = CLASSIFIERS.substring(i, i + 1);
      symbols.put(c, new Symbol(c, Dimension.COUNT, 0, "NUMBER"));
    }
    Symbol metre = new Symbol("米", Dimension.LENGTH, 0, "M");
    Symbol km = new Symbol("公里", Dimension.LENGTH, 3, "KM");
    Symbol yuan = new Symbol("元", Dimension.MONEY, 0, "CNY");
    Symbol percent = new Symbol("%", Dimension.RATIO, 0, "PERCENT");
    Symbol kbps = new Symbol("Kbps", Dimension.DATA_RATE, -3, "KBPS");
    Symbol mbps = new Symbol("Mbps", Dimension.DATA_RATE, 0, "MBPS");
    Symbol gbps = new Symbol("Gbps", Dimension.DATA_RATE, 3, "GBPS");
    Symbol year = new Symbol("年", Dimension.DURATION, 0, "YEAR");
    symbols.put("米", metre).put("m", metre)
        .put("公里", km).put("km", km)
        .put("元", yuan).put("CNY", yuan)
        .put("%", percent)
        .put("Kbps", kbps)
        .put("Mbps", mbps).put("兆", mbps)
        .put("Gbps", gbps).put("G", gbps)
        .put("年", year);
    for (Symbol s : ImmutableList.of(metre, km, yuan, percent, kbps, mbps, gbps, year)) {
      codes.put(s.code, s);
    }
    SYMBOLS = symbols.build();
    CODES = codes.build();
  }

  private static final List<String> MAGNITUDES_LONGEST_FIRST = MAGNITUDES.stream()
      .filter(m -> !m.isEmpty())
      .sorted(Comparator.comparingInt(String::length).reversed())
      .collect(ImmutableList.toImmutableList());

  private final transient Symbol symbol;
  /** The symbol's text: what a serialized unit keeps, with its power of ten. */
  private final String symbolText;
  /** The power of ten of the unit's magnitude (UNIT_MULT). */
  private final int unitMult;

  private Unit(Symbol symbol, int unitMult) {
    this.symbol = symbol;
    this.symbolText = symbol.canonical;
    this.unitMult = unitMult;
  }

  /**
   * Obtains a unit from a symbol (or alias) and a magnitude.
   *
   * @param symbol a known symbol or alias, e.g. {@code 座}, {@code km}, {@code %}; empty for a bare count
   * @param unitMult the power of ten, 0 to {@value #MAX_UNIT_MULT}
   * @return the unit
   * @throws InvalidValueException if the symbol is unknown or the ambiguous {@code M} (see the class comment), or
   *     the magnitude out of range
   */
  public static Unit of(String symbol, int unitMult) {
    Checks.notNull(symbol, "unit symbol");
    Checks.check(!symbol.equals(AMBIGUOUS_M), "Invalid unit symbol: %s", AMBIGUOUS_M_MESSAGE);
    Symbol s = SYMBOLS.get(symbol);
    Checks.check(s != null, "Unknown unit symbol '%s': the known symbols are %s", symbol, KNOWN_SYMBOLS);
    Checks.check(unitMult >= 0 && unitMult <= MAX_UNIT_MULT,
        "Invalid magnitude %d for unit '%s': UNIT_MULT must be between 0 and %d", unitMult, symbol, MAX_UNIT_MULT);
    return new Unit(s, unitMult);
  }

  /**
   * Obtains a unit of magnitude 0 from a symbol or alias.
   *
   * @param symbol a known symbol or alias
   * @return the unit
   * @throws InvalidValueException if the symbol is unknown
   */
  public static Unit of(String symbol) {
    return of(symbol, 0);
  }

  /**
   * Obtains a unit from an SDMX-style {@code UNIT_MEASURE} code or a unit symbol, and a {@code UNIT_MULT}.
   *
   * <p>Codes: {@code NUMBER}, {@code M} (metre), {@code KM}, {@code CNY}, {@code PERCENT}, {@code KBPS},
   * {@code MBPS}, {@code GBPS}, {@code YEAR}; any symbol accepted by {@link #of(String, int)} is accepted as well.
   * Codes are case-sensitive: {@code M} is the metre, {@code m} the metre's symbol, {@code MBPS} megabits per
   * second. For example {@code fromCode("M", 3)} is {@code 千米}, equivalent to {@code 公里}.
   *
   * @param codeOrSymbol the code or symbol
   * @param unitMult the power of ten, 0 to {@value #MAX_UNIT_MULT}
   * @return the unit
   * @throws InvalidValueException if neither a code nor a symbol is recognised, or the magnitude is out of range
   */
  public static Unit fromCode(String codeOrSymbol, int unitMult) {
    Checks.notNull(codeOrSymbol, "unit code");
    Symbol s = CODES.get(codeOrSymbol);
    if (s == null) {
      return of(codeOrSymbol, unitMult);
    }
    Checks.check(unitMult >= 0 && unitMult <= MAX_UNIT_MULT,
        "Invalid UNIT_MULT %d for unit '%s': must be between 0 and %d", unitMult, codeOrSymbol, MAX_UNIT_MULT);
    return new Unit(s, unitMult);
  }

  /**
   * Parses a unit as written: optional magnitude, then symbol, e.g. {@code 万座}, {@code 亿元}, {@code 公里}.
   *
   * @param text the unit text; the empty text is a bare count
   * @return the unit
   * @throws TextParseException if the text is not a magnitude followed by a known symbol, or if the symbol is
   *     the ambiguous {@code M} (see the class comment)
   */
  @JsonCreator
  public static Unit parse(String text) {
    if (text == null) {
      throw new TextParseException("Cannot parse a unit from null", "", 0);
    }
    String t = text.strip();
    Symbol whole = SYMBOLS.get(t);
    if (whole != null) {
      return new Unit(whole, 0);
    }
    for (String magnitude : MAGNITUDES_LONGEST_FIRST) {
      if (t.startsWith(magnitude)) {
        Symbol rest = SYMBOLS.get(t.substring(magnitude.length()));
        if (rest != null) {
          return new Unit(rest, MAGNITUDES.indexOf(magnitude));
        }
      }
    }
    throw new TextParseException("Cannot parse unit '" + text + "': " + whyNot(t), text,
        isAmbiguousM(t) ? text.lastIndexOf(AMBIGUOUS_M) : 0);
  }

  /** Whether a stripped unit text is the ambiguous {@code M}, with or without a magnitude. */
  private static boolean isAmbiguousM(String t) {
    return t.endsWith(AMBIGUOUS_M) && MAGNITUDES.contains(t.substring(0, t.length() - AMBIGUOUS_M.length()));
  }

  /** Why a stripped unit text that is not a unit cannot be parsed, for messages. */
  static String whyNot(String t) {
    if (isAmbiguousM(t)) {
      return AMBIGUOUS_M_MESSAGE;
    }
    return String.format("expected an optional magnitude (%s) followed by a known symbol (%s)",
        String.join(" ", MAGNITUDES_LONGEST_FIRST), KNOWN_SYMBOLS);
  }

  /**
   * Returns the unit a serialized one stands for, read again from its symbol and power of ten.
   *
   * @return the unit
   */
  private Object readResolve() {
    return of(symbolText, unitMult);
  }

  /**
   * Returns the unit's dimension.
   *
   * @return the dimension
   */
  public Dimension dimension() {
    return symbol.dimension;
  }

  /**
   * Returns the canonical symbol without magnitude, e.g. {@code 座}, {@code 公里}, {@code Mbps}.
   *
   * @return the symbol; empty for a bare count
   */
  public String symbol() {
    return symbolText;
  }

  /**
   * Returns the Chinese classifier of a count unit, e.g. {@code 座} for base stations.
   *
   * @return the classifier, or empty for a bare count or a unit of another dimension
   */
  public Optional<String> classifier() {
    return symbol.dimension == Dimension.COUNT && !symbolText.isEmpty() ? Optional.of(symbolText) : Optional.empty();
  }

  /**
   * Returns the magnitude, the power of ten of SDMX {@code UNIT_MULT}: 4 for 万, 8 for 亿.
   *
   * @return 0 to {@value #MAX_UNIT_MULT}
   */
  public int unitMult() {
    return unitMult;
  }

  /**
   * Returns the SDMX-style {@code UNIT_MEASURE} code of the symbol (without magnitude).
   *
   * @return e.g. {@code NUMBER}, {@code KM}, {@code CNY}
   */
  public String code() {
    return symbol.code;
  }

  /**
   * Returns the same symbol with another magnitude.
   *
   * @param newUnitMult the power of ten
   * @return the unit
   * @throws InvalidValueException if the magnitude is out of range
   */
  public Unit withUnitMult(int newUnitMult) {
    return newUnitMult == unitMult ? this : of(symbolText, newUnitMult);
  }

  /**
   * Returns the power of ten that turns a value in this unit into the dimension's base unit: the magnitude
   * plus the symbol's own scale (3 for 公里, whose base is the metre).
   *
   * @return the exponent
   */
  public int baseExponent() {
    return unitMult + symbol.exponent;
  }

  /**
   * Tells whether quantities in this unit convert to {@code other}, that is, whether both share a dimension.
   *
   * @param other another unit
   * @return true if the dimensions are equal
   */
  public boolean isConvertibleTo(Unit other) {
    return other.dimension() == dimension();
  }

  /**
   * Returns the unit as written: magnitude then symbol, e.g. {@code 万座}. {@link #parse} reads it back.
   *
   * @return the text
   */
  @JsonValue
  @Override
  public String toString() {
    return MAGNITUDES.get(unitMult) + symbolText;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Unit && ((Unit) other).symbolText.equals(symbolText) && ((Unit) other).unitMult == unitMult;
  }

  @Override
  public int hashCode() {
    // Equivalent mutant (+ to -): a hash code may combine the fields equals compares in any fixed way.
    return symbolText.hashCode() * 31 + unitMult;
  }
}
