package io.github.newinfra.core.internal.rules;

import io.github.newinfra.core.Assessment;
import io.github.newinfra.core.DataWarning;
import io.github.newinfra.core.EvaluationOptions;
import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.Method;
import io.github.newinfra.core.NotUsed;
import io.github.newinfra.core.NotUsedReason;
import io.github.newinfra.core.TargetResult;
import io.github.newinfra.core.internal.reading.RowSink;
import io.github.newinfra.core.internal.rows.CompiledCatalog;
import io.github.newinfra.core.internal.rows.Ingest;
import io.github.newinfra.core.internal.rows.LocationStyle;
import io.github.newinfra.core.internal.rows.Series;
import io.github.newinfra.core.internal.threads.Parallel;
import io.github.newinfra.core.internal.threads.Workers;
import io.github.newinfra.core.internal.wording.Explanations;
import io.github.newinfra.core.internal.wording.Text;
import io.github.newinfra.model.Accumulation;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Dimension;
import io.github.newinfra.model.Document;
import io.github.newinfra.model.DocumentId;
import io.github.newinfra.model.FactId;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The evaluation engine behind {@code Evaluator}: a catalog compiled once into dictionaries (indicator and
 * region ids to dense indices), then per run a columnar ingest of observation rows, per-series clean-up
 * (duplicates, overlapping flows) and per-target rating. Not part of the API.
 *
 * <p>Immutable and thread-safe once compiled; each run keeps its state in its own objects.
 */
public final class Engine {
  /** The compiled catalog: indices, limits and how input texts resolve. */
  final CompiledCatalog compiled;
  final CatalogData data;
  final Indicator[] indicators;
  final RegionCode[] regions;
  final Map<String, Integer> indicatorIndex;
  final Map<String, Integer> regionIndex;
  /** Per indicator, whether it is a share in percent (its fractions of 1 are suspect, see fractionShares). */
  final boolean[] ratio;
  final Map<DocumentId, Document> documents;
  /** The figures the documents report for their targets, counted as evidence (SPEC §5b). */
  final DocumentFigures figures;
  /** What explanations need of the catalog. */
  private final Explanations.Context context;

  private Engine(CompiledCatalog compiled, DocumentFigures figures) {
    this.compiled = compiled;
    this.data = compiled.data;
    this.indicators = compiled.indicators;
    this.regions = compiled.regions;
    this.indicatorIndex = compiled.indicatorIndex;
    this.regionIndex = compiled.regionIndex;
    this.ratio = compiled.ratio;
    this.documents = compiled.documents;
    this.figures = figures;
    this.context = compiled.context();
  }

  /**
   * Returns an engine that reads input texts through a mapping, whose indicator and region targets are known to
   * be in the catalog.
   *
   * @param indicators FROM to indicator id
   * @param regions FROM to region code
   * @param statuses FROM to status code, e.g. {@code P}
   * @param units FROM to unit text
   * @return the engine, sharing this one's compiled catalog
   * @throws IllegalArgumentException if an indicator or region target is not in the catalog
   */
  public Engine withMapping(Map<String, String> indicators, Map<String, String> regions,
      Map<String, String> statuses, Map<String, String> units) {
    return new Engine(compiled.withMapping(indicators, regions, statuses, units), figures);
  }

  /**
   * Compiles a catalog.
   *
   * @param data the catalog content
   * @return the engine
   */
  public static Engine compile(CatalogData data) {
    CompiledCatalog compiled = CompiledCatalog.compile(data);
    return new Engine(compiled, new DocumentFigures(compiled.data));
  }

  /**
   * Returns the catalog content the engine was compiled from.
   *
   * @return the content
   */
  public CatalogData data() {
    return data;
  }

  /**
   * Runs an evaluation.
   *
   * @param asOf the evaluation date
   * @param method the rating method
   * @param options the thresholds
   * @param assessments assessments of qualitative targets, by target
   * @param include which targets to evaluate
   * @param style how rows are located
   * @param feed pushes every input row into the sink it is given
   * @return the report
   */
  public EvaluationReport run(LocalDate asOf, Method method, EvaluationOptions options,
      Map<FactId, Assessment> assessments, Predicate<Target> include, LocationStyle style, Consumer<RowSink> feed) {
    return run(asOf, method, options, assessments, include, style, feed, Workers.DEFAULT);
  }

  /**
   * Runs an evaluation whose work after reading is shared with helpers from the given workers.
   *
   * @param asOf the evaluation date
   * @param method the rating method
   * @param options the thresholds
   * @param assessments assessments of qualitative targets, by target
   * @param include which targets to evaluate
   * @param style how rows are located
   * @param feed pushes every input row into the sink it is given
   * @param workers where helpers come from, and how many there may be
   * @return the report
   */
  public EvaluationReport run(LocalDate asOf, Method method, EvaluationOptions options,
      Map<FactId, Assessment> assessments, Predicate<Target> include, LocationStyle style, Consumer<RowSink> feed,
      Workers workers) {
    return run(asOf, method, options, assessments, include, style, feed, workers, 0);
  }

