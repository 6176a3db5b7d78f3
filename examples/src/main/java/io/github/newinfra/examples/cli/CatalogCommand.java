package io.github.newinfra.examples.cli;

import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.model.Document;
import io.github.newinfra.model.Pillar;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newinfra catalog}: a summary of the catalog, or the catalog's own JSON. */
@Command(name = "catalog", description = "Show the built-in catalog (or --catalog FILE): a summary, or its JSON.")
final class CatalogCommand implements Callable<Integer> {
  enum Format { text, json }

  @Spec
  CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Mixin
  CatalogOption catalogOption;

  @Override
  public Integer call() {
    Catalog catalog = catalogOption.load();
    var out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(catalog.toJson());
      return 0;
    }
    for (Document d : catalog.documents()) {
      out.printf("%s  %s  %s (%s)%n", d.id(), d.issuingNumber(), d.titleZh(), d.titleEn());
      out.printf("    issued %s, covers %d–%d: %d sections, %d measures, %d targets%n", d.issueDate(),
          d.periodStart(), d.periodEnd(), catalog.sections().stream().filter(s -> s.document().equals(d.id())).count(),
          catalog.measures(d.id()).size(), catalog.targets().stream().filter(t -> t.id().document().equals(d.id())).count());
    }
    out.printf("%nPillars:%n");
    for (Pillar p : Pillar.values()) {
      out.printf("  %-12s %s: %d measures%n", p, p.nameZh(), catalog.measures(p).size());
    }
    out.printf("%nRegistries: %d departments, %d regions, %d indicators%n", catalog.departments().size(),
        catalog.regions().size(), catalog.indicators().size());
    out.printf("Facts: %d targets, %d reported values, %d fiscal facts, %d facilities%n", catalog.targets().size(),
        catalog.reportedValues().size(), catalog.fiscalFacts().size(), catalog.facilities().size());
    out.printf("Links: %d measure links, %d outcome links%n", catalog.data().measureLinks().size(),
        catalog.data().outcomeLinks().size());
    return 0;
  }
}
