package io.github.newinfra.examples.cli;

import io.github.newinfra.catalog.Catalog;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --catalog FILE} option the commands share: the built-in catalog unless a file is named. */
final class CatalogOption {
  @Option(names = "--catalog", paramLabel = "FILE", description = "a catalog JSON file instead of the built-in one")
  Path file;

  /** Loads the named catalog file, or returns the built-in catalog. */
  Catalog load() {
    if (file == null) {
      return Catalog.builtIn();
    }
    FileChecks.readable(file, "catalog file");
    return Catalog.load(file);
  }
}
