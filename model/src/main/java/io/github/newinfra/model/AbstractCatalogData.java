package io.github.newinfra.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The content of a catalog as plain data: every document, section, measure, registry entry, fact and link,
 * and the documents' source texts. This is the shape of the catalog JSON format.
 *
 * <p>{@code CatalogData} checks only what each element checks on its own; references between elements
 * (a target's measure exists, a quote is in its document's text …) are the catalog validator's job. The
 * evaluation engine works on {@code CatalogData} so that it needs no catalog module. Lists keep the order
 * they were given in. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = CatalogData.class)
@JsonDeserialize(as = CatalogData.class)
abstract class AbstractCatalogData {
  /** The version of the catalog JSON format this library reads and writes. */
  public static final int FORMAT_VERSION = 1;

  /**
   * Returns the version of the catalog format.
   *
   * @return {@value #FORMAT_VERSION}
   */
  @Value.Default
  public int formatVersion() {
    return FORMAT_VERSION;
  }

  /**
   * Returns the documents.
   *
   * @return the documents
   */
  public abstract List<Document> documents();

  /**
   * Returns the sections of every document.
   *
   * @return the sections
   */
  public abstract List<Section> sections();

  /**
   * Returns the measures of every document.
   *
   * @return the measures
   */
  public abstract List<Measure> measures();

  /**
   * Returns the pillars of the plan's taxonomy, with their sub-areas, in the plan's order.
   *
   * @return the pillars; empty for a catalog that declares none (see {@code docs/catalog-format.md}, "taxonomy")
   */
  public abstract List<Pillar> pillars();

  /**
   * Returns the cross-cutting classes of the plan's taxonomy, in the plan's order.
   *
   * @return the classes; empty for a catalog that declares none
   */
  public abstract List<CrossCutting> crossCutting();

  /**
   * Returns the department registry.
   *
   * @return the departments
   */
  public abstract List<Department> departments();

  /**
   * Returns the region registry.
   *
   * @return the regions
   */
  public abstract List<Region> regions();

  /**
   * Returns the indicator registry.
   *
   * @return the indicators
   */
  public abstract List<Indicator> indicators();

  /**
   * Returns the targets.
   *
   * @return the targets
   */
  public abstract List<Target> targets();

  /**
   * Returns the reported values.
   *
   * @return the reported values
   */
  public abstract List<ReportedValue> reportedValues();

  /**
   * Returns the budgets, incentives and tax facts.
   *
   * @return the fiscal facts
   */
  public abstract List<FiscalFact> fiscalFacts();

  /**
   * Returns the named facilities.
   *
   * @return the facilities
   */
  public abstract List<Facility> facilities();

  /**
   * Returns the links between measures of different documents.
   *
   * @return the measure links
   */
  public abstract List<MeasureLink> measureLinks();

  /**
   * Returns the links between targets and reported values.
   *
   * @return the outcome links
   */
  public abstract List<OutcomeLink> outcomeLinks();

  /**
   * Returns source texts given inline, by document id.
   *
   * @return the texts, possibly empty
   */
  public abstract Map<String, String> texts();

  /**
   * Returns this content followed by {@code other}'s: every list concatenated in order, texts combined.
   *
   * @param other more content
   * @return the combined content
   * @throws InvalidValueException if both give a text for the same document
   */
  public CatalogData plus(CatalogData other) {
    for (String doc : other.texts().keySet()) {
      Checks.check(!texts().containsKey(doc), "Cannot combine catalog content: both give the text of '%s'", doc);
    }
    return CatalogData.builder().from(this)
        .addAllDocuments(other.documents()).addAllSections(other.sections()).addAllMeasures(other.measures())
        .addAllPillars(other.pillars()).addAllCrossCutting(other.crossCutting())
        .addAllDepartments(other.departments()).addAllRegions(other.regions()).addAllIndicators(other.indicators())
        .addAllTargets(other.targets()).addAllReportedValues(other.reportedValues())
        .addAllFiscalFacts(other.fiscalFacts()).addAllFacilities(other.facilities())
        .addAllMeasureLinks(other.measureLinks()).addAllOutcomeLinks(other.outcomeLinks())
        .putAllTexts(other.texts())
        .build();
  }

  @Value.Check
  void check() {
    Checks.check(formatVersion() == FORMAT_VERSION,
        "Unsupported catalog formatVersion %d: this library reads version %d", formatVersion(), FORMAT_VERSION);
  }
}
