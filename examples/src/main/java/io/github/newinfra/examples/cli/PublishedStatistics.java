package io.github.newinfra.examples.cli;

import io.github.newinfra.core.ObservationSource;
import java.io.InputStream;

/**
 * The published Jiangsu statistics the tool ships ({@code examples/data/jiangsu-published.csv}, with its sources in
 * {@code examples/data/README.md}): what {@code evaluate} without arguments evaluates.
 */
final class PublishedStatistics {
  /** The file's name, as rejections and unused rows locate their lines ({@code jiangsu-published.csv:12}). */
  static final String NAME = "jiangsu-published.csv";

  private PublishedStatistics() {}

  /** The statistics as a source that can be read once. */
  static ObservationSource source() {
    InputStream in = PublishedStatistics.class.getResourceAsStream(NAME);
    if (in == null) {
      throw new IllegalStateException("the tool was built without its published statistics (" + NAME + ")");
    }
    return ObservationSource.csv(in, NAME);
  }
}
