package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.JS;
import static io.github.newinfra.core.Fixture.base;
import static io.github.newinfra.core.Fixture.indicator;
import static io.github.newinfra.core.Fixture.only;
import static io.github.newinfra.core.Fixture.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.model.Accumulation;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Direction;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.Quantity;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Observation files in units per something (件/万人) and per mille, through every reader. */
class UnitsPerSomethingTest {
  private static final Indicator PATENTS = indicator("patents_per_10k", "件/万人", Accumulation.LEVEL,
      Direction.HIGHER_IS_BETTER);
  private static final Indicator BIRTHS = indicator("birth_rate", "‰", Accumulation.LEVEL, Direction.HIGHER_IS_BETTER);
  private static final Evaluator EVALUATOR = Evaluator.of(base().addIndicators(PATENTS, BIRTHS)
      .addTargets(target("patents", PATENTS, Comparator.AT_LEAST).region(JS).value(Quantity.parse("20件/万人"))
          .baseline(Fixture.baseline("10件/万人", 2020)).build())
      .addTargets(target("births", BIRTHS, Comparator.AT_LEAST).region(JS).value(Quantity.parse("9‰")).build())
      .build()).asOf(LocalDate.of(2024, 1, 1));
  private static final String HEADER = "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT\n";
  private static final String ROWS = String.join("\n",
      "patents_per_10k,320000,2021,12,件/万人,",        // as the indicator writes it
      "patents_per_10k,320000,2022,0.0015,个/人,",      // 15 per 10,000 people
      "patents_per_10k,320000,2023,0.17,,2",             // UNIT_MULT scales the numerator: 17
      "patents_per_10k,320000,2020-06,3,件/万户,",       // per household: another dimension
      "birth_rate,320000,2022,0.8,%,",                   // 8‰
      "birth_rate,320000,2023,1200,,",                   // above 1000‰ = 100%
      "");

  private static List<Function<String, ObservationSource>> readers() {
    return List.of(
        text -> ObservationSource.csv(new StringReader(text), "units.csv"),
        text -> ObservationSource.csv(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "units.csv"));
  }

  @Test
  void observationsInUnitsPerSomethingConvertExactlyAndOtherThingsPerThingsAreRefused() {
    for (Function<String, ObservationSource> reader : readers()) {
      EvaluationReport r = EVALUATOR.evaluate(reader.apply(HEADER + ROWS));
      TargetResult patents = r.results().stream().filter(t -> t.target().value().endsWith("patents")).findFirst()
          .orElseThrow();
      assertEquals(17, patents.value().getAsDouble(), 1e-9);
      assertEquals("件/万人", patents.unit());
      for (int year = 2021; year <= 2022; year++) {
        TargetResult earlier = EVALUATOR.asOf(LocalDate.of(year + 1, 6, 30)).evaluate(reader.apply(HEADER + ROWS))
            .results().get(0);
        assertEquals(year == 2021 ? 12 : 15, earlier.value().getAsDouble(), 1e-9);
      }
      Rejection perHousehold = r.rejected().stream().filter(x -> x.location().equals("line 5")).findFirst()
          .orElseThrow();
      assertEquals(RejectionReason.UNIT_OF_ANOTHER_DIMENSION, perHousehold.reason());
      assertTrue(perHousehold.message().contains("a count per 户") && perHousehold.message().contains("a count per 人"),
          perHousehold.message());
      Rejection tooMany = r.rejected().stream().filter(x -> x.location().equals("line 7")).findFirst().orElseThrow();
      assertEquals(RejectionReason.PERCENT_OUT_OF_RANGE, tooMany.reason());
      assertTrue(tooMany.message().contains("1000‰"), tooMany.message());
      TargetResult births = r.results().stream().filter(t -> t.target().value().endsWith("births")).findFirst()
          .orElseThrow();
      assertEquals(8, births.value().getAsDouble(), 1e-9);
      assertEquals(2, r.rejected().size(), r.rejected().toString());
    }
  }

  @Test
  void aTargetPerSomethingIsRatedOnItsOwnScale() {
    TargetResult r = only(Evaluator.of(base().addIndicators(PATENTS)
        .addTargets(target("patents", PATENTS, Comparator.AT_LEAST).region(JS).value(Quantity.parse("0.002件/人"))
            .baseline(Fixture.baseline("10件/万人", 2020)).build()).build()).asOf(LocalDate.of(2026, 1, 1))
        .evaluate(ObservationSource.of(List.of(Fixture.obs(PATENTS, JS, "2025", 21)))));
    assertEquals(Status.ACHIEVED, r.status());
    assertEquals("件/人", r.unit());
    assertEquals(0.0021, r.value().getAsDouble(), 1e-12);
    assertEquals(0.002, r.targetValue().getAsDouble(), 1e-12);
  }
}
