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
 * {@code evaluate --returns}: the final evaluation of filled returns, with or without statistics, written as the
 * report followed by its final-evaluation sections, and what was rejected, in conflict or doubtful said on standard
 * error.
 */
final class ReturnsRun {
  private ReturnsRun() {}

  /** Reads a return by its extension: a workbook, JSON or CSV. */
  static ReturnForm read(Path file) {
    FileChecks.readable(file, io.github.newinfra.core.report.Label.FILE_RETURN);
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
    List<ReturnForm> forms = new ArrayList<>();
    for (Path p : c.returns) {
      forms.add(read(p));
    }
    Returns returns = Returns.check(who, forms);
    FinalEvaluation result = FinalEvaluation.of(evaluator, returns, statistics);
    c.write((f, w) -> Reports.write(result, catalog.data(), f, locale, detail, w),
        s -> ExcelReport.write(result, catalog.data(), locale, detail, s), Labels.of(locale));
    long rejected = returns.count(Fate.REJECTED) + result.rejectedFigures().size();
    if (rejected > 0) {
      err.println("newinfra: warning: " + rejected + " row" + (rejected == 1 ? "" : "s") + " of the returns "
          + (rejected == 1 ? "was" : "were") + " rejected" + (c.strict ? " (--strict: exit 1)" : "") + ":");
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
      err.println("newinfra: warning: returns disagree on " + k.item() + ", left unresolved: "
          + Messages.escape(String.join("; ", parts)));
    }
    for (ReturnIssue i : returns.issues()) {
      err.println("newinfra: warning: " + Messages.escape(i.message(locale)));
    }
    err.flush();
    return rejected > 0 && c.strict ? NewInfraCli.INVALID_INPUT : 0;
  }
}
