package io.github.newinfra.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.catalog.TargetQuery;
import io.github.newinfra.model.Department;
import io.github.newinfra.model.Pillar;
import io.github.newinfra.model.PillarId;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.json.ModelJson;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newinfra targets}: the catalog's targets, filtered. */
@Command(name = "targets", mixinStandardHelpOptions = true,
    description = {"List targets, filtered by pillar, department and due year.",
        "The text form shows each target's indicator and unit: the INDICATOR and UNIT_MEASURE to observe."})
final class TargetsCommand implements Callable<Integer> {
  enum Format { text, json, csv }

  @Spec
  CommandSpec spec;

  @Option(names = "--pillar", paramLabel = "P",
      description = "a pillar id of the catalog's taxonomy (the built-in plan's: INFORMATION, FUSION or INNOVATION)")
  String pillar;

  @Option(names = "--department", paramLabel = "D", description = "a department id (js-industry-it) or name (省工业和信息化厅)")
  String department;

  @Option(names = "--due", paramLabel = "YEAR", converter = Converters.Year.class, description = "only targets due in this year")
  Integer due;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text, json or csv (default: ${DEFAULT-VALUE})")
  Format format;

  @Mixin
  CatalogOption catalogOption;

  @Override
  public Integer call() {
    Catalog catalog = catalogOption.load();
    TargetQuery query = TargetQuery.all();
    if (pillar != null) {
      // As written, or ignoring case (innovation for INNOVATION).
      PillarId id = catalog.pillars().stream().map(Pillar::id).filter(p -> p.value().equals(pillar)).findFirst()
          .or(() -> catalog.pillars().stream().map(Pillar::id).filter(p -> p.value().equalsIgnoreCase(pillar))
              .findFirst())
          .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "Unknown pillar '" + pillar
              + "': the catalog's pillars are " + catalog.pillars().stream().map(p -> p.id().value())
              .collect(java.util.stream.Collectors.joining(", "))));
      query = query.pillar(id);
    }
    if (department != null) {
      Department d = catalog.departmentNamed(department).orElseThrow(() -> new CommandLine.ParameterException(
          spec.commandLine(), "Unknown department '" + department + "': give an id such as js-industry-it or a name "
              + "such as 省工业和信息化厅"));
      query = query.department(d.id());
    }
    if (due != null) {
      query = query.dueYear(due);
    }
    List<Target> targets = catalog.targets(query);
    var out = spec.commandLine().getOut();
    switch (format) {
      case json:
        try {
          out.println(ModelJson.newMapper().writerWithDefaultPrettyPrinter().writeValueAsString(targets));
        } catch (JsonProcessingException e) {
          throw new UncheckedIOException(e);
        }
        break;
      case csv:
        out.print(Csv.BOM);
        out.println("id,measure,indicator,region,comparator,value,upper_value,due_year,baseline,quote");
        for (Target t : targets) {
          out.println(Csv.row(t.id().value(), t.measure().value(),
              t.indicator().map(Object::toString).orElse(""), t.region().value(), t.comparator().name(),
              t.value().map(Object::toString).orElse(""), t.upperValue().map(Object::toString).orElse(""),
              Integer.toString(t.dueYear()), t.baseline().map(b -> b.value().toString()).orElse(""))
              + "," + Csv.cell(t.source().quote(), true));
        }
        break;
      default:
        for (Target t : targets) {
          out.printf("%s  %s%s due %d%s%n    %s%n    “%s”%n", t.id(), t.comparator(),
              t.value().map(v -> " " + v).orElse("") + t.upperValue().map(u -> "–" + u).orElse(""), t.dueYear(),
              t.baseline().map(b -> " (baseline " + b.value() + " in " + b.period() + ")").orElse(""),
              t.indicator().map(id -> "indicator " + id + catalog.indicator(id).map(i -> ", unit "
                  + IndicatorsCommand.unitEn(i.unit()) + ", " + i.accumulation()).orElse(""))
                  .orElse("no indicator (assessed, not measured)"),
              Messages.escape(t.source().quote()));
        }
        out.printf("%s%n", Messages.count(targets.size(), "target"));
    }
    return 0;
  }
}
