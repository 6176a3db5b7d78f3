package io.github.newinfra.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.catalog.SearchHit;
import io.github.newinfra.model.FactId;
import io.github.newinfra.model.IndicatorId;
import io.github.newinfra.model.ReportedValue;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.json.ModelJson;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newinfra search TEXT}: every place of the catalog whose Chinese or English text contains TEXT, by kind,
 * indicators first; a target's or reported value's hit names its indicator.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search the whole catalog: indicators, targets, reported values, fiscal facts, facilities, "
        + "measures, sections and departments whose Chinese or English text contains TEXT.",
        "Chinese matches as written; English ignores case. A target's or reported value's hit names its "
            + "indicator."})
final class SearchCommand implements Callable<Integer> {
  enum Format { text, json }

  /** Characters of context shown on each side of the match in long texts. */
  private static final int CONTEXT = 24;

  /** The order hits are shown in: what an observation file maps to first. */
  private static final SearchHit.Kind[] ORDER = {SearchHit.Kind.INDICATOR, SearchHit.Kind.TARGET,
      SearchHit.Kind.REPORTED_VALUE, SearchHit.Kind.FISCAL_FACT, SearchHit.Kind.FACILITY, SearchHit.Kind.MEASURE,
      SearchHit.Kind.SECTION, SearchHit.Kind.DEPARTMENT};

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "TEXT", description = "the text to find, e.g. 基站, 5G, broadband")
  String text;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Mixin
  CatalogOption catalogOption;

  @Override
  public Integer call() {
    if (text.isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "search needs a text to look for, e.g. 基站");
    }
    Catalog catalog = catalogOption.load();
    List<SearchHit> hits = new ArrayList<>();
    List<SearchHit> all = catalog.search(text);
    for (SearchHit.Kind kind : ORDER) {
      all.stream().filter(h -> h.kind() == kind).forEach(hits::add);
    }
    PrintWriter out = spec.commandLine().getOut();
    String shown = Messages.escape(text.strip());
    if (format == Format.json) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (SearchHit h : hits) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", h.kind().name());
        m.put("id", h.id());
        m.put("field", h.field());
        m.put("text", h.text());
        indicator(catalog, h).ifPresent(i -> m.put("indicator", i.value()));
        rows.add(m);
      }
      try {
        out.println(ModelJson.newMapper().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
      return 0;
    }
    if (hits.isEmpty()) {
      out.printf("No match for \"%s\" in the catalog.%n", shown);
      return 0;
    }
    out.printf("%s for \"%s\":%n", Messages.count(hits.size(), "match", "matches"), shown);
    SearchHit.Kind current = null;
    for (SearchHit h : hits) {
      if (h.kind() != current) {
        current = h.kind();
        SearchHit.Kind k = current;
        out.printf("%n%s (%d)%n", heading(k), hits.stream().filter(x -> x.kind() == k).count());
      }
      out.printf("  %s  %s: %s%s%n", h.id(), h.field(), snippet(h.text(), text.strip()),
          indicator(catalog, h).map(i -> "  → indicator " + i + catalog.indicator(i)
              .map(x -> " (" + IndicatorsCommand.unitEn(x.unit()) + ")").orElse("")).orElse(""));
    }
    long indicators = hits.stream().filter(h -> h.kind() == SearchHit.Kind.INDICATOR).count();
    if (indicators > 0) {
      out.printf("%nDetails of the indicators: newinfra indicators --search %s%n", shown);
    }
    return 0;
  }

  /** The indicator of a target or reported value that matched. */
  private static Optional<IndicatorId> indicator(Catalog catalog, SearchHit h) {
    if (h.kind() == SearchHit.Kind.TARGET) {
      return catalog.target(FactId.of(h.id())).flatMap(Target::indicator);
    }
    if (h.kind() == SearchHit.Kind.REPORTED_VALUE) {
      return catalog.reportedValue(FactId.of(h.id())).map(ReportedValue::indicator);
    }
    return Optional.empty();
  }

  private static String heading(SearchHit.Kind kind) {
    switch (kind) {
      case INDICATOR:
        return "Indicators";
      case TARGET:
        return "Targets";
      case REPORTED_VALUE:
        return "Reported values";
      case FISCAL_FACT:
        return "Fiscal facts";
      case FACILITY:
        return "Facilities";
      case MEASURE:
        return "Measures";
      case SECTION:
        return "Sections";
      default:
        return "Departments";
    }
  }

  /** The text around the first match, with … where it is cut, on one line. */
  static String snippet(String text, String keyword) {
    String oneLine = Messages.escape(text);
    int at = oneLine.toLowerCase(Locale.ROOT).indexOf(keyword.toLowerCase(Locale.ROOT));
    if (at < 0 || oneLine.length() <= 2 * CONTEXT + keyword.length()) {
      return oneLine;
    }
    int from = Math.max(0, at - CONTEXT);
    int to = Math.min(oneLine.length(), at + keyword.length() + CONTEXT);
    return (from > 0 ? "…" : "") + oneLine.substring(from, to) + (to < oneLine.length() ? "…" : "");
  }
}
