package io.github.newinfra.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

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
}
