package io.github.newinfra.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.model.Measure;
import io.github.newinfra.model.MeasureId;
import io.github.newinfra.model.MeasureLink;
import io.github.newinfra.model.OutcomeLink;
import io.github.newinfra.model.OutcomeRelation;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.SectionId;
import io.github.newinfra.model.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The links between the two documents: which plan paragraphs carry each 2020 measure on, and which of the plan's
 * 2020 figures answer each 2020 target.
 */
class LinksTest {
  private static final Catalog CATALOG = BuiltInCatalogTest.CATALOG;

  @Test
  void every2020MeasureButTheInternetEconomyOneIsCarriedOnByThePlan() {
    // measures2020/3/20 (加快发展互联网经济: a cultivation system for internet leaders, unicorns and start-ups, one-off
    // awards for the internet top-100 list and the platform-economy programme) has no counterpart in the plan, which
    // speaks of internet companies only as partners to attract (七（四）), not as an industry to cultivate.
    List<MeasureId> unlinked = CATALOG.measures(BuiltInCatalogTest.MEASURES).stream()
        .map(Measure::id).filter(id -> CATALOG.measureLinks(id).isEmpty()).collect(Collectors.toList());
    assertEquals(List.of(MeasureId.of("measures2020/3/20")), unlinked);
  }

  @Test
  void measureLinksRunFromA2020MeasureToADistinctPlanParagraphOfChapters3To9WithANote() {
    List<MeasureLink> links = CATALOG.data().measureLinks();
    assertEquals(43, links.size());
    Set<List<MeasureId>> seen = new HashSet<>();
    for (MeasureLink l : links) {
      Measure from = CATALOG.measure(l.from()).orElseThrow();
      Measure to = CATALOG.measure(l.to()).orElseThrow();
      assertEquals(BuiltInCatalogTest.MEASURES, from.document(), l.toString());
      assertEquals(BuiltInCatalogTest.PLAN, to.document(), l.toString());
      assertFalse(to.section().isWithin(SectionId.of("plan2021/1")) || to.section().isWithin(SectionId.of("plan2021/2")),
          () -> "a 2020 measure is carried on by a paragraph of chapters 三–九, not by background or goals: " + l);
      assertTrue(l.note().filter(n -> !n.isBlank()).isPresent(), l::toString);
      assertTrue(seen.add(List.of(l.from(), l.to())), () -> "duplicate link " + l);
    }
  }

  @Test
  void every2020TargetWithA2020PlanFigureOnItsIndicatorIsLinkedDirectlyAndNothingElseIs() {
    Set<List<String>> expected = new HashSet<>();
    for (Target t : CATALOG.targets()) {
      if (!t.id().document().equals(BuiltInCatalogTest.MEASURES) || t.indicator().isEmpty()) {
        continue;
      }
      CATALOG.reportedValues().stream()
          .filter(v -> v.indicator().equals(t.indicator().get()) && v.period().equals(Period.ofYear(2020)))
          .forEach(v -> expected.add(List.of(t.id().value(), v.id().value())));
    }
    Set<List<String>> direct = CATALOG.data().outcomeLinks().stream()
        .filter(l -> l.relation() == OutcomeRelation.DIRECT)
        .map(l -> List.of(l.target().value(), l.reported().value())).collect(Collectors.toSet());
    assertEquals(Set.of(
        List.of("measures2020/target/5g-coverage-urban-key-towns", "plan2021/reported/coverage-5g-urban-key-towns"),
        List.of("measures2020/target/smart-campus-rate", "plan2021/reported/smart-campus-rate")), expected);
    assertEquals(expected, direct);
  }

  @Test
  void theStockOf5gStationsIsOnlyContextForTheTargetOfNewOnes() {
    List<OutcomeLink> context = CATALOG.data().outcomeLinks().stream()
        .filter(l -> l.relation() == OutcomeRelation.CONTEXT).collect(Collectors.toList());
    assertEquals(1, context.size());
    OutcomeLink l = context.get(0);
    Target target = CATALOG.target(l.target()).orElseThrow();
    assertEquals("base_stations_5g_new", target.indicator().orElseThrow().value());
    assertEquals("base_stations_5g", CATALOG.reportedValue(l.reported()).orElseThrow().indicator().value());
  }
}
