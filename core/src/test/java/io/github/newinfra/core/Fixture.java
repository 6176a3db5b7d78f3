package io.github.newinfra.core;

import io.github.newinfra.model.Accumulation;
import io.github.newinfra.model.Baseline;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Direction;
import io.github.newinfra.model.Document;
import io.github.newinfra.model.DocumentId;
import io.github.newinfra.model.FactId;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.IndicatorId;
import io.github.newinfra.model.Measure;
import io.github.newinfra.model.MeasureId;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.Region;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.RegionLevel;
import io.github.newinfra.model.RegionRegistry;
import io.github.newinfra.model.SourceRef;
import io.github.newinfra.model.Pillar;
import io.github.newinfra.model.PillarId;
import io.github.newinfra.model.SubArea;
import io.github.newinfra.model.SubAreaId;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.Unit;
import io.github.newinfra.model.ValueQualifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Small hand-made catalogs for engine tests: one document (2021–2025), one measure, a few indicators. */
final class Fixture {
  static final DocumentId DOC = DocumentId.of("plan2030");
  static final MeasureId MEASURE = MeasureId.of("plan2030/1/1/1");
  static final RegionCode JS = RegionCode.JIANGSU;
  static final RegionCode NANJING = RegionCode.of("320100");
  static final RegionCode WUXI = RegionCode.of("320200");

  private Fixture() {}

  static Indicator indicator(String id, String unit, Accumulation accumulation, Direction direction) {
    return Indicator.builder().id(IndicatorId.of(id)).nameZh(id).nameEn(id).unit(Unit.parse(unit))
        .accumulation(accumulation).direction(direction).build();
  }

  static final Indicator STATIONS = indicator("stations", "座", Accumulation.LEVEL, Direction.HIGHER_IS_BETTER);
  static final Indicator NEW_FIRMS = indicator("new_firms", "家", Accumulation.FLOW, Direction.HIGHER_IS_BETTER);
  static final Indicator SHARE = indicator("share", "%", Accumulation.LEVEL, Direction.HIGHER_IS_BETTER);
  static final Indicator RADIUS = indicator("radius", "公里", Accumulation.LEVEL, Direction.LOWER_IS_BETTER);

  static Target.Builder target(String slug, Indicator indicator, Comparator comparator) {
    return Target.builder().id(FactId.of("plan2030/target/" + slug)).measure(MEASURE).indicator(indicator.id()).region(JS)
        .comparator(comparator).dueYear(2025).source(SourceRef.of(DOC, MEASURE.section(), "quote"));
  }

  static Baseline baseline(String value, int year) {
    return Baseline.builder().value(Quantity.parse(value)).period(Period.ofYear(year)).build();
  }

  static CatalogData catalog(Target... targets) {
    return base().addIndicators(STATIONS, NEW_FIRMS, SHARE, RADIUS).addTargets(targets).build();
  }

  /**
   * The test document with its one measure (of the one pillar of its taxonomy), Jiangsu, Nanjing and Wuxi: a catalog
   * without indicators or targets. Jiangsu's other 11 cities come from the region registry.
   */
  static CatalogData.Builder base() {
    return CatalogData.builder()
        .addDocuments(Document.builder().id(DOC).issuingNumber("测〔2021〕1号").titleZh("测试").titleEn("Test")
            .issuer("测试").issueDate(LocalDate.of(2021, 1, 1)).periodStart(2021).periodEnd(2025)
            .assignsDepartments(false).build())
        .addMeasures(Measure.builder().id(MEASURE).document(DOC).section(MEASURE.section()).label("1")
            .titleZh("措施").text("措施。").pillar(PillarId.of("INFORMATION"))
            .addSubAreas(SubAreaId.of("COMMUNICATION_NETWORK")).build())
        .addPillars(Pillar.builder().id(PillarId.of("INFORMATION")).nameZh("信息基础设施")
            .nameEn("Information infrastructure").addSubAreas(SubArea.builder().id(SubAreaId.of("COMMUNICATION_NETWORK"))
                .nameZh("通信网络").nameEn("Communication networks").build()).build())
        .addRegions(Region.builder().code(JS).nameZh("江苏省").nameEn("Jiangsu").level(RegionLevel.PROVINCE).build())
        .addRegions(Region.builder().code(NANJING).nameZh("南京市").nameEn("Nanjing").parent(JS)
            .level(RegionLevel.PREFECTURE_CITY).build())
        .addRegions(Region.builder().code(WUXI).nameZh("无锡市").nameEn("Wuxi").parent(JS)
            .level(RegionLevel.PREFECTURE_CITY).build());
  }

