package io.github.newinfra.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of the mapping reader, from the bytes up ({@code docs/fuzzing.md}). In a normal build it
 * runs the seed corpus in {@code ObservationMappingFuzzTestInputs}; with {@code JAZZER_FUZZ=1} it fuzzes.
 *
 * <p>Whatever the bytes: reading ends in an {@link ObservationFormatException} that names the file and says what is
 * wrong in words (no Java name), or in a mapping whose every entry has a FROM and a TO and a place
 * {@code map.csv:N} on a line the input has; an evaluator takes the mapping or refuses it with that exception; and
 * observations read through it keep every row's fate, within the time bound.
 */
class ObservationMappingFuzzTest {
  private static final Pattern JAVA_NAME = Pattern.compile("\\b(java|javax|com\\.fasterxml)\\.[a-z]+\\.|Exception\\b");

  @BeforeAll
  static void warmUp() {
    ReaderFuzzing.warmUp();
  }

  @FuzzTest(maxDuration = "5m")
  void mappingFiles(byte[] input) {
    ObservationMapping mapping;
    try {
      mapping = ObservationMapping.read(new ByteArrayInputStream(input), "map.csv");
    } catch (ObservationFormatException e) {
      explained(e, input);
      return;
    }
    long lines = 1 + new String(input, java.nio.charset.StandardCharsets.ISO_8859_1).chars()
        .filter(c -> c == '\n' || c == '\r').count();
    StringBuilder csv = new StringBuilder("INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS\n");
    for (ObservationMapping.Kind kind : ObservationMapping.Kind.values()) {
      for (Map.Entry<String, String> e : mapping.entries(kind).entrySet()) {
        assertFalse(e.getKey().isBlank() || e.getValue().isBlank(), () -> kind + " entry without text: " + e);
        assertEquals(e.getKey(), e.getKey().strip());
        String place = mapping.place(kind, e.getKey()).orElseThrow();
        assertTrue(place.startsWith("map.csv:"), place);
        assertTrue(Long.parseLong(place.substring("map.csv:".length())) <= lines, () -> place + " of " + lines);
        if (!e.getKey().contains(",") && !e.getKey().contains("\"") && csv.length() < 4096) {
          String from = e.getKey();
          csv.append(kind == ObservationMapping.Kind.INDICATOR ? from : "stations").append(',')
              .append(kind == ObservationMapping.Kind.REGION ? from : "320000").append(",2023,1,")
              .append(kind == ObservationMapping.Kind.UNIT ? from : "").append(',').append(',')
              .append(kind == ObservationMapping.Kind.STATUS ? from : "").append('\n');
        }
      }
    }
    Evaluator evaluator;
    try {
      evaluator = Evaluator.of(ReaderFuzzing.CATALOG).asOf(ReaderFuzzing.AS_OF).mapping(mapping);
    } catch (ObservationFormatException e) {
      explained(e, input);
      return;
    }
    ReaderFuzzing.check("mapped.csv", csv.toString(),
        () -> evaluator.evaluate(ObservationSource.csv(new StringReader(csv.toString()), "mapped.csv")));
  }

  /** Located and in words; a Java name only where the message echoes the input's own text. */
  private static void explained(ObservationFormatException e, byte[] input) {
    String m = e.getMessage();
    assertTrue(m != null && m.contains("map.csv"), () -> "not located: " + m);
    if (!JAVA_NAME.matcher(new String(input, java.nio.charset.StandardCharsets.UTF_8)).find()
        && !JAVA_NAME.matcher(new String(input, java.nio.charset.StandardCharsets.UTF_16)).find()) {
      assertFalse(JAVA_NAME.matcher(m).find(), () -> "a Java name in a user message: " + m);
    }
  }
}
