/**
 * The evaluation engine: feed it observed indicator values by region and period, get back per-target status,
 * attainment, expected progress, projection and roll-ups by pillar, sub-area, measure, department, region and
 * document, with every rejected observation and its reason.
 *
 * <p>Start at {@link io.github.newinfra.core.Evaluator}. The engine needs only the model's
 * {@link io.github.newinfra.model.CatalogData}, so it evaluates any plan's catalog, not just the built-in one.
 * Catalog facts are exact decimals; observation arithmetic is in {@code double}: each target's values are
 * converted exactly to its indicator's unit once, then turned into {@code double}.
 */
@NewInfraStyle
package io.github.newinfra.core;

import io.github.newinfra.model.internal.NewInfraStyle;
