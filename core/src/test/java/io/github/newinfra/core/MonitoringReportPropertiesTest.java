package io.github.newinfra.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.newinfra.core.report.Detail;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.Region;
import io.github.newinfra.testing.CatalogGenerators;
import io.github.newinfra.testing.ModelGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The monitoring report of random catalogs and observations keeps its promises whatever the data. */
class MonitoringReportPropertiesTest {
  private static EvaluationReport report(RandomGenerator r, CatalogData data) {
    List<Observation> observations = new ArrayList<>();
    int n = r.nextInt(40);
    for (int i = 0; i < n; i++) {
      Indicator ind = ModelGenerators.oneOf(r, data.indicators());
      Region region = ModelGenerators.oneOf(r, data.regions());
      int year = 2018 + r.nextInt(18);
      Period p = r.nextBoolean() ? Period.ofYear(year) : Period.ofQuarter(year, 1 + r.nextInt(4));
      double v = ind.unit().dimension() == io.github.newinfra.model.Dimension.RATIO ? r.nextDouble() * 100
          : Math.pow(10, r.nextInt(12)) * r.nextDouble();
      observations.add(Observation.builder().indicator(ind.id()).region(region.code()).period(p).value(v)
          .status(r.nextInt(4) == 0 ? ObsStatus.P : ObsStatus.A).build());
    }
    return Evaluator.of(data).asOf(LocalDate.of(2019 + r.nextInt(18), 1 + r.nextInt(12), 1))
        .method(r.nextBoolean() ? Method.LINEAR : Method.CAGR).evaluate(observations);
  }

  @Test
  void everyTargetOnceEveryTargetWithDataChartedAndEveryCoordinateFinite() {
    qt().withExamples(150).forAll(Gens.of(r -> {
      CatalogData data = CatalogGenerators.catalog(r);
      return new Object[] {data, report(r, data)};
    })).checkAssert(x -> {
      CatalogData data = (CatalogData) x[0];
      EvaluationReport report = (EvaluationReport) x[1];
      Document zh = Jsoup.parse(Rendered.html(report, data));
      Document en = Jsoup.parse(Rendered.html(report, data, Locale.ENGLISH, Detail.ALL));
      for (Document page : List.of(zh, en)) {
        assertEquals(report.results().size(), page.select(".entry").size());
        for (TargetResult t : report.results()) {
          assertEquals(1, page.select(".entry[data-target=" + t.target().value() + "]").size());
        }
        long charted = report.results().stream().filter(t -> t.status() != Status.NO_DATA
            && t.status() != Status.NOT_ASSESSED && t.assessment().isEmpty()).count();
        assertEquals(charted, page.select("svg.chart").size());
        for (Element e : page.select("svg.chart *")) {
          for (String a : List.of("x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "width", "height", "points")) {
            String v = e.attr(a);
            assertFalse(v.contains("NaN") || v.contains("Infinity"), a + "=" + v);
          }
        }
        assertEquals(Integer.toString(report.results().size()), page.getElementById("summary")
            .attr("data-targets"));
      }
      assertEquals(report.results().size(), en.select("#completion tbody tr[data-target]").size());
      String text = Rendered.text(report, data);
      assertTrue(text.startsWith("规划目标完成情况监测报告"));
    });
  }
}
