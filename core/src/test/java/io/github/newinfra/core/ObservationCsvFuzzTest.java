package io.github.newinfra.core;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the CSV observation reader, from the bytes up ({@code docs/fuzzing.md}). In a normal
 * build it runs the seed corpus in {@code ObservationCsvFuzzTestInputs}; with {@code JAZZER_FUZZ=1} it fuzzes.
 */
class ObservationCsvFuzzTest {
  @BeforeAll
  static void warmUp() {
    ReaderFuzzing.warmUp();
  }

  @FuzzTest(maxDuration = "5m")
  void csvObservations(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    ReaderFuzzing.check("fuzz.csv", text, () -> Evaluator.of(ReaderFuzzing.CATALOG).asOf(ReaderFuzzing.AS_OF)
        .evaluate(ObservationSource.csv(new StringReader(text), "fuzz.csv")));
  }
}
