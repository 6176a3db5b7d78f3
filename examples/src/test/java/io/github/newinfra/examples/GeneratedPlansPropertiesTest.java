package io.github.newinfra.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.Evaluator;
import io.github.newinfra.core.ObservationSource;
import io.github.newinfra.core.RollUp;
import io.github.newinfra.core.RollUpDimension;
import io.github.newinfra.core.TargetResult;
import io.github.newinfra.core.report.ReportFormat;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Region;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.RegionLevel;
import io.github.newinfra.model.RegionRegistry;
import io.github.newinfra.model.json.ModelJson;
import io.github.newinfra.testing.CatalogGenerators;
import io.github.newinfra.testing.ObservationGenerators;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Generated plans — a COUNTRY → PROVINCE → CITY tree and a taxonomy of the plan's own — validate as a user's file
 * does, and evaluate: one result per target, roll-ups by the plan's own groups in its order and names, country sums
 * over the provinces the registry knows, and reports in both languages.
 */
class GeneratedPlansPropertiesTest {
  @Test
  void generatedPlansWithACountryProvinceCityTreeAndTheirOwnTaxonomyValidateAndEvaluate() {
    AtomicInteger countrySums = new AtomicInteger();
    // A fixed seed, so that the count of country sums below is the same on every run.
    qt().withFixedSeed(20211201L).withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      CatalogData generated = CatalogGenerators.catalog(r);
      Catalog catalog;
      try {
        catalog = Catalog.load(new ByteArrayInputStream(ModelJson.newMapper().writeValueAsBytes(generated)));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      CatalogData data = catalog.data();

      // the tree: every parent one level up, the country's children the registry's 31 provinces
      Map<RegionCode, Region> regions = data.regions().stream().collect(Collectors.toMap(Region::code, x -> x));
      for (Region region : data.regions()) {
        region.parent().ifPresent(p -> assertEquals(region.level().ordinal() - 1, regions.get(p).level().ordinal(),
            region + " under " + p));
      }
      assertEquals(RegionLevel.COUNTRY, regions.get(RegionCode.CHINA).level());
      assertEquals(31, RegionRegistry.gbt2260().children(RegionCode.CHINA).size());

      // No figures of the country's own: its targets are sums over its provinces (here Jiangsu's alone, a lower bound).
      String csv = ObservationGenerators.csv(ObservationGenerators.rows(r, data, 30).stream()
          .filter(row -> !row.region().equals(RegionCode.CHINA.value())).collect(Collectors.toList()));
      EvaluationReport report = Evaluator.of(data).asOf(LocalDate.of(2023 + r.nextInt(4), 1 + r.nextInt(12), 1))
          .evaluate(ObservationSource.csv(new StringReader(csv), "generated.csv"));
      assertEquals(data.targets().stream().map(t -> t.id().value()).collect(Collectors.toList()),
          report.results().stream().map(t -> t.target().value()).collect(Collectors.toList()));

      // roll-ups by the plan's own groups, in its order: pillars, then cross-cutting classes
      List<String> order = new ArrayList<>();
      Map<String, String> names = new java.util.HashMap<>();
      data.pillars().forEach(p -> {
        order.add(p.id().value());
        names.put(p.id().value(), p.nameZh());
      });
      data.crossCutting().forEach(c -> {
        order.add(c.id().value());
        names.put(c.id().value(), c.nameZh());
      });
      List<RollUp> pillars = report.rollUps().stream().filter(u -> u.dimension() == RollUpDimension.PILLAR)
          .collect(Collectors.toList());
      List<String> keys = pillars.stream().map(RollUp::key).collect(Collectors.toList());
      assertEquals(order.stream().filter(keys::contains).collect(Collectors.toList()), keys);
      pillars.forEach(u -> assertEquals(names.get(u.key()), u.labelZh()));

      // a sum at the country counts the provinces the registry knows
      for (TargetResult t : report.results()) {
        if (t.region().equals(RegionCode.CHINA) && t.decision().citiesTotal() > 0) {
          assertEquals(31, t.decision().citiesTotal(), t.target().value());
          countrySums.incrementAndGet();
        }
      }
      for (Function<Locale, String> render : List.<Function<Locale, String>>of(
          l -> Written.all(report, data, ReportFormat.TEXT, l), l -> Written.all(report, data, ReportFormat.HTML, l))) {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
          String out = render.apply(locale);
          pillars.forEach(u -> assertTrue(out.contains(locale == Locale.ENGLISH ? u.labelEn() : u.labelZh()),
              u.key()));
        }
      }
    });
    assertTrue(countrySums.get() > 0, "some generated targets of the country are sums over its provinces: "
        + countrySums.get());
  }
}
