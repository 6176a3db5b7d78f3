package io.github.newinfra.examples.cli;

import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.Evaluator;
import io.github.newinfra.core.ObservationSource;
import io.github.newinfra.core.progress.Assignments;
import io.github.newinfra.core.progress.Conflict;
import io.github.newinfra.core.progress.Fate;
import io.github.newinfra.core.progress.FinalEvaluation;
import io.github.newinfra.core.progress.FinalReport;
import io.github.newinfra.core.progress.ReturnForm;
import io.github.newinfra.core.progress.ReturnForms;
import io.github.newinfra.core.progress.ReturnIssue;
import io.github.newinfra.core.progress.Returns;
import io.github.newinfra.core.progress.RowFate;
import io.github.newinfra.core.report.Detail;
import io.github.newinfra.core.report.ReportFormat;
import io.github.newinfra.core.report.Reports;
import io.github.newinfra.excel.ReturnWorkbook;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code evaluate --returns}: the final evaluation of filled returns, with or without statistics, rendered as the
 * report followed by its final-evaluation sections.
 */
final class ReturnsRun {
  private ReturnsRun() {}

  /**
   * Marks a report of illustrative returns as such in its title: a first line (text, Markdown), the page's title
   * and a line above its heading (HTML). JSON says it in {@code finalEvaluation.illustrative}.
   */
  static String illustrative(String rendered, EvaluateCommand.Format format, Locale locale) {
    String zh = "【示例】本报告使用示例返回表，其中的评估结论和数据为演示而编，不是公开发布的数据。";
    String en = "[Illustrative] This report reads illustrative returns: their verdicts and figures are made up to "
        + "show the tool, not published data.";
    String line = "zh".equals(locale.getLanguage()) ? zh : en;
    switch (format) {
      case text:
        return line + "\n\n" + rendered;
      case markdown:
        return "> **" + line + "**\n\n" + rendered;
      case html: {
        String page = rendered.replaceFirst("<title>", "<title>" + ("zh".equals(locale.getLanguage()) ? "【示例】"
            : "[Illustrative] "));
        int body = page.indexOf("<body");
        int end = body < 0 ? -1 : page.indexOf('>', body);
        return end < 0 ? page : page.substring(0, end + 1) + "\n<p class=\"illustrative\"><strong>" + line
            + "</strong></p>" + page.substring(end + 1);
      }
      default:
        return rendered;
    }
  }

  private static String render(EvaluationReport report, Catalog catalog, ReportFormat format, Locale locale,
      Detail detail) {
    java.io.StringWriter out = new java.io.StringWriter();
    try {
      Reports.write(report, catalog.data(), format, locale, detail, out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
  }

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
      Locale locale, Detail detail, PrintWriter out, PrintWriter err) {
    Assignments who = TemplateCommand.assignments(catalog, c.assign);
    List<ReturnForm> forms = new ArrayList<>();
    for (Path p : c.returns) {
      forms.add(read(p));
    }
    Returns returns = Returns.check(who, forms);
    FinalEvaluation result = FinalEvaluation.of(evaluator, returns, statistics);
    EvaluationReport report = result.report();
    String rendered;
    switch (c.format) {
      case markdown:
        rendered = render(report, catalog, ReportFormat.MARKDOWN, locale, detail)
            + FinalReport.markdown(result, locale, "");
        break;
      case html:
        rendered = FinalReport.html(result, locale, render(report, catalog, ReportFormat.HTML, locale, detail));
        break;
      case json:
        rendered = "{\n\"evaluation\": " + render(report, catalog, ReportFormat.JSON, locale, detail).strip()
            + ",\n\"finalEvaluation\": " + FinalReport.json(result).strip() + "\n}\n";
        break;
      default:
        rendered = render(report, catalog, ReportFormat.TEXT, locale, detail) + FinalReport.text(result, locale);
    }
    if (FinalReport.illustrative(result)) {
      rendered = illustrative(rendered, c.format, locale);
    }
    if (c.out == null) {
      out.print(rendered);
      out.flush();
    } else {
      try {
        Files.writeString(c.out, rendered, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new InputError("cannot write the report to " + Messages.escape(c.out.toString()) + ": "
            + Messages.clean(e.toString()));
      }
    }
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
