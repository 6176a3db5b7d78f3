package io.github.newinfra.core;

import com.google.common.collect.ImmutableMap;
import io.github.newinfra.core.internal.rows.CompiledCatalog;
import io.github.newinfra.core.internal.rows.Suggestions;
import io.github.newinfra.core.internal.rules.Engine;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.DocumentId;
import io.github.newinfra.model.FactId;
import io.github.newinfra.model.Target;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Evaluates a catalog's targets against observations and reports, per target, where it stands.
 *
 * <pre>{@code
 * EvaluationReport report = Evaluator.of(Catalog.builtIn().data())
 *     .asOf(LocalDate.of(2023, 12, 31))
 *     .method(Method.LINEAR)
 *     .evaluate(ObservationSource.csv(Path.of("observations.csv")));
 * }</pre>
 *
 * <p>{@link #of} compiles the catalog once (dictionaries of indicators and regions); the {@code with}-style
 * methods return new evaluators sharing it. Defaults: as of today (read from a {@link Clock}, UTC unless
 * {@link #of(CatalogData, Clock)} gives another, when the evaluator is made), {@link Method#LINEAR},
 * {@link EvaluationOptions#defaults()}, every target, no assessments. Evaluators are immutable and thread-safe: one
 * evaluator may run any number of evaluations concurrently, and equal inputs give equal reports.
 *
 * <p>An evaluation of 262,144 accepted rows or more shares the work after reading (grouping the rows by series,
 * settling duplicates and overlaps, rating the targets) with helper threads, one per further core and at most
 * three: daemon threads the evaluation starts and, as it returns or throws, tells to end. Each writes only its own
 * series or targets, so the report is the one a single thread gives. Smaller evaluations run on the calling thread
 * alone. {@link #parallelism(Parallelism)} caps the threads of reading and rating, or runs them on an executor of
 * the caller's; {@code Parallelism.threads(1)} starts none.
 *
 * <p>The rules (each with a worked example in {@code docs/evaluation.md}):
 * <ol>
 *   <li><b>Every row's fate.</b> Each input row is used, not used ({@link NotUsedReason#SUPERSEDED},
 *   {@link NotUsedReason#NO_TARGET_IN_SCOPE} for its indicator and region, {@link NotUsedReason#AFTER_AS_OF},
 *   {@link NotUsedReason#OUTSIDE_TARGET_PERIOD} for a flow) or rejected with a reason; used + not used + rejected =
 *   input. Rows dated after the evaluation date change nothing. Texts are resolved once per distinct text: indicator ids, region codes or the
 *   catalog's region names ({@code 南京市}, {@code 南京}, {@code Nanjing}), and whatever a
 *   {@link #mapping(ObservationMapping) mapping} translates; an unknown indicator or region is rejected with up to
 *   three nearest ids. For one indicator, region and period, a later {@code PUBLISHED} date supersedes an
 *   earlier; without two different dates, OBS_STATUS A supersedes P and E; rows nothing orders that disagree are
 *   all rejected.</li>
 *   <li><b>The value.</b> Values are converted to the indicator's unit ({@code UNIT_MULT} shifts the decimal point
 *   exactly). A LEVEL uses the latest observation ending at or before the evaluation date; a FLOW sums the
 *   observations inside the target's period (from the day after its catalog baseline, else from 1 January of its
 *   document's first year, to the end of the due year). A province without its own rows, for a count, length or
 *   money indicator, sums each city's latest value (a flow: each city's sum over the period). A
 *   {@code TIME_PERIOD} may be a time range ({@code 2020-01/2020-09}) for a year-to-date flow. The figures the
 *   documents report for a target count as its rows, cited with their quote, unless a row of the caller's has the
 *   same period ({@link EvaluationOptions#documentFigures()}).</li>
 *   <li><b>Lower bounds.</b> A sum over fewer than all the province's cities, a flow with gaps in its period, or a
 *   value qualified 超过 / 以上 may prove AT_LEAST, GREATER_THAN or COVERAGE achieved; otherwise it gives
 *   INSUFFICIENT_DATA saying what is covered, never MISSED, DETERIORATION or a rating. A flow's running sum proves
 *   no upper edge before its period is covered.</li>
 *   <li><b>Evidence at the due date.</b> After the due year the verdict rests on the complete value at the end of
 *   the due year whose figures all end inside it: ACHIEVED if the comparator holds on the value as of that date;
 *   ACHIEVED_LATE if that evidence fails and a later observation meets it; ACHIEVED_TIMING_UNKNOWN if a later one
 *   meets it and there is no such evidence; BASICALLY_ACHIEVED when the evidence is qualified 基本 and meets at face
 *   value (or, only with {@link EvaluationOptions#basicallyAchievedShare()} set, its attainment reaches that
 *   share); MISSED when the evidence fails, or without it when a complete later value fails; with only older data,
 *   INSUFFICIENT_DATA keeping the last rating as context ({@link Decision#lastRating()}). Before: ACHIEVED if it
 *   holds on the latest value, else the progress rules.</li>
 *   <li><b>Stale data.</b> Every result carries its data's age; older than
 *   {@link EvaluationOptions#staleAfterMonths()} (18) it is flagged {@link TargetResult#stale()} unless its status
 *   is a final verdict, and reports list it as needing newer data.</li>
 *   <li><b>Baselines.</b> A catalog baseline sits at the end of its period, and values ending at or before it
 *   decide nothing (INSUFFICIENT_DATA). A LEVEL without one starts from its earliest observation; a FLOW counts
 *   from 0 at the start of its period, a catalog baseline of a flow being a previous period's flow shown as
 *   context. A baseline that already meets the target: DETERIORATION (attainment 0) once the value has moved
 *   away; a baseline exactly on a strict edge does not meet it (INSUFFICIENT_DATA).</li>
 *   <li><b>Progress.</b> LINEAR: attainment (share of the distance from the baseline to the nearest edge of the
 *   target's band that was closed) over the share of the baseline-to-due span elapsed at the end of the latest
 *   observation; CAGR: actual over required compound growth, positive values only. The ratio against
 *   {@link EvaluationOptions} cut-offs gives ON_TRACK, NEEDS_ACCELERATION, LIMITED_PROGRESS or DETERIORATION.
 *   Overshooting a band counts against, under both methods; 基本 COVERAGE is {@code basicCoverage} (95%) and
 *   the result shows it as its target value.</li>
 *   <li><b>Projection.</b> A least-squares line through the baseline and later values, clamped to the
 *   indicator's range (0–100 for shares).</li>
 *   <li><b>Flags.</b> Each result carries its {@link Decision}, the OBS_STATUS of the observations it rests on and
 *   their sources; explanations (both languages) and reports flag anything but A.</li>
 * </ol>
 *
 * <p>Numbers: the catalog's facts are exact ({@code BigDecimal} quantities); each target value and baseline is
 * converted once per evaluation into a {@code double} in its indicator's unit. Observations are {@code double}s
 * from the moment they are read: each distinct (indicator, unit, UNIT_MULT) combination gets one power-of-ten
 * factor, and every sum, ratio and projection is computed in {@code double}. Reports therefore carry
 * {@code double}s, exact to about 15 significant digits. {@link ObservationSource#of(ObservationTable)} is the
 * fastest way in: its rows are dictionary-encoded, so each distinct indicator, region, period and unit is resolved
 * once, not once per row.
 */
public final class Evaluator {
  /** The compiled catalog, without a mapping. */
  private final Engine base;
  /** The compiled catalog reading input through {@link #mapping}. */
  private final Engine engine;
  private final ObservationMapping mapping;
  private final LocalDate asOf;
  private final Method method;
  private final EvaluationOptions options;
  private final Map<FactId, Assessment> assessments;
  private final Optional<Set<DocumentId>> documents;
  private final Parallelism parallelism;

  private Evaluator(Engine base, Engine engine, ObservationMapping mapping, LocalDate asOf, Method method,
      EvaluationOptions options, Map<FactId, Assessment> assessments, Optional<Set<DocumentId>> documents,
      Parallelism parallelism) {
    this.base = base;
    this.engine = engine;
    this.mapping = mapping;
    this.asOf = asOf;
    this.method = method;
    this.options = options;
    this.assessments = assessments;
    this.documents = documents;
    this.parallelism = parallelism;
  }

  /**
   * Compiles a catalog for evaluation.
   *
   * @param data the catalog content, e.g. {@code Catalog.builtIn().data()}
   * @return an evaluator with the defaults
   */
  public static Evaluator of(CatalogData data) {
    return of(data, Clock.systemUTC());
  }

  /**
   * Compiles a catalog for evaluation, with the default evaluation date read from a clock.
   *
   * @param data the catalog content, e.g. {@code Catalog.builtIn().data()}
   * @param clock the clock whose current date (in its zone) is the default evaluation date
   * @return an evaluator with the defaults
   * @throws IllegalArgumentException if the clock's date is outside the years 1900 to 9999
   */
  public static Evaluator of(CatalogData data, Clock clock) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(clock, "clock");
    Engine engine = Engine.compile(data);
    return new Evaluator(engine, engine, ObservationMapping.empty(), checked(LocalDate.now(clock)), Method.LINEAR,
        EvaluationOptions.defaults(), ImmutableMap.of(), Optional.empty(), Parallelism.automatic());
  }

  /**
   * Returns an evaluator whose evaluation date is a clock's current date.
   *
   * @param clock the clock, read once, now
   * @return the evaluator
   * @throws IllegalArgumentException if the clock's date is outside the years 1900 to 9999
   */
  public Evaluator clock(Clock clock) {
    return asOf(LocalDate.now(Objects.requireNonNull(clock, "clock")));
  }

  private static LocalDate checked(LocalDate date) {
    if (date.getYear() < CompiledCatalog.MIN_YEAR || date.getYear() > CompiledCatalog.MAX_YEAR) {
      throw new IllegalArgumentException("Invalid evaluation date " + date + ": it must lie in the years "
          + CompiledCatalog.MIN_YEAR + " to " + CompiledCatalog.MAX_YEAR);
    }
    return date;
  }

  /**
   * Returns an evaluator with another evaluation date.
   *
   * @param date the date, in the years 1900 to 9999; observations whose periods end later are not used
   * @return the evaluator
   * @throws IllegalArgumentException if the date is outside the years 1900 to 9999
   */
  public Evaluator asOf(LocalDate date) {
    return new Evaluator(base, engine, mapping, checked(Objects.requireNonNull(date, "date")), method, options,
        assessments, documents, parallelism);
  }

  /**
   * Returns an evaluator with another rating method.
   *
   * @param value LINEAR or CAGR
   * @return the evaluator
   */
  public Evaluator method(Method value) {
    return new Evaluator(base, engine, mapping, asOf, Objects.requireNonNull(value, "method"), options, assessments,
        documents, parallelism);
  }

  /**
   * Returns an evaluator with other thresholds.
   *
   * @param value the options
   * @return the evaluator
   */
  public Evaluator options(EvaluationOptions value) {
    return new Evaluator(base, engine, mapping, asOf, method, Objects.requireNonNull(value, "options"), assessments,
        documents, parallelism);
  }

  /**
   * Returns an evaluator that applies assessments to qualitative targets.
   *
   * @param values the assessments; a later one for the same target replaces an earlier
   * @return the evaluator
   */
  public Evaluator assessments(Collection<Assessment> values) {
    Map<FactId, Assessment> map = new LinkedHashMap<>();
    for (Assessment a : values) {
      map.put(a.target(), a);
    }
    return new Evaluator(base, engine, mapping, asOf, method, options, ImmutableMap.copyOf(map), documents,
        parallelism);
  }

  /**
   * Returns an evaluator that uses at most so many threads at a time, from where the parallelism says (see
   * {@link Parallelism}): for reading its sources, unless their {@link ReadOptions#parallelism()} says otherwise,
   * and for the work after reading. The report is the same whatever the parallelism.
   *
   * <pre>{@code
   * evaluator.parallelism(Parallelism.threads(1));                        // no thread besides the caller's
   * evaluator.parallelism(Parallelism.threads(4).withExecutor(executor)); // the application's executor
   * }</pre>
   *
   * @param value the parallelism; {@link Parallelism#automatic()} by default
   * @return the evaluator
   */
  public Evaluator parallelism(Parallelism value) {
    return new Evaluator(base, engine, mapping, asOf, method, options, assessments, documents,
        Objects.requireNonNull(value, "parallelism"));
  }

  /**
   * Returns how many threads an evaluation uses, and where they come from.
   *
   * @return the parallelism; {@link Parallelism#automatic()} unless {@link #parallelism(Parallelism)} set another
   */
  public Parallelism parallelism() {
    return parallelism;
  }

  /**
   * Returns an evaluator restricted to the targets of some documents.
   *
   * @param ids the documents whose targets are evaluated
   * @return the evaluator
   */
  public Evaluator documents(DocumentId... ids) {
    return new Evaluator(base, engine, mapping, asOf, method, options, assessments, Optional.of(Set.of(ids)),
        parallelism);
  }

  /**
   * Returns an evaluator that reads the codes of observation files through a mapping (see
   * {@link ObservationMapping}): each distinct indicator, region, unit and status text is translated once, where
   * it is resolved. A later call replaces the mapping.
   *
   * @param value the mapping; {@link ObservationMapping#empty()} for none
   * @return the evaluator
   * @throws ObservationFormatException if an indicator or region entry maps to an id or code the catalog does
   *     not have, naming the entry's place ({@code mapping.csv:3}) and the nearest ids
   */
  public Evaluator mapping(ObservationMapping value) {
    Objects.requireNonNull(value, "mapping");
    CatalogData data = base.data();
    Set<String> indicators = new HashSet<>();
    data.indicators().forEach(i -> indicators.add(i.id().value()));
    for (Map.Entry<String, String> e : value.entries(ObservationMapping.Kind.INDICATOR).entrySet()) {
      if (!indicators.contains(e.getValue())) {
        throw new ObservationFormatException(value.describe(ObservationMapping.Kind.INDICATOR, e.getKey())
            + ": '" + e.getValue() + "' is not an indicator id of the catalog"
            + Suggestions.indicators(data, e.getValue()));
      }
    }
    Set<String> regions = new HashSet<>();
    data.regions().forEach(r -> regions.add(r.code().value()));
    for (Map.Entry<String, String> e : value.entries(ObservationMapping.Kind.REGION).entrySet()) {
      if (!regions.contains(e.getValue())) {
        throw new ObservationFormatException(value.describe(ObservationMapping.Kind.REGION, e.getKey())
            + ": '" + e.getValue() + "' is not a region code of the catalog" + Suggestions.regions(data, e.getValue()));
      }
    }
    Engine mapped = base.withMapping(value.entries(ObservationMapping.Kind.INDICATOR),
        value.entries(ObservationMapping.Kind.REGION), value.entries(ObservationMapping.Kind.STATUS),
        value.entries(ObservationMapping.Kind.UNIT));
    return new Evaluator(base, mapped, value, asOf, method, options, assessments, documents, parallelism);
  }

  /**
   * Returns the mapping observation files are read through.
   *
   * @return the mapping; empty unless {@link #mapping(ObservationMapping)} gave one
   */
  public ObservationMapping mapping() {
    return mapping;
  }

  /**
   * Returns the evaluation date.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the rating method.
   *
   * @return the method
   */
  public Method method() {
    return method;
  }

  /**
   * Evaluates observations held in memory.
   *
   * @param observations the observations
   * @return the report
   */
  public EvaluationReport evaluate(Iterable<Observation> observations) {
    return evaluate(ObservationSource.of(observations));
  }

  /**
   * Evaluates observations from a source, reading it once.
   *
   * @param source the source
   * @return the report
   * @throws ObservationFormatException if the source as a whole cannot be read
   */
  public EvaluationReport evaluate(ObservationSource source) {
    Objects.requireNonNull(source, "source");
    Predicate<Target> include = documents.<Predicate<Target>>map(ids -> t -> ids.contains(t.id().document()))
        .orElse(t -> true);
    return engine.run(asOf, method, options, assessments, include, source.style(),
        sink -> source.feed(sink, parallelism), parallelism.workers());
  }

  @Override
  public String toString() {
    return "Evaluator[asOf=" + asOf + ", method=" + method + ", targets of " + documents.map(Object::toString)
        .orElse("all documents") + "]";
  }

  /**
   * Returns the explainer of this evaluator's results: why each target has its status, in words, in the language
   * asked for ({@link Explainer}).
   *
   * @return the explainer, sharing this evaluator's compiled catalog
   */
  public Explainer explainer() {
    return Explainer.of(engine);
  }
}
