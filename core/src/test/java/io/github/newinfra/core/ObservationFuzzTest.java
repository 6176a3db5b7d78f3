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

  private static final String[] PIECES = {"\"", "\"\"", ",", "\n", "\r\n", "\r", " ", "x", "320000", "2023", "1",
      "\u001B", "\ud800", "座"};

  @Test
  void hostileCsvKeepsAccountingExactAndRejectionsSmallUnderAnyRecordLimit() {
    qt().withExamples(500).forAll(Gens.of(r -> {
      CatalogData data = CatalogGenerators.catalog(r);
      List<Row> rows = ObservationGenerators.rows(r, data, r.nextInt(10));
      StringBuilder text = new StringBuilder(ObservationGenerators.csv(rows));
      int pieces = r.nextInt(200);
      for (int k = 0; k < pieces; k++) {
        text.insert(r.nextInt(text.length() - text.indexOf("\n")) + text.indexOf("\n") + 1,
            PIECES[r.nextInt(PIECES.length)]);
      }
      return new Object[] {new Input(data, rows, text.toString()), 1 + r.nextInt(120)};
    })).checkAssert(args -> {
      Input in = (Input) args[0];
      int limit = (Integer) args[1];
      EvaluationReport report = Evaluator.of(in.data).asOf(AS_OF).evaluate(ObservationSource.csv(
          new StringReader(in.text), "fuzz.csv", ReadOptions.defaults().withMaxRecordLength(limit)));
      assertNothingLost(report);
      for (Rejection x : report.rejected()) {
        assertTrue(x.input().length() <= 240, x::toString);
        assertTrue(x.input().chars().noneMatch(c -> c < 0x20 || Character.isSurrogate((char) c)), x::toString);
        assertTrue(x.message().chars().noneMatch(c -> c < 0x20 || Character.isSurrogate((char) c)), x::toString);
      }
    });
  }

  @Test
  void aRepeatedKeyInOneJsonElementRejectsThatElementOnly() {
    qt().withExamples(200).forAll(Gens.of(r -> {
      Input valid = input(r, true, false);
      return new Object[] {valid, valid.rows.isEmpty() ? -1 : r.nextInt(valid.rows.size())};
    })).checkAssert(args -> {
      Input in = (Input) args[0];
      int broken = (Integer) args[1];
      String[] lines = in.text.split("\n", -1);
      if (broken >= 0) {
        // Element i is on line i + 1: repeat its first field.
        String element = lines[broken + 1];
        int open = element.indexOf('{');
        int comma = element.indexOf(",\"", open);
        lines[broken + 1] = element.substring(0, open + 1) + element.substring(open + 1, comma) + ","
            + element.substring(open + 1);
      }
      EvaluationReport report = json(new Input(in.data, in.rows, String.join("\n", lines)));
      assertNothingLost(report);
      assertEquals(in.rows.size(), report.inputObservations());
      assertEquals(broken < 0 ? List.of() : List.of("$[" + broken + "]"),
          report.rejected().stream().map(Rejection::location).collect(Collectors.toList()));
    });
  }
}
