package io.github.newinfra.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.json.ModelJson;
import io.github.newinfra.testing.CatalogGenerators;
import io.github.newinfra.testing.MalformedInputs;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogPropertiesTest {
  private static final ObjectMapper MAPPER = ModelJson.newMapper();

  @Test
  void generatedCatalogsAreValid() {
    qt().forAll(Gens.of(CatalogGenerators::catalog))
        .checkAssert(c -> assertEquals(List.of(), CatalogValidator.validate(c)));
  }

  @Test
  void everySingleFieldCorruptionIsReportedAtItsPath() {
    qt().withExamples(500).forAll(Gens.of(r -> CatalogGenerators.corrupt(r, CatalogGenerators.catalog(r))))
        .checkAssert(c -> {
          List<Problem> problems = CatalogValidator.validate(c.data());
          List<String> paths = problems.stream().map(Problem::path).collect(Collectors.toList());
          assertTrue(paths.contains(c.path()), c + " not reported; got " + problems);
        });
  }

  @Test
  void aCatalogWrittenAsJsonLoadsBackEqual() {
    qt().withExamples(100).forAll(Gens.of(CatalogGenerators::catalog)).checkAssert(c -> {
      try {
        byte[] json = MAPPER.writeValueAsBytes(c);
        CatalogData loaded = Catalog.load(new ByteArrayInputStream(json)).data();
        // Loading brings the registry's regions the catalog needs (the rest of the country) along, and nothing else.
        CatalogData completed = io.github.newinfra.model.RegionRegistry.gbt2260().complete(c);
        assertEquals(completed, loaded);
        assertEquals(MAPPER.writeValueAsString(completed), MAPPER.writeValueAsString(loaded));
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void corruptedCatalogJsonEndsInATypedErrorThatSaysWhere() {
    qt().withExamples(1000).forAll(Gens.of(r -> {
      try {
        return MalformedInputs.mutate(r, MAPPER.writeValueAsString(CatalogGenerators.catalog(r)));
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    })).checkAssert(text -> {
      try {
        Catalog.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      } catch (CatalogFormatException e) {
        assertFalse(e.getMessage().isBlank());
      } catch (InvalidCatalogException e) {
        assertFalse(e.problems().isEmpty());
        for (Problem p : e.problems()) {
          assertTrue(p.path().startsWith("$"), p::toString);
          assertFalse(p.message().isBlank(), p::toString);
        }
      }
    });
  }
}
