package io.github.newinfra.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.newinfra.model.CatalogData;
import io.github.newinfra.testing.CatalogGenerators;
import io.github.newinfra.testing.MalformedInputs;
import io.github.newinfra.testing.ObservationGenerators;
import io.github.newinfra.testing.ObservationGenerators.Row;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The observation readers on generated input: valid rows are all used, and any corruption of a valid CSV or JSON
 * text ends either in a typed {@link ObservationFormatException} or in a report where every row read is accepted or
 * rejected with a located reason — never in another exception.
 */
class ObservationFuzzTest {
  private static final LocalDate AS_OF = LocalDate.of(2028, 1, 1);

  private static final class Input {
    final CatalogData data;
    final List<Row> rows;
    final String text;

    Input(CatalogData data, List<Row> rows, String text) {
      this.data = data;
      this.rows = rows;
      this.text = text;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  private static Input input(java.util.random.RandomGenerator r, boolean json, boolean mutate) {
    CatalogData data = CatalogGenerators.catalog(r);
    List<Row> rows = ObservationGenerators.rows(r, data, r.nextInt(25));
    String text = json ? ObservationGenerators.json(rows) : ObservationGenerators.csv(rows);
    return new Input(data, rows, mutate ? MalformedInputs.mutate(r, text) : text);
  }

  private static EvaluationReport csv(Input in) {
    return Evaluator.of(in.data).asOf(AS_OF).evaluate(ObservationSource.csv(new StringReader(in.text), "fuzz.csv"));
  }

  private static EvaluationReport json(Input in) {
    return Evaluator.of(in.data).asOf(AS_OF).evaluate(ObservationSource.json(
        new ByteArrayInputStream(in.text.getBytes(StandardCharsets.UTF_8)), "fuzz.json"));
  }

  private static List<String> statuses(EvaluationReport r) {
    return r.results().stream().map(t -> t.target() + "=" + t.status() + "@" + t.value()).collect(Collectors.toList());
  }

  private static void assertNothingLost(EvaluationReport report) {
    assertEquals(report.inputObservations(), report.acceptedObservations() + report.rejected().size());
    for (Rejection x : report.rejected()) {
      assertFalse(x.location().isBlank(), x::toString);
      assertFalse(x.message().isBlank(), x::toString);
    }
  }

  @Test
  void everyGeneratedRowIsAcceptedAndCsvAndJsonAgree() {
    qt().withExamples(300).forAll(Gens.of(r -> input(r, false, false))).checkAssert(in -> {
      EvaluationReport fromCsv = csv(in);
      assertEquals(List.of(), fromCsv.rejected(), in.text);
      assertEquals(in.rows.size(), fromCsv.inputObservations());
      assertEquals(in.rows.size(), fromCsv.acceptedObservations());
      EvaluationReport fromJson = json(new Input(in.data, in.rows, ObservationGenerators.json(in.rows)));
      assertEquals(List.of(), fromJson.rejected());
      assertEquals(statuses(fromCsv), statuses(fromJson));
    });
  }

  @Test
  void corruptedCsvEndsInATypedErrorOrLocatedRejections() {
    qt().withExamples(1000).forAll(Gens.of(r -> input(r, false, true))).checkAssert(in -> {
      try {
        assertNothingLost(csv(in));
      } catch (ObservationFormatException e) {
        assertTrue(e.getMessage().startsWith("fuzz.csv"), e.getMessage());
      }
    });
  }

  @Test
  void corruptedJsonEndsInATypedErrorOrLocatedRejections() {
    qt().withExamples(1000).forAll(Gens.of(r -> input(r, true, true))).checkAssert(in -> {
      try {
        assertNothingLost(json(in));
      } catch (ObservationFormatException e) {
        assertTrue(e.getMessage().startsWith("fuzz.json"), e.getMessage());
      }
    });
  }
}
