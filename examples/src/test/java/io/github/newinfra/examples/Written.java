package io.github.newinfra.examples;

import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.report.Detail;
import io.github.newinfra.core.report.ReportFormat;
import io.github.newinfra.core.report.Reports;
import io.github.newinfra.model.CatalogData;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/** A report in full ({@link Detail#ALL}) as {@link Reports#write} writes it, held as a string for a test to read. */
final class Written {
  private Written() {}

  static String all(EvaluationReport report, CatalogData data, ReportFormat format, Locale locale) {
    StringWriter out = new StringWriter();
    try {
      Reports.write(report, data, format, locale, Detail.ALL, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