  /**
   * Runs an evaluation, sharing the work after reading between {@code threads} threads, or as many as
   * {@link Parallel#forRows} gives for the run's rows when {@code threads} is 0. The report is the same for any
   * number.
   */
  public EvaluationReport run(LocalDate asOf, Method method, EvaluationOptions options,
      Map<FactId, Assessment> assessments, Predicate<Target> include, LocationStyle style, Consumer<RowSink> feed,
      int threads) {
    return run(asOf, method, options, assessments, include, style, feed, Workers.DEFAULT, threads);
  }

  private EvaluationReport run(LocalDate asOf, Method method, EvaluationOptions options,
      Map<FactId, Assessment> assessments, Predicate<Target> include, LocationStyle style, Consumer<RowSink> feed,
      Workers workers, int threads) {
    Ingest ingest = new Ingest(compiled, style, options.maxRejectionsListed());
    feed.accept(ingest);
    try (Parallel team = threads > 0 ? Parallel.of(threads, workers) : Parallel.forRows(ingest.rows, workers)) {
      ingest.finish(team);
      return report(ingest, asOf, method, options, assessments, include, team);
    }
  }

  private EvaluationReport report(Ingest ingest, LocalDate asOf, Method method, EvaluationOptions options,
      Map<FactId, Assessment> assessments, Predicate<Target> include, Parallel team) {
    Rating rating = new Rating(this, ingest, asOf, method, options);
    List<Target> rated = new ArrayList<>();
    List<Optional<Assessment>> assessed = new ArrayList<>();
    for (Target t : data.targets()) {
      if (include.test(t)) {
        rated.add(t);
        assessed.add(Optional.ofNullable(assessments.get(t.id())));
      }
    }
    TargetResult[] result = new TargetResult[rated.size()];
    team.forEach(rated.size(), k -> result[k] = rating.rate(rated.get(k), assessed.get(k)));
    List<TargetResult> results = Arrays.asList(result);
    List<NotUsed> unused = new ArrayList<>(ingest.notUsed);
    unused.sort(Comparator.comparingLong(NotUsed::ordinal));
    unused.addAll(notRead(ingest, include, asOf));
    long notUsedRows = unused.stream().mapToLong(NotUsed::rows).sum();
    long accepted = ingest.rows - ingest.rejections.count();
    return EvaluationReport.builder()
        .asOf(asOf).method(method).options(options)
        .inputObservations(ingest.rows).acceptedObservations(accepted)
        .usedObservations(accepted - notUsedRows).unused(unused)
        .results(results)
        .rollUps(RollUps.build(data, results))
        .rejected(ingest.rejections.listed())
        .rejectedObservations(ingest.rejections.count())
        .rejectedByReason(ingest.rejections.byReason())
        .rejectedByIndicator(ingest.rejections.byIndicator())
        .warnings(fractionShares(ingest))
        .build();
  }

  /**
   * The accepted rows no result rests on, per indicator, region and reason, one entry each: a series no target in
   * scope reads (NO_TARGET_IN_SCOPE); rows whose periods end after the evaluation date (AFTER_AS_OF); a flow's rows
   * outside the period of every target that reads them (OUTSIDE_TARGET_PERIOD). A target reads its own indicator
   * and region and each region one level below (a province's cities: their sum, or their own values shown beside it).
   */
  private List<NotUsed> notRead(Ingest ingest, Predicate<Target> include, LocalDate asOf) {
    int asOfDay = (int) asOf.toEpochDay();
    boolean[][] read = new boolean[indicators.length][regions.length];
    // Per flow series, the target periods that read it, as {first day, last day} pairs.
    Map<Long, List<int[]>> periods = new HashMap<>();
    for (Target t : data.targets()) {
      if (!include.test(t) || t.indicator().isEmpty()) {
        continue;
      }
      Integer ind = indicatorIndex.get(t.indicator().get().value());
      Integer reg = regionIndex.get(t.region().value());
      if (ind == null || reg == null) {
        continue;
      }
      List<Integer> readers = new ArrayList<>(List.of(reg));
      for (RegionCode child : children(this, t.region())) {
        readers.add(regionIndex.get(child.value()));
      }
      int[] span = {flowStart(t), (int) LocalDate.of(t.dueYear(), 12, 31).toEpochDay()};
      for (int r : readers) {
        read[ind][r] = true;
        periods.computeIfAbsent((long) ind * regions.length + r, k -> new ArrayList<>()).add(span);
      }
    }
    List<NotUsed> out = new ArrayList<>();
    for (int i = 0; i < indicators.length; i++) {
      boolean flow = indicators[i].accumulation() == Accumulation.FLOW;
      for (int r = 0; r < regions.length; r++) {
        Series s = ingest.series[i][r];
        if (s == null || s.size == 0) {
          continue;
        }
        if (!read[i][r]) {
          out.add(notUsed(ingest, s, i, r, NotUsedReason.NO_TARGET_IN_SCOPE, k -> true,
              "no target in scope for its indicator and region"));
          continue;
        }
        out.add(notUsed(ingest, s, i, r, NotUsedReason.AFTER_AS_OF, k -> s.end(k) > asOfDay,
            "its period ends after the evaluation date " + asOf));
        if (flow) {
          List<int[]> spans = periods.get((long) i * regions.length + r);
          out.add(notUsed(ingest, s, i, r, NotUsedReason.OUTSIDE_TARGET_PERIOD, k -> s.end(k) <= asOfDay
              && spans.stream().noneMatch(p -> s.start(k) >= p[0] && s.end(k) <= p[1]),
              "outside the period of every target that counts this flow"));
        }
      }
    }
    out.removeIf(java.util.Objects::isNull);
    out.sort(Comparator.comparingLong(NotUsed::ordinal));
    return out;
  }