  static Observation obs(Indicator indicator, RegionCode region, String period, double value) {
    return Observation.of(indicator.id(), region, Period.parse(period), value);
  }

  /**
   * A row for each of Jiangsu's cities other than Nanjing and Wuxi (the region registry knows 13), so that a sum
   * over the province's cities is complete.
   */
  static List<Observation> otherCities(Indicator indicator, String period, double value) {
    List<Observation> rows = new ArrayList<>();
    for (Region city : RegionRegistry.gbt2260().children(JS)) {
      if (!city.code().equals(NANJING) && !city.code().equals(WUXI)) {
        rows.add(obs(indicator, city.code(), period, value));
      }
    }
    return rows;
  }

  /** The rows given, then {@link #otherCities} at 0 in the period given. */
  static Observation[] withOtherCitiesAtZero(Indicator indicator, String period, Observation... rows) {
    List<Observation> all = new ArrayList<>(List.of(rows));
    all.addAll(otherCities(indicator, period, 0));
    return all.toArray(new Observation[0]);
  }

  /** What results evaluated through {@link #only(Evaluator, EvaluationReport)} say in words: English, then Chinese. */
  private static final Map<TargetResult, List<String>> WORDS =
      Collections.synchronizedMap(new IdentityHashMap<>());

  /**
   * The report's only result, its explanations rendered by the evaluator that made it (as the reports render them)
   * and kept for {@link #en} and {@link #zh}.
   */
  static TargetResult only(Evaluator evaluator, EvaluationReport report) {
    TargetResult r = only(report);
    Explainer words = evaluator.explainer();
    WORDS.put(r, List.of(words.explain(report, r, Locale.ENGLISH), words.explain(report, r, Locale.SIMPLIFIED_CHINESE)));
    return r;
  }

  /** The English explanation of a result made through {@link #only(Evaluator, EvaluationReport)}. */
  static String en(TargetResult r) {
    return words(r).get(0);
  }

  /** The Chinese explanation of a result made through {@link #only(Evaluator, EvaluationReport)}. */
  static String zh(TargetResult r) {
    return words(r).get(1);
  }

  private static List<String> words(TargetResult r) {
    List<String> words = WORDS.get(r);
    if (words == null) {
      throw new AssertionError("no explanation kept for " + r.target() + ": evaluate it through only(evaluator, report)");
    }
    return words;
  }

  static TargetResult only(EvaluationReport report) {
    if (report.results().size() != 1) {
      throw new AssertionError("expected one result, got " + report.results());
    }
    return report.results().get(0);
  }

  /**
   * Evaluates a CSV text read both ways a file is read — decoded, from a {@code Reader}, and as UTF-8 bytes, through
   * the byte reader — and requires the same report from both, so that every example pins both paths.
   */
  static EvaluationReport csvBothWays(Evaluator evaluator, String text, String name) {
    EvaluationReport fromText = evaluator.evaluate(ObservationSource.csv(new java.io.StringReader(text), name));
    EvaluationReport fromBytes = evaluator.evaluate(ObservationSource.csv(
        new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), name));
    org.junit.jupiter.api.Assertions.assertEquals(fromText, fromBytes,
        "reading the bytes must give the report reading the text gives");
    return fromText;
  }

  /** Each rejection listed, as "location REASON: message", by input position. */
  static List<String> rejections(EvaluationReport report) {
    List<String> out = new ArrayList<>();
    for (Rejection x : report.rejected()) {
      out.add(x.location() + " " + x.reason() + ": " + x.message());
    }
    return out;
  }

  /** Each row not used, as "location REASON: message". */
  static List<String> unused(EvaluationReport report) {
    List<String> out = new ArrayList<>();
    for (NotUsed u : report.unused()) {
      out.add(u.location() + " " + u.reason() + ": " + u.message());
    }
    return out;
  }

  /**
   * Each row the results use, as "location region period = value status[ qualifier][ published date][ from source]",
   * result by result.
   */
  static List<String> used(EvaluationReport report) {
    List<String> out = new ArrayList<>();
    for (TargetResult r : report.results()) {
      for (ObservationRef o : r.observations()) {
        out.add(o.location() + " " + o.region() + " " + o.period() + " = " + o.value() + " " + o.status()
            + (o.qualifier() == ValueQualifier.EXACT ? "" : " " + o.qualifier())
            + o.published().map(d -> " published " + d).orElse("") + o.source().map(s -> " from " + s).orElse(""));
      }
    }
    return out;
  }
}
