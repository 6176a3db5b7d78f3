package io.github.newinfra.core;

import io.github.newinfra.core.internal.rows.CompiledCatalog;
import io.github.newinfra.core.internal.rules.Engine;
import io.github.newinfra.core.internal.wording.Explanations;
import io.github.newinfra.model.CatalogData;
import java.util.Locale;
import java.util.Objects;

/**
 * Says in words why each target has its status, in the language asked for: the one way to an explanation. Results
 * hold facts ({@link TargetResult#decision()}, values, periods), not sentences; an explanation is rendered from them
 * with the catalog's names, so a better sentence or another language changes no result.
 *
 * <p>Chinese for a locale whose language is {@code zh} ({@link java.util.Locale#SIMPLIFIED_CHINESE}, the reports'
 * default), English for any other. For example, a 2025 target of at least 95% 5G coverage of Nanjing, rated on
 * 2026-03-31 from a 2025 value of 96.2%:
 *
 * <pre>{@code
 * Explainer explainer = Explainer.of(catalog);
 * explainer.explain(report, result, Locale.SIMPLIFIED_CHINESE);
 * // 已完成：96.2%（2025）达到目标2025年不低于95%，按期实现。…
 * explainer.explain(report, result, Locale.ENGLISH);
 * // Achieved: 96.2% (2025) meets at least 95% due 2025, on time. …
 * }</pre>
 *
 * <p>The report must be the one the result belongs to: it gives the evaluation date and the options the result was
 * rated with. Immutable and thread-safe.
 */
public final class Explainer {
  private final Explanations.Context context;

  private Explainer(Explanations.Context context) {
    this.context = context;
  }

  /**
   * Returns the explainer of a catalog's results.
   *
   * @param catalog the catalog the results were evaluated against
   * @return the explainer
   */
  public static Explainer of(CatalogData catalog) {
    return new Explainer(CompiledCatalog.compile(Objects.requireNonNull(catalog, "catalog")).context());
  }

  /** The explainer of an engine's catalog, sharing its compiled names and regions. */
  static Explainer of(Engine engine) {
    return new Explainer(engine.context());
  }

  /**
   * Says why a result has its status.
   *
   * @param report the report the result belongs to (its evaluation date and options)
   * @param result the result
   * @param locale the language: Chinese for {@code zh}, English otherwise
   * @return one line
   */
  public String explain(EvaluationReport report, TargetResult result, Locale locale) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(locale, "locale");
    return Explanations.explain(result, report.asOf(), report.options(), context, locale);
  }
}
