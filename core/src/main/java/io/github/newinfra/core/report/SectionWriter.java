package io.github.newinfra.core.report;

import io.github.newinfra.core.TargetResult;
import java.io.IOException;
import java.util.List;

/**
 * A report format, told the report section by section in the order {@link Section} states: each method writes one
 * section, or nothing where the format does not show it. What goes into a section (which targets, which rows) is
 * chosen by {@link Section}; how it looks is the format's. Not part of the API.
 */
interface SectionWriter {
  /** The title and the documents evaluated; for illustrative returns, first a line saying so. */
  void title();

  /** The summary: date, method, coverage, status distribution, the fate of the input rows. */
  void summary();

  /**
   * A list of targets, each with its status and what it says.
   *
   * @param list which list
   * @param targets its targets, in order
   */
  void targetList(TargetList list, List<TargetResult> targets);

  /**
   * The completion table (主要指标完成情况表).
   *
   * @param table the table
   */
  void completion(CompletionTable table);

  /**
   * The targets with data one by one.
   *
   * @param results the quantitative targets with data, in report order
   */
  void targetsWithData(List<TargetResult> results);

  /**
   * The qualitative goals assessed.
   *
   * @param results the goals with an assessment, in report order
   */
  void qualitative(List<TargetResult> results);

  /**
   * The roll-ups.
   *
   * @param dimensions every dimension, in order, with its groups rated and not
   */
  void rollUps(List<RolledUp> dimensions);

  /**
   * The targets without data and the goals awaiting assessment.
   *
   * @param noData the targets without data
   * @param awaiting the qualitative goals without an assessment
   */
  void withoutData(List<TargetResult> noData, List<TargetResult> awaiting);

  /**
   * The appendix's heading and note, and the rows each target with data used.
   *
   * @param withData the targets with data
   */
  void appendix(List<TargetResult> withData);

  /** The rows not used and the rows rejected, the appendix's last part. */
  void rows();

  /**
   * A final evaluation's main sections, after the targets without data and before the appendix.
   *
   * @param blocks their headings, paragraphs, lists and tables, in order
   */
  void finalEvaluation(List<FinalSections.Block> blocks);

  /**
   * A final evaluation's returns checked, in the appendix after the rows each target used.
   *
   * @param blocks their headings, paragraphs, lists and tables, in order
   */
  void returnsChecked(List<FinalSections.Block> blocks);

  /** What ends the report. */
  void end();

  /**
   * Passes on what the sections so far have written; called after each section.
   *
   * @throws IOException if writing fails
   */
  default void flush() throws IOException {}
}
