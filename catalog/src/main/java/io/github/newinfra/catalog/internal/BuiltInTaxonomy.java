package io.github.newinfra.catalog.internal;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.github.newinfra.catalog.CatalogException;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Measure;
import java.io.IOException;
import java.io.InputStream;

/**
 * The taxonomy of Jiangsu's plan — its three pillars with their sub-areas and its five cross-cutting classes, the
 * built-in catalog's {@code taxonomy.json} — and the rule that a catalog written before taxonomies were catalog data
 * reads as before: one that declares no pillars and no cross-cutting classes, yet classifies measures, has these.
 * Not part of the API.
 */
public final class BuiltInTaxonomy {
  private static final String RESOURCE = "/io/github/newinfra/catalog/taxonomy.json";
  private static final Supplier<CatalogData> TAXONOMY = Suppliers.memoize(BuiltInTaxonomy::load);

  private BuiltInTaxonomy() {}

  private static CatalogData load() {
    try (InputStream in = BuiltInTaxonomy.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("resource " + RESOURCE + " is missing");
      }
      CatalogReader.Result result = CatalogReader.read(in, "taxonomy.json");
      if (!result.problems().isEmpty()) {
        throw new CatalogException("The built-in taxonomy is invalid: " + result.problems());
      }
      return result.data();
    } catch (IOException e) {
      throw new CatalogException("Cannot read the built-in taxonomy: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the built-in taxonomy as catalog content: its pillars and cross-cutting classes, nothing else.
   *
   * @return the content
   */
  public static CatalogData content() {
    return TAXONOMY.get();
  }

  /**
   * Tells whether content declares no taxonomy of its own but classifies measures, so that it is read with the
   * built-in one.
   *
   * @param data the content
   * @return true for a catalog written for the format before taxonomies
   */
  public static boolean needed(CatalogData data) {
    return data.pillars().isEmpty() && data.crossCutting().isEmpty()
        && data.measures().stream().anyMatch(BuiltInTaxonomy::classified);
  }

  private static boolean classified(Measure m) {
    return m.pillar().isPresent() || m.crossCutting().isPresent();
  }

  /**
   * Returns content with the built-in taxonomy when it {@linkplain #needed needs} it, else the content itself.
   *
   * @param data the content
   * @return the content to validate and evaluate
   */
  public static CatalogData ifNoneDeclared(CatalogData data) {
    if (!needed(data)) {
      return data;
    }
    return CatalogData.builder().from(data).addAllPillars(content().pillars())
        .addAllCrossCutting(content().crossCutting()).build();
  }
}
