package io.github.newinfra.catalog;

import com.google.common.collect.ImmutableList;
import io.github.newinfra.catalog.internal.BuiltInTaxonomy;
import io.github.newinfra.catalog.internal.Locations;
import io.github.newinfra.catalog.internal.QuoteNumbers;
import io.github.newinfra.catalog.internal.SubstringIndex;
import io.github.newinfra.model.Accumulation;
import io.github.newinfra.model.Baseline;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.CrossCuttingId;
import io.github.newinfra.model.Dimension;
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
import io.github.newinfra.model.OutcomeRelation;
import io.github.newinfra.model.Pillar;
import io.github.newinfra.model.PillarId;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.Region;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.RegionLevel;
import io.github.newinfra.model.RegionRegistry;
import io.github.newinfra.model.ReportedValue;
import io.github.newinfra.model.Section;
import io.github.newinfra.model.SectionKind;
import io.github.newinfra.model.SourceRef;
import io.github.newinfra.model.SubAreaId;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.TypedId;
import java.math.BigDecimal;
import io.github.newinfra.model.internal.SafeText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks catalog content as a whole and reports every problem with the JSON path of the offending field.
 *
 * <p>Rules, each a {@link ProblemType}: ids are unique per kind (fact ids across all facts); every reference
 * resolves; every document has a source text and every quote and measure text is an exact substring of it; a
 * numeric fact's quote contains its number, in any of the forms a text may write it (another magnitude, thousands
 * separators, full-width digits, Chinese numerals below 100; a relative target's quote its change, 翻一番); values have the
 * dimension of their indicator's unit and COVERAGE targets a percentage indicator; targets fall due within
 * their document's period; a baseline agrees with the reported value it names; measures of a document that
 * assigns departments list some; DIRECT outcome links join a target and a reported value of one indicator; a
 * measure link goes from a measure to a measure of a later-issued document (so links never form a cycle); there
 * is at least one document.
 *
 * <p>Paths index the arrays of the content as given (for merged content, the merged arrays; for a file read by
 * {@link Catalog#load(java.nio.file.Path)}, the arrays as they stand in the file, even where an element before
 * could not be read). References to an element that could not be read are not listed one by one: one problem at
 * that element says how many references it leaves unresolved, and where. Problems come in a fixed order: by rule
 * group, then by array position. The validator is stateless and thread-safe; it runs in time linear in the size
 * of the content: every quote and measure text of a document is looked up in one pass over the document's text.
 */
public final class CatalogValidator {
  private CatalogValidator() {}

  /**
   * Validates catalog content.
   *
   * @param data the content
   * @return every problem found; empty if the content is valid
   */
  public static List<Problem> validate(CatalogData data) {
    return validate(data, Locations.IDENTITY);
  }

  /** Validates content read from a file, with paths as they stand in the file. */
  static List<Problem> validate(CatalogData data, Locations locations) {
    return new Run(data, locations).run();
  }

  /** How many of the references a failed element leaves unresolved a problem lists by path. */
  private static final int REFERENCES_LISTED = 5;


  /** The references left unresolved by one element that could not be read. */
  private static final class Consequence {
    final String cause;
    final String what;
    final Object id;
    final List<String> paths = new ArrayList<>();

    Consequence(String cause, String what, Object id) {
      this.cause = cause;
      this.what = what;
      this.id = id;
    }

    Problem problem() {
      String listed = String.join(", ", paths.subList(0, Math.min(REFERENCES_LISTED, paths.size())))
          + (paths.size() > REFERENCES_LISTED ? " and " + (paths.size() - REFERENCES_LISTED) + " more" : "");
      return Problem.of(cause, ProblemType.DANGLING_REFERENCE, what + " '" + id + "' could not be read (see the "
          + "problem at " + cause + "), so " + (paths.size() == 1 ? "1 reference" : paths.size() + " references")
          + " to it do" + (paths.size() == 1 ? "es" : "") + " not resolve: " + listed);
    }
  }

  private static final class Run {
    private final CatalogData data;
    private final Locations locations;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Consequence> consequences = new LinkedHashMap<>();
    private final Map<String, Set<String>> inText = new HashMap<>();
    private final Map<DocumentId, Document> documents;
    private final Set<String> sections;
    /** The sections that are tables, whose facts quote one row each. */
    private final Set<String> tables = new HashSet<>();
    private final Map<MeasureId, Measure> measureById;
    private final Set<String> measures;
    private final Set<String> departments;
    /** The codes a reference may name: the catalog's regions and the region registry's. */
    private final Set<RegionCode> regions;
    /** The catalog's own regions by code (the first of each code). */
    private final Map<RegionCode, Region> ownRegions;
    private final Map<IndicatorId, Indicator> indicators;
    private final Map<FactId, ReportedValue> reported;
    private final Map<FactId, Target> targets;
    /** The taxonomy measures are classified by: the catalog's, or the built-in one when it declares none. */
    private final Map<PillarId, Pillar> pillars = new HashMap<>();
    private final Map<SubAreaId, PillarId> subAreaPillar = new HashMap<>();
    private final Set<CrossCuttingId> crossCutting = new HashSet<>();

    Run(CatalogData data, Locations locations) {
      this.data = data;
      this.locations = locations;
      documents = index(data.documents(), Document::id, "documents", "id");
      sections = keys(index(data.sections(), Section::id, "sections", "id"));
      data.sections().stream().filter(x -> x.kind() == SectionKind.TABLE).forEach(x -> tables.add(x.id().value()));
      measureById = index(data.measures(), Measure::id, "measures", "id");
      measures = keys(measureById);
      departments = keys(index(data.departments(), d -> d.id(), "departments", "id"));
      ownRegions = index(data.regions(), Region::code, "regions", "code");
      regions = new HashSet<>(ownRegions.keySet());
      RegionRegistry.gbt2260().regions().forEach(r -> regions.add(r.code()));
      indicators = index(data.indicators(), Indicator::id, "indicators", "id");
      targets = index(data.targets(), Target::id, "targets", "id");
      taxonomy();
      reported = index(data.reportedValues(), ReportedValue::id, "reportedValues", "id");
      Set<FactId> facts = new HashSet<>(targets.keySet());
      duplicateFacts(facts, data.reportedValues(), ReportedValue::id, "reportedValues");
      duplicateFacts(facts, data.fiscalFacts(), FiscalFact::id, "fiscalFacts");
      duplicateFacts(facts, data.facilities(), Facility::id, "facilities");
    }

    private static Set<String> keys(Map<? extends TypedId<?>, ?> map) {
      Set<String> keys = new HashSet<>();
      for (TypedId<?> id : map.keySet()) {
        keys.add(id.value());
      }
      return keys;
    }

    private <K, V> Map<K, V> index(List<V> elements, Function<V, K> id, String array, String field) {
      Map<K, V> map = new HashMap<>();
      for (int i = 0; i < elements.size(); i++) {
        K key = id.apply(elements.get(i));
        if (map.putIfAbsent(key, elements.get(i)) != null) {
          add(path(array, i, field), ProblemType.DUPLICATE_ID, "duplicate id '" + key + "' in " + array);
        }
      }
      return map;
    }

    private <V> void duplicateFacts(Set<FactId> seen, List<V> elements, Function<V, FactId> id, String array) {
      for (int i = 0; i < elements.size(); i++) {
        if (!seen.add(id.apply(elements.get(i)))) {
          add(path(array, i, "id"), ProblemType.DUPLICATE_ID,
              "duplicate fact id '" + id.apply(elements.get(i)) + "': fact ids are unique across all kinds of fact");
        }
      }
    }

    private String path(String array, int index, String field) {
      return locations.element(array, index) + (field.isEmpty() ? "" : "." + field);
    }

    private void add(String path, ProblemType type, String message) {
      problems.add(Problem.of(path, type, message));
    }

    /**
     * Checks a reference. A reference to an element that could not be read is a consequence of that failure,
     * collected with the others it caused rather than listed on its own.
     */
    private void ref(boolean exists, String path, String array, String what, Object id) {
      if (exists) {
        return;
      }
      Optional<String> cause = locations.unread(array, id.toString());
      if (cause.isPresent()) {
        consequences.computeIfAbsent(cause.get() + "\n" + id, k -> new Consequence(cause.get(), what, id)).paths.add(path);
      } else {
        add(path, ProblemType.DANGLING_REFERENCE, what + " '" + id + "' does not exist");
      }
    }

    /** Finds every quote and measure text in its document's text: one pass over each text. */
    private void indexTexts() {
      Map<String, List<String>> patterns = new HashMap<>();
      for (Measure m : data.measures()) {
        patterns.computeIfAbsent(m.document().value(), d -> new ArrayList<>()).add(m.text());
      }
      List<SourceRef> sources = new ArrayList<>();
      data.targets().forEach(t -> sources.add(t.source()));
      data.reportedValues().forEach(v -> sources.add(v.source()));
      data.fiscalFacts().forEach(f -> sources.add(f.source()));
      data.facilities().forEach(f -> sources.add(f.source()));
      for (SourceRef source : sources) {
        patterns.computeIfAbsent(source.document().value(), d -> new ArrayList<>()).add(source.quote());
      }
      patterns.forEach((document, quotes) -> {
        String text = data.texts().get(document);
        if (text != null) {
          inText.put(document, SubstringIndex.occurring(text, quotes));
        }
      });
    }

    private boolean inText(DocumentId document, String quote) {
      return inText.getOrDefault(document.value(), Set.of()).contains(quote);
    }

    List<Problem> run() {
      if (data.documents().isEmpty() && !locations.anyUnread("documents")) {
        add("$.documents", ProblemType.MALFORMED, "a catalog has at least one document");
      }
      indexTexts();
      texts();
      for (int i = 0; i < data.sections().size(); i++) {
        Section s = data.sections().get(i);
        int index = i;
        ref(documents.containsKey(s.document()), path("sections", i, "document"), "documents", "document",
            s.document());
        s.parent().ifPresent(p -> ref(sections.contains(p.value()), path("sections", index, "parent"),
            "sections", "parent section", p));
      }
      for (int i = 0; i < data.measures().size(); i++) {
        measure(i, data.measures().get(i));
      }
      for (int i = 0; i < data.regions().size(); i++) {
        region(i, data.regions().get(i));
      }
      for (int i = 0; i < data.indicators().size(); i++) {
        Indicator ind = data.indicators().get(i);
        Dimension dim = ind.unit().dimension();
        if (ind.accumulation() == Accumulation.ANNUAL
            && dim != Dimension.COUNT && dim != Dimension.LENGTH && dim != Dimension.MONEY) {
          add(path("indicators", i, "accumulation"), ProblemType.UNIT_MISMATCH, "indicator '" + ind.id()
              + "' is an ANNUAL amount, whose parts of a year add up, but its unit '" + ind.unit() + "' is "
              + ind.unit().description() + "; an annual amount is a count, a length or money (a share or a rate "
              + "of a year is a LEVEL)");
        }
      }
      Map<String, Integer> goals = new HashMap<>();
      for (int i = 0; i < data.targets().size(); i++) {
        Target t = data.targets().get(i);
        target(i, t);
        if (t.indicator().isPresent()) {
          String goal = t.id().document() + "\n" + t.indicator().get() + "\n" + t.region() + "\n" + t.dueYear();
          Integer first = goals.putIfAbsent(goal, i);
          if (first != null) {
            add(path("targets", i, "indicator"), ProblemType.DUPLICATE_GOAL, "target '" + t.id() + "' and target '"
                + data.targets().get(first).id() + "' (at " + path("targets", first, "") + ") are both for indicator '"
                + t.indicator().get() + "' in " + t.region() + " due " + t.dueYear() + ": a goal counts once");
          }
        }
      }
      for (int i = 0; i < data.reportedValues().size(); i++) {
        reportedValue(i, data.reportedValues().get(i));
      }
      for (int i = 0; i < data.fiscalFacts().size(); i++) {
        FiscalFact f = data.fiscalFacts().get(i);
        ref(measures.contains(f.measure().value()), path("fiscalFacts", i, "measure"), "measures", "measure",
            f.measure());
        source(path("fiscalFacts", i, "source"), f.source(), f.amount());
      }
      for (int i = 0; i < data.facilities().size(); i++) {
        Facility f = data.facilities().get(i);
        for (int m = 0; m < f.measures().size(); m++) {
          ref(measures.contains(f.measures().get(m).value()), path("facilities", i, "measures[" + m + "]"),
              "measures", "measure", f.measures().get(m));
        }
        for (int r = 0; r < f.regions().size(); r++) {
          ref(regions.contains(f.regions().get(r)), path("facilities", i, "regions[" + r + "]"), "regions",
              "region", f.regions().get(r));
        }
        source(path("facilities", i, "source"), f.source(), Optional.empty());
      }
      for (int i = 0; i < data.measureLinks().size(); i++) {
        measureLink(i, data.measureLinks().get(i));
      }
      for (int i = 0; i < data.outcomeLinks().size(); i++) {
        outcomeLink(i, data.outcomeLinks().get(i));
      }
      for (Consequence c : consequences.values()) {
        problems.add(c.problem());
      }
      return ImmutableList.copyOf(problems);
    }

    /**
     * A measure link says that a measure is carried on by a measure of a later document: it points forward in
     * time, so links can never form a cycle (one link of a cycle would point back).
     */
    private void measureLink(int i, MeasureLink l) {
      ref(measures.contains(l.from().value()), path("measureLinks", i, "from"), "measures", "measure", l.from());
      ref(measures.contains(l.to().value()), path("measureLinks", i, "to"), "measures", "measure", l.to());
      Measure from = measureById.get(l.from());
      Measure to = measureById.get(l.to());
      Document earlier = from == null ? null : documents.get(from.document());
      Document later = to == null ? null : documents.get(to.document());
      if (earlier == null || later == null) {
        return;
      }
      // The model already keeps a link from joining two measures of one document.
      if (!earlier.issueDate().isBefore(later.issueDate())) {
        add(path("measureLinks", i, "to"), ProblemType.LINK_MISMATCH, "measure link from '" + l.from() + "' ('"
            + earlier.id() + "', issued " + earlier.issueDate() + ") to '" + l.to() + "' ('" + later.id()
            + "', issued " + later.issueDate() + ") points back in time: a measure is carried on by a measure of a "
            + "later document");
      }
    }

    private void texts() {
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < data.documents().size(); i++) {
        Document d = data.documents().get(i);
        ids.add(d.id().value());
        if (!data.texts().containsKey(d.id().value()) && !locations.textRefused(d.id().value())) {
          add(path("documents", i, "textResource"), ProblemType.MISSING_TEXT,
              "no source text for document '" + d.id() + "'" + d.textResource().map(r -> " (resource '" + r + "')")
                  .orElse("") + ": quotes cannot be checked");
        }
      }
      for (String doc : data.texts().keySet()) {
        if (!ids.contains(doc)) {
          Optional<String> cause = locations.unread("documents", doc);
          if (cause.isPresent()) {
            consequences.computeIfAbsent(cause.get() + "\n" + doc, k -> new Consequence(cause.get(), "document", doc))
                .paths.add("$.texts." + doc);
          } else {
            add("$.texts." + doc, ProblemType.DANGLING_REFERENCE, "text given for document '" + doc
                + "', which does not exist");
          }
        }
      }
    }

    /** Ids of pillars, of sub-areas (across all pillars) and of cross-cutting classes are unique. */
    private void taxonomy() {
      boolean own = !BuiltInTaxonomy.needed(data);
      CatalogData declared = own ? data : BuiltInTaxonomy.content();
      for (int i = 0; i < declared.pillars().size(); i++) {
        Pillar p = declared.pillars().get(i);
        if (pillars.putIfAbsent(p.id(), p) != null) {
          add(path("pillars", i, "id"), ProblemType.DUPLICATE_ID, "duplicate id '" + p.id() + "' in pillars");
        }
        for (int k = 0; k < p.subAreas().size(); k++) {
          PillarId before = subAreaPillar.putIfAbsent(p.subAreas().get(k).id(), p.id());
          if (before != null && !before.equals(p.id())) {
            add(path("pillars", i, "subAreas[" + k + "].id"), ProblemType.DUPLICATE_ID, "duplicate sub-area id '"
                + p.subAreas().get(k).id() + "': it is a sub-area of pillar '" + before + "' too");
          }
        }
      }
      for (int i = 0; i < declared.crossCutting().size(); i++) {
        CrossCuttingId id = declared.crossCutting().get(i).id();
        if (!crossCutting.add(id)) {
          add(path("crossCutting", i, "id"), ProblemType.DUPLICATE_ID, "duplicate id '" + id + "' in crossCutting");
        }
      }
    }

    /**
     * A measure's classification names declared ids: its sub-areas are its pillar's, and a measure of a pillar that
     * has sub-areas names at least one.
     */
    private void classification(int i, Measure m) {
      m.crossCutting().ifPresent(c -> {
        if (!crossCutting.contains(c)) {
          add(path("measures", i, "crossCutting"), ProblemType.DANGLING_REFERENCE, "cross-cutting class '" + c
              + "' is not declared" + declaredIn("crossCutting", crossCutting));
        }
      });
      if (m.pillar().isEmpty()) {
        return;
      }
      PillarId p = m.pillar().get();
      Pillar pillar = pillars.get(p);
      if (pillar == null) {
        add(path("measures", i, "pillar"), ProblemType.DANGLING_REFERENCE, "pillar '" + p + "' is not declared"
            + declaredIn("pillars", pillars.keySet()));
        return;
      }
      if (m.subAreas().isEmpty() && !pillar.subAreas().isEmpty()) {
        add(path("measures", i, "subAreas"), ProblemType.INVALID_VALUE, "measure '" + m.id() + "' of pillar '" + p
            + "' names none of its sub-areas (" + pillar.subAreas().stream().map(s -> s.id().value())
            .collect(java.util.stream.Collectors.joining(", ")) + ")");
      }
      for (int k = 0; k < m.subAreas().size(); k++) {
        SubAreaId s = m.subAreas().get(k);
        PillarId owner = subAreaPillar.get(s);
        if (owner == null) {
          add(path("measures", i, "subAreas[" + k + "]"), ProblemType.DANGLING_REFERENCE, "sub-area '" + s
              + "' is not declared in any pillar");
        } else if (!owner.equals(p)) {
          add(path("measures", i, "subAreas[" + k + "]"), ProblemType.INVALID_VALUE, "sub-area '" + s
              + "' belongs to pillar '" + owner + "', not to the measure's pillar '" + p + "'");
        }
      }
    }

    private static String declaredIn(String array, Set<? extends TypedId<?>> ids) {
      return ids.isEmpty() ? ": the catalog declares no " + array
          : ": declared are " + ids.stream().map(TypedId::value).sorted().collect(java.util.stream.Collectors.joining(", "));
    }

    private void measure(int i, Measure m) {
      classification(i, m);
      ref(documents.containsKey(m.document()), path("measures", i, "document"), "documents", "document",
          m.document());
      ref(sections.contains(m.section().value()), path("measures", i, "section"), "sections", "section", m.section());
      for (int d = 0; d < m.departments().size(); d++) {
        ref(departments.contains(m.departments().get(d).value()), path("measures", i, "departments[" + d + "]"),
            "departments", "department", m.departments().get(d));
      }
      for (int r = 0; r < m.regions().size(); r++) {
        ref(regions.contains(m.regions().get(r)), path("measures", i, "regions[" + r + "]"), "regions", "region",
            m.regions().get(r));
      }
      Document doc = documents.get(m.document());
      if (doc != null && doc.assignsDepartments() && m.departments().isEmpty()) {
        add(path("measures", i, "departments"), ProblemType.MISSING_DEPARTMENTS, "measure '" + m.id()
            + "' lists no departments, but document '" + doc.id() + "' assigns departments to its measures");
      }
      String text = data.texts().get(m.document().value());
      if (text != null && !inText(m.document(), m.text())) {
        add(path("measures", i, "text"), ProblemType.NOT_IN_TEXT, "the text of measure '" + m.id()
            + "' is not a verbatim part of document '" + m.document() + "'");
      }
    }

    /**
     * A region's parent exists and is one level up (a county's may be a province); a code the region registry has
     * keeps the registry's level and parent.
     */
    private void region(int i, Region r) {
      r.parent().ifPresent(p -> ref(regions.contains(p), path("regions", i, "parent"), "regions", "region", p));
      Optional<Region> known = RegionRegistry.gbt2260().region(r.code());
      if (known.isPresent() && known.get().level() != r.level()) {
        add(path("regions", i, "level"), ProblemType.INVALID_VALUE, "region " + r.code() + " is " + known.get().nameZh()
            + ", " + levelWords(known.get().level()) + " in GB/T 2260 (the region registry), not "
            + levelWords(r.level()) + "; leave it out of the catalog to use the registry's, or write level "
            + known.get().level());
        return;
      }
      if (known.isPresent() && r.parent().isPresent() && known.get().parent().isPresent()
          && !r.parent().equals(known.get().parent())) {
        add(path("regions", i, "parent"), ProblemType.INVALID_VALUE, "region " + r.code() + " (" + known.get().nameZh()
            + ") lies in " + known.get().parent().get() + " in GB/T 2260 (the region registry), not in "
            + r.parent().get());
        return;
      }
      Optional<Region> parent = r.parent().map(p -> ownRegions.getOrDefault(p,
          RegionRegistry.gbt2260().region(p).orElse(null)));
      if (parent.isEmpty() || parent.get() == null) {
        return;
      }
      RegionLevel up = parent.get().level();
      boolean fits = r.level() == RegionLevel.PROVINCE ? up == RegionLevel.COUNTRY
          : r.level() == RegionLevel.PREFECTURE_CITY ? up == RegionLevel.PROVINCE
          : up == RegionLevel.PREFECTURE_CITY || up == RegionLevel.PROVINCE;
      if (!fits) {
        add(path("regions", i, "parent"), ProblemType.INVALID_VALUE, "region " + r.code() + " is "
            + levelWords(r.level()) + ", but its parent " + parent.get().code() + " is " + levelWords(up) + ": "
            + (r.level() == RegionLevel.PROVINCE ? "a province lies in the country (100000)"
                : r.level() == RegionLevel.PREFECTURE_CITY ? "a city lies in a province"
                : "a county lies in a city, or in a province (a municipality's district, a county-level city the "
                    + "province administers)"));
      }
    }

    private static String levelWords(RegionLevel level) {
      switch (level) {
        case COUNTRY:
          return "the country";
        case PROVINCE:
          return "a province";
        case PREFECTURE_CITY:
          return "a prefecture-level city";
        default:
          return "a county";
      }
    }

    private void target(int i, Target t) {
      ref(measures.contains(t.measure().value()), path("targets", i, "measure"), "measures", "measure", t.measure());
      ref(regions.contains(t.region()), path("targets", i, "region"), "regions", "region", t.region());
      Optional<Indicator> indicator = t.indicator().map(indicators::get);
      t.indicator().ifPresent(id -> ref(indicators.containsKey(id), path("targets", i, "indicator"), "indicators",
          "indicator", id));
      indicator.ifPresent(ind -> {
        t.value().ifPresent(v -> dimension(path("targets", i, "value"), v, ind));
        t.upperValue().ifPresent(v -> dimension(path("targets", i, "upperValue"), v, ind));
        t.baseline().ifPresent(b -> dimension(path("targets", i, "baseline.value"), b.value(), ind));
        if (t.comparator() == Comparator.COVERAGE && ind.unit().dimension() != Dimension.RATIO) {
          add(path("targets", i, "comparator"), ProblemType.UNIT_MISMATCH, "COVERAGE target '" + t.id()
              + "' needs a percentage indicator, but '" + ind.id() + "' is in '" + ind.unit() + "'");
        }
      });
      Document doc = documents.get(t.id().document());
      if (doc != null && (t.dueYear() < doc.periodStart() || t.dueYear() > doc.periodEnd())) {
        add(path("targets", i, "dueYear"), ProblemType.DUE_YEAR_OUTSIDE_PERIOD, "target '" + t.id() + "' is due "
            + t.dueYear() + ", outside the period " + doc.periodStart() + "–" + doc.periodEnd() + " of '" + doc.id() + "'");
      }
      t.baseline().ifPresent(b -> baseline(i, t, b));
      // A relative target's quote states its change (翻一番, 增长50%), not the value derived from the baseline.
      source(path("targets", i, "source"), t.source(), t.relative().isPresent() ? Optional.empty() : t.value());
      t.relative().ifPresent(change -> {
        if (!QuoteNumbers.mentions(t.source().quote(), change)) {
          add(path("targets", i, "source.quote"), ProblemType.QUOTE_LACKS_NUMBER, "quote " + SafeText.quoted(t.source().quote())
              + " does not state the change " + change.textZh() + " of relative target '" + t.id() + "' (as "
              + String.join(" or ", change.quoteForms()) + ")");
        }
      });
    }

    private void baseline(int i, Target t, Baseline b) {
      b.reported().ifPresent(r -> {
        ReportedValue rv = reported.get(r);
        ref(rv != null, path("targets", i, "baseline.reported"), "reportedValues", "reported value", r);
        if (rv == null) {
          return;
        }
        if (!rv.period().equals(b.period()) || !rv.value().isEquivalentTo(b.value())
            || !Optional.of(rv.indicator()).equals(t.indicator())) {
          add(path("targets", i, "baseline"), ProblemType.BASELINE_MISMATCH, "baseline " + b.value() + " ("
              + b.period() + ") of target '" + t.id() + "' disagrees with reported value '" + r + "': "
              + rv.value() + " (" + rv.period() + ") of indicator '" + rv.indicator() + "'");
        }
      });
    }

    private void reportedValue(int i, ReportedValue v) {
      ref(sections.contains(v.section().value()), path("reportedValues", i, "section"), "sections", "section",
          v.section());
      ref(regions.contains(v.region()), path("reportedValues", i, "region"), "regions", "region", v.region());
      Indicator ind = indicators.get(v.indicator());
      ref(ind != null, path("reportedValues", i, "indicator"), "indicators", "indicator", v.indicator());
      if (ind != null) {
        dimension(path("reportedValues", i, "value"), v.value(), ind);
      }
      source(path("reportedValues", i, "source"), v.source(), Optional.of(v.value()));
    }

    private void outcomeLink(int i, OutcomeLink l) {
      Target t = targets.get(l.target());
      ReportedValue v = reported.get(l.reported());
      ref(t != null, path("outcomeLinks", i, "target"), "targets", "target", l.target());
      ref(v != null, path("outcomeLinks", i, "reported"), "reportedValues", "reported value", l.reported());
      if (t != null && v != null && l.relation() == OutcomeRelation.DIRECT
          && !t.indicator().equals(Optional.of(v.indicator()))) {
        add(path("outcomeLinks", i, "relation"), ProblemType.LINK_MISMATCH, "DIRECT link from target '" + t.id()
            + "' (" + t.indicator().map(Object::toString).orElse("no indicator") + ") to '" + v.id() + "' ("
            + v.indicator() + ") joins different indicators; use CONTEXT");
      }
    }

    private void dimension(String path, Quantity value, Indicator indicator) {
      if (!value.unit().isConvertibleTo(indicator.unit())) {
        add(path, ProblemType.UNIT_MISMATCH, "value " + value + " is " + value.unit().description() + ", but indicator '"
            + indicator.id() + "' is in '" + indicator.unit() + "' (" + indicator.unit().description() + ")");
      }
    }

    private void source(String path, SourceRef source, Optional<Quantity> value) {
      ref(documents.containsKey(source.document()), path + ".document", "documents", "document", source.document());
      ref(sections.contains(source.section().value()), path + ".section", "sections", "section", source.section());
      String text = data.texts().get(source.document().value());
      if (text != null && !inText(source.document(), source.quote())) {
        add(path + ".quote", ProblemType.NOT_IN_TEXT, "quote " + SafeText.quoted(source.quote())
            + " is not a verbatim part of document '" + source.document() + "'");
      }
      if (tables.contains(source.section().value()) && source.quote().indexOf('\n') >= 0) {
        add(path + ".quote", ProblemType.INVALID_VALUE, "quote " + SafeText.quoted(source.quote()) + " of table '"
            + source.section() + "' spans more than one row: a fact of a table quotes its own row (one line)");
      }
      for (int n = 0; n < source.named().size(); n++) {
        if (!source.quote().contains(source.named().get(n))) {
          add(path + ".named[" + n + "]", ProblemType.NOT_IN_TEXT, "named item '" + source.named().get(n)
              + "' is not in the quote " + SafeText.quoted(source.quote()));
        }
      }
      if (!source.named().isEmpty()) {
        value.ifPresent(v -> {
          if (v.dimension() != Dimension.COUNT || v.toBaseValue().compareTo(BigDecimal.valueOf(source.named().size()))
              != 0) {
            add(path + ".named", ProblemType.QUOTE_LACKS_NUMBER, "the quote names " + source.named().size()
                + " items (" + String.join(", ", source.named()) + "), but the value is " + v);
          }
        });
        return;
      }
      value.ifPresent(v -> {
        if (!QuoteNumbers.mentions(source.quote(), v)) {
          add(path + ".quote", ProblemType.QUOTE_LACKS_NUMBER, "quote " + SafeText.quoted(source.quote())
              + " does not contain the number of the value " + v + " (as " + v.value().toPlainString()
              + " or another form the text may write it: another magnitude, thousands separators, full-width digits, "
              + "Chinese numerals below 100)");
        }
      });
    }
  }
}
