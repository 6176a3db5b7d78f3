/**
 * The final evaluation beyond statistics: verdicts on qualitative goals, the progress of key tasks and the stages
 * of named projects, collected from lead departments as returns and rolled up.
 *
 * <p>The loop: {@link io.github.newinfra.core.progress.Assignments} says who reports on what (the 2020 measures'
 * departments, or the office's division of work); a form lists each department's items (the {@code newinfra-excel}
 * module writes it as a workbook, {@link io.github.newinfra.core.progress.ReturnForms} as CSV or JSON);
 * {@link io.github.newinfra.core.progress.Returns#check} reads the filled forms back, gives every row a fate and
 * keeps disagreements as conflicts; {@link io.github.newinfra.core.progress.FinalEvaluation} evaluates the
 * returns' figures with the statistics and says what is still needed; {@code Reports.write} of
 * {@code io.github.newinfra.core.report} writes it as the report with its final-evaluation sections. Every rule with a worked example is in
 * {@code docs/final-evaluation.md}.
 */
@NewInfraStyle
package io.github.newinfra.core.progress;

import io.github.newinfra.model.internal.NewInfraStyle;
