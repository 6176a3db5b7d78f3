package io.github.newinfra.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of SDMX {@code TIME_PERIOD} form: a year ({@code 2023}), a quarter ({@code 2023-Q2}), a month
 * ({@code 2023-06}), a day ({@code 2023-06-30}), or a time range of ISO 8601 / SDMX form for a part of a year
 * ({@code 2020-01/2020-09}, {@code 2020-01-01/P9M}: January to September 2020).
 *
 * <p>A time range runs from the first day of its start to the last day of its end (or for its duration from its
 * start), at most {@value #MAX_RANGE_DAYS} days; one that covers exactly a calendar year, quarter, month or day is
 * that period ({@code 2020-01/2020-12} is {@code 2020}). Year-to-date figures ("1–9月新建5G基站6.3万个") are ranges.
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

  /** The most days a time range may span. */
  public static final int MAX_RANGE_DAYS = 366;

  private static final Pattern DURATION = Pattern.compile("P([0-9]{1,3})([YMD])");

  /** The calendar frequency, or null for a time range. */
  private final Frequency frequency;
  private final LocalDate start;
  private final LocalDate end;

  private Period(Frequency frequency, LocalDate start) {
    this.frequency = frequency;
    this.start = start;
    this.end = calendarEnd(frequency, start);
  }

  private Period(LocalDate start, LocalDate end) {
    this.frequency = null;
    this.start = start;
    this.end = end;
  }

  private static LocalDate calendarEnd(Frequency frequency, LocalDate start) {
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
   * Obtains the period from one day to another, both included: the calendar year, quarter, month or day when it is
   * exactly one, else a time range.
   *
   * @param start the first day
   * @param end the last day
   * @return the period
   * @throws InvalidValueException if a day is null, a year out of range, the end before the start, or a time
   *     range longer than {@value #MAX_RANGE_DAYS} days
   */
  public static Period ofRange(LocalDate start, LocalDate end) {
    Checks.notNull(start, "start");
    Checks.notNull(end, "end");
    checkYear(start.getYear());
    checkYear(end.getYear());
    Checks.check(!end.isBefore(start), "Invalid time range %s/%s: it ends before it starts", start, end);
    if (start.equals(end)) {
      return ofDay(start);
    }
    if (start.getDayOfMonth() == 1) {
      for (Frequency f : new Frequency[] {Frequency.ANNUAL, Frequency.QUARTERLY, Frequency.MONTHLY}) {
        boolean aligned = f == Frequency.ANNUAL ? start.getDayOfYear() == 1
            : f == Frequency.QUARTERLY ? (start.getMonthValue() - 1) % 3 == 0 : true;
        if (aligned && calendarEnd(f, start).equals(end)) {
          return new Period(f, start);
        }
      }
    }
    long days = ChronoUnit.DAYS.between(start, end) + 1;
    Checks.check(days <= MAX_RANGE_DAYS, "Invalid time range %s/%s: it spans %d days, more than the %d a range may"
        + " span; give a year or shorter periods", start, end, days, MAX_RANGE_DAYS);
    return new Period(start, end);
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-Qn}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or a time range of two such
   * periods ({@code 2020-01/2020-09}: from the first day of the first to the last day of the second) or of a
   * period and a duration in years, months or days ({@code 2020-01-01/P9M}: nine months from 1 January 2020).
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
    int slash = t.indexOf('/');
    // equivalent mutant (ConditionalsBoundary): a text starting with '/' fails as a single period with the same
    // message as a range without a start.
    if (slash >= 0) {
      return parseRange(text, t.substring(0, slash), t.substring(slash + 1));
    }
    return parseSingle(text, t);
  }

  private static Period parseRange(String text, String from, String to) {
    Period first = parseSingle(text, from);
    try {
      Matcher d = DURATION.matcher(to);
      if (d.matches()) {
        int n = Integer.parseInt(d.group(1));
        Checks.check(n > 0, "Invalid time range '%s': its duration must be positive", text);
        LocalDate after = d.group(2).equals("Y") ? first.start.plusYears(n)
            : d.group(2).equals("M") ? first.start.plusMonths(n) : first.start.plusDays(n);
        return ofRange(first.start, after.minusDays(1));
      }
      if (to.startsWith("P")) {
        throw new TextParseException("Cannot parse period '" + text + "': the duration '" + to
            + "' must be a whole number of years, months or days, e.g. P9M", text, from.length() + 1);
      }
      return ofRange(first.start, parseSingle(text, to).end);
    } catch (InvalidValueException | DateTimeException e) {
      throw new TextParseException("Cannot parse period '" + text + "': " + e.getMessage(), text, 0);
    }
  }

  private static Period parseSingle(String text, String t) {
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
        + "': expected YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD, e.g. '2023-Q2', or a time range such as"
        + " '2020-01/2020-09' or '2020-01-01/P9M'", text, 0);
  }

  /**
   * Returns the period's frequency.
   *
   * @return the frequency; empty for a time range
   */
  public Optional<Frequency> frequency() {
    return Optional.ofNullable(frequency);
  }

  /**
   * Tells whether the period is a time range rather than a calendar year, quarter, month or day.
   *
   * @return true for a range such as {@code 2020-01/2020-09}
   */
  public boolean isRange() {
    return frequency == null;
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
    return end;
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
    return c != 0 ? c : other.end.compareTo(end);
  }

  /**
   * Returns the period in SDMX form: {@code 2023}, {@code 2023-Q2}, {@code 2023-06} or {@code 2023-06-30}; a time
   * range as {@code 2020-01/2020-09} when it runs over whole months, else {@code 2020-01-05/2020-03-20}.
   *
   * @return the text, read back by {@link #parse}
   */
  @JsonValue
  @Override
  public String toString() {
    if (frequency == null) {
      boolean months = start.getDayOfMonth() == 1 && end.equals(YearMonth.from(end).atEndOfMonth());
      return months ? String.format("%04d-%02d/%04d-%02d", start.getYear(), start.getMonthValue(), end.getYear(),
          end.getMonthValue()) : start + "/" + end;
    }
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
    return other instanceof Period && ((Period) other).start.equals(start) && ((Period) other).end.equals(end);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + end.hashCode();
  }
}
