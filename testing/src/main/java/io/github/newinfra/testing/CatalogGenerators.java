package io.github.newinfra.testing;

import com.google.common.collect.ImmutableList;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.CrossCutting;
import io.github.newinfra.model.CrossCuttingId;
import io.github.newinfra.model.Department;
import io.github.newinfra.model.DepartmentId;
import io.github.newinfra.model.DepartmentKind;
import io.github.newinfra.model.Dimension;
import io.github.newinfra.model.Document;
import io.github.newinfra.model.DocumentId;
import io.github.newinfra.model.FactId;
import io.github.newinfra.model.FactKind;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.IndicatorId;
import io.github.newinfra.model.Measure;
import io.github.newinfra.model.MeasureId;
import io.github.newinfra.model.OutcomeLink;
import io.github.newinfra.model.OutcomeRelation;
import io.github.newinfra.model.Pillar;
import io.github.newinfra.model.PillarId;
import io.github.newinfra.model.Region;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.RegionLevel;
import io.github.newinfra.model.ReportedValue;
import io.github.newinfra.model.Section;
import io.github.newinfra.model.SectionId;
import io.github.newinfra.model.SectionKind;
import io.github.newinfra.model.SourceRef;
import io.github.newinfra.model.SubArea;
import io.github.newinfra.model.SubAreaId;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Generators of small, self-consistent catalogs and of single-field corruptions of them.
 *
 * <p>A generated catalog holds one or two documents (period 2020–2035) with their texts inline, a region tree from
 * the country ({@code 100000}) through Jiangsu to its 13 cities, a plan-defined taxonomy (one to three pillars with
 * up to three sub-areas each, and one or two cross-cutting classes, all with generated ids and names), a few
 * departments and indicators, one chapter per document with a few measures classified in that taxonomy, targets of
 * every comparator (for the country, the province or a city), reported values and outcome links. It passes the
 * catalog validator. A {@link Corruption} changes exactly one field so that the validator must report exactly that
 * field's JSON path.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CatalogGenerators {
  private static final List<String> CITY_NAMES = ImmutableList.of("江苏省", "南京市", "无锡市", "徐州市", "常州市",
      "苏州市", "南通市", "连云港市", "淮安市", "盐城市", "扬州市", "镇江市", "泰州市", "宿迁市");

  /**
   * The regions every generated catalog holds: the country, Jiangsu in it, and Jiangsu's 13 cities, a tree by their
   * parents. Loading such a catalog brings the rest of the country from the region registry along
   * ({@code RegionRegistry.complete}).
   */
  public static final List<Region> REGIONS = regions();

  private CatalogGenerators() {}

  private static List<Region> regions() {
    ImmutableList.Builder<Region> regions = ImmutableList.builder();
    regions.add(Region.builder().code(RegionCode.CHINA).nameZh("中华人民共和国").nameEn("China")
        .level(RegionLevel.COUNTRY).build());
    for (int i = 0; i < ModelGenerators.JIANGSU_REGIONS.size(); i++) {
      RegionCode code = ModelGenerators.JIANGSU_REGIONS.get(i);
      boolean province = i == 0;
      regions.add(Region.builder().code(code).nameZh(CITY_NAMES.get(i)).nameEn("Region " + code)
          .level(province ? RegionLevel.PROVINCE : RegionLevel.PREFECTURE_CITY)
          .parent(province ? RegionCode.CHINA : RegionCode.JIANGSU).build());
    }
    return regions.build();
  }

  /**
   * Returns a plan-defined taxonomy: one to three pillars with zero to three sub-areas each, and one or two
   * cross-cutting classes, with ids unique across the taxonomy.
   *
   * @param random the source of randomness
   * @return catalog content holding only the taxonomy
   */
  public static CatalogData taxonomy(RandomGenerator random) {
    CatalogData.Builder b = CatalogData.builder();
    int pillars = 1 + random.nextInt(3);
    for (int p = 0; p < pillars; p++) {
      String id = "P" + p + "_" + ModelGenerators.slug(random).replace('-', '_').toUpperCase(java.util.Locale.ROOT);
      Pillar.Builder pillar = Pillar.builder().id(PillarId.of(id)).nameZh("领域" + p).nameEn("Pillar " + p);
      int subAreas = random.nextInt(4);
      for (int s = 0; s < subAreas; s++) {
        pillar.addSubAreas(SubArea.builder().id(SubAreaId.of(id + "_S" + s)).nameZh("领域" + p + "子领域" + s)
            .nameEn("Pillar " + p + " sub-area " + s).build());
      }
      b.addPillars(pillar.build());
    }
    int classes = 1 + random.nextInt(2);
    for (int c = 0; c < classes; c++) {
      b.addCrossCutting(CrossCutting.builder().id(CrossCuttingId.of("C" + c)).nameZh("综合" + c)
          .nameEn("Cross-cutting " + c).build());
    }
    return b.build();
  }

  /** Classifies a measure in a taxonomy: a pillar with some of its sub-areas, or now and then a cross-cutting class. */
  private static void classify(RandomGenerator random, Measure.Builder measure, CatalogData taxonomy) {
    if (random.nextInt(4) == 0) {
      measure.crossCutting(ModelGenerators.oneOf(random, taxonomy.crossCutting()).id());
      return;
    }
    Pillar pillar = ModelGenerators.oneOf(random, taxonomy.pillars());
    measure.pillar(pillar.id());
    List<SubArea> subAreas = new ArrayList<>(pillar.subAreas());
    java.util.Collections.shuffle(subAreas, new java.util.Random(random.nextLong()));
    int n = subAreas.isEmpty() ? 0 : 1 + random.nextInt(subAreas.size());
    subAreas.subList(0, n).forEach(s -> measure.addSubAreas(s.id()));
  }

  /**
   * Returns a small valid catalog.
   *
   * @param random the source of randomness
   * @return catalog content that the catalog validator accepts
   */
  public static CatalogData catalog(RandomGenerator random) {
    CatalogData taxonomy = taxonomy(random);
    CatalogData.Builder data = CatalogData.builder().addAllRegions(REGIONS).addAllPillars(taxonomy.pillars())
        .addAllCrossCutting(taxonomy.crossCutting());
    List<DepartmentId> departments = new ArrayList<>();
    int departmentCount = 1 + random.nextInt(4);
    for (int i = 0; i < departmentCount; i++) {
      DepartmentId id = DepartmentId.of("dept-" + i);
      departments.add(id);
      data.addDepartments(Department.builder().id(id).nameZh("省部门" + i).nameEn("Department " + i)
          .kind(ModelGenerators.oneOf(random, List.of(DepartmentKind.values()))).build());
    }
    List<Indicator> indicators = new ArrayList<>();
    int indicatorCount = 1 + random.nextInt(4);
    for (int i = 0; i < indicatorCount; i++) {
      Dimension dimension = i == 0 ? Dimension.RATIO : ModelGenerators.dimension(random);
      Indicator generated = ModelGenerators.indicator(random, dimension);
      indicators.add(generated.withId(IndicatorId.of("indicator_" + i)));
    }
    data.addAllIndicators(indicators);
    int documentCount = 1 + random.nextInt(2);
    for (int d = 0; d < documentCount; d++) {
      addDocument(random, data, DocumentId.of("plan" + (2030 + d)), departments, indicators, taxonomy);
    }
    return data.build();
  }

  private static void addDocument(RandomGenerator random, CatalogData.Builder data, DocumentId doc,
      List<DepartmentId> departments, List<Indicator> indicators, CatalogData taxonomy) {
    boolean assignsDepartments = random.nextBoolean();
    StringBuilder text = new StringBuilder("测试规划").append(doc).append('\n');
    data.addDocuments(Document.builder().id(doc).issuingNumber("测试〔2030〕1号").titleZh("测试规划 " + doc)
        .titleEn("Test plan " + doc).issuer("测试机关").issueDate(LocalDate.of(2020, 1, 1))
        .periodStart(2020).periodEnd(2035).assignsDepartments(assignsDepartments).build());
    SectionId chapter = SectionId.of(doc + "/1");
    SectionId section = SectionId.of(doc + "/1/1");
    data.addSections(Section.builder().id(chapter).document(doc).kind(SectionKind.CHAPTER).label("一")
        .titleZh("建设任务").build());
    data.addSections(Section.builder().id(section).document(doc).parent(chapter).kind(SectionKind.SECTION)
        .label("（一）").titleZh("基础设施").build());
    text.append("一、建设任务\n（一）基础设施。\n");
    List<Target> targets = new ArrayList<>();
    Set<String> goals = new HashSet<>();
    int measureCount = 1 + random.nextInt(3);
    for (int m = 1; m <= measureCount; m++) {
      MeasureId measureId = MeasureId.of(section + "/" + m);
      data.addSections(Section.builder().id(measureId.section()).document(doc).parent(section)
          .kind(SectionKind.PARAGRAPH).label(Integer.toString(m)).titleZh("措施" + m).build());
      List<Target> measureTargets = new ArrayList<>();
      int targetCount = random.nextInt(3);
      for (int t = 0; t < targetCount; t++) {
        Target target = ModelGenerators.target(random, measureId, ModelGenerators.oneOf(random, indicators));
        // A goal counts once: one target per indicator, region and due year in a document.
        if (target.indicator().isPresent()
            && !goals.add(target.indicator().get() + "/" + target.region() + "/" + target.dueYear())) {
          continue;
        }
        measureTargets.add(target
            .withId(FactId.of(doc, FactKind.TARGET, "t" + m + "-" + t + "-" + target.id().value().split("/")[2])));
      }
      String body = "措施" + m + "。" + measureTargets.stream().map(t -> t.source().quote())
          .collect(Collectors.joining("，")) + "。";
      Measure.Builder measure = Measure.builder().id(measureId).document(doc).section(measureId.section())
          .label(Integer.toString(m)).titleZh("措施" + m).text(body);
      classify(random, measure, taxonomy);
      if (assignsDepartments) {
        measure.addDepartments(ModelGenerators.oneOf(random, departments));
      }
      data.addMeasures(measure.build());
      text.append(body).append('\n');
      targets.addAll(measureTargets);
    }
    data.addAllTargets(targets);
    SectionId background = SectionId.of(doc + "/2");
    data.addSections(Section.builder().id(background).document(doc).kind(SectionKind.CHAPTER).label("二")
        .titleZh("发展基础").build());
    text.append("二、发展基础\n");
    int reportedCount = random.nextInt(3);
    for (int r = 0; r < reportedCount; r++) {
      Indicator indicator = ModelGenerators.oneOf(random, indicators);
      ReportedValue generated = ModelGenerators.reportedValue(random, background, indicator);
      ReportedValue reported = generated
          .withId(FactId.of(doc, FactKind.REPORTED, "r" + r + "-" + generated.id().value().split("/")[2]));
      data.addReportedValues(reported);
      text.append("已完成").append(reported.source().quote()).append("。\n");
      targets.stream().filter(t -> t.indicator().equals(Optional.of(indicator.id()))).findFirst()
          .ifPresent(t -> data.addOutcomeLinks(OutcomeLink.builder().target(t.id()).reported(reported.id())
              .relation(OutcomeRelation.DIRECT).build()));
    }
    data.putText(doc.value(), text.toString());
  }

  /**
   * A catalog with one field changed so that it breaks one validation rule, and the JSON path of that field.
   */
  public static final class Corruption {
    private final CatalogData data;
    private final String path;
    private final String rule;

    Corruption(CatalogData data, String path, String rule) {
      this.data = data;
      this.path = path;
      this.rule = rule;
    }

    /**
     * Returns the corrupted catalog.
     *
     * @return the catalog content
     */
    public CatalogData data() {
      return data;
    }

    /**
     * Returns the JSON path of the changed field, e.g. {@code $.targets[2].measure}.
     *
     * @return the path
     */
    public String path() {
      return path;
    }

    /**
     * Returns the rule the change breaks, in words.
     *
     * @return the rule
     */
    public String rule() {
      return rule;
    }

    @Override
    public String toString() {
      return rule + " at " + path;
    }
  }

  /**
   * Returns a single-field corruption of a valid catalog. Which field is picked at random among those the
   * catalog has: a target's measure, indicator, region, quote or due year; a duplicated id; a measure's text or
   * department; a section's parent; an outcome link's reported value.
   *
   * @param random the source of randomness
   * @param valid a catalog the validator accepts, e.g. from {@link #catalog}
   * @return the corruption
   */
  public static Corruption corrupt(RandomGenerator random, CatalogData valid) {
    List<java.util.function.Supplier<Optional<Corruption>>> options = List.of(
        () -> withTarget(random, valid, (t, i) -> new Corruption(replaceTarget(valid, i,
            t.withMeasure(MeasureId.of(t.measure() + "/9"))),
            "$.targets[" + i + "].measure", "a target names a measure that does not exist")),
        () -> withTarget(random, valid, (t, i) -> t.indicator().isEmpty() ? null : new Corruption(
            replaceTarget(valid, i, t.withIndicator(IndicatorId.of("no_such_indicator"))),
            "$.targets[" + i + "].indicator", "a target names an indicator that does not exist")),
        () -> withTarget(random, valid, (t, i) -> new Corruption(replaceTarget(valid, i,
            t.withRegion(RegionCode.of("320999"))),
            "$.targets[" + i + "].region", "a target names a region that does not exist")),
        () -> withTarget(random, valid, (t, i) -> new Corruption(replaceTarget(valid, i,
            t.withSource(SourceRef.of(t.source().document(), t.source().section(),
                t.source().quote() + "（并非原文）"))),
            "$.targets[" + i + "].source.quote", "a quote is not in the document's text")),
        () -> withTarget(random, valid, (t, i) -> t.baseline().isPresent() ? null : new Corruption(
            replaceTarget(valid, i, t.withDueYear(2036)),
            "$.targets[" + i + "].dueYear", "a target is due after its document's period")),
        () -> withTarget(random, valid, (t, i) -> new Corruption(
            CatalogData.builder().from(valid).addTargets(t).build(),
            "$.targets[" + valid.targets().size() + "].id", "two targets share an id")),
        () -> withTarget(random, valid, (t, i) -> t.value().isEmpty() || t.upperValue().isPresent()
            || t.baseline().isPresent() ? null : new Corruption(
            replaceTarget(valid, i, t.withValue(io.github.newinfra.model.Quantity.of(
                t.value().get().value(), Unit.of(t.value().get().dimension() == Dimension.MONEY ? "公里" : "元")))),
            "$.targets[" + i + "].value", "a target's unit is of another dimension than its indicator's")),
        () -> valid.measures().isEmpty() ? Optional.empty() : Optional.of(measureCorruption(random, valid)),
        () -> {
          List<Section> sections = valid.sections();
          for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id().depth() == 3) {
              int index = i;
              SectionId parent = sections.get(i).parent().orElseThrow();
              List<Section> changed = new ArrayList<>(sections);
              changed.remove(sections.indexOf(sections.stream().filter(s -> s.id().equals(parent)).findFirst()
                  .orElseThrow()));
              int shifted = changed.indexOf(sections.get(index));
              return Optional.of(new Corruption(CatalogData.builder().from(valid).sections(changed).build(),
                  "$.sections[" + shifted + "].parent", "a section's parent does not exist"));
            }
          }
          return Optional.empty();
        },
        () -> valid.outcomeLinks().isEmpty() ? Optional.empty() : Optional.of(new Corruption(
            CatalogData.builder().from(valid).outcomeLinks(ImmutableList.<OutcomeLink>builder()
                .addAll(valid.outcomeLinks().subList(1, valid.outcomeLinks().size()))
                .add(valid.outcomeLinks().get(0)
                    .withReported(FactId.of(valid.outcomeLinks().get(0).reported()
                        + "-missing")))
                .build()).build(),
            "$.outcomeLinks[" + (valid.outcomeLinks().size() - 1) + "].reported",
            "an outcome link names a reported value that does not exist")));
    for (int attempt = 0; attempt < 100; attempt++) {
      Optional<Corruption> c = ModelGenerators.oneOf(random, options).get();
      if (c.isPresent()) {
        return c.get();
      }
    }
    return measureCorruption(random, valid);
  }

  private static Corruption measureCorruption(RandomGenerator random, CatalogData valid) {
    int i = random.nextInt(valid.measures().size());
    Measure m = valid.measures().get(i);
    if (!m.departments().isEmpty() && random.nextBoolean()) {
      return new Corruption(replaceMeasure(valid, i, m
          .withDepartments(ImmutableList.of(DepartmentId.of("no-such-department")))),
          "$.measures[" + i + "].departments[0]", "a measure names a department that does not exist");
    }
    return new Corruption(replaceMeasure(valid, i, m.withText(m.text() + "（增补）")),
        "$.measures[" + i + "].text", "a measure's text is not in the document's text");
  }

  private interface TargetCorruption {
    Corruption apply(Target target, int index);
  }

  private static Optional<Corruption> withTarget(RandomGenerator random, CatalogData valid, TargetCorruption c) {
    if (valid.targets().isEmpty()) {
      return Optional.empty();
    }
    int i = random.nextInt(valid.targets().size());
    return Optional.ofNullable(c.apply(valid.targets().get(i), i));
  }

  private static CatalogData replaceTarget(CatalogData data, int index, Target target) {
    List<Target> targets = new ArrayList<>(data.targets());
    targets.set(index, target);
    return CatalogData.builder().from(data).targets(targets).build();
  }

  private static CatalogData replaceMeasure(CatalogData data, int index, Measure measure) {
    List<Measure> measures = new ArrayList<>(data.measures());
    measures.set(index, measure);
    return CatalogData.builder().from(data).measures(measures).build();
  }

  /**
   * Returns the comparators a generated catalog may use; all of them.
   *
   * @return every comparator
   */
  public static List<Comparator> comparators() {
    return List.of(Comparator.values());
  }
}
