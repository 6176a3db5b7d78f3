package io.github.newinfra.examples.cli;

import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.core.report.Label;
import io.github.newinfra.core.report.Labels;
import java.util.Locale;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --catalog FILE} option the commands share: the built-in catalog unless a file is named. */
final class CatalogOption {
  @Option(names = "--catalog", paramLabel = "FILE", description = "a catalog JSON file instead of the built-in one")
  Path file;

  /** Loads the named catalog file, or returns the built-in catalog; a missing file is said in English. */
  Catalog load() {
    return load(Labels.of(Locale.ENGLISH));
  }

  /** Loads the named catalog file, or returns the built-in catalog; a missing file is said in the language. */
  Catalog load(Labels l) {
    if (file == null) {
      return Catalog.builtIn();
    }
    FileChecks.readable(file, Label.FILE_CATALOG, l);
    return Catalog.load(file);
  }
}
