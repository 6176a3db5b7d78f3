package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.NANJING;
import static io.github.newinfra.core.Fixture.NEW_FIRMS;
import static io.github.newinfra.core.Fixture.STATIONS;
import static io.github.newinfra.core.Fixture.WUXI;
import static io.github.newinfra.core.Fixture.baseline;
import static io.github.newinfra.core.Fixture.catalog;
import static io.github.newinfra.core.Fixture.obs;
import static io.github.newinfra.core.Fixture.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.Region;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.Target;
import io.github.newinfra.testing.CatalogGenerators;
import io.github.newinfra.testing.ModelGenerators;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Properties of the real-data rules (SPEC §5a): every row's fate, lower bounds, order independence. */
class RealDataPropertiesTest {
  private static final String[] STATUSES = {"A", "P", "E", ""};

  /** A generated catalog with CSV rows of its indicators, some of them revisions of others. */
  private static Object[] revisedCsv(RandomGenerator r) {
    CatalogData data = CatalogGenerators.catalog(r);
    StringBuilder csv = new StringBuilder("INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,PUBLISHED,SOURCE\n");
    int rows = 0;
    int n = r.nextInt(30);
    for (int i = 0; i < n; i++) {
      Indicator ind = ModelGenerators.oneOf(r, data.indicators());
      Region region = ModelGenerators.oneOf(r, data.regions());
      Period p = Period.ofYear(2018 + r.nextInt(10));
      int copies = 1 + r.nextInt(3);
      for (int c = 0; c < copies; c++) {
        double v = ind.unit().dimension() == io.github.newinfra.model.Dimension.RATIO ? r.nextInt(101)
            : r.nextInt(1000);
        String published = r.nextBoolean() ? "" : LocalDate.of(2020, 1, 1).plusDays(r.nextInt(5)).toString();
        csv.append(ind.id()).append(',').append(region.code()).append(',').append(p).append(',').append(v).append(',')
            .append(STATUSES[r.nextInt(STATUSES.length)]).append(',').append(published).append(",src").append(c)
            .append('\n');
        rows++;
      }
    }
    return new Object[] {data, csv.toString(), rows, LocalDate.of(2019 + r.nextInt(10), 6, 30)};
  }

  @Test
  void everyRowIsUsedNotUsedOrRejectedWithRevisionsInTheMix() {
    qt().withExamples(300).forAll(Gens.of(RealDataPropertiesTest::revisedCsv)).checkAssert(x -> {
      EvaluationReport report = Evaluator.of((CatalogData) x[0]).asOf((LocalDate) x[3])
          .evaluate(ObservationSource.csv(new StringReader((String) x[1]), "gen.csv"));
      assertEquals((long) (Integer) x[2], report.inputObservations());
      assertEquals(report.inputObservations(),
          report.usedObservations() + report.unusedObservations() + report.rejected().size());
      long superseded = report.unused().stream().filter(u -> u.reason() == NotUsedReason.SUPERSEDED).count();
      long usedRefs = report.results().stream().flatMap(t -> t.observations().stream()).count();
      // a superseded row is never one a result rests on
      assertEquals(0, report.results().stream().flatMap(t -> t.observations().stream())
          .filter(o -> report.unused().stream().anyMatch(u -> u.reason() == NotUsedReason.SUPERSEDED
              && u.ordinal() == o.ordinal())).count(), superseded + " superseded, " + usedRefs + " used");
    });
  }

  @Test
  void addingACitysDataNeverUndoesAnAchievedAtLeastCountTarget() {
    Target level = target("stations", STATIONS, Comparator.AT_LEAST).value(Quantity.parse("200座"))
        .baseline(baseline("100座", 2020)).build();
    Target flow = target("firms", NEW_FIRMS, Comparator.AT_LEAST).value(Quantity.parse("300家")).build();
    qt().withExamples(500).forAll(Gens.of(r -> r)).checkAssert(r -> {
      Target t = r.nextBoolean() ? level : flow;
      Indicator ind = t == level ? STATIONS : NEW_FIRMS;
      LocalDate asOf = LocalDate.of(2021 + r.nextInt(7), 1 + r.nextInt(12), 1);
      RegionCode first = r.nextBoolean() ? NANJING : WUXI;
      RegionCode second = first == NANJING ? WUXI : NANJING;
      List<Observation> observations = new ArrayList<>();
      for (int i = 1 + r.nextInt(3); i > 0; i--) {
        observations.add(obs(ind, first, Integer.toString(2021 + r.nextInt(6)), r.nextInt(400)));
      }
      Evaluator e = Evaluator.of(catalog(t)).asOf(asOf);
      List<Observation> before = dedup(observations);
      Status was = e.evaluate(before).results().get(0).status();
      List<Observation> after = new ArrayList<>(before);
      for (int i = 1 + r.nextInt(3); i > 0; i--) {
        after.add(obs(ind, second, Integer.toString(2021 + r.nextInt(6)), r.nextInt(400)));
      }
      Status is = e.evaluate(dedup(after)).results().get(0).status();
      // more data can only make an achievement earlier: ACHIEVED stays, ACHIEVED_LATE stays or becomes ACHIEVED
      if (was == Status.ACHIEVED) {
        assertEquals(Status.ACHIEVED, is, before + " then " + after);
      } else if (was == Status.ACHIEVED_LATE) {
        assertTrue(is == Status.ACHIEVED || is == Status.ACHIEVED_LATE, before + " then " + after + ": " + is);
      }
    });
  }

  /** Keeps the first observation per region and period, so no row is a conflicting duplicate. */
  private static List<Observation> dedup(List<Observation> in) {
    List<Observation> out = new ArrayList<>();
    for (Observation o : in) {
      if (out.stream().noneMatch(p -> p.region().equals(o.region()) && p.period().equals(o.period()))) {
        out.add(o);
      }
    }
    return out;
  }

  @Test
  void reportsAreEqualUnderPermutationOfTheInputRows() {
    qt().withExamples(200).forAll(Gens.of(r -> new Object[] {revisedCsv(r), r.nextLong()})).checkAssert(x -> {
      Object[] s = (Object[]) x[0];
      String csv = (String) s[1];
      List<String> lines = new ArrayList<>(List.of(csv.split("\n")));
      String header = lines.remove(0);
      Collections.shuffle(lines, new Random((Long) x[1]));
      String shuffled = header + "\n" + String.join("\n", lines) + (lines.isEmpty() ? "" : "\n");
      Evaluator e = Evaluator.of((CatalogData) s[0]).asOf((LocalDate) s[3]);
      EvaluationReport a = e.evaluate(ObservationSource.csv(new StringReader(csv), "a.csv"));
      EvaluationReport b = e.evaluate(ObservationSource.csv(new StringReader(shuffled), "b.csv"));
      assertEquals(normalised(a), normalised(b));
    });
  }

  /** The report without where rows were: results with located observations, rows' fates as sorted summaries. */
  private static List<Object> normalised(EvaluationReport r) {
    List<Object> out = new ArrayList<>();
    for (TargetResult t : r.results()) {
      out.add(t.withObservations(t.observations().stream().map(o -> o.withOrdinal(0).withLocation(""))
          .collect(Collectors.toList())));
    }
    out.add(r.rollUps());
    out.add(r.rejected().stream().map(x -> x.reason().name()).sorted().collect(Collectors.toList()));
    out.add(r.unused().stream().map(u -> u.reason() + " " + u.indicator() + " " + u.region() + " " + u.rows())
        .sorted().collect(Collectors.toList()));
    out.add(r.usedObservations());
    return out;
  }
}
