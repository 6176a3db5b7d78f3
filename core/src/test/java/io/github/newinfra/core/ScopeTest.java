package io.github.newinfra.core;

import static io.github.newinfra.core.Fixture.STATIONS;
import static io.github.newinfra.core.Fixture.base;
import static io.github.newinfra.core.Fixture.en;
import static io.github.newinfra.core.Fixture.obs;
import static io.github.newinfra.core.Fixture.only;
import static io.github.newinfra.core.Fixture.target;
import static io.github.newinfra.core.Fixture.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.RegionCode;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Targets of the country, of provinces the catalog names only by code, and the names regions are read by. */
class ScopeTest {
  private static final RegionCode ZHEJIANG = RegionCode.of("330000");
  private static final LocalDate AS_OF = LocalDate.of(2024, 1, 1);

  private static Evaluator evaluator(RegionCode region) {
    CatalogData data = base().addIndicators(STATIONS).addTargets(target("stations", STATIONS, Comparator.AT_LEAST)
        .region(region).value(Quantity.parse("1000座")).build()).build();
    return Evaluator.of(data).asOf(AS_OF);
  }

  @Test
  void aNationalTargetIsTheSumOfTheProvincesTheRegistryKnowsAndSaysKOf31() {
    Evaluator china = evaluator(RegionCode.CHINA);
    TargetResult r = only(china, china.evaluate(List.of(obs(STATIONS, RegionCode.JIANGSU, "2023", 300),
        obs(STATIONS, ZHEJIANG, "2023", 200))));
    assertEquals(Status.INSUFFICIENT_DATA, r.status());
    assertEquals(31, r.decision().citiesTotal(), "Jiangsu, defined by the catalog without a parent, is one of 31");
    assertEquals(List.of(RegionCode.JIANGSU, ZHEJIANG), r.decision().citiesCovered());
    assertTrue(en(r).contains("2 of 31 provinces (Jiangsu, Zhejiang)"), en(r));
    assertTrue(zh(r).contains("31个省级行政区中2个有数据：江苏省、浙江省"), zh(r));
    String text = Rendered.text(evaluator(RegionCode.CHINA).evaluate(List.of(obs(STATIONS, ZHEJIANG, "2023", 2000))),
        base().build(), java.util.Locale.ENGLISH, io.github.newinfra.core.report.Detail.ALL);
    assertTrue(text.contains("Province figures") || text.contains("1 of 31 provinces"), text);
  }

  @Test
  void aProvinceTheCatalogNamesOnlyByCodeCountsTheCitiesTheRegistryKnows() {
    Evaluator zhejiang = evaluator(ZHEJIANG);
    TargetResult r = only(zhejiang, zhejiang.evaluate(List.of(obs(STATIONS, RegionCode.of("330100"), "2023", 600),
        obs(STATIONS, RegionCode.of("330200"), "2023", 500))));
    assertEquals(Status.ACHIEVED, r.status(), "a lower bound of 1100 proves at least 1000");
    assertEquals(11, r.decision().citiesTotal());
    assertTrue(zh(r).contains("11个设区市中2个有数据：杭州市、宁波市"), zh(r));
  }

  @Test
  void aNameTwoRegionsShareReadsAsNeitherAndTheChineseNamesStillWork() {
    String csv = "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE\n"
        + "stations,吉林,2023,10\n"           // 吉林省 and 吉林市 are both 吉林
        + "stations,宿州,2023,10\n"
        + "stations,Suzhou,2023,10\n"         // the registry writes 宿州 Suzhou (Anhui): Suzhou is Jiangsu's
        + "stations,Nanjing,2023,10\n";
    EvaluationReport r = evaluator(RegionCode.CHINA).evaluate(ObservationSource.csv(new StringReader(csv), "n.csv"));
    assertEquals(1, r.rejected().size(), r.rejected().toString());
    Rejection jilin = r.rejected().get(0);
    assertEquals(RejectionReason.UNKNOWN_REGION, jilin.reason());
    assertTrue(jilin.message().contains("220000") && jilin.message().contains("220200"), jilin.message());
    assertEquals(4, r.inputObservations());
  }
}
