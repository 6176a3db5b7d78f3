/**
 * The monitoring report: an {@link io.github.newinfra.core.EvaluationReport} written for the people who act on it,
 * in Chinese (the default) or English.
 *
 * <p>{@link io.github.newinfra.core.report.Reports#write Reports.write} is the way in: a report, its catalog, a
 * {@link io.github.newinfra.core.report.ReportFormat} (text, Markdown, HTML, JSON), a locale, optionally a
 * {@link io.github.newinfra.core.report.Detail}, and a {@link java.io.Writer}; a final evaluation goes the same way.
 * {@link io.github.newinfra.core.report.Sheet} lays the same report out as a workbook's sheets of typed cells, which
 * the {@code newinfra-excel} module writes as xlsx. {@link io.github.newinfra.core.report.Label} and
 * {@link io.github.newinfra.core.report.Labels} hold every label, status and heading in both languages.
 *
 * <p>Inside, each concept lives in one class named after it: {@code Section} states the order every format follows
 * — the summary, the targets that need attention, the completion table, the targets with data one by one,
 * qualitative goals, roll-ups, the targets without data as one compact list, and the appendix with the rows used,
 * not used and rejected — and chooses what goes into each section; each format ({@code TextReport}, {@code
 * MarkdownReport}, {@code HtmlReport}, and {@code SheetReport} for the sheets) is a {@code SectionWriter} that
 * decides only how a section looks; {@code FinalSections} holds a final evaluation's own sections.
 * {@code Summary} computes the headline facts once, so every format shows the same counts; {@code CompletionTable}
 * is the 主要指标完成情况表; {@code Phrases} words what an entry says; {@code Chart} draws a target's values over time
 * as inline SVG; {@code JsonReport} writes the report's own JSON form.
 */
package io.github.newinfra.core.report;
