/**
 * The domain model of machine-readable government plans: documents and their sections, a plan's taxonomy
 * (pillars, their sub-areas, cross-cutting classes), measures, responsible departments, regions, indicators, units and quantities, targets,
 * reported values, fiscal facts and named facilities, each traceable to a verbatim quote of its source.
 *
 * <p>Every type here is immutable and thread-safe. Value types are built through static factories
 * ({@code of}, {@code parse}) or generated builders ({@code Target.builder()}); invariants are checked at
 * construction and broken ones raise {@link io.github.newinfra.model.InvalidValueException} with a message
 * that names the value and the rule. No method returns {@code null}: what may be absent is an
 * {@link java.util.Optional}. Every type maps to JSON with stable field names (see
 * {@code docs/catalog-format.md}).
 */
@NewInfraStyle
package io.github.newinfra.model;

import io.github.newinfra.model.internal.NewInfraStyle;
