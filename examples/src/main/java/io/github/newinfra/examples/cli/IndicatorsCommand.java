package io.github.newinfra.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.catalog.SearchHit;
import io.github.newinfra.model.Direction;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.Unit;
import io.github.newinfra.model.json.ModelJson;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newinfra indicators}: what can be observed, with the unit to write and how many targets use it.
 *
 * <p>An indicator no target uses is marked: observations of it are read and counted, but evaluate nothing.
 */
@Command(name = "indicators", mixinStandardHelpOptions = true,
    description = {"List the indicators: the INDICATOR ids an observations file may use, with names, unit, "
        + "LEVEL or FLOW, direction and how many targets use each.",
        "An indicator that no target uses is marked: observations of it are not evaluated."})
final class IndicatorsCommand implements Callable<Integer> {
  enum Format { text, csv, json }

  /** Shown for an indicator no target uses. */
  static final String NO_TARGET = "no target uses it — observations of it are not evaluated";

  @Spec
  CommandSpec spec;

  @Option(names = "--search", paramLabel = "TEXT",
      description = "only indicators whose id or Chinese or English name contains TEXT (e.g. 5G, 基站, broadband)")
  String search;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text, csv or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Mixin
  CatalogOption catalogOption;

  @Override
  public Integer call() {
    if (search != null && search.isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--search needs a text to look for, e.g. 5G");
    }
    Catalog catalog = catalogOption.load();
    List<Indicator> indicators = catalog.indicators();
    if (search != null) {
      String k = search.strip().toLowerCase(Locale.ROOT);
      Set<String> named = catalog.search(search).stream().filter(h -> h.kind() == SearchHit.Kind.INDICATOR)
          .map(SearchHit::id).collect(Collectors.toSet());
      indicators = indicators.stream()
          .filter(i -> named.contains(i.id().value()) || i.id().value().toLowerCase(Locale.ROOT).contains(k))
          .collect(Collectors.toList());
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json:
        List<Map<String, Object>> rows = indicators.stream().map(i -> json(catalog, i)).collect(Collectors.toList());
        try {
          out.println(ModelJson.newMapper().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
        } catch (JsonProcessingException e) {
          throw new UncheckedIOException(e);
        }
        break;
      case csv:
        out.print(Csv.BOM);
        out.println("id,name_zh,name_en,unit,unit_measure,accumulation,direction,targets");
        for (Indicator i : indicators) {
          out.println(Csv.row(i.id().value(), i.nameZh(), i.nameEn(), unitEn(i.unit()), i.unit().code(),
              i.accumulation().name(), i.direction().name(), Integer.toString(catalog.targets(i.id()).size())));
        }
        break;
      default:
        text(catalog, indicators, out);
    }
    return 0;
  }

  private void text(Catalog catalog, List<Indicator> indicators, PrintWriter out) {
    long unused = 0;
    for (Indicator i : indicators) {
      List<Target> targets = catalog.targets(i.id());
      unused += targets.isEmpty() ? 1 : 0;
      out.printf("%s  %s · %s%n", i.id(), Messages.escape(i.nameZh()), Messages.escape(i.nameEn()));
      out.printf("    unit %s (UNIT_MEASURE %s%s), %s, %s; %s%n", unitEn(i.unit()) + unitZhSuffix(i.unit()),
          i.unit().code(), i.unit().symbol().isEmpty() ? "" : " or " + i.unit().symbol(), i.accumulation(),
          words(i.direction()), targets.isEmpty() ? NO_TARGET : Messages.count(targets.size(), "target") + ": "
              + targets.stream().map(t -> t.id().value()).collect(Collectors.joining(", ")));
    }
    if (search != null && indicators.isEmpty()) {
      out.printf("No indicator matches \"%s\". Search the whole catalog (targets, measures, quotes): "
          + "newinfra search %s%n", Messages.escape(search.strip()), Messages.escape(search.strip()));
      return;
    }
    out.printf("%s%s%n", Messages.count(indicators.size(), "indicator"),
        unused == 0 ? "" : ", " + unused + " of them used by no target");
  }

  private static Map<String, Object> json(Catalog catalog, Indicator i) {
    Map<String, Object> m = new LinkedHashMap<>();
    List<Target> targets = catalog.targets(i.id());
    m.put("id", i.id().value());
    m.put("nameZh", i.nameZh());
    m.put("nameEn", i.nameEn());
    m.put("unit", i.unit().toString());
    m.put("unitEn", unitEn(i.unit()));
    m.put("unitZh", unitZh(i.unit()));
    m.put("unitMeasure", i.unit().code());
    m.put("accumulation", i.accumulation().name());
    m.put("direction", i.direction().name());
    m.put("targets", targets.size());
    m.put("targetIds", targets.stream().map(t -> t.id().value()).collect(Collectors.toList()));
    return m;
  }

  /**
   * The unit as an English reader understands it: {@code count} for a bare number, else the symbol.
   *
   * @param unit an indicator's unit
   */
  static String unitEn(Unit unit) {
    return unit.symbol().isEmpty() ? "count" : unit.toString();
  }

  /** The unit for a Chinese reader: {@code 个数} for a bare number, else the symbol. */
  static String unitZh(Unit unit) {
    return unit.symbol().isEmpty() ? "个数" : unit.toString();
  }

  private static String unitZhSuffix(Unit unit) {
    return unit.symbol().isEmpty() ? ", 个数" : "";
  }

  private static String words(Direction d) {
    switch (d) {
      case HIGHER_IS_BETTER:
        return "higher is better";
      case LOWER_IS_BETTER:
        return "lower is better";
      default:
        return "best inside a band";
    }
  }
}
