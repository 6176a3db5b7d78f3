package io.github.newinfra.examples.cli;

import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.core.progress.Assignments;
import io.github.newinfra.core.progress.ReturnForms;
import io.github.newinfra.core.progress.ReturnItem;
import io.github.newinfra.core.report.Label;
import io.github.newinfra.core.report.Labels;
import io.github.newinfra.excel.ReturnTemplate;
import io.github.newinfra.model.DepartmentId;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newinfra template}: the form a lead department fills in for a final evaluation. */
@Command(name = "template", mixinStandardHelpOptions = true,
    description = {"Write the form of a final evaluation a lead department fills in: its quantitative targets "
        + "(figures by period), qualitative goals (完成/基本完成/部分完成/未完成), key tasks (已完成/按计划推进/滞后/未启动) "
        + "and projects (规划/在建/建成/投运), ids and texts pre-filled and locked, status cells with drop-down lists.",
        "Without --department: every item, each with its own lead. The 2021 plan names no departments: its items "
            + "are listed for a department only through --assign FILE, the office's division of work (lines "
            + "item-or-section,department, e.g. plan2021/3/1,省通信管理局).",
        "Read the filled forms back with 'newinfra evaluate --returns FILE…'."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:form written", "1:invalid input (an unknown department, section or division of work)",
        "2:usage error", "3:internal error"})
final class TemplateCommand implements Callable<Integer> {
  enum Format { xlsx, csv }

  @Spec
  CommandSpec spec;

  @Option(names = "--department", paramLabel = "D", description = "the department, by id or name "
      + "(js-communications-admin, 省通信管理局, 省工信厅); default: every department")
  String department;

  @Option(names = "--assign", paramLabel = "FILE", description = "the office's division of work: a CSV of "
      + "item-or-section,department lines")
  Path assign;

  @Option(names = "--section", paramLabel = "S", description = "only the items under a section, e.g. plan2021/3/1")
  String section;

  @Option(names = "--format", defaultValue = "xlsx", paramLabel = "FORMAT",
      description = "xlsx (a workbook, needs --out) or csv (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "write the form to FILE (csv: standard output without)")
  Path out;

  @Option(names = "--returns", paramLabel = "FILE", arity = "1..*", description = "returns already received "
      + "(xlsx, csv, json): the form then lists only what is still needed (需补充的数据和评估): targets without data, "
      + "goals, tasks and projects not reported, items in conflict")
  List<Path> returns;

  @Option(names = "--observations", paramLabel = "FILE", description = "with --returns: statistics received, so that "
      + "targets they cover are not asked again")
  Path observations;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Date.class,
      description = "with --returns: the evaluation date (default: today)")
  java.time.LocalDate asOf;