  /** One entry for the rows of a series that a test picks, or null when it picks none. */
  private NotUsed notUsed(Ingest ingest, Series s, int i, int r, NotUsedReason reason,
      java.util.function.IntPredicate picks, String why) {
    int first = -1;
    long count = 0;
    for (int k = 0; k < s.size; k++) {
      if (picks.test(k)) {
        count++;
        if (first < 0 || s.ordinal(k) < s.ordinal(first)) {
          first = k;
        }
      }
    }
    if (count == 0) {
      return null;
    }
    return NotUsed.builder().ordinal(s.ordinal(first)).location(ingest.style.describe(s.ordinal(first),
        s.line(first))).indicator(indicators[i].id().value()).region(regions[r].value()).reason(reason).rows(count)
        .message(count + (count == 1 ? " observation" : " observations") + " of " + indicators[i].id() + " in "
            + regions[r] + ": " + why)
        .build();
  }

  /**
   * The shares that look written as fractions of 1: a value in (0, 1] in a series of a share whose other values
   * include one above 1. Excel stores 97.5% as 0.975; read as a percentage it is 0.975%. One warning per series,
   * at its first such row, counting them all.
   */
  private List<DataWarning> fractionShares(Ingest ingest) {
    List<DataWarning> out = new ArrayList<>();
    for (int i = 0; i < indicators.length; i++) {
      if (!ratio[i]) {
        continue;
      }
      for (int r = 0; r < regions.length; r++) {
        Series s = ingest.series[i][r];
        double above = Double.NaN;
        for (int k = 0; s != null && k < s.size && Double.isNaN(above); k++) {
          above = s.value(k) > 1 ? s.value(k) : Double.NaN;
        }
        int first = -1;
        int count = 0;
        for (int k = 0; s != null && !Double.isNaN(above) && k < s.size; k++) {
          double v = s.value(k);
          if (v > 0 && v <= 1) {
            if (first < 0 || s.ordinal(k) < s.ordinal(first)) {
              first = k;
            }
            count++;
          }
        }
        if (first >= 0) {
          double v = s.value(first);
          out.add(DataWarning.builder().ordinal(s.ordinal(first)).location(ingest.style.describe(s.ordinal(first),
              s.line(first))).indicator(indicators[i].id().value()).region(regions[r].value())
              .message("share " + Text.number(v) + " of " + indicators[i].id() + " in " + regions[r] + " ("
                  + CompiledCatalog.periodText(s.start(first), s.end(first)) + ") looks like a fraction of 1, while other values of"
                  + " the series are percentages (e.g. " + Text.number(above) + "); if " + Text.number(v * 100)
                  + "% is meant, write " + Text.number(v * 100)
                  + (count > 1 ? "; " + (count - 1) + " more rows of the series look the same" : ""))
              .period(CompiledCatalog.periodText(s.start(first), s.end(first))).value(v).percentExample(above).rows(count)
              .build());
        }
      }
    }
    out.sort(Comparator.comparingLong(DataWarning::ordinal));
    return out;
  }

  /**
   * The first day of a flow target's period: the day after its catalog baseline's period, else 1 January of its
   * document's first year (or of the due year, if earlier).
   *
   * @param t the target
   * @return the epoch day
   */
  int flowStart(Target t) {
    if (t.baseline().isPresent()) {
      return (int) t.baseline().get().period().end().toEpochDay() + 1;
    }
    Document doc = documents.get(t.id().document());
    int year = doc == null ? t.dueYear() : Math.min(doc.periodStart(), t.dueYear());
    return (int) LocalDate.of(year, 1, 1).toEpochDay();
  }

  /**
   * Returns what explanations need of the compiled catalog: its names and every region's children.
   *
   * @return the context
   */
  public Explanations.Context context() {
    return context;
  }

  static Set<Dimension> additive() {
    return Set.of(Dimension.COUNT, Dimension.LENGTH, Dimension.MONEY);
  }

  /** The regions one level below a region: see {@link CompiledCatalog#children}. */
  static List<RegionCode> children(Engine engine, RegionCode region) {
    return engine.compiled.children(region);
  }
}
