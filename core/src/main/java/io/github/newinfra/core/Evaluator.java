package io.github.newinfra.core;

import com.google.common.collect.ImmutableMap;
import io.github.newinfra.core.internal.Engine;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.DocumentId;
import io.github.newinfra.model.FactId;
import io.github.newinfra.model.Target;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
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
 * methods return new evaluators sharing it. Defaults: as of today (UTC, read when {@link #of} is called),
 * {@link Method#LINEAR}, {@link EvaluationOptions#defaults()}, every target, no assessments. Evaluators are
 * immutable and thread-safe: one evaluator may run any number of evaluations concurrently, and equal inputs give
 * equal reports.
 *
 * <p>Rules, in order, per target: values are converted to the target's indicator's unit; a LEVEL uses the latest
 * observation whose period ends at or before the evaluation date, a FLOW sums the observations inside the target's
 * period (from the day after its baseline, else from 1 January of its document's first year, to the end of the
 * due year). ACHIEVED when the comparator holds; else MISSED after the end of the due year; else rated by the
 * method. A province-level target without province-level observations of an additive indicator (counts, lengths,
 * money) is evaluated on the sum of its cities' observations per period; other city-level observations count only
 * for city-level targets.
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
  private final Engine engine;
  private final LocalDate asOf;
  private final Method method;
  private final EvaluationOptions options;
  private final Map<FactId, Assessment> assessments;
  private final Optional<Set<DocumentId>> documents;

  private Evaluator(Engine engine, LocalDate asOf, Method method, EvaluationOptions options,
      Map<FactId, Assessment> assessments, Optional<Set<DocumentId>> documents) {
    this.engine = engine;
    this.asOf = asOf;
    this.method = method;
    this.options = options;
    this.assessments = assessments;
    this.documents = documents;
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
    return new Evaluator(Engine.compile(data), checked(LocalDate.now(clock)), Method.LINEAR,
        EvaluationOptions.defaults(), ImmutableMap.of(), Optional.empty());
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
    if (date.getYear() < Engine.MIN_YEAR || date.getYear() > Engine.MAX_YEAR) {
      throw new IllegalArgumentException("Invalid evaluation date " + date + ": it must lie in the years "
          + Engine.MIN_YEAR + " to " + Engine.MAX_YEAR);
    }
    return date;
  }

  /**
   * Returns an evaluator with another evaluation date.
   *
   * @param date the date; observations whose periods end later are not used
   * @return the evaluator
   * @throws IllegalArgumentException if the date is outside the years 1900 to 9999
   */
  public Evaluator asOf(LocalDate date) {
    return new Evaluator(engine, checked(Objects.requireNonNull(date, "date")), method, options, assessments,
        documents);
  }

  /**
   * Returns an evaluator with another rating method.
   *
   * @param value LINEAR or CAGR
   * @return the evaluator
   */
  public Evaluator method(Method value) {
    return new Evaluator(engine, asOf, Objects.requireNonNull(value, "method"), options, assessments, documents);
  }

  /**
   * Returns an evaluator with other thresholds.
   *
   * @param value the options
   * @return the evaluator
   */
  public Evaluator options(EvaluationOptions value) {
    return new Evaluator(engine, asOf, method, Objects.requireNonNull(value, "options"), assessments, documents);
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
    return new Evaluator(engine, asOf, method, options, ImmutableMap.copyOf(map), documents);
  }

  /**
   * Returns an evaluator restricted to the targets of some documents.
   *
   * @param ids the documents whose targets are evaluated
   * @return the evaluator
   */
  public Evaluator documents(DocumentId... ids) {
    return new Evaluator(engine, asOf, method, options, assessments, Optional.of(Set.of(ids)));
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
    return engine.run(asOf, method, options, assessments, include, source.style(), source::feed);
  }

  @Override
  public String toString() {
    return "Evaluator[asOf=" + asOf + ", method=" + method + ", targets of " + documents.map(Object::toString)
        .orElse("all documents") + "]";
  }
}
