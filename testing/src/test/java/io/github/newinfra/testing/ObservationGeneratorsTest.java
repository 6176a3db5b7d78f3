package io.github.newinfra.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Dimension;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.IndicatorId;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.json.ModelJson;
import io.github.newinfra.testing.ObservationGenerators.Row;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ObservationGeneratorsTest {
  private static final ObjectMapper MAPPER = ModelJson.newMapper();

  private static List<Row> rows(java.util.random.RandomGenerator r, CatalogData data) {
    return ObservationGenerators.rows(r, data, r.nextInt(40));
  }

  @Test
  void rowsAreInRangeAndNoTwoOfASeriesOverlap() {
    qt().withExamples(300).forAll(Gens.of(r -> {
      CatalogData data = CatalogGenerators.catalog(r);
      return new Object[] {data, rows(r, data)};
    })).checkAssert(x -> {
      CatalogData data = (CatalogData) x[0];
      @SuppressWarnings("unchecked")
      List<Row> rows = (List<Row>) x[1];
      List<Row> seen = new ArrayList<>();
      for (Row row : rows) {
        Indicator ind = data.indicators().stream().filter(i -> i.id().equals(IndicatorId.of(row.indicator())))
            .findFirst().orElseThrow();
        BigDecimal v = row.scaledValue();
        assertTrue(v.signum() >= 0, row::toString);
        if (ind.unit().dimension() == Dimension.RATIO) {
          assertTrue(v.compareTo(BigDecimal.valueOf(100)) <= 0, row::toString);
        }
        assertTrue(data.regions().stream().anyMatch(g -> g.code().value().equals(row.region())), row::toString);
        Period p = Period.parse(row.period());
        for (Row other : seen) {
          if (other.indicator().equals(row.indicator()) && other.region().equals(row.region())) {
            assertTrue(!Period.parse(other.period()).overlaps(p), other + " overlaps " + row);
          }
        }
        seen.add(row);
      }
    });
  }

  @Test
  void csvAndJsonTextsCarryEveryField() {
    qt().withExamples(200).forAll(Gens.of(r -> rows(r, CatalogGenerators.catalog(r)))).checkAssert(rows -> {
      String[] lines = ObservationGenerators.csv(rows).split("\n", -1);
      assertEquals(String.join(",", ObservationGenerators.CSV_COLUMNS), lines[0]);
      assertEquals(rows.size() + 2, lines.length);
      try {
        JsonNode array = MAPPER.readTree(ObservationGenerators.json(rows));
        assertEquals(rows.size(), array.size());
        for (int i = 0; i < rows.size(); i++) {
          Row row = rows.get(i);
          String[] f = lines[i + 1].split(",", -1);
          assertEquals(List.of(row.indicator(), row.region(), row.period(), row.value(), row.unit(), row.unitMult(),
              row.status()), List.of(f));
          JsonNode o = array.get(i);
          assertEquals(row.indicator(), o.get("indicator").asText());
          assertEquals(row.period(), o.get("period").asText());
          assertEquals(0, new BigDecimal(row.value()).compareTo(o.get("value").decimalValue()));
          assertEquals(row.unit(), o.has("unit") ? o.get("unit").asText() : "");
          assertEquals(row.status(), o.has("status") ? o.get("status").asText() : "");
        }
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void fieldsThatNeedItAreQuotedAndEscaped() {
    Row row = Row.of("a,b", "320000", "2023", "1", "\"x\"", "", "line\nbreak");
    assertEquals("\"a,b\",320000,2023,1,\"\"\"x\"\"\",,\"line\nbreak\"", row.toCsvLine());
    assertEquals("{\"indicator\":\"a,b\",\"region\":\"320000\",\"period\":\"2023\",\"value\":1,\"unit\":\"\\\"x\\\"\","
        + "\"status\":\"line\\u000abreak\"}", row.toJson());
  }

  @Test
  void mutationsChangeTheText() {
    String text = ObservationGenerators.csv(ObservationGenerators.rows(new SplittableRandom(3),
        CatalogGenerators.catalog(new SplittableRandom(3)), 10));
    int changed = 0;
    for (int seed = 0; seed < 100; seed++) {
      if (!MalformedInputs.mutate(new SplittableRandom(seed), text).equals(text)) {
        changed++;
      }
    }
    assertTrue(changed >= 90, changed + " of 100 mutations changed the text");
    assertNotEquals(text, MalformedInputs.mutate(new SplittableRandom(0), text));
  }
}
