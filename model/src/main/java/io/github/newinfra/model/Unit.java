package io.github.newinfra.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A unit of measure: a symbol of a {@link Dimension} and a magnitude, the power of ten that SDMX calls
 * {@code UNIT_MULT} (万 = 4, 亿 = 8), optionally <em>per</em> something: a denominator with its own magnitude, as
 * in {@code 件/万人} (patents per ten thousand people) or {@code 元/人年} (yuan per person-year).
 *
 * <p>Units are written as Chinese texts write them: magnitude then symbol, e.g. {@code 万座} (ten thousand
 * base stations), {@code 亿元} (hundred million yuan), {@code 公里}, {@code %}, {@code Mbps}; the empty text
 * is a bare count. The symbols, with their accepted aliases:
 * <ul>
 *   <li>{@link Dimension#COUNT}: the empty symbol and the classifiers
 *       {@value #CLASSIFIERS}; every classifier counts one item, so counts convert freely;
 *   <li>{@link Dimension#LENGTH}: {@code 米} ({@code m}), {@code 公里} ({@code km}); {@code 千米} reads as 千 + 米, an equivalent unit;
 *   <li>{@link Dimension#MONEY}: {@code 元} ({@code CNY});
 *   <li>{@link Dimension#RATIO}: {@code %}, and {@code ‰} (per mille), which is 0.1%;
 *   <li>{@link Dimension#DATA_RATE}: {@code Kbps}, {@code Mbps} ({@code 兆}), {@code Gbps} ({@code G}), {@code Tbps}
 *       ({@code T});
 *   <li>{@link Dimension#DURATION}: {@code 年}.
 * </ul>
 *
 * <p><b>Per something.</b> A unit written {@code numerator/denominator} is an {@link Dimension#INTENSITY intensity}:
 * {@code 件/万人}, {@code 个/万人}, {@code 户/百人}, {@code 元/人年}, {@code 万元/人}. The numerator is a unit as above
 * (it may be the bare count: {@code /万人} is "per ten thousand people", a plan's 每万人口); the denominator is an
 * optional magnitude followed by one or more symbols ({@code 万人}, {@code 百户}, {@code 人年} = person-years;
 * {@code 人口} is read as {@code 人}); a full-width {@code ／} is read as {@code /}. Two intensities convert exactly
 * when their numerators share a dimension and their denominators count the same things: {@code 件/万人} is
 * {@code 0.0001件/人}, but {@code 件/万人} does not convert to {@code 件/万户} (per person is not per household), nor
 * to {@code 元/万人}.
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
 * <p>Two units are equal when symbol, magnitude and denominator are equal: {@code 万个} and {@code 个} are different
 * units of the same dimension. This class is immutable and thread-safe.
 */
public final class Unit implements Serializable {
  private static final long serialVersionUID = 2L;

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

    /** What a denominator counts: a classifier counts its own kind of thing, any other symbol its dimension. */
    String kind() {
      return dimension == Dimension.COUNT ? canonical : dimension.name();
    }
  }

  /** A denominator: a magnitude and the product of one or more symbols, e.g. 万人 or 人年. */
  private static final class Per implements Serializable {
    private static final long serialVersionUID = 1L;
    final int unitMult;
    final List<Symbol> symbols;
    final String text;

    Per(int unitMult, List<Symbol> symbols) {
      this.unitMult = unitMult;
      this.symbols = ImmutableList.copyOf(symbols);
      StringBuilder b = new StringBuilder(MAGNITUDES.get(unitMult));
      symbols.forEach(s -> b.append(s.canonical));
      this.text = b.toString();
    }

    int exponent() {
      int e = unitMult;
      for (Symbol s : symbols) {
        e += s.exponent;
      }
      return e;
    }

    List<String> kinds() {
      List<String> kinds = new ArrayList<>();
      symbols.forEach(s -> kinds.add(s.kind()));
      return kinds;
    }

    /** The denominator without its magnitude, for words: 人 for 万人. */
    String things() {
      StringBuilder b = new StringBuilder();
      symbols.forEach(s -> b.append(s.canonical));
      return b.toString();
    }
  }

  private static final Map<String, Symbol> SYMBOLS;
  private static final Map<String, Symbol> CODES;
  /** The symbols that may stand in a denominator, with the alias 人口 for 人. */
  private static final Map<String, Symbol> DENOMINATOR_SYMBOL_MAP;
  /** The same, longest first, for reading a product such as 人年. */
  private static final List<String> DENOMINATOR_SYMBOLS;
  /** The alias of 人 in a denominator. */
  private static final String PERSONS = "人口";

  /** The symbol that is rejected as ambiguous in written units: the metre's code, and Mbps in Chinese texts. */
  private static final String AMBIGUOUS_M = "M";

  private static final String AMBIGUOUS_M_MESSAGE = "'M' is ambiguous: as a UNIT_MEASURE code it is the metre, "
      + "but Chinese texts also write it for megabits per second (1000M); write 米 or m for metres, Mbps or 兆 for "
      + "megabits per second";

  /** The known symbols for messages, grouped by unit, aliases after “or”. */
  private static final String KNOWN_SYMBOLS = "个, 座, 家, 所, 项, 架, 条, 台, 套, 张, 户, 名, 人, 次, 款, 件, 处, 类, 种, 批 "
      + "(counts; no symbol for a bare count), 米 or m, 公里 or km, 元 or CNY, %, ‰, Kbps, Mbps or 兆, Gbps or G, "
      + "Tbps or T, 年; and a unit per something, such as 件/万人 or 元/人年";

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
    Symbol permille = new Symbol("‰", Dimension.RATIO, -1, "PERMILLE");
    Symbol kbps = new Symbol("Kbps", Dimension.DATA_RATE, -3, "KBPS");
    Symbol mbps = new Symbol("Mbps", Dimension.DATA_RATE, 0, "MBPS");
    Symbol gbps = new Symbol("Gbps", Dimension.DATA_RATE, 3, "GBPS");
    Symbol tbps = new Symbol("Tbps", Dimension.DATA_RATE, 6, "TBPS");
    Symbol year = new Symbol("年", Dimension.DURATION, 0, "YEAR");
    symbols.put("米", metre).put("m", metre)
        .put("公里", km).put("km", km)
        .put("元", yuan).put("CNY", yuan)
        .put("%", percent).put("‰", permille)
        .put("Kbps", kbps)
        .put("Mbps", mbps).put("兆", mbps)
        .put("Gbps", gbps).put("G", gbps)
        .put("Tbps", tbps).put("T", tbps)
        .put("年", year);
    for (Symbol s : ImmutableList.of(metre, km, yuan, percent, permille, kbps, mbps, gbps, tbps, year)) {
      codes.put(s.code, s);
    }
    SYMBOLS = symbols.build();
    CODES = codes.build();
    ImmutableMap.Builder<String, Symbol> denominators = ImmutableMap.builder();
    SYMBOLS.forEach((text, s) -> {
      if (!text.isEmpty() && s.dimension != Dimension.RATIO) {
        denominators.put(text, s);
      }
    });
    // 每万人口 is written 万人口 as often as 万人: the same persons.
    denominators.put(PERSONS, SYMBOLS.get("人"));
    DENOMINATOR_SYMBOL_MAP = denominators.build();
    DENOMINATOR_SYMBOLS = DENOMINATOR_SYMBOL_MAP.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .collect(ImmutableList.toImmutableList());
  }

  private static final List<String> MAGNITUDES_LONGEST_FIRST = MAGNITUDES.stream()
      .filter(m -> !m.isEmpty())
      .sorted(Comparator.comparingInt(String::length).reversed())
      .collect(ImmutableList.toImmutableList());

  private final transient Symbol symbol;
  private final transient Per per;
  private final String symbolText;
  private final int unitMult;
  /** The denominator as written, or null; kept for serialization. */
  private final String perText;

  private Unit(Symbol symbol, int unitMult, Per per) {
    this.symbol = symbol;
    this.symbolText = symbol.canonical;
    this.unitMult = unitMult;
    this.per = per;
    this.perText = per == null ? null : per.text;
  }

  /**
   * Obtains a unit from a symbol (or alias) and a magnitude.
   *
   * @param symbol a known symbol or alias, e.g. {@code 座}, {@code km}, {@code %}; empty for a bare count; or a
   *     symbol per a denominator, e.g. {@code 件/万人}, whose numerator takes the magnitude
   * @param unitMult the power of ten of the numerator, 0 to {@value #MAX_UNIT_MULT}
   * @return the unit
   * @throws InvalidValueException if the symbol is unknown or the ambiguous {@code M} (see the class comment), or
   *     the magnitude out of range
   */
  public static Unit of(String symbol, int unitMult) {
    Checks.notNull(symbol, "unit symbol");
    int slash = slash(symbol);
    if (slash >= 0) {
      Unit numerator = of(symbol.substring(0, slash), unitMult);
      return new Unit(numerator.symbol, unitMult, denominatorOrThrow(symbol, symbol.substring(slash + 1)));
    }
    Checks.check(!symbol.equals(AMBIGUOUS_M), "Invalid unit symbol: %s", AMBIGUOUS_M_MESSAGE);
    Symbol s = SYMBOLS.get(symbol);
    Checks.check(s != null, "Unknown unit symbol '%s': the known symbols are %s", symbol, KNOWN_SYMBOLS);
    Checks.check(unitMult >= 0 && unitMult <= MAX_UNIT_MULT,
        "Invalid magnitude %d for unit '%s': UNIT_MULT must be between 0 and %d", unitMult, symbol, MAX_UNIT_MULT);
    return new Unit(s, unitMult, null);
  }

  /**
   * Obtains a unit of magnitude 0 from a symbol or alias.
   *
   * @param symbol a known symbol or alias, or a symbol per a denominator ({@code 件/万人})
   * @return the unit
   * @throws InvalidValueException if the symbol is unknown
   */
  public static Unit of(String symbol) {
    return of(symbol, 0);
  }

  /**
   * Obtains a unit from an SDMX-style {@code UNIT_MEASURE} code or a unit symbol, and a {@code UNIT_MULT}.
   *
   * <p>Codes: {@code NUMBER}, {@code M} (metre), {@code KM}, {@code CNY}, {@code PERCENT}, {@code PERMILLE},
   * {@code KBPS}, {@code MBPS}, {@code GBPS}, {@code TBPS}, {@code YEAR}; any symbol accepted by
   * {@link #of(String, int)} is accepted as well, and so is a code or symbol per a denominator ({@code NUMBER/万人},
   * {@code 件/万人}, {@code CNY/人年}). Codes are case-sensitive: {@code M} is the metre, {@code m} the metre's
   * symbol, {@code MBPS} megabits per second. For example {@code fromCode("M", 3)} is {@code 千米}, equivalent to
   * {@code 公里}. The {@code UNIT_MULT} scales the numerator.
   *
   * @param codeOrSymbol the code or symbol
   * @param unitMult the power of ten, 0 to {@value #MAX_UNIT_MULT}
   * @return the unit
   * @throws InvalidValueException if neither a code nor a symbol is recognised, or the magnitude is out of range
   */
  public static Unit fromCode(String codeOrSymbol, int unitMult) {
    Checks.notNull(codeOrSymbol, "unit code");
    int slash = slash(codeOrSymbol);
    if (slash >= 0) {
      Unit numerator = fromCode(codeOrSymbol.substring(0, slash), unitMult);
      return new Unit(numerator.symbol, unitMult, denominatorOrThrow(codeOrSymbol, codeOrSymbol.substring(slash + 1)));
    }
    Symbol s = CODES.get(codeOrSymbol);
    if (s == null) {
      return of(codeOrSymbol, unitMult);
    }
    Checks.check(unitMult >= 0 && unitMult <= MAX_UNIT_MULT,
        "Invalid UNIT_MULT %d for unit '%s': must be between 0 and %d", unitMult, codeOrSymbol, MAX_UNIT_MULT);
    return new Unit(s, unitMult, null);
  }

  /**
   * Parses a unit as written: optional magnitude, then symbol, e.g. {@code 万座}, {@code 亿元}, {@code 公里}; optionally
   * followed by {@code /} and a denominator, e.g. {@code 件/万人}, {@code 万元/人年}.
   *
   * @param text the unit text; the empty text is a bare count
   * @return the unit
   * @throws TextParseException if the text is not a magnitude followed by a known symbol (and a known denominator),
   *     or if the symbol is the ambiguous {@code M} (see the class comment)
   */
  @JsonCreator
  public static Unit parse(String text) {
    if (text == null) {
      throw new TextParseException("Cannot parse a unit from null", "", 0);
    }
    String t = text.strip();
    int slash = slash(t);
    if (slash >= 0) {
      Unit numerator;
      try {
        numerator = parse(t.substring(0, slash));
      } catch (TextParseException e) {
        throw new TextParseException("Cannot parse unit '" + text + "': the part before '/' is not a unit: "
            + whyNot(t.substring(0, slash).strip()), text, 0);
      }
      if (numerator.per != null) {
        throw new TextParseException("Cannot parse unit '" + text + "': a unit has at most one '/'", text,
            text.lastIndexOf('/'));
      }
      Per per = denominator(t.substring(slash + 1).strip());
      if (per == null) {
        throw new TextParseException("Cannot parse unit '" + text + "': " + whyNotDenominator(t.substring(slash + 1)),
            text, text.indexOf(t.substring(slash + 1)));
      }
      return new Unit(numerator.symbol, numerator.unitMult, per);
    }
    Symbol whole = SYMBOLS.get(t);
    if (whole != null) {
      return new Unit(whole, 0, null);
    }
    for (String magnitude : MAGNITUDES_LONGEST_FIRST) {
      if (t.startsWith(magnitude)) {
        String rest = t.substring(magnitude.length());
        Symbol s = SYMBOLS.get(rest);
        if (s != null) {
          return new Unit(s, MAGNITUDES.indexOf(magnitude), null);
        }
      }
    }
    throw new TextParseException("Cannot parse unit '" + text + "': " + whyNot(t), text,
        isAmbiguousM(t) ? text.lastIndexOf(AMBIGUOUS_M) : 0);
  }

  /** The position of the one slash (ASCII or full-width) that separates numerator and denominator, or -1. */
  private static int slash(String text) {
    int ascii = text.indexOf('/');
    int wide = text.indexOf('／');
    return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
  }

  private static Per denominatorOrThrow(String whole, String text) {
    Per per = denominator(text.strip());
    Checks.check(per != null, "Invalid unit '%s': %s", whole, whyNotDenominator(text));
    return per;
  }

  /** Reads a denominator: an optional magnitude, then one or more symbols (counts, lengths, money, years …). */
  private static Per denominator(String text) {
    if (text.isEmpty()) {
      return null;
    }
    List<String> magnitudes = new ArrayList<>(MAGNITUDES_LONGEST_FIRST);
    magnitudes.add("");
    for (String magnitude : magnitudes) {
      if (text.startsWith(magnitude)) {
        List<Symbol> symbols = symbols(text.substring(magnitude.length()));
        if (symbols != null) {
          return new Per(MAGNITUDES.indexOf(magnitude), symbols);
        }
      }
    }
    return null;
  }

  /** Reads a product of symbols, longest symbol first at each place; null if the text is not one. */
  private static List<Symbol> symbols(String text) {
    if (text.isEmpty()) {
      return null;
    }
    List<Symbol> out = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      String found = null;
      for (String s : DENOMINATOR_SYMBOLS) {
        if (text.startsWith(s, at)) {
          found = s;
          break;
        }
      }
      if (found == null) {
        return null;
      }
      out.add(DENOMINATOR_SYMBOL_MAP.get(found));
      at += found.length();
    }
    return out;
  }

  private static String whyNotDenominator(String text) {
    return "after '/' expected what the unit is per: an optional magnitude (" + String.join(" ", MAGNITUDES_LONGEST_FIRST)
        + ") and one or more symbols other than % and ‰, e.g. 万人, 百户, 人年; found '" + text.strip() + "'";
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
    if (slash(t) >= 0) {
      try {
        parse(t);
      } catch (TextParseException e) {
        String m = e.getMessage();
        return m.substring(m.indexOf("': ") + 3);
      }
    }
    return String.format("expected an optional magnitude (%s) followed by a known symbol (%s)",
        String.join(" ", MAGNITUDES_LONGEST_FIRST), KNOWN_SYMBOLS);
  }

  private Object readResolve() {
    return perText == null ? of(symbolText, unitMult) : of(symbolText + "/" + perText, unitMult);
  }

  /**
   * Returns the unit's dimension: {@link Dimension#INTENSITY} for a unit per something ({@code 件/万人}), else the
   * dimension of its symbol.
   *
   * @return the dimension
   */
  public Dimension dimension() {
    return per == null ? symbol.dimension : Dimension.INTENSITY;
  }

  /**
   * Returns the canonical symbol of the numerator, without magnitude, e.g. {@code 座}, {@code 公里}, {@code Mbps};
   * {@code 件} for {@code 件/万人}.
   *
   * @return the symbol; empty for a bare count
   */
  public String symbol() {
    return symbolText;
  }

  /**
   * Returns the Chinese classifier of a count unit, e.g. {@code 座} for base stations.
   *
   * @return the classifier, or empty for a bare count or a unit of another dimension (an intensity included)
   */
  public Optional<String> classifier() {
    return dimension() == Dimension.COUNT && !symbolText.isEmpty() ? Optional.of(symbolText) : Optional.empty();
  }

  /**
   * Returns the magnitude of the numerator, the power of ten of SDMX {@code UNIT_MULT}: 4 for 万, 8 for 亿; 0 for
   * {@code 件/万人}, whose 万 belongs to the denominator.
   *
   * @return 0 to {@value #MAX_UNIT_MULT}
   */
  public int unitMult() {
    return unitMult;
  }

  /**
   * Returns the numerator: this unit without its denominator ({@code 件} for {@code 件/万人}); the unit itself when it
   * has none.
   *
   * @return the numerator
   */
  public Unit numerator() {
    return per == null ? this : new Unit(symbol, unitMult, null);
  }

  /**
   * Returns what the unit is per, as written: {@code 万人} for {@code 件/万人}, {@code 人年} for {@code 元/人年}.
   *
   * @return the denominator with its magnitude, or empty for a unit that is not per something
   */
  public Optional<String> denominator() {
    return Optional.ofNullable(perText);
  }

  /**
   * Returns the SDMX-style {@code UNIT_MEASURE} code of the symbol (without magnitude), followed by {@code /} and the
   * denominator for a unit per something.
   *
   * @return e.g. {@code NUMBER}, {@code KM}, {@code CNY}, {@code NUMBER/万人}
   */
  public String code() {
    return per == null ? symbol.code : symbol.code + "/" + per.text;
  }

  /**
   * Returns the same symbol (and denominator) with another magnitude of the numerator.
   *
   * @param newUnitMult the power of ten
   * @return the unit
   * @throws InvalidValueException if the magnitude is out of range
   */
  public Unit withUnitMult(int newUnitMult) {
    if (newUnitMult == unitMult) {
      return this;
    }
    Checks.check(newUnitMult >= 0 && newUnitMult <= MAX_UNIT_MULT,
        "Invalid magnitude %d for unit '%s': UNIT_MULT must be between 0 and %d", newUnitMult, this, MAX_UNIT_MULT);
    return new Unit(symbol, newUnitMult, per);
  }

  /**
   * Returns the power of ten that turns a value in this unit into the dimension's base unit: the magnitude
   * plus the symbol's own scale (3 for 公里, whose base is the metre), less the denominator's (4 for {@code 件/万人}:
   * 5件/万人 is 0.0005 items per person).
   *
   * @return the exponent
   */
  public int baseExponent() {
    return unitMult + symbol.exponent - (per == null ? 0 : per.exponent());
  }

  /**
   * Tells whether quantities in this unit convert to {@code other}: both share a dimension and, for units per
   * something, their numerators share a dimension and their denominators count the same things ({@code 件/万人} and
   * {@code 个/人} do; {@code 件/万人} and {@code 件/户} do not).
   *
   * @param other another unit
   * @return true if a quantity in this unit converts exactly to {@code other}
   */
  public boolean isConvertibleTo(Unit other) {
    if (other.dimension() != dimension()) {
      return false;
    }
    return per == null || (symbol.dimension == other.symbol.dimension && per.kinds().equals(other.per.kinds()));
  }

  /**
   * Says in words what the unit measures, for messages: {@code a count}, {@code a length}, {@code an amount of money},
   * {@code a share}, {@code a data rate}, {@code a duration}, or for a unit per something the numerator's per the
   * denominator's things ({@code a count per 人}).
   *
   * @return the description
   */
  public String description() {
    String what;
    switch (symbol.dimension) {
      case COUNT:
        what = "a count";
        break;
      case LENGTH:
        what = "a length";
        break;
      case MONEY:
        what = "an amount of money";
        break;
      case RATIO:
        what = "a share";
        break;
      case DATA_RATE:
        what = "a data rate";
        break;
      default:
        what = "a duration";
    }
    return per == null ? what : what + " per " + per.things();
  }

  /**
   * Returns the unit as written: magnitude then symbol, then {@code /} and the denominator for a unit per something,
   * e.g. {@code 万座}, {@code 件/万人}. {@link #parse} reads it back.
   *
   * @return the text
   */
  @JsonValue
  @Override
  public String toString() {
    String numerator = MAGNITUDES.get(unitMult) + symbolText;
    return per == null ? numerator : numerator + "/" + per.text;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Unit)) {
      return false;
    }
    Unit u = (Unit) other;
    return u.symbolText.equals(symbolText) && u.unitMult == unitMult
        && (perText == null ? u.perText == null : perText.equals(u.perText));
  }

  @Override
  public int hashCode() {
    // Equivalent mutant (+ to -): a hash code may combine the fields equals compares in any fixed way.
    return (symbolText.hashCode() * 31 + unitMult) * 31 + (perText == null ? 0 : perText.hashCode());
  }
}
