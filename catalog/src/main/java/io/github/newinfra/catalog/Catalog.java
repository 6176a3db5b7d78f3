package io.github.newinfra.catalog;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.Multimaps;
import io.github.newinfra.catalog.internal.BuiltInTaxonomy;
import io.github.newinfra.catalog.internal.CatalogReader;
import io.github.newinfra.catalog.internal.TextResources;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.CrossCutting;
import io.github.newinfra.model.CrossCuttingId;
import io.github.newinfra.model.Department;
import io.github.newinfra.model.DepartmentId;
import io.github.newinfra.model.Document;
import io.github.newinfra.model.DocumentId;
import io.github.newinfra.model.Facility;
import io.github.newinfra.model.FactId;
import io.github.newinfra.model.FiscalFact;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.IndicatorId;
import io.github.newinfra.model.Measure;
import io.github.newinfra.model.MeasureId;
import io.github.newinfra.model.MeasureLink;
import io.github.newinfra.model.OutcomeLink;
import io.github.newinfra.model.Pillar;
import io.github.newinfra.model.PillarId;
import io.github.newinfra.model.Region;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.RegionRegistry;
import io.github.newinfra.model.ReportedValue;
import io.github.newinfra.model.Section;
import io.github.newinfra.model.SectionId;
import io.github.newinfra.model.SubArea;
import io.github.newinfra.model.SubAreaId;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.json.ModelJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A validated catalog of plan documents, with queries over it.
 *
 * <p>{@link #builtIn()} gives the catalog of Jiangsu's 14th Five-Year New Infrastructure Plan (苏政办发〔2021〕45号)
 * and the 2020 policy measures it grew from (苏政办发〔2020〕31号), loaded from the JSON resources of this module
 * on first use, once, and validated. {@link #load(Path)} and {@link #load(InputStream)} read a catalog of your
 * own in the same format ({@code docs/catalog-format.md}) through the same validator; {@link #of(CatalogData)}
 * validates content built in code. A catalog that fails validation is never returned: an
 * {@link InvalidCatalogException} lists every problem with its JSON path.
 *
 * <p>Queries never return {@code null}: lookups return {@link Optional}, lists are immutable and keep the
 * catalog's order (documents, then document order within each). This class is immutable and thread-safe.
 */
public final class Catalog {
  private static final String BUILT_IN_FOLDER = "/io/github/newinfra/catalog/";
  /** The built-in catalog's parts, merged in this order. */
  static final List<String> BUILT_IN_PARTS = ImmutableList.of(
      "taxonomy.json", "regions.json", "indicators.json", "measures2020.json", "plan2021-outline.json",
      "plan2021-facts.json", "links.json");

  /** Loads once, on first use, safely from any thread; a failure is not cached, so each call reports it. */
  private static final Supplier<Catalog> BUILT_IN = Suppliers.memoize(Catalog::loadBuiltIn);

  private final CatalogData data;
  private final Map<DocumentId, Document> documents;
  private final Map<SectionId, Section> sections;
  private final ImmutableListMultimap<SectionId, Section> children;
  private final Map<MeasureId, Measure> measures;
  private final Map<DepartmentId, Department> departments;
  private final Map<RegionCode, Region> regions;
  private final Map<IndicatorId, Indicator> indicators;
  private final Map<FactId, Target> targets;
  private final Map<FactId, ReportedValue> reportedValues;
  private final Map<FactId, FiscalFact> fiscalFacts;
  private final Map<FactId, Facility> facilities;
  private final ImmutableListMultimap<MeasureId, Target> targetsByMeasure;

  private Catalog(CatalogData validated) {
    // A catalog that declares no taxonomy reads with the built-in one; the regions it names by code without defining
    // them come from the region registry.
    CatalogData data = RegionRegistry.gbt2260().complete(BuiltInTaxonomy.ifNoneDeclared(validated));
    this.data = data;
    documents = byId(data.documents(), Document::id);
    sections = byId(data.sections(), Section::id);
    children = data.sections().stream().filter(s -> s.parent().isPresent())
        .collect(ImmutableListMultimap.toImmutableListMultimap(s -> s.parent().get(), s -> s));
    measures = byId(data.measures(), Measure::id);
    departments = byId(data.departments(), Department::id);
    regions = byId(data.regions(), Region::code);
    indicators = byId(data.indicators(), Indicator::id);
    targets = byId(data.targets(), Target::id);
    reportedValues = byId(data.reportedValues(), ReportedValue::id);
    fiscalFacts = byId(data.fiscalFacts(), FiscalFact::id);
    facilities = byId(data.facilities(), Facility::id);
    targetsByMeasure = Multimaps.index(data.targets(), Target::measure);
  }

  private static <K, V> Map<K, V> byId(List<V> values, Function<V, K> id) {
    return values.stream().collect(ImmutableMap.toImmutableMap(id, v -> v));
  }

  /**
   * Returns the built-in catalog of both documents. Loaded and validated on first call, once, safely from any
   * number of threads.
   *
   * @return the built-in catalog
   * @throws InvalidCatalogException if the shipped data is broken (a packaging error; the build tests it)
   */
  public static Catalog builtIn() {
    return BUILT_IN.get();
  }

  /**
   * Reads the content of the built-in catalog without validating it, e.g. to inspect or extend it before
   * {@link #of(CatalogData)}.
   *
   * @return the merged content of the built-in resources, with the documents' texts
   * @throws CatalogException if a resource is missing or unreadable
   */
  public static CatalogData builtInData() {
    CatalogData merged = CatalogData.builder().build();
    List<Problem> problems = new ArrayList<>();
    for (String part : BUILT_IN_PARTS) {
      try (InputStream in = resource(part)) {
        CatalogReader.Result result = CatalogReader.read(in, part);
        problems.addAll(result.problems());
        merged = merged.plus(result.data());
      } catch (IOException e) {
        throw new CatalogException("Cannot read built-in catalog resource " + part + ": " + e.getMessage(), e);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidCatalogException("(built-in)", problems);
    }
    return withTexts(merged, name -> {
      try (InputStream in = resource(name)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    });
  }

  private static Catalog loadBuiltIn() {
    return validated(builtInData(), "(built-in)");
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = Catalog.class.getResourceAsStream(BUILT_IN_FOLDER + name);
    if (in == null) {
      throw new NoSuchFileException(BUILT_IN_FOLDER + name);
    }
    return in;
  }

  private interface TextSource {
    String read(String name) throws IOException;
  }

  private static CatalogData withTexts(CatalogData data, TextSource source) {
    CatalogData.Builder texts = CatalogData.builder();
    for (Document d : data.documents()) {
      if (d.textResource().isPresent() && !data.texts().containsKey(d.id().value())) {
        try {
          texts.putText(d.id().value(), source.read(d.textResource().get()));
        } catch (NoSuchFileException e) {
          // Reported by the validator as a missing text, with the document's path.
        } catch (IOException e) {
          throw new CatalogException("Cannot read the text '" + d.textResource().get() + "' of document '"
              + d.id() + "': " + e.getMessage(), e);
        }
      }
    }
    return data.plus(texts.build());
  }

  /**
   * Validates content built in code.
   *
   * @param data the content, with every document's text in {@link CatalogData#texts()}
   * @return the catalog
   * @throws InvalidCatalogException with every problem, if the content is invalid
   */
  public static Catalog of(CatalogData data) {
    return validated(Objects.requireNonNull(data, "data"), "(in memory)");
  }

  private static Catalog validated(CatalogData data, String source) {
    List<Problem> problems = CatalogValidator.validate(data);
    if (!problems.isEmpty()) {
      throw new InvalidCatalogException(source, problems);
    }
    return new Catalog(data);
  }

  /**
   * Reads and validates a catalog from a stream. The documents' texts must be given inline ({@code texts}).
   *
   * @param in the catalog JSON, UTF-8; not closed
   * @return the catalog
   * @throws CatalogFormatException if the input is not well-formed JSON, with line and column
   * @throws InvalidCatalogException with every problem, if the content is invalid
   * @throws UncheckedIOException if reading fails
   */
  public static Catalog load(InputStream in) {
    Objects.requireNonNull(in, "in");
    try {
      CatalogReader.Result result = CatalogReader.read(in, "(stream)");
      return validated(result, "(stream)");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read catalog stream: " + e.getMessage(), e);
    }
  }

  /**
   * Reads and validates a catalog file. A document's {@code textResource} names a file relative to the
   * catalog file's folder, unless the text is given inline.
   *
   * <p>The catalog may come from anyone: a text resource is read only if it resolves, after following every
   * link, to a regular file inside the catalog file's folder of at most 16 MiB of UTF-8. An absolute path, a
   * path or link leading out of the folder, a folder, a device, a pipe or a larger file is not read but reported
   * as a {@link ProblemType#REFUSED_TEXT_RESOURCE} problem at the document's {@code textResource}. The catalog
   * file itself is read up to {@link ModelJson#MAX_DOCUMENT_BYTES} bytes.
   *
   * @param file the catalog JSON, UTF-8
   * @return the catalog
   * @throws CatalogFormatException if the file is not well-formed JSON, with line and column
   * @throws InvalidCatalogException with every problem, if the content is invalid
   * @throws CatalogException if the file cannot be read
   */
  public static Catalog load(Path file) {
    CatalogReader.Result result = readFile(file);
    return validated(result, file.toString());
  }

  /**
   * Reads a catalog file and reports every problem, without throwing for an invalid catalog. Text resources
   * are read as {@link #load(Path)} reads them.
   *
   * @param file the catalog JSON
   * @return every problem; empty if the catalog is valid
   * @throws CatalogFormatException if the file is not well-formed JSON, with line and column
   * @throws CatalogException if the file cannot be read
   */
  public static List<Problem> check(Path file) {
    CatalogReader.Result result = readFile(file);
    return ImmutableList.<Problem>builder().addAll(result.problems())
        .addAll(CatalogValidator.validate(result.data(), result.locations())).build();
  }

  private static CatalogReader.Result readFile(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) ModelJson.MAX_DOCUMENT_BYTES + 1);
    } catch (IOException e) {
      throw new CatalogException(unreadable("catalog file", file, e), e);
    }
    if (bytes.length > ModelJson.MAX_DOCUMENT_BYTES) {
      throw new CatalogFormatException(file.toString(), -1, -1, "the file is larger than "
          + ModelJson.MAX_DOCUMENT_BYTES + " bytes");
    }
    CatalogReader.Result result;
    try {
      result = CatalogReader.read(new ByteArrayInputStream(bytes), file.toString());
    } catch (IOException e) {
      throw new CatalogException(unreadable("catalog file", file, e), e);
    }
    Path folder;
    try {
      folder = file.toAbsolutePath().getParent().toRealPath();
    } catch (IOException e) {
      throw new CatalogException(unreadable("the folder of catalog file", file.toAbsolutePath().getParent(), e), e);
    }
    List<Problem> problems = new ArrayList<>(result.problems());
    Set<String> refused = new HashSet<>();
    CatalogData.Builder texts = CatalogData.builder();
    List<Document> documents = result.data().documents();
    for (int i = 0; i < documents.size(); i++) {
      Document d = documents.get(i);
      if (d.textResource().isEmpty() || result.data().texts().containsKey(d.id().value())) {
        continue;
      }
      String name = d.textResource().get();
      try {
        TextResources.Outcome outcome = TextResources.read(folder, name);
        outcome.text().ifPresent(text -> texts.putText(d.id().value(), text));
        if (outcome.refusal().isPresent()) {
          refused.add(d.id().value());
          problems.add(Problem.of(result.locations().element("documents", i) + ".textResource",
              ProblemType.REFUSED_TEXT_RESOURCE, outcome.refusal().get()));
        }
      } catch (IOException e) {
        throw new CatalogException("cannot read catalog file " + file + ": "
            + unreadable("the text of document '" + d.id() + "'", folder.resolve(name), e), e);
      }
    }
    return CatalogReader.withData(result.data().plus(texts.build()), problems,
        result.locations().withRefusedTexts(refused));
  }

  /** Why a file could not be read, in plain words: "catalog file not found: x", "cannot read x: permission denied". */
  private static String unreadable(String what, Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return what + " not found: " + file;
    }
    if (e instanceof AccessDeniedException) {
      return "cannot read " + what + " " + file + ": permission denied";
    }
    if (Files.isDirectory(file)) {
      return "cannot read " + what + " " + file + ": it is a folder, not a file";
    }
    if (e instanceof CharacterCodingException) {
      return "cannot read " + what + " " + file + ": the text is not valid UTF-8";
    }
    String reason = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : e.getMessage();
    return "cannot read " + what + " " + file + ": " + (reason == null || reason.isBlank() ? "input/output error"
        : reason.toLowerCase(java.util.Locale.ROOT));
  }

  private static Catalog validated(CatalogReader.Result result, String source) {
    CatalogData data = result.data();
    List<Problem> problems = ImmutableList.<Problem>builder().addAll(result.problems())
        .addAll(CatalogValidator.validate(data, result.locations())).build();
    if (!problems.isEmpty()) {
      throw new InvalidCatalogException(source, problems);
    }
    return new Catalog(data);
  }

  /**
   * Returns the catalog's content, e.g. to evaluate it or to write it as JSON: as given, with the regions of the
   * region registry it names by code without defining them (and their cities) appended to its own
   * ({@link RegionRegistry#complete(CatalogData)}).
   *
   * @return the content
   */
  public CatalogData data() {
    return data;
  }

  /**
   * Writes the catalog as JSON in the catalog format, texts included.
   *
   * @return the JSON text, pretty-printed
   */
  public String toJson() {
    try {
      return ModelJson.newMapper().writerWithDefaultPrettyPrinter().writeValueAsString(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- documents and sections -------------------------------------------------------------------------

  /**
   * Returns the documents.
   *
   * @return the documents in catalog order
   */
  public List<Document> documents() {
    return data.documents();
  }

  /**
   * Looks up a document.
   *
   * @param id the document id
   * @return the document, if the catalog has it
   */
  public Optional<Document> document(DocumentId id) {
    return Optional.ofNullable(documents.get(id));
  }

  /**
   * Returns the cleaned source text of a document.
   *
   * @param id the document id
   * @return the text, if the catalog has the document
   */
  public Optional<String> text(DocumentId id) {
    return Optional.ofNullable(data.texts().get(id.value()));
  }

  /**
   * Returns every section of every document.
   *
   * @return the sections in catalog order
   */
  public List<Section> sections() {
    return data.sections();
  }

  /**
   * Looks up a section.
   *
   * @param id the section path
   * @return the section, if the catalog has it
   */
  public Optional<Section> section(SectionId id) {
    return Optional.ofNullable(sections.get(id));
  }

  /**
   * Returns the sections directly below a section.
   *
   * @param parent the enclosing section
   * @return its children in document order
   */
  public List<Section> children(SectionId parent) {
    return children.get(parent);
  }

  // ---- measures ---------------------------------------------------------------------------------------

  /**
   * Returns every measure.
   *
   * @return the measures in catalog order
   */
  public List<Measure> measures() {
    return data.measures();
  }

  /**
   * Looks up a measure.
   *
   * @param id the measure id
   * @return the measure, if the catalog has it
   */
  public Optional<Measure> measure(MeasureId id) {
    return Optional.ofNullable(measures.get(id));
  }

  /**
   * Returns the measures of a pillar.
   *
   * @param pillar the pillar's id, e.g. {@code PillarId.of("INFORMATION")}
   * @return the measures, in catalog order
   */
  public List<Measure> measures(PillarId pillar) {
    return filter(data.measures(), m -> m.pillar().equals(Optional.of(pillar)));
  }

  /**
   * Returns the measures of a sub-area.
   *
   * @param subArea the sub-area's id
   * @return the measures, in catalog order
   */
  public List<Measure> measures(SubAreaId subArea) {
    return filter(data.measures(), m -> m.subAreas().contains(subArea));
  }

  /**
   * Returns the cross-cutting measures of a class.
   *
   * @param crossCutting the class's id
   * @return the measures, in catalog order
   */
  public List<Measure> measures(CrossCuttingId crossCutting) {
    return filter(data.measures(), m -> m.crossCutting().equals(Optional.of(crossCutting)));
  }

  // ---- taxonomy -----------------------------------------------------------------------------------------

  /**
   * Returns the pillars of the plan's taxonomy, with their sub-areas: the catalog's own, or — for a catalog that
   * declares none yet classifies measures, as catalogs written before taxonomies were catalog data do — the built-in
   * plan's three.
   *
   * @return the pillars in the plan's order
   */
  public List<Pillar> pillars() {
    return data.pillars();
  }

  /**
   * Looks up a pillar.
   *
   * @param id the id
   * @return the pillar, if the taxonomy has it
   */
  public Optional<Pillar> pillar(PillarId id) {
    return data.pillars().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * Looks up a sub-area of any pillar.
   *
   * @param id the id
   * @return the sub-area, if a pillar of the taxonomy has it
   */
  public Optional<SubArea> subArea(SubAreaId id) {
    return data.pillars().stream().flatMap(p -> p.subAreas().stream()).filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Returns the cross-cutting classes of the plan's taxonomy (see {@link #pillars()} for a catalog that declares
   * none).
   *
   * @return the classes in the plan's order
   */
  public List<CrossCutting> crossCutting() {
    return data.crossCutting();
  }

  /**
   * Looks up a cross-cutting class.
   *
   * @param id the id
   * @return the class, if the taxonomy has it
   */
  public Optional<CrossCutting> crossCutting(CrossCuttingId id) {
    return data.crossCutting().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * Returns the measures a department is responsible for, as lead or otherwise.
   *
   * @param department the department
   * @return the measures, in catalog order
   */
  public List<Measure> measures(DepartmentId department) {
    return filter(data.measures(), m -> m.departments().contains(department));
  }

  /**
   * Returns the measures of a document.
   *
   * @param document the document
   * @return the measures, in document order
   */
  public List<Measure> measures(DocumentId document) {
    return filter(data.measures(), m -> m.document().equals(document));
  }

  /**
   * Returns the measures inside a section, e.g. a chapter or a part.
   *
   * @param section the enclosing section
   * @return the measures, in document order
   */
  public List<Measure> measures(SectionId section) {
    return filter(data.measures(), m -> m.section().isWithin(section));
  }

  // ---- registries -------------------------------------------------------------------------------------

  /**
   * Returns the department registry.
   *
   * @return the departments in catalog order
   */
  public List<Department> departments() {
    return data.departments();
  }

  /**
   * Looks up a department by id.
   *
   * @param id the id
   * @return the department, if registered
   */
  public Optional<Department> department(DepartmentId id) {
    return Optional.ofNullable(departments.get(id));
  }

  /**
   * Looks up a department by its Chinese name, one of its short forms, or (ignoring case) its English name.
   *
   * @param name the name as written
   * @return the department, if one has that name
   */
  public Optional<Department> departmentNamed(String name) {
    String n = name.strip();
    return data.departments().stream().filter(d -> d.nameZh().equals(n) || d.shortForms().contains(n)
        || d.nameEn().equalsIgnoreCase(n) || d.id().value().equals(n)).findFirst();
  }

  /**
   * Returns the regions: the catalog's own, then those of the region registry it names (see {@link #data()}).
   *
   * @return the regions in catalog order
   */
  public List<Region> regions() {
    return data.regions();
  }

  /**
   * Looks up a region.
   *
   * @param code the code
   * @return the region, if registered
   */
  public Optional<Region> region(RegionCode code) {
    return Optional.ofNullable(regions.get(code));
  }

  /**
   * Returns the indicator registry.
   *
   * @return the indicators in catalog order
   */
  public List<Indicator> indicators() {
    return data.indicators();
  }

  /**
   * Looks up an indicator.
   *
   * @param id the id
   * @return the indicator, if registered
   */
  public Optional<Indicator> indicator(IndicatorId id) {
    return Optional.ofNullable(indicators.get(id));
  }

  // ---- facts --------------------------------------------------------------------------------------------

  /**
   * Returns every target.
   *
   * @return the targets in catalog order
   */
  public List<Target> targets() {
    return data.targets();
  }

  /**
   * Looks up a target.
   *
   * @param id the id
   * @return the target, if the catalog has it
   */
  public Optional<Target> target(FactId id) {
    return Optional.ofNullable(targets.get(id));
  }

  /**
   * Returns the targets a measure sets.
   *
   * @param measure the measure
   * @return its targets in catalog order
   */
  public List<Target> targets(MeasureId measure) {
    return targetsByMeasure.get(measure);
  }

  /**
   * Returns the targets that match a query.
   *
   * @param query the criteria, e.g. {@code TargetQuery.all().dueYear(2025)}
   * @return the matching targets in catalog order
   */
  public List<Target> targets(TargetQuery query) {
    return filter(data.targets(), t -> matches(query, t));
  }

  private boolean matches(TargetQuery q, Target t) {
    Measure m = measures.get(t.measure());
    return q.pillar.map(p -> m.pillar().equals(Optional.of(p))).orElse(true)
        && q.subArea.map(s -> m.subAreas().contains(s)).orElse(true)
        && q.department.map(d -> m.departments().contains(d)).orElse(true)
        && q.document.map(d -> t.id().document().equals(d)).orElse(true)
        && q.indicator.map(i -> t.indicator().equals(Optional.of(i))).orElse(true)
        && q.dueYear.map(y -> t.dueYear() == y).orElse(true)
        && q.region.map(r -> t.region().equals(r)).orElse(true)
        && q.comparator.map(c -> t.comparator() == c).orElse(true);
  }

  /**
   * Returns the targets about an indicator.
   *
   * @param indicator the indicator
   * @return the targets in catalog order
   */
  public List<Target> targets(IndicatorId indicator) {
    return targets(TargetQuery.all().indicator(indicator));
  }

  /**
   * Returns the targets with a comparator.
   *
   * @param comparator the comparator
   * @return the targets in catalog order
   */
  public List<Target> targets(Comparator comparator) {
    return targets(TargetQuery.all().comparator(comparator));
  }

  /**
   * Returns every reported value.
   *
   * @return the reported values in catalog order
   */
  public List<ReportedValue> reportedValues() {
    return data.reportedValues();
  }

  /**
   * Looks up a reported value.
   *
   * @param id the id
   * @return the reported value, if the catalog has it
   */
  public Optional<ReportedValue> reportedValue(FactId id) {
    return Optional.ofNullable(reportedValues.get(id));
  }

  /**
   * Returns every budget, incentive and tax fact.
   *
   * @return the fiscal facts in catalog order
   */
  public List<FiscalFact> fiscalFacts() {
    return data.fiscalFacts();
  }

  /**
   * Looks up a fiscal fact.
   *
   * @param id the id
   * @return the fact, if the catalog has it
   */
  public Optional<FiscalFact> fiscalFact(FactId id) {
    return Optional.ofNullable(fiscalFacts.get(id));
  }

  /**
   * Returns every named facility.
   *
   * @return the facilities in catalog order
   */
  public List<Facility> facilities() {
    return data.facilities();
  }

  /**
   * Looks up a facility.
   *
   * @param id the id
   * @return the facility, if the catalog has it
   */
  public Optional<Facility> facility(FactId id) {
    return Optional.ofNullable(facilities.get(id));
  }

  /**
   * Returns the links from a measure to the measures that carry it on.
   *
   * @param from the earlier measure
   * @return the links in catalog order
   */
  public List<MeasureLink> measureLinks(MeasureId from) {
    return filter(data.measureLinks(), l -> l.from().equals(from));
  }

  /**
   * Returns the reported values linked to a target.
   *
   * @param target the target
   * @return the links in catalog order
   */
  public List<OutcomeLink> outcomeLinks(FactId target) {
    return filter(data.outcomeLinks(), l -> l.target().equals(target));
  }

  // ---- search -------------------------------------------------------------------------------------------

  /**
   * Finds a keyword in the catalog's Chinese and English texts: measures (titles, text), sections (titles),
   * targets, reported values and fiscal facts (descriptions, quotes), facilities, departments and indicators
   * (names). Chinese matches as a plain substring; English ignores case.
   *
   * @param keyword the text to find, e.g. {@code 5G} or {@code smart campus}
   * @return the hits, grouped by kind in the order of {@link SearchHit.Kind}, then in catalog order
   * @throws IllegalArgumentException if the keyword is blank
   */
  public List<SearchHit> search(String keyword) {
    if (keyword == null || keyword.isBlank()) {
      throw new IllegalArgumentException("Search keyword must not be blank");
    }
    String k = keyword.strip().toLowerCase(Locale.ROOT);
    ImmutableList.Builder<SearchHit> hits = ImmutableList.builder();
    for (Measure m : data.measures()) {
      hit(hits, k, SearchHit.Kind.MEASURE, m.id().value(), "titleZh", m.titleZh());
      m.titleEn().ifPresent(t -> hit(hits, k, SearchHit.Kind.MEASURE, m.id().value(), "titleEn", t));
      hit(hits, k, SearchHit.Kind.MEASURE, m.id().value(), "text", m.text());
    }
    for (Section s : data.sections()) {
      hit(hits, k, SearchHit.Kind.SECTION, s.id().value(), "titleZh", s.titleZh());
      s.titleEn().ifPresent(t -> hit(hits, k, SearchHit.Kind.SECTION, s.id().value(), "titleEn", t));
    }
    for (Target t : data.targets()) {
      facts(hits, k, SearchHit.Kind.TARGET, t.id(), t.descriptionZh(), t.descriptionEn(), t.source().quote());
    }
    for (ReportedValue v : data.reportedValues()) {
      facts(hits, k, SearchHit.Kind.REPORTED_VALUE, v.id(), v.descriptionZh(), v.descriptionEn(), v.source().quote());
    }
    for (FiscalFact f : data.fiscalFacts()) {
      facts(hits, k, SearchHit.Kind.FISCAL_FACT, f.id(), f.descriptionZh(), f.descriptionEn(), f.source().quote());
    }
    for (Facility f : data.facilities()) {
      hit(hits, k, SearchHit.Kind.FACILITY, f.id().value(), "nameZh", f.nameZh());
      f.nameEn().ifPresent(n -> hit(hits, k, SearchHit.Kind.FACILITY, f.id().value(), "nameEn", n));
    }
    for (Department d : data.departments()) {
      hit(hits, k, SearchHit.Kind.DEPARTMENT, d.id().value(), "nameZh", d.nameZh());
      hit(hits, k, SearchHit.Kind.DEPARTMENT, d.id().value(), "nameEn", d.nameEn());
      for (String s : d.shortForms()) {
        hit(hits, k, SearchHit.Kind.DEPARTMENT, d.id().value(), "shortForms", s);
      }
    }
    for (Indicator i : data.indicators()) {
      hit(hits, k, SearchHit.Kind.INDICATOR, i.id().value(), "nameZh", i.nameZh());
      hit(hits, k, SearchHit.Kind.INDICATOR, i.id().value(), "nameEn", i.nameEn());
    }
    return hits.build().stream().distinct().collect(ImmutableList.toImmutableList());
  }

  private static void facts(ImmutableList.Builder<SearchHit> hits, String k, SearchHit.Kind kind, FactId id,
      Optional<String> zh, Optional<String> en, String quote) {
    zh.ifPresent(t -> hit(hits, k, kind, id.value(), "descriptionZh", t));
    en.ifPresent(t -> hit(hits, k, kind, id.value(), "descriptionEn", t));
    hit(hits, k, kind, id.value(), "quote", quote);
  }

  private static void hit(ImmutableList.Builder<SearchHit> hits, String keyword, SearchHit.Kind kind, String id,
      String field, String text) {
    if (text.toLowerCase(Locale.ROOT).contains(keyword)) {
      hits.add(new SearchHit(kind, id, field, text));
    }
  }

  private static <T> List<T> filter(List<T> values, java.util.function.Predicate<T> keep) {
    return values.stream().filter(keep).collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "Catalog[" + data.documents().size() + " documents, " + data.measures().size() + " measures, "
        + data.targets().size() + " targets, " + data.reportedValues().size() + " reported values]";
  }
}
