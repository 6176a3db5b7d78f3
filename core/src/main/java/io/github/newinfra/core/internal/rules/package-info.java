/**
 * The rules: {@code Engine} runs an evaluation over the row store, {@code Rating} rates each target (SPEC §5, §5a,
 * §5b; docs/evaluation.md), {@code RollUps} counts results by pillar, department and region, and
 * {@code DocumentFigures} makes the documents' own figures evidence. Not part of the API.
 */
package io.github.newinfra.core.internal.rules;
