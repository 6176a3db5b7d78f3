package io.github.newinfra.benchmarks;

import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.Evaluator;
import io.github.newinfra.core.Observation;
import io.github.newinfra.core.report.Detail;
import io.github.newinfra.core.report.ReportFormat;
import io.github.newinfra.core.report.Reports;
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
import io.github.newinfra.model.SourceRef;
import io.github.newinfra.model.Pillar;
import io.github.newinfra.model.PillarId;
import io.github.newinfra.model.SubArea;
import io.github.newinfra.model.SubAreaId;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.Unit;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering the monitoring report of a synthetic plan of {@code targets} targets (one document, a measure per ten
 * targets, an indicator per ten targets with three yearly observations each, a fifth of the indicators without
 * data): the HTML page (a chart per target with data), the text and the Markdown, all in Chinese with every target
 * listed. The evaluation is done once in the set-up; only the rendering is measured. Compare the two sizes for
 * linearity.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class ReportBenchmark {
  /** The number of targets. */
  @Param({"1000", "10000"})
  public int targets;

  private CatalogData data;
  private EvaluationReport report;

  /** Builds the plan, its observations, and evaluates them. */
  @Setup(Level.Trial)
  public void setUp() {
    data = plan(targets);
    report = Evaluator.of(data).asOf(LocalDate.of(2024, 6, 30)).evaluate(observations(targets));
  }

  static CatalogData plan(int targets) {
    DocumentId doc = DocumentId.of("bench");
    CatalogData.Builder b = CatalogData.builder()
        .addDocuments(Document.builder().id(doc).issuingNumber("测〔2021〕1号").titleZh("基准测试规划")
            .titleEn("Benchmark plan").issuer("测试").issueDate(LocalDate.of(2021, 1, 1)).periodStart(2021)
            .periodEnd(2025).assignsDepartments(false).build())
        .addRegions(Region.builder().code(RegionCode.JIANGSU).nameZh("江苏省").nameEn("Jiangsu")
            .level(RegionLevel.PROVINCE).build());
    // A taxonomy of three pillars with four sub-areas each, as a plan declares it.
    for (int p = 0; p < 3; p++) {
      Pillar.Builder pillar = Pillar.builder().id(PillarId.of("P" + p)).nameZh("领域" + p).nameEn("Pillar " + p);
      for (int a = 0; a < 4; a++) {
        pillar.addSubAreas(SubArea.builder().id(SubAreaId.of("P" + p + "_A" + a)).nameZh("子领域" + p + a)
            .nameEn("Sub-area " + p + a).build());
      }
      b.addPillars(pillar.build());
    }
    for (int m = 0; m < (targets + 9) / 10; m++) {
      MeasureId id = MeasureId.of("bench/1/1/" + (m + 1));
      int area = m % 12;
      b.addMeasures(Measure.builder().id(id).document(doc).section(id.section()).label(Integer.toString(m + 1))
          .titleZh("措施" + (m + 1)).text("措施。").pillar(PillarId.of("P" + area / 4))
          .addSubAreas(SubAreaId.of("P" + area / 4 + "_A" + area % 4)).build());
      b.addIndicators(Indicator.builder().id(IndicatorId.of("ind_" + m)).nameZh("指标" + m).nameEn("indicator " + m)
          .unit(Unit.parse("个")).accumulation(Accumulation.LEVEL).direction(Direction.HIGHER_IS_BETTER).build());
    }
    for (int i = 0; i < targets; i++) {
      MeasureId measure = MeasureId.of("bench/1/1/" + (i / 10 + 1));
      b.addTargets(Target.builder().id(FactId.of("bench/target/t" + i)).measure(measure).region(RegionCode.JIANGSU)
          .indicator(IndicatorId.of("ind_" + (i / 10))).comparator(Comparator.AT_LEAST)
          .value(Quantity.parse((200 + i % 10 * 20) + "个")).dueYear(2025)
          .baseline(Baseline.builder().value(Quantity.parse("100个")).period(Period.ofYear(2020)).build())
          .descriptionZh("到2025年建成" + (200 + i % 10 * 20) + "个设施（第" + i + "项）")
          .descriptionEn("Build " + (200 + i % 10 * 20) + " facilities by 2025 (no. " + i + ")")
          .source(SourceRef.of(doc, measure.section(), "建成设施")).build());
    }
    return b.build();
  }

  static List<Observation> observations(int targets) {
    List<Observation> out = new ArrayList<>();
    int indicators = (targets + 9) / 10;
    for (int m = 0; m < indicators; m++) {
      if (m % 5 == 4) {
        continue;
      }
      for (int year = 2021; year <= 2023; year++) {
        out.add(Observation.of(IndicatorId.of("ind_" + m), RegionCode.JIANGSU, Period.ofYear(year),
            100 + (year - 2020) * (15 + m % 40)));
      }
    }
    return out;
  }

  /**
   * The HTML page.
   *
   * @return the page
   */
  @Benchmark
  public String html() {
    return written(ReportFormat.HTML);
  }

  /**
   * The text.
   *
   * @return the text
   */
  @Benchmark
  public String text() {
    return written(ReportFormat.TEXT);
  }

  /**
   * The Markdown.
   *
   * @return the Markdown
   */
  @Benchmark
  public String markdown() {
    return written(ReportFormat.MARKDOWN);
  }

  private String written(ReportFormat format) {
    StringWriter out = new StringWriter(1 << 20);
    try {
      Reports.write(report, data, format, Locale.SIMPLIFIED_CHINESE, Detail.ALL, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
