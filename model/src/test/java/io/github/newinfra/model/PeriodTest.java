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
}
