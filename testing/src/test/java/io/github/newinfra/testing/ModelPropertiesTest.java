package io.github.newinfra.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Dimension;
import io.github.newinfra.model.DocumentId;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.InvalidValueException;
import io.github.newinfra.model.MeasureId;
import io.github.newinfra.model.NewInfraException;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.ReportedValue;
import io.github.newinfra.model.SectionId;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.TextParseException;
import io.github.newinfra.model.Unit;
import io.github.newinfra.model.UnitConversionException;
import io.github.newinfra.model.json.ModelJson;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelPropertiesTest {
  private static final ObjectMapper MAPPER = ModelJson.newMapper();

  private static <T> T roundTrip(T value, Class<T> type) {
    try {
      return MAPPER.readValue(MAPPER.writeValueAsString(value), type);
    } catch (Exception e) {
      throw new AssertionError("JSON round trip failed for " + value, e);
    }
  }

  private static Target anyTarget(java.util.random.RandomGenerator r) {
    Indicator indicator = ModelGenerators.indicator(r, ModelGenerators.dimension(r));
    return ModelGenerators.target(r, MeasureId.of("plan2030/3/1/" + (1 + r.nextInt(9))), indicator);
  }

  @Test
  void quantityTextRoundTripsExactly() {
    qt().forAll(Gens.of(ModelGenerators::quantity)).checkAssert(q -> assertEquals(q, Quantity.parse(q.toString())));
  }

  @Test
  void unitTextRoundTrips() {
    qt().forAll(Gens.of(ModelGenerators::unit)).checkAssert(u -> assertEquals(u, Unit.parse(u.toString())));
  }

  @Test
  void everyDocumentedUnitRoundTripsAndConvertsExactlyWithinItsFamily() {
    qt().forAll(Gens.of(r -> {
      List<String> family = ModelGenerators.oneOf(r, ModelGenerators.UNIT_FAMILIES);
      Unit from = Unit.parse(ModelGenerators.oneOf(r, family)).withUnitMult(r.nextInt(Unit.MAX_UNIT_MULT + 1));
      Unit to = Unit.parse(ModelGenerators.oneOf(r, family)).withUnitMult(r.nextInt(Unit.MAX_UNIT_MULT + 1));
      return new Object[] {Quantity.of(ModelGenerators.decimal(r, false), from), to};
    })).checkAssert(pair -> {
      Quantity q = (Quantity) pair[0];
      Unit to = (Unit) pair[1];
      assertEquals(q.unit(), Unit.parse(q.unit().toString()));
      assertEquals(q, Quantity.parse(q.toString()));
      Quantity converted = q.to(to);
      assertEquals(0, converted.toBaseValue().compareTo(q.toBaseValue()), q + " in " + to);
      assertEquals(q, converted.to(q.unit()));
    });
    for (String unit : ModelGenerators.DOCUMENTED_UNITS) {
      assertEquals(unit, Unit.parse(unit).toString());
    }
  }

  @Test
  void theDocumentedUnitsAreTheOnesTheFormatDocsList() throws java.io.IOException {
    String docs = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "catalog-format.md"));
    String table = docs.substring(docs.indexOf("Unit symbols by dimension"), docs.indexOf("A bare `M` is not a symbol"));
    for (String unit : ModelGenerators.DOCUMENTED_UNITS) {
      assertTrue(unit.isEmpty() ? table.contains("`\"\"`") : table.contains(unit), unit + " is not in the docs' table");
    }
  }

  @Test
  void periodTextRoundTrips() {
    qt().forAll(Gens.of(ModelGenerators::period)).checkAssert(p -> assertEquals(p, Period.parse(p.toString())));
  }

  @Test
  void conversionWithinADimensionRoundTripsExactly() {
    qt().forAll(Gens.of(r -> {
      Quantity q = ModelGenerators.quantity(r);
      return new Object[] {q, ModelGenerators.unitLike(r, q.unit())};
    })).checkAssert(pair -> {
      Quantity q = (Quantity) pair[0];
      Unit other = (Unit) pair[1];
      Quantity converted = q.to(other);
      assertEquals(other, converted.unit());
      assertTrue(converted.isEquivalentTo(q));
      assertEquals(q, converted.to(q.unit()));
    });
  }

  @Test
  void conversionAcrossDimensionsIsATypedError() {
    qt().forAll(Gens.of(r -> {
      Quantity q = ModelGenerators.quantity(r);
      Dimension other = Dimension.values()[(q.dimension().ordinal() + 1 + r.nextInt(Dimension.values().length - 1))
          % Dimension.values().length];
      return new Object[] {q, ModelGenerators.unit(r, other)};
    })).checkAssert(pair -> assertThrows(UnitConversionException.class, () -> ((Quantity) pair[0]).to((Unit) pair[1])));
  }

  @Test
  void comparisonAgreesWithBaseValues() {
    qt().forAll(Gens.of(r -> {
      Quantity q = ModelGenerators.quantity(r);
      return new Quantity[] {q, Quantity.of(ModelGenerators.decimal(r, false), ModelGenerators.unitLike(r, q.unit()))};
    })).checkAssert(p -> assertEquals(Integer.signum(p[0].toBaseValue().compareTo(p[1].toBaseValue())),
        Integer.signum(p[0].compareTo(p[1]))));
  }

  @Test
  void targetsRoundTripThroughJson() {
    qt().forAll(Gens.of(ModelPropertiesTest::anyTarget)).checkAssert(t -> assertEquals(t, roundTrip(t, Target.class)));
  }

  @Test
  void reportedValuesRoundTripThroughJson() {
    qt().forAll(Gens.of(r -> ModelGenerators.reportedValue(r, SectionId.of("plan2030/1/1/2"),
        ModelGenerators.indicator(r, ModelGenerators.dimension(r)))))
        .checkAssert(v -> assertEquals(v, roundTrip(v, ReportedValue.class)));
  }

  @Test
  void wholeCatalogsRoundTripThroughJson() {
    qt().withExamples(200).forAll(Gens.of(CatalogGenerators::catalog))
        .checkAssert(c -> assertEquals(c, roundTrip(c, CatalogData.class)));
  }

  @Test
  void malformedQuantitiesArePreciseTypedErrors() {
    for (String text : MalformedInputs.QUANTITIES) {
      TextParseException e = assertThrows(TextParseException.class, () -> Quantity.parse(text), text);
      assertTrue(e.getMessage().contains("'" + text + "'") || text.isBlank(), e.getMessage());
    }
  }

  @Test
  void malformedPeriodsArePreciseTypedErrors() {
    for (String text : MalformedInputs.PERIODS) {
      assertThrows(TextParseException.class, () -> Period.parse(text), text);
    }
  }

  @Test
  void malformedRegionCodesAreRejected() {
    for (String text : MalformedInputs.REGION_CODES) {
      assertThrows(InvalidValueException.class, () -> RegionCode.of(text), text);
    }
  }

  @Test
  void betweenTargetsRejectALowerBoundAboveTheUpper() {
    qt().forAll(Gens.of(r -> {
      Indicator indicator = ModelGenerators.indicator(r, ModelGenerators.dimension(r));
      return ModelGenerators.target(r, MeasureId.of("plan2030/3/1/1"), indicator, Comparator.BETWEEN);
    })).checkAssert(t -> {
      Quantity lower = t.value().orElseThrow();
      Quantity above = Quantity.of(lower.to(t.upperValue().orElseThrow().unit()).value().max(
          t.upperValue().get().value()).add(BigDecimal.ONE), t.upperValue().get().unit());
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> t.withValue(above));
      assertTrue(e.getMessage().contains(t.id().value()), e.getMessage());
    });
  }

  @Test
  void invariantsNameTheValueTheyReject() {
    qt().forAll(Gens.of(ModelPropertiesTest::anyTarget)).checkAssert(t -> {
      NewInfraException e = assertThrows(NewInfraException.class, () -> t.withDueYear(1800));
      assertTrue(e.getMessage().contains("1800"), e.getMessage());
      assertThrows(NewInfraException.class, () -> t.withMeasure(MeasureId.of("other2030/1/1")));
    });
  }

  @Test
  void generatorsAreReproducibleFromASeed() {
    assertEquals(CatalogGenerators.catalog(new java.util.SplittableRandom(42)),
        CatalogGenerators.catalog(new java.util.SplittableRandom(42)));
    assertEquals(DocumentId.of("plan2030"),
        CatalogGenerators.catalog(new java.util.SplittableRandom(7)).documents().get(0).id());
  }
}
