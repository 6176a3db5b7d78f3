/**
 * The monitoring report: an {@link io.github.newinfra.core.EvaluationReport} rendered for the people who act on it,
 * in Chinese (the default) or English.
 *
 * <p>Each concept lives in one class named after it: {@link io.github.newinfra.core.report.Label} and
 * {@link io.github.newinfra.core.report.Labels} hold every label, status and heading in both languages;
 * {@link io.github.newinfra.core.report.Summary} computes the headline facts once, so every format shows the same
 * counts; {@link io.github.newinfra.core.report.CompletionTable} is the 主要指标完成情况表 (completion table);
 * {@code Chart} draws a target's values over time as inline SVG; {@link io.github.newinfra.core.report.HtmlReport},
 * {@link io.github.newinfra.core.report.MarkdownReport}, {@link io.github.newinfra.core.report.TextReport} and
 * {@link io.github.newinfra.core.report.JsonReport} are the formats. Every format follows one order: the summary,
 * the targets that need attention, the completion table, the targets with data one by one, qualitative goals,
 * roll-ups, the targets without data as one compact list, and the rows not used or rejected.
 * {@link io.github.newinfra.core.Reports} is the short way in.
 */
package io.github.newinfra.core.report;
