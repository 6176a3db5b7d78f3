package io.github.newinfra.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class PeriodTest {
  @Test
  void parsesEveryFrequency() {
    assertEquals(java.util.Optional.of(Frequency.ANNUAL), Period.parse("2023").frequency());
    Period q2 = Period.parse("2023-Q2");
    assertEquals(LocalDate.of(2023, 4, 1), q2.start());
    assertEquals(LocalDate.of(2023, 6, 30), q2.end());
    assertEquals(LocalDate.of(2024, 2, 29), Period.parse("2024-02").end());
    assertEquals(LocalDate.of(2023, 6, 30), Period.parse("2023-06-30").end());
    assertEquals(365, Period.parse("2023").lengthInDays());
  }

  @Test
  void formatsInSdmxForm() {
    assertEquals("2023-Q2", Period.ofQuarter(2023, 2).toString());
    assertEquals("2023-06", Period.ofMonth(2023, 6).toString());
    assertEquals("2023-06-30", Period.ofDay(LocalDate.of(2023, 6, 30)).toString());
  }

  @Test
  void relatesPeriods() {
    assertTrue(Period.parse("2023").encloses(Period.parse("2023-Q2")));
    assertFalse(Period.parse("2023-Q2").encloses(Period.parse("2023")));
    assertTrue(Period.parse("2023-Q2").overlaps(Period.parse("2023-06")));
    assertFalse(Period.parse("2023-Q2").overlaps(Period.parse("2023-07")));
    assertTrue(Period.parse("2023").compareTo(Period.parse("2023-Q1")) < 0);
    assertTrue(Period.parse("2023-Q1").compareTo(Period.parse("2023-Q2")) < 0);
  }

  @Test
  void rejectsImpossiblePeriodsNamingTheText() {
    TextParseException e = assertThrows(TextParseException.class, () -> Period.parse("2023-Q5"));
    assertTrue(e.getMessage().contains("2023-Q5"), e.getMessage());
    assertThrows(TextParseException.class, () -> Period.parse("2023-02-30"));
    assertThrows(TextParseException.class, () -> Period.parse("2023-13"));
    assertThrows(TextParseException.class, () -> Period.parse("23"));
    assertThrows(TextParseException.class, () -> Period.parse("1899"));
  }

  @Test
  void yearsFrom1900To2199AreAcceptedAndNoOthers() {
    assertEquals(1900, Period.ofYear(1900).year());
    assertEquals(2199, Period.ofYear(2199).year());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Period.ofYear(1899));
    assertEquals("Invalid period year 1899: must be between 1900 and 2199", e.getMessage());
    assertThrows(InvalidValueException.class, () -> Period.ofYear(2200));
  }

  @Test
  void quartersRunFromOneToFourAndOthersAreRejectedByName() {
    assertEquals(LocalDate.of(2023, 1, 1), Period.ofQuarter(2023, 1).start());
    // Quarter 4 starts in month 4 * 3 - 2 = 10.
    assertEquals(LocalDate.of(2023, 10, 1), Period.ofQuarter(2023, 4).start());
    assertEquals("Invalid quarter 0: must be 1 to 4",
        assertThrows(InvalidValueException.class, () -> Period.ofQuarter(2023, 0)).getMessage());
    assertEquals("Invalid quarter 5: must be 1 to 4",
        assertThrows(InvalidValueException.class, () -> Period.ofQuarter(2023, 5)).getMessage());
  }

  @Test
  void monthsRunFromOneToTwelveAndOthersAreRejectedByName() {
    assertEquals(LocalDate.of(2023, 1, 31), Period.ofMonth(2023, 1).end());
    assertEquals(LocalDate.of(2023, 12, 31), Period.ofMonth(2023, 12).end());
    assertEquals("Invalid month 0: must be 1 to 12",
        assertThrows(InvalidValueException.class, () -> Period.ofMonth(2023, 0)).getMessage());
    assertEquals("Invalid month 13: must be 1 to 12",
        assertThrows(InvalidValueException.class, () -> Period.ofMonth(2023, 13)).getMessage());
  }

  @Test
  void containsItsFirstAndLastDayAndNothingOutside() {
    Period q2 = Period.ofQuarter(2023, 2);
    assertTrue(q2.contains(LocalDate.of(2023, 4, 1)));
    assertTrue(q2.contains(LocalDate.of(2023, 6, 30)));
    assertFalse(q2.contains(LocalDate.of(2023, 3, 31)));
    assertFalse(q2.contains(LocalDate.of(2023, 7, 1)));
  }

  @Test
  void periodsStartingTheSameDayDifferByFrequency() {
    assertEquals(Period.ofYear(2023), Period.parse("2023"));
    assertEquals(Period.ofYear(2023).hashCode(), Period.parse("2023").hashCode());
    assertNotEquals(Period.ofYear(2023), Period.ofMonth(2023, 1));
    assertNotEquals(Period.ofMonth(2023, 1), Period.ofDay(LocalDate.of(2023, 1, 1)));
    assertNotEquals(Period.ofYear(2023), Period.ofYear(2024));
    assertNotEquals(Period.ofYear(2023).hashCode(), Period.ofYear(2024).hashCode());
    assertNotEquals(Period.ofYear(2023), "2023");
  }

  @Test
  void aYearIsWrittenAsItsFourDigits() {
    assertEquals("2023", Period.ofYear(2023).toString());
  }

  @Test
  void aTimeRangeThatIsExactlyACalendarPeriodIsThatPeriod() {
    assertEquals(Period.ofYear(2020), Period.ofRange(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
    assertEquals(java.util.Optional.of(Frequency.ANNUAL),
        Period.ofRange(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)).frequency());
    assertEquals(Period.ofQuarter(2020, 2), Period.ofRange(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 6, 30)));
    assertEquals("2020-Q2", Period.ofRange(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 6, 30)).toString());
    assertEquals(Period.ofQuarter(2020, 1), Period.ofRange(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 31)));
    assertEquals(Period.ofMonth(2020, 2), Period.ofRange(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29)));
    assertEquals(Period.ofDay(LocalDate.of(2020, 2, 3)),
        Period.ofRange(LocalDate.of(2020, 2, 3), LocalDate.of(2020, 2, 3)));
    assertFalse(Period.ofYear(2020).isRange());
  }

  @Test
  void aTimeRangeNotAlignedWithTheCalendarStaysARange() {
    // three months from February: not a quarter
    Period febToApril = Period.ofRange(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 4, 30));
    assertTrue(febToApril.isRange());
    assertEquals(java.util.Optional.empty(), febToApril.frequency());
    assertEquals("2020-02/2020-04", febToApril.toString());
    // a year's length from July: not a year
    Period julyToJune = Period.ofRange(LocalDate.of(2020, 7, 1), LocalDate.of(2021, 6, 30));
    assertTrue(julyToJune.isRange());
    assertEquals("2020-07/2021-06", julyToJune.toString());
    assertEquals(365, julyToJune.lengthInDays());
    // days that are not whole months
    Period days = Period.ofRange(LocalDate.of(2020, 1, 5), LocalDate.of(2020, 3, 20));
    assertEquals("2020-01-05/2020-03-20", days.toString());
    assertEquals("2020-01-01/2020-06-23",
        Period.ofRange(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 23)).toString());
    assertEquals(LocalDate.of(2020, 3, 20), days.end());
    assertTrue(days.contains(LocalDate.of(2020, 3, 20)) && !days.contains(LocalDate.of(2020, 3, 21)));
  }

  @Test
  void aTimeRangeSpansAtMost366DaysAndEndsAfterItStarts() {
    // 2020 is a leap year: 2020-01-02 to 2021-01-01 is 366 days
    assertEquals(366, Period.ofRange(LocalDate.of(2020, 1, 2), LocalDate.of(2021, 1, 1)).lengthInDays());
    InvalidValueException tooLong = assertThrows(InvalidValueException.class,
        () -> Period.ofRange(LocalDate.of(2020, 1, 2), LocalDate.of(2021, 1, 2)));
    assertTrue(tooLong.getMessage().contains("spans 367 days, more than the 366"), tooLong.getMessage());
    InvalidValueException backwards = assertThrows(InvalidValueException.class,
        () -> Period.ofRange(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 2, 29)));
    assertTrue(backwards.getMessage().contains("ends before it starts"), backwards.getMessage());
    assertThrows(InvalidValueException.class, () -> Period.ofRange(LocalDate.of(1899, 12, 1), LocalDate.of(1900, 1, 1)));
    assertThrows(InvalidValueException.class, () -> Period.ofRange(LocalDate.of(2199, 12, 1), LocalDate.of(2200, 1, 1)));
  }

  @Test
  void parsesTimeRangesOfTwoPeriodsOrAPeriodAndADuration() {
    Period janToSep = Period.parse("2020-01/2020-09");
    assertEquals(LocalDate.of(2020, 1, 1), janToSep.start());
    assertEquals(LocalDate.of(2020, 9, 30), janToSep.end());
    assertEquals(janToSep, Period.parse("2020-01-01/P9M"));
    assertEquals(janToSep.hashCode(), Period.parse("2020-01-01/P9M").hashCode());
    assertEquals(janToSep, Period.parse(" 2020-01/2020-09 "));
    assertEquals(Period.ofYear(2020), Period.parse("2020-01-01/P1Y"));
    assertEquals(Period.ofYear(2020), Period.parse("2020-Q1/2020-Q4"));
    assertEquals(Period.ofRange(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 10)), Period.parse("2020-03-01/P10D"));
    assertEquals(janToSep, Period.parse(janToSep.toString()));
    assertNotEquals(janToSep, Period.parse("2020-01/2020-08"));
    assertTrue(Period.parse("2020-01/2020-09").compareTo(Period.parse("2020-01/2020-08")) < 0,
        "of two periods starting together the longer comes first");
  }

  @Test
  void rejectsMalformedTimeRangesSayingWhy() {
    TextParseException zero = assertThrows(TextParseException.class, () -> Period.parse("2020-01/P0M"));
    assertTrue(zero.getMessage().contains("duration must be positive"), zero.getMessage());
    TextParseException weeks = assertThrows(TextParseException.class, () -> Period.parse("2020-01/P9W"));
    assertTrue(weeks.getMessage().contains("the duration 'P9W' must be a whole number of years, months or days"),
        weeks.getMessage());
    assertEquals(8, weeks.errorIndex(), "the duration starts after '2020-01/'");
    TextParseException backwards = assertThrows(TextParseException.class, () -> Period.parse("2020-01/2019-12"));
    assertTrue(backwards.getMessage().contains("ends before it starts"), backwards.getMessage());
    TextParseException noStart = assertThrows(TextParseException.class, () -> Period.parse("/2020"));
    assertTrue(noStart.getMessage().startsWith("Cannot parse period '/2020'"), noStart.getMessage());
    TextParseException single = assertThrows(TextParseException.class, () -> Period.parse("2020-13"));
    assertTrue(single.getMessage().contains("'2020-13'"), single.getMessage());
  }
}
