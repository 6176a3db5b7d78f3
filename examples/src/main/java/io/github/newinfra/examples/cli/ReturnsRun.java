package io.github.newinfra.examples.cli;

import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.core.Evaluator;
import io.github.newinfra.core.ObservationSource;
import io.github.newinfra.core.progress.Assignments;
import io.github.newinfra.core.progress.Conflict;
import io.github.newinfra.core.progress.Fate;
import io.github.newinfra.core.progress.FinalEvaluation;
import io.github.newinfra.core.progress.ReturnForm;
import io.github.newinfra.core.progress.ReturnForms;
import io.github.newinfra.core.progress.ReturnIssue;
import io.github.newinfra.core.progress.Returns;
import io.github.newinfra.core.progress.RowFate;
import io.github.newinfra.core.report.Detail;
import io.github.newinfra.core.report.Label;
import io.github.newinfra.core.report.Labels;
import io.github.newinfra.core.report.Reports;
import io.github.newinfra.excel.ExcelReport;
import io.github.newinfra.excel.ReturnWorkbook;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code evaluate --returns}, and {@code evaluate} without input: the final evaluation of filled returns (none for
 * the latter), with or without statistics, written as the report with its final-evaluation sections, and what
 * was rejected, not used, in conflict or doubtful said on standard error.
 */
final class ReturnsRun {
  private ReturnsRun() {}

  /** Reads a return by its extension: a workbook, JSON or CSV. */
  static ReturnForm read(Path file, Labels l) {
    FileChecks.readable(file, Label.FILE_RETURN, l);
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return name.endsWith(".xlsx") ? ReturnWorkbook.read(file) : ReturnForms.read(file);
  }

  /**
   * Runs the final evaluation and writes the report.
   *
   * @return the exit code
   */
  static int run(EvaluateCommand c, Catalog catalog, Evaluator evaluator, Optional<ObservationSource> statistics,
      Locale locale, Detail detail, PrintWriter err) {
    Assignments who = TemplateCommand.assignments(catalog, c.assign);
    Labels l = Labels.of(locale);
    List<ReturnForm> forms = new ArrayList<>();
    for (Path p : c.returns == null ? List.<Path>of() : c.returns) {
      forms.add(read(p, l));
    }
    Returns returns = Returns.check(who, forms);
    FinalEvaluation result = FinalEvaluation.of(evaluator, returns, statistics);
    c.write((f, w) -> Reports.write(result, catalog.data(), f, locale, detail, w),
        s -> ExcelReport.write(result, catalog.data(), locale, detail, s), l);
    c.warnStatistics(result.report(), result.statisticsObservations(), catalog, l);
    long rejected = returns.count(Fate.REJECTED) + result.rejectedFigures().size();
    if (rejected > 0) {
      err.println(l.get(Label.CLI_WARNING) + l.format(Label.CLI_RETURNS_REJECTED, rejected,
          c.strict ? l.get(Label.CLI_STRICT) : "", rejected == 1 ? "row" : "rows", rejected == 1 ? "was" : "were"));
      for (RowFate f : returns.fates()) {
        if (f.fate() == Fate.REJECTED) {
          err.println("  " + Messages.escape(f.message(locale)));
        }
      }
      result.rejectedFigures().forEach(m -> err.println("  " + Messages.escape(m)));
    }
    for (Conflict k : returns.conflicts()) {
      List<String> parts = new ArrayList<>();
      k.rows().forEach(f -> parts.add(f.message(locale)));
      err.println(l.get(Label.CLI_WARNING) + l.format(Label.CLI_RETURNS_CONFLICT, k.item(),
          Messages.escape(String.join(l.clauseSeparator(), parts))));
    }
    for (ReturnIssue i : returns.issues()) {
      err.println(l.get(Label.CLI_WARNING) + Messages.escape(i.message(locale)));
    }
    err.flush();
    boolean anyRejected = rejected > 0 || result.report().rejectedObservations() > 0;
    return anyRejected && c.strict ? NewInfraCli.INVALID_INPUT : 0;
  }
}
