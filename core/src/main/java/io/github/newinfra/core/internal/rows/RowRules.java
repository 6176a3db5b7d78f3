package io.github.newinfra.core.internal.rows;

import io.github.newinfra.core.ObsStatus;
import io.github.newinfra.core.internal.reading.Numbers;
import io.github.newinfra.model.InvalidValueException;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.TextParseException;
import io.github.newinfra.model.Unit;
import io.github.newinfra.model.ValueQualifier;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether a row is accepted: the one rule every input path applies (a row of text, a column of an
 * {@code ObservationTable}, an encoded record of the byte reader), field by field. Each method says what one field
 * resolves to, or that it resolves to nothing; {@link #fits} says whether a value converted to its indicator's unit
 * may stand. A row is accepted when every field resolves and its value fits; {@link Ingest#row} names the first field
 * that does not, and the faster paths hand any row that fails a check to it, so that every path accepts the same rows
 * and rejects the others with the same reason and message.
 *
 * <p>Worked example, for the indicator {@code base_stations_5g} (unit {@code 座}): the row {@code base_stations_5g,
 * 320500, 2023, 2.1, 万座} resolves its indicator and region through the catalog (or the mapping), its period to
 * 2023-01-01…2023-12-31 and its unit to a shift of 4 (万座 is 10^4 座); it is stored as 21000 座, which fits (not
 * negative). {@code 2.1, 公里} names a unit of another dimension: no shift, so the row is rejected. For the share
 * {@code coverage_5g} (unit {@code %}), {@code 120} does not fit (above 100%).
 *
 * <p>Per run: it remembers each distinct period and unit it has resolved. Not thread-safe; not part of the API.
 */
final class RowRules {
  /** What {@link #published} gives for a text that is not a date in range. */
  static final int NOT_A_DATE = Integer.MIN_VALUE + 2;
  /** What {@link #shift} gives for a unit that is unknown or of another dimension. */
  static final int NO_SHIFT = Integer.MIN_VALUE + 2;
  /** What a QUALIFIER may say, for messages. */
  static final String QUALIFIERS = "超过 (MORE_THAN), 以上 (AT_LEAST), 约 or 左右 (APPROXIMATELY), 基本 (BASICALLY)"
      + " or EXACT";

  /** The epoch days of the first and the last date {@link #published} accepts: 1900-01-01 and 9999-12-31. */
  private static final int FIRST_PUBLISHED = (int) LocalDate.of(CompiledCatalog.MIN_YEAR, 1, 1).toEpochDay();
  private static final int LAST_PUBLISHED = (int) LocalDate.of(CompiledCatalog.MAX_YEAR, 12, 31).toEpochDay();

  private final CompiledCatalog catalog;
  private final Map<String, int[]> periods = new HashMap<>();
  private final Map<String, Unit> units = new HashMap<>();

  RowRules(CompiledCatalog catalog) {
    this.catalog = catalog;
  }

  /** An INDICATOR text's catalog index through the mapping, or -1 (none for the empty text). */
  int indicator(String text) {
    return text.isEmpty() ? -1 : catalog.indicatorInput.getOrDefault(text, -1);
  }

  /** A REF_AREA text's region index through the mapping, or -1 (none for the empty text). */
  int region(String text) {
    return text.isEmpty() ? -1 : catalog.regionInput.getOrDefault(text, -1);
  }

  /** The first and last day of a TIME_PERIOD text, parsed once per distinct text; null if it is no period. */
  int[] days(String period) {
    int[] days = periods.get(period);
    if (days == null) {
      try {
        Period p = Period.parse(period);
        days = new int[] {(int) p.start().toEpochDay(), (int) p.end().toEpochDay()};
        periods.put(period, days);
      } catch (TextParseException e) {
        return null;
      }
    }
    return days;
  }

  /** The OBS_STATUS a text names through the mapping (A when empty), or null if it names none. */
  ObsStatus status(String text) {
    return text.isEmpty() ? ObsStatus.A : catalog.statusInput.get(text);
  }

  /** An OBS_STATUS text's ordinal when it names an observation (A when empty), or -1 if unknown or not one. */
  int observedStatus(String text) {
    ObsStatus status = status(text);
    return status == null || !status.isObserved() ? -1 : status.ordinal();
  }

  /** A QUALIFIER text's {@link ValueQualifier} ordinal (EXACT when empty), or -1 if it names none. */
  static int qualifier(String text) {
    return ValueQualifier.fromText(text).map(Enum::ordinal).orElse(-1);
  }

  /**
   * The epoch day of a PUBLISHED text: {@link Series#UNPUBLISHED} when empty, {@link #NOT_A_DATE} when it is not
   * a date YYYY-MM-DD from {@link CompiledCatalog#MIN_YEAR} to {@link CompiledCatalog#MAX_YEAR}.
   */
  static int published(String published) {
    if (published.isEmpty()) {
      return Series.UNPUBLISHED;
    }
    try {
      LocalDate d = LocalDate.parse(published);
      return d.getYear() < CompiledCatalog.MIN_YEAR || d.getYear() > CompiledCatalog.MAX_YEAR ? NOT_A_DATE
          : (int) d.toEpochDay();
    } catch (java.time.format.DateTimeParseException e) {
      return NOT_A_DATE;
    }
  }

  /**
   * Tells whether a PUBLISHED date given as an epoch day (a table's) is one {@link #published} accepts as text:
   * {@link Series#UNPUBLISHED}, or a day from {@link CompiledCatalog#MIN_YEAR} to {@link CompiledCatalog#MAX_YEAR}.
   */
  static boolean publishedDay(int day) {
    // equivalent mutant (ConditionalsBoundary): 1900-01-01 or 9999-12-31 would then go through Ingest.row, which
    // accepts it as text.
    return day == Series.UNPUBLISHED || day >= FIRST_PUBLISHED && day <= LAST_PUBLISHED;
  }

  /** A UNIT_MULT text as a number: 0 when empty, -1 when not a whole number from 0 to the largest multiplier. */
  static int unitMult(String unitMult) {
    if (unitMult.isEmpty()) {
      return 0;
    }
    int mult = Numbers.wholeNumber(unitMult);
    return mult > Unit.MAX_UNIT_MULT ? -1 : mult;
  }

  /**
   * The unit of a row of an indicator: its own unit scaled by UNIT_MULT when the UNIT_MEASURE text is empty, else the
   * unit the text (read through the mapping) names with UNIT_MULT, worked out once per distinct pair; null if the
   * text names none.
   */
  Unit unit(int indicator, String unit, int mult) {
    if (unit.isEmpty()) {
      return catalog.indicators[indicator].unit().withUnitMult(mult);
    }
    String key = unit + '\u0000' + mult;
    Unit u = units.get(key);
    if (u == null) {
      u = named(catalog.unitInput.getOrDefault(unit, unit), mult);
      // equivalent mutant (NegateConditionals): the map is a cache; negated, a unit is worked out again each time and
      // an unknown one is stored as null, which reads as not stored: every call returns what named gives.
      if (u != null) {
        units.put(key, u);
      }
    }
    return u;
  }

  /**
   * The power of ten that converts a row's value into its indicator's unit, or {@link #NO_SHIFT} if the row's unit
   * is unknown or measures something else (see {@link #unit}), or UNIT_MULT is outside 0 to
   * {@link Unit#MAX_UNIT_MULT}.
   */
  int shift(int indicator, String unit, int mult) {
    if (mult < 0 || mult > Unit.MAX_UNIT_MULT) {
      return NO_SHIFT;
    }
    Unit own = catalog.indicators[indicator].unit();
    Unit u = unit(indicator, unit, mult);
    return u == null || !u.isConvertibleTo(own) ? NO_SHIFT : u.baseExponent() - own.baseExponent();
  }

  /** A value in a row's unit converted by {@link #shift} and its power of ten, exactly where the shift is small. */
  static double convert(double value, int shift, double factor) {
    return Numbers.scale(value, shift, factor);
  }

  /**
   * Tells whether a value converted to its indicator's unit may stand: finite, not negative, and for a share at
   * most 100% (1000 in ‰).
   */
  boolean fits(int indicator, double converted) {
    return Double.isFinite(converted) && converted >= 0 && converted <= catalog.most[indicator];
  }

  /** A unit code or symbol with UNIT_MULT; a written magnitude (万座) is accepted when UNIT_MULT is 0. */
  private static Unit named(String unit, int mult) {
    try {
      return Unit.fromCode(unit, mult);
    } catch (InvalidValueException e) {
      if (mult != 0) {
        return null;
      }
      try {
        return Unit.parse(unit);
      } catch (TextParseException e2) {
        return null;
      }
    }
  }
}
