package io.github.newinfra.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.newinfra.core.internal.reading.Decoding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of the CSV observation readers, from the bytes up ({@code docs/fuzzing.md}). In a normal
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

  /** The byte reader (files, streams) holds to every rule, and gives exactly what reading the decoded text gives. */
  @FuzzTest(maxDuration = "5m")
  void csvBytesReadAsTheirText(byte[] input) {
    Supplier<EvaluationReport> bytes = () -> Evaluator.of(ReaderFuzzing.CATALOG).asOf(ReaderFuzzing.AS_OF)
        .evaluate(ObservationSource.csv(new ByteArrayInputStream(input), "fuzz.csv"));
    Supplier<EvaluationReport> text = () -> {
      Reader decoded;
      try {
        decoded = Decoding.reader(new ByteArrayInputStream(input), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Evaluator.of(ReaderFuzzing.CATALOG).asOf(ReaderFuzzing.AS_OF)
          .evaluate(ObservationSource.csv(decoded, "fuzz.csv"));
    };
    ReaderFuzzing.check("fuzz.csv", new String(input, StandardCharsets.UTF_8), bytes);
    assertEquals(outcome(text), outcome(bytes));
  }

  private static Object outcome(Supplier<EvaluationReport> read) {
    try {
      return read.get();
    } catch (ObservationFormatException e) {
      return "error: " + e.getMessage();
    }
  }
}
