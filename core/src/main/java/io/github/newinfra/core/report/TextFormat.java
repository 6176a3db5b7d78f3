package io.github.newinfra.core.report;

import io.github.newinfra.core.EvaluationReport;
import java.io.IOException;
import java.io.Writer;

/**
 * What the text formats share: the report being written, and a section's text held until {@link #flush} passes it
 * on, so that no more than one section is held at a time. Not part of the API.
 */
abstract class TextFormat implements SectionWriter {
  final Page page;
  final EvaluationReport report;
  final Labels l;
  final Index index;
  /** The text of the section being written. */
  final StringBuilder o = new StringBuilder(8192);
  private final Writer out;

  TextFormat(Page page, Writer out) {
    this.page = page;
    this.report = page.report;
    this.l = page.labels;
    this.index = page.index;
    this.out = out;
  }

  @Override
  public void flush() throws IOException {
    out.append(o);
    o.setLength(0);
  }
}
