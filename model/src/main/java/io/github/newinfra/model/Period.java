package io.github.newinfra.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar period of SDMX {@code TIME_PERIOD} form: a year ({@code 2023}), a quarter ({@code 2023-Q2}), a
 * month ({@code 2023-06}) or a day ({@code 2023-06-30}).
 *
 * <p>Periods order by their start, then by their end (a year before its first quarter). Years range from
 * {@value #MIN_YEAR} to {@value #MAX_YEAR}. In JSON a period is its text. This class is immutable and
 * thread-safe.
 */
public final class Period implements Comparable<Period>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The earliest year a period may fall in. */
  public static final int MIN_YEAR = 1900;
  /** The latest year a period may fall in. */
  public static final int MAX_YEAR = 2199;

  private static final Pattern YEAR = Pattern.compile("([0-9]{4})");
  private static final Pattern QUARTER = Pattern.compile("([0-9]{4})-Q([0-9])");
  private static final Pattern MONTH = Pattern.compile("([0-9]{4})-([0-9]{2})");
  private static final Pattern DAY = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");

  private final Frequency frequency;
  private final LocalDate start;

  private Period(Frequency frequency, LocalDate start) {
    this.frequency = frequency;
    this.start = start;
  }

  private static int checkYear(int year) {
    Checks.check(year >= MIN_YEAR && year <= MAX_YEAR,
        "Invalid period year %d: must be between %d and %d", year, MIN_YEAR, MAX_YEAR);
    return year;
  }

  /**
   * Obtains a calendar year.
   *
   * @param year the year
   * @return the period
   * @throws InvalidValueException if the year is out of range
   */
  public static Period ofYear(int year) {
    return new Period(Frequency.ANNUAL, LocalDate.of(checkYear(year), 1, 1));
  }

  /**
   * Obtains a calendar quarter.
   *
   * @param year the year
   * @param quarter 1 to 4
   * @return the period
   * @throws InvalidValueException if the year or quarter is out of range
   */
  public static Period ofQuarter(int year, int quarter) {
    Checks.check(quarter >= 1 && quarter <= 4, "Invalid quarter %d: must be 1 to 4", quarter);
    return new Period(Frequency.QUARTERLY, LocalDate.of(checkYear(year), quarter * 3 - 2, 1));
  }

  /**
   * Obtains a calendar month.
   *
   * @param year the year
   * @param month 1 to 12
   * @return the period
   * @throws InvalidValueException if the year or month is out of range
   */
  public static Period ofMonth(int year, int month) {
    Checks.check(month >= 1 && month <= 12, "Invalid month %d: must be 1 to 12", month);
    return new Period(Frequency.MONTHLY, LocalDate.of(checkYear(year), month, 1));
  }

  /**
   * Obtains a single day.
   *
   * @param date the day
   * @return the period
   * @throws InvalidValueException if the date is null or its year out of range
   */
  public static Period ofDay(LocalDate date) {
    Checks.notNull(date, "date");
    checkYear(date.getYear());
    return new Period(Frequency.DAILY, date);
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-Qn}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @param text the text
   * @return the period
   * @throws TextParseException if the text has none of these forms or names no real period
   */
  @JsonCreator
  public static Period parse(String text) {
    if (text == null) {
      throw new TextParseException("Cannot parse a period from null", "", 0);
    }
    String t = text.strip();
    try {
      Matcher m;
      if ((m = YEAR.matcher(t)).matches()) {
        return ofYear(Integer.parseInt(m.group(1)));
      }
      if ((m = QUARTER.matcher(t)).matches()) {
        return ofQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if ((m = MONTH.matcher(t)).matches()) {
        return ofMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if ((m = DAY.matcher(t)).matches()) {
        return ofDay(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))));
      }
    } catch (InvalidValueException | DateTimeException e) {
      throw new TextParseException("Cannot parse period '" + text + "': " + e.getMessage(), text, 0);
    }
    throw new TextParseException("Cannot parse period '" + text
        + "': expected YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD, e.g. '2023-Q2'", text, 0);
  }

  /**
   * Returns the period's frequency.
   *
   * @return the frequency
   */
  public Frequency frequency() {
    return frequency;
  }

  /**
   * Returns the calendar year the period lies in.
   *
   * @return the year
   */
  public int year() {
    return start.getYear();
  }

  /**
   * Returns the first day of the period.
   *
   * @return the first day
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the last day of the period (inclusive).
   *
   * @return the last day
   */
  public LocalDate end() {
    switch (frequency) {
      case ANNUAL:
        return start.plusYears(1).minusDays(1);
      case QUARTERLY:
        return start.plusMonths(3).minusDays(1);
      case MONTHLY:
        return YearMonth.from(start).atEndOfMonth();
      default:
        return start;
    }
  }

  /**
   * Returns the number of days in the period.
   *
   * @return at least 1
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start, end()) + 1;
  }

  /**
   * Tells whether {@code other} lies wholly inside this period.
   *
   * @param other another period
   * @return true if other's days are all days of this period
   */
  public boolean encloses(Period other) {
    return !other.start.isBefore(start) && !other.end().isAfter(end());
  }

  /**
   * Tells whether two periods share at least one day.
   *
   * @param other another period
   * @return true if they overlap
   */
  public boolean overlaps(Period other) {
    return !other.start.isAfter(end()) && !start.isAfter(other.end());
  }

  /**
   * Tells whether the day lies in the period.
   *
   * @param date a day
   * @return true if {@code start() <= date <= end()}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end());
  }

  @Override
  public int compareTo(Period other) {
    int c = start.compareTo(other.start);
    return c != 0 ? c : other.end().compareTo(end());
  }

  /**
   * Returns the period in SDMX form: {@code 2023}, {@code 2023-Q2}, {@code 2023-06} or {@code 2023-06-30}.
   *
   * @return the text, read back by {@link #parse}
   */
  @JsonValue
  @Override
  public String toString() {
    switch (frequency) {
      case ANNUAL:
        return Integer.toString(year());
      case QUARTERLY:
        return year() + "-Q" + ((start.getMonthValue() + 2) / 3);
      case MONTHLY:
        return String.format("%04d-%02d", year(), start.getMonthValue());
      default:
        return start.toString();
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Period && ((Period) other).frequency == frequency && ((Period) other).start.equals(start);
  }

  @Override
  public int hashCode() {
    // Equivalent mutants (* to /, + to -): a hash code may combine the fields equals compares in any fixed way;
    // the enum's hash differs from run to run, so no test can tell those combinations apart.
    return frequency.hashCode() * 31 + start.hashCode();
  }
}