  @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG",
      description = "language of the messages: zh (Chinese) or en (English) (default: ${DEFAULT-VALUE}); the form "
          + "itself is in Chinese")
  EvaluateCommand.Lang lang;

  @Mixin
  CatalogOption catalogOption;

  @Override
  public Integer call() {
    Labels l = Labels.of(lang == EvaluateCommand.Lang.en ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    if (format == Format.xlsx && out == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), l.get(Label.TEMPLATE_XLSX_NEEDS_OUT));
    }
    if (assign != null) {
      FileChecks.readable(assign, Label.FILE_DIVISION_OF_WORK, l);
    }
    if (out != null) {
      FileChecks.writable(out, Label.FILE_FORM, l);
    }
    Catalog catalog = catalogOption.load(l);
    Assignments who = assignments(catalog, assign);
    Optional<DepartmentId> d = Optional.empty();
    List<ReturnItem> items = who.items();
    if (department != null) {
      d = Optional.of(who.department(department).orElseThrow(() -> new InputError(l.format(
          Label.TEMPLATE_UNKNOWN_DEPARTMENT, department, near(who.nearestDepartments(department), l)))));
      items = who.itemsOf(d.get());
    }
    if (returns != null) {
      items = stillNeeded(catalog, who, items, l);
    } else if (observations != null || asOf != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), l.get(Label.TEMPLATE_RETURNS_ONLY));
    }
    if (section != null) {
      List<ReturnItem> under = who.itemsUnder(section);
      if (under.isEmpty()) {
        throw new InputError(l.format(Label.TEMPLATE_NO_SECTION, section));
      }
      items = items.stream().filter(under::contains).collect(java.util.stream.Collectors.toList());
    }
    if (items.isEmpty()) {
      String what = ((department != null ? "--department " + department : "")
          + (section != null ? " --section " + section : "")).strip();
      throw new InputError(l.format(Label.TEMPLATE_NO_ITEMS, what)
          + (assign == null ? l.get(Label.TEMPLATE_NO_ITEMS_ASSIGN) : ""));
    }
    try {
      if (format == Format.csv) {
        String text = ReturnForms.csvText(who, items, d);
        if (out == null) {
          spec.commandLine().getOut().print(text);
          spec.commandLine().getOut().flush();
        } else {
          Files.writeString(out, "\uFEFF" + text, StandardCharsets.UTF_8);
        }
      } else {
        try (OutputStream stream = Files.newOutputStream(out)) {
          ReturnTemplate.write(who, items, d, "", stream);
        }
      }
    } catch (IOException e) {
      throw new InputError(l.format(Label.TEMPLATE_CANNOT_WRITE, Messages.escape(String.valueOf(out)),
          Messages.clean(e.toString())));
    }
    spec.commandLine().getErr().println(l.format(Label.TEMPLATE_WRITTEN, items.size(),
        d.map(x -> who.name(x, Locale.SIMPLIFIED_CHINESE)).orElse(l.get(Label.TEMPLATE_EVERY_DEPARTMENT)),
        out == null ? "" : l.format(Label.TEMPLATE_WRITTEN_TO, Messages.escape(out.toString()))));
    spec.commandLine().getErr().flush();
    return 0;
  }

  /** The items of a list that the returns received (and statistics, if given) leave still needed. */
  private List<ReturnItem> stillNeeded(Catalog catalog, Assignments who, List<ReturnItem> items, Labels l) {
    List<io.github.newinfra.core.progress.ReturnForm> forms = new java.util.ArrayList<>();
    returns.forEach(p -> forms.add(ReturnsRun.read(p, l)));
    io.github.newinfra.core.Evaluator evaluator = io.github.newinfra.core.Evaluator.of(catalog.data());
    if (asOf != null) {
      evaluator = evaluator.asOf(asOf);
    }
    Optional<io.github.newinfra.core.ObservationSource> statistics = Optional.empty();
    if (observations != null) {
      FileChecks.readable(observations, Label.FILE_OBSERVATIONS, l);
      boolean json = observations.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
      statistics = Optional.of(json ? io.github.newinfra.core.ObservationSource.json(observations)
          : io.github.newinfra.core.ObservationSource.csv(observations));
    }
    io.github.newinfra.core.progress.FinalEvaluation result = io.github.newinfra.core.progress.FinalEvaluation.of(
        evaluator, io.github.newinfra.core.progress.Returns.check(who, forms), statistics);
    java.util.Set<String> needed = new java.util.HashSet<>();
    result.stillNeeded().forEach(i -> needed.add(i.id()));
    return items.stream().filter(i -> needed.contains(i.id())).collect(java.util.stream.Collectors.toList());
  }

  /** The catalog's items and leads, with the office's division of work if one is given. */
  static Assignments assignments(Catalog catalog, Path assign) {
    Assignments who = Assignments.of(catalog.data());
    return assign == null ? who : who.withDivisionOfWork(assign);
  }

  /** What an unknown department may have meant: {@code ；可能是：省公安厅} or {@code ; did you mean 省公安厅?}. */
  private static String near(List<String> names, Labels l) {
    return names.isEmpty() ? "" : l.clauseSeparator() + l.didYouMean(names);
  }
}
