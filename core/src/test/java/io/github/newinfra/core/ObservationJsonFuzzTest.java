package io.github.newinfra.core;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the JSON observation reader, from the bytes up ({@code docs/fuzzing.md}). In a normal
 * build it runs the seed corpus in {@code ObservationJsonFuzzTestInputs}; with {@code JAZZER_FUZZ=1} it fuzzes.
 */
class ObservationJsonFuzzTest {
  @BeforeAll
  static void warmUp() {
    ReaderFuzzing.warmUp();
  }

  @FuzzTest(maxDuration = "5m")
  void jsonObservations(byte[] input) {
    ReaderFuzzing.check("fuzz.json", new String(input, StandardCharsets.UTF_8), () -> Evaluator
        .of(ReaderFuzzing.CATALOG).asOf(ReaderFuzzing.AS_OF)
        .evaluate(ObservationSource.json(new ByteArrayInputStream(input), "fuzz.json")));
  }
}
