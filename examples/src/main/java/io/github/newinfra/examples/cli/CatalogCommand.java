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
@Command(name = "catalog", mixinStandardHelpOptions = true, description = "Show the built-in catalog (or --catalog FILE): a summary, or its JSON.")
final class CatalogCommand implements Callable<Integer> {
  enum Format { text, json }

  @Spec
  CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE})")
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
      out.printf("%s  %s%s (%s)%n", d.id(), d.issuingNumber().map(n -> Messages.escape(n) + "  ").orElse(""),
          Messages.escape(d.titleZh()), Messages.escape(d.titleEn()));
      out.printf("    issued %s, covers %d–%d: %s, %s, %s%n", d.issueDate(), d.periodStart(), d.periodEnd(),
          Messages.count(catalog.sections().stream().filter(s -> s.document().equals(d.id())).count(), "section"),
          Messages.count(catalog.measures(d.id()).size(), "measure"),
          Messages.count(catalog.targets().stream().filter(t -> t.id().document().equals(d.id())).count(), "target"));
    }
    out.printf("%nPillars:%n");
    for (Pillar p : catalog.pillars()) {
      out.printf("  %-12s %s: %s%n", p.id(), p.nameZh(), Messages.count(catalog.measures(p.id()).size(), "measure"));
    }
    out.printf("%nRegistries: %s, %s, %s%n", Messages.count(catalog.departments().size(), "department"),
        Messages.count(catalog.regions().size(), "region"), Messages.count(catalog.indicators().size(), "indicator"));
    out.printf("Facts: %s, %s, %s, %s%n", Messages.count(catalog.targets().size(), "target"),
        Messages.count(catalog.reportedValues().size(), "reported value"),
        Messages.count(catalog.fiscalFacts().size(), "fiscal fact"),
        Messages.count(catalog.facilities().size(), "facility", "facilities"));
    out.printf("Links: %s, %s%n", Messages.count(catalog.data().measureLinks().size(), "measure link"),
        Messages.count(catalog.data().outcomeLinks().size(), "outcome link"));
    out.printf("%nFind an indicator: newinfra indicators --search TEXT; search everything: newinfra search TEXT%n");
    return 0;
  }
}
