package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.JS;
import static io.github.newinfra.core.Fixture.STATIONS;
import static io.github.newinfra.core.Fixture.baseline;
import static io.github.newinfra.core.Fixture.catalog;
import static io.github.newinfra.core.Fixture.obs;
import static io.github.newinfra.core.Fixture.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.Measure;
import io.github.newinfra.model.MeasureId;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.Region;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.Unit;
import io.github.newinfra.model.json.ModelJson;
import io.github.newinfra.testing.CatalogGenerators;
import io.github.newinfra.testing.MalformedInputs;
import io.github.newinfra.testing.ModelGenerators;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EvaluatorPropertiesTest {
  private static final ObjectMapper MAPPER = ModelJson.newMapper();
  /** Statuses of a rated, not missed target, from worst to best. */
  private static final List<Status> PROGRESS = List.of(Status.DETERIORATION, Status.LIMITED_PROGRESS,
      Status.NEEDS_ACCELERATION, Status.ON_TRACK, Status.ACHIEVED);

  /** A scenario: a generated catalog, an evaluation date and observations of its indicators and regions. */
  private static final class Scenario {
    final CatalogData data;
    final LocalDate asOf;
    final List<Observation> observations;

    Scenario(CatalogData data, LocalDate asOf, List<Observation> observations) {
      this.data = data;
      this.asOf = asOf;
      this.observations = observations;
    }

    @Override
    public String toString() {
      return "asOf " + asOf + ", " + observations.size() + " observations, " + data.targets().size() + " targets";
    }
  }

  private static Scenario scenario(RandomGenerator r) {
    CatalogData data = CatalogGenerators.catalog(r);
    List<Observation> observations = new ArrayList<>();
    int n = r.nextInt(30);
    for (int i = 0; i < n; i++) {
      Indicator ind = ModelGenerators.oneOf(r, data.indicators());
      Region region = ModelGenerators.oneOf(r, data.regions());
      int year = 2018 + r.nextInt(18);
      Period p = r.nextBoolean() ? Period.ofYear(year) : Period.ofQuarter(year, 1 + r.nextInt(4));
      double v = ind.unit().dimension() == io.github.newinfra.model.Dimension.RATIO ? r.nextDouble() * 100
          : r.nextDouble() * 1000;
      observations.add(Observation.of(ind.id(), region.code(), p, v));
    }
    return new Scenario(data, LocalDate.of(2019 + r.nextInt(18), 1 + r.nextInt(12), 1), observations);
  }

  private static List<String> statuses(EvaluationReport r) {
    return r.results().stream().map(t -> t.target() + "=" + t.status() + "@" + t.value()).collect(Collectors.toList());
  }

  @Test
  void permutingTheInputChangesNoResult() {
    qt().withExamples(300).forAll(Gens.of(r -> new Object[] {scenario(r), r.nextLong()})).checkAssert(x -> {
      Scenario s = (Scenario) x[0];
      List<Observation> shuffled = new ArrayList<>(s.observations);
      Collections.shuffle(shuffled, new java.util.Random((Long) x[1]));
      Evaluator e = Evaluator.of(s.data).asOf(s.asOf);
      EvaluationReport a = e.evaluate(s.observations);
      EvaluationReport b = e.evaluate(shuffled);
      assertEquals(statuses(a), statuses(b), s.toString());
      assertEquals(a.rollUps().stream().map(u -> u.key() + u.statusCounts()).collect(Collectors.toList()),
          b.rollUps().stream().map(u -> u.key() + u.statusCounts()).collect(Collectors.toList()));
      assertEquals(a.rejected().size(), b.rejected().size());
    });
  }

  @Test
  void scalingByUnitMultChangesNothing() {
    qt().withExamples(300).forAll(Gens.of(r -> new Object[] {scenario(r), 1 + r.nextInt(8)})).checkAssert(x -> {
      Scenario s = (Scenario) x[0];
      int k = (Integer) x[1];
      List<Observation> scaled = new ArrayList<>();
      for (Observation o : s.observations) {
        Unit u = s.data.indicators().stream().filter(i -> i.id().equals(o.indicator())).findFirst().orElseThrow().unit();
        scaled.add(Observation.builder().from(o).value(o.value() / Math.pow(10, k)).unit(u.withUnitMult(k))
            .unitMult(k).build());
      }
      Evaluator e = Evaluator.of(s.data).asOf(s.asOf);
      List<TargetResult> a = e.evaluate(s.observations).results();
      List<TargetResult> b = e.evaluate(scaled).results();
      for (int i = 0; i < a.size(); i++) {
        assertEquals(a.get(i).status(), b.get(i).status(), a.get(i).target().toString());
        if (a.get(i).value().isPresent()) {
          double va = a.get(i).value().getAsDouble();
          assertEquals(va, b.get(i).value().getAsDouble(), 1e-9 * Math.max(1, Math.abs(va)));
        }
      }
    });
  }

  @Test
  void moreProgressNeverLowersTheStatus() {
    Target t = target("stations", STATIONS, Comparator.AT_LEAST).value(Quantity.parse("200座"))
        .baseline(baseline("100座", 2020)).build();
    Evaluator e = Evaluator.of(catalog(t)).asOf(LocalDate.of(2024, 1, 1));
    qt().forAll(Gens.of(r -> new double[] {r.nextDouble() * 300, r.nextDouble() * 100})).checkAssert(v -> {
      Status lower = e.evaluate(List.of(obs(STATIONS, JS, "2023", v[0]))).results().get(0).status();
      Status higher = e.evaluate(List.of(obs(STATIONS, JS, "2023", v[0] + v[1]))).results().get(0).status();
      assertTrue(PROGRESS.indexOf(higher) >= PROGRESS.indexOf(lower), v[0] + " -> " + lower + ", +" + v[1] + " -> " + higher);
    });
  }

  @Test
  void everyInputRowIsAcceptedOrRejected() {
    qt().withExamples(300).forAll(Gens.of(r -> {
      Scenario s = scenario(r);
      StringBuilder csv = new StringBuilder("INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE\n");
      int rows = 0;
      for (Observation o : s.observations) {
        csv.append(o.indicator()).append(',').append(o.region()).append(',').append(o.period()).append(',')
            .append(o.value()).append('\n');
        rows++;
        if (r.nextInt(3) == 0) {
          csv.append(o.indicator()).append(',').append(o.region()).append(',').append(MalformedInputs.period(r))
              .append(',').append(MalformedInputs.number(r)).append('\n');
          rows++;
        }
      }
      return new Object[] {s, csv.toString(), rows};
    })).checkAssert(x -> {
      Scenario s = (Scenario) x[0];
      EvaluationReport report = Evaluator.of(s.data).asOf(s.asOf)
          .evaluate(ObservationSource.csv(new StringReader((String) x[1]), "gen.csv"));
      assertEquals((long) (Integer) x[2], report.inputObservations());
      assertEquals(report.inputObservations(), report.acceptedObservations() + report.rejected().size());
    });
  }

  @Test
  void reportsRoundTripThroughJson() {
    qt().withExamples(100).forAll(Gens.of(EvaluatorPropertiesTest::scenario)).checkAssert(s -> {
      EvaluationReport report = Evaluator.of(s.data).asOf(s.asOf).evaluate(s.observations);
      try {
        assertEquals(report, MAPPER.readValue(MAPPER.writeValueAsString(report), EvaluationReport.class));
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void concurrentEvaluationsGiveEqualReports() throws Exception {
    Scenario s = scenario(new SplittableRandom(11));
    Evaluator e = Evaluator.of(s.data).asOf(s.asOf);
    EvaluationReport expected = e.evaluate(s.observations);
    List<java.util.concurrent.Future<EvaluationReport>> futures = new ArrayList<>();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      for (int i = 0; i < 32; i++) {
        futures.add(pool.submit(() -> e.evaluate(s.observations)));
      }
      for (java.util.concurrent.Future<EvaluationReport> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void eachRollUpCountsExactlyTheStatusesOfItsTargetsInEveryDimension() {
    qt().withExamples(150).forAll(Gens.of(EvaluatorPropertiesTest::scenario)).checkAssert(s -> {
      EvaluationReport report = Evaluator.of(s.data).asOf(s.asOf).evaluate(s.observations);
      // The groups worked out from the catalog: each target under its document, measure and region, and under
      // each pillar or cross-cutting group, sub-area and department of its measure.
      Map<MeasureId, Measure> measures = new HashMap<>();
      s.data.measures().forEach(m -> measures.putIfAbsent(m.id(), m));
      Map<RollUpDimension, Map<String, List<TargetResult>>> groups = new EnumMap<>(RollUpDimension.class);
      for (RollUpDimension d : RollUpDimension.values()) {
        groups.put(d, new LinkedHashMap<>());
      }
      for (TargetResult t : report.results()) {
        Measure m = measures.get(t.measure());
        member(groups, RollUpDimension.DOCUMENT, t.target().document().value(), t);
        member(groups, RollUpDimension.MEASURE, t.measure().value(), t);
        member(groups, RollUpDimension.REGION, t.region().value(), t);
        m.pillar().ifPresent(p -> member(groups, RollUpDimension.PILLAR, p.value(), t));
        m.crossCutting().ifPresent(c -> member(groups, RollUpDimension.PILLAR, c.value(), t));
        m.subAreas().forEach(a -> member(groups, RollUpDimension.SUB_AREA, a.value(), t));
        m.departments().forEach(d -> member(groups, RollUpDimension.DEPARTMENT, d.value(), t));
      }
      for (RollUpDimension d : RollUpDimension.values()) {
        List<RollUp> ups = report.rollUps().stream().filter(u -> u.dimension() == d).collect(Collectors.toList());
        assertEquals(groups.get(d).keySet(), ups.stream().map(RollUp::key).collect(Collectors.toSet()), d + " " + s);
        assertEquals(groups.get(d).size(), ups.size(), d + " " + s);
        for (RollUp u : ups) {
          List<TargetResult> members = groups.get(d).get(u.key());
          Map<Status, Integer> counts = new EnumMap<>(Status.class);
          for (Status status : Status.values()) {
            counts.put(status, (int) members.stream().filter(t -> t.status() == status).count());
          }
          String what = d + " " + u.key() + " " + s;
          assertEquals(counts, u.statusCounts(), what);
          assertEquals(members.size(), u.targets(), what);
          assertEquals(members.stream().filter(t -> t.cappedAttainment().isPresent()).count(), u.rated(), what);
          assertEquals(members.stream().filter(t -> t.status() != Status.NO_DATA && t.status() != Status.NOT_ASSESSED)
              .count(), u.withData(), what);
          assertEquals(members.stream().allMatch(t -> t.status() == Status.ACHIEVED), u.achieved(), what);
          assertEquals(u.rated() > 0, u.meanAttainment().isPresent(), what);
        }
      }
    });
  }

  private static void member(Map<RollUpDimension, Map<String, List<TargetResult>>> groups, RollUpDimension d,
      String key, TargetResult t) {
    groups.get(d).computeIfAbsent(key, k -> new ArrayList<>()).add(t);
  }
}
