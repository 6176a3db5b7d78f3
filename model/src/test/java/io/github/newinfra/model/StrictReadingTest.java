package io.github.newinfra.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.newinfra.model.json.ModelJson;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The mapper coerces nothing and accepts no null; a quantity's text is bounded before it is read as a number. */
class StrictReadingTest {
  private final ObjectMapper mapper = ModelJson.newMapper();
  private static final String CITY = "\"nameZh\":\"南京市\",\"nameEn\":\"Nanjing\",\"level\":\"PREFECTURE_CITY\"";

  @Test
  void readsTheFormAsWritten() throws Exception {
    Region r = mapper.readValue("{\"code\":\"320100\"," + CITY + ",\"parent\":\"320000\"}", Region.class);
    assertEquals(RegionCode.of("320000"), r.parent().orElseThrow());
    assertEquals(new BigDecimal("0.1"), mapper.readValue("\"0.1\"", BigDecimal.class));
  }

  @Test
  void coercesNoScalarIntoAnotherType() {
    assertThrows(MismatchedInputException.class, () -> mapper.readValue("2020.5", int.class));
    assertThrows(MismatchedInputException.class, () -> mapper.readValue("\"2020\"", int.class));
    assertThrows(MismatchedInputException.class, () -> mapper.readValue("5", String.class));
    assertThrows(MismatchedInputException.class, () -> mapper.readValue("\"true\"", boolean.class));
    assertThrows(MismatchedInputException.class,
        () -> mapper.readValue("{\"code\":320100," + CITY + ",\"parent\":\"320000\"}", Region.class));
  }

  @Test
  void acceptsNoNullEvenForAnOptionalField() {
    assertThrows(MismatchedInputException.class,
        () -> mapper.readValue("{\"code\":\"320100\"," + CITY + ",\"parent\":null}", Region.class));
  }

  @Test
  void rejectsAQuantityTextLongerThanTheBoundWithoutReadingIt() {
    assertEquals(Quantity.parse("1234567.89万亿元"), Quantity.parse(" 1234567.89 万亿元 "));
    TextParseException e = assertThrows(TextParseException.class,
        () -> Quantity.parse("1" + "0".repeat(400_000) + "座"));
    assertTrue(e.getMessage().contains("at most " + Quantity.MAX_TEXT_LENGTH + " characters"), e.getMessage());
    assertTrue(e.getMessage().contains("(400002 characters)"), e.getMessage());
    assertThrows(InvalidValueException.class, () -> Quantity.of("7".repeat(1_000_000), Unit.parse("座")));
  }
}
