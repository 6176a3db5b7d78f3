package io.github.newinfra.examples.cli;

import io.github.newinfra.catalog.Catalog;
import io.github.newinfra.core.DataWarning;
import io.github.newinfra.core.EvaluationOptions;
import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.Evaluator;
import io.github.newinfra.core.Method;
import io.github.newinfra.core.NotUsed;
import io.github.newinfra.core.NotUsedReason;
import io.github.newinfra.core.ObservationMapping;
import io.github.newinfra.core.ObservationSource;
import io.github.newinfra.core.Rejection;
import io.github.newinfra.core.RejectionReason;
import io.github.newinfra.core.report.Detail;
import io.github.newinfra.core.report.Label;
import io.github.newinfra.core.report.Labels;
import io.github.newinfra.core.report.ReportFormat;
import io.github.newinfra.core.report.Reports;
import io.github.newinfra.excel.ExcelReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newinfra evaluate}: evaluate observations or returns; without either, the final evaluation of both documents
 * on the published Jiangsu statistics the tool ships and the documents' own figures.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Evaluate targets against observations (CSV or JSON).",
        "Without --observations and --returns: the final evaluation of both documents on the published Jiangsu "
            + "statistics the tool ships (examples/data/jiangsu-published.csv) and the documents' own figures, as "
            + "of today or --as-of, with what is still to be collected from each department (built-in catalog "
            + "only).",
        "Rejected rows are warnings on standard error, one line each; the report is still produced (exit 0) "
            + "unless --strict. Rows read but not used (superseded, of no target in scope, after the evaluation "
            + "date or outside every target period) are listed there too, counted by indicator and region.",
        "--map FILE translates your codes while reading: lines KIND,FROM,TO, e.g. indicator,A0501,"
            + "base_stations_5g / region,NJ,320100 / unit,万站,万座 / status,快报,P (header KIND,FROM,TO "
            + "optional). Region names as the catalog writes them (南京, 南京市, Nanjing) need no map."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:report produced (rejected rows, if any, are warnings on standard error)",
        "1:input that prevents the report; with --strict, any rejected row",
        "2:usage error",
        "3:internal error",
        "4:input too large for the Java heap (raise it with java -Xmx…)"})
final class EvaluateCommand implements Callable<Integer> {
  enum Format { text, markdown, json, html, xlsx }

  enum Lang { zh, en }

  enum Show { summary, all }

  @Spec
  CommandSpec spec;

  @Option(names = "--observations", paramLabel = "FILE",
      description = "SDMX-CSV-style observations (.csv) or a JSON array of observations (.json)")
  Path observations;

  @Option(names = "--returns", paramLabel = "FILE", arity = "1..*",
      description = "filled final-evaluation returns (.xlsx as 'newinfra template' writes them, .csv or .json of "
          + "the same rows), alongside or instead of --observations; the report gains the final-evaluation sections")
  List<Path> returns;

  @Option(names = "--assign", paramLabel = "FILE", description = "with --returns: the office's division of work, "
      + "a CSV of item-or-section,department lines")
  Path assign;

  @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8", converter = Converters.Encoding.class,
      description = "encoding of the observations file without a byte-order mark, e.g. GB18030 "
          + "(default: ${DEFAULT-VALUE})")
  Charset encoding;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Date.class,
      description = "evaluation date, YYYY-MM-DD (default: today)")
  LocalDate asOf;

  @Option(names = "--method", defaultValue = "linear", paramLabel = "METHOD",
      description = "linear or cagr (default: ${DEFAULT-VALUE})")
  Method method;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, markdown, json, html or xlsx (xlsx needs --out; default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG",
      description = "report language: zh (Chinese) or en (English) (default: ${DEFAULT-VALUE})")
  Lang lang;

  @Option(names = "--show", defaultValue = "summary", paramLabel = "WHAT",
      description = "summary (targets without data as one compact list) or all (every target in full) "
          + "(default: ${DEFAULT-VALUE})")
  Show show;

  @Option(names = "--out", paramLabel = "FILE", description = "write the report to FILE instead of standard output")
  Path out;

  @Option(names = "--map", paramLabel = "FILE", description = "translate your codes: a CSV of KIND,FROM,TO lines "
      + "(KIND indicator, region, unit or status), e.g. indicator,A0501,base_stations_5g")
  Path map;

  @Option(names = "--no-document-figures", description = "leave out the figures the documents themselves report for"
      + " their targets (by default they count as evidence, superseded by your rows for the same period)")
  boolean noDocumentFigures;

  @Option(names = "--strict", description = "exit 1 when any observation is rejected (the report is still written)")
  boolean strict;

  @Mixin
  CatalogOption catalogOption;

  /** A field that is exactly {@code M}: in a CSV row, or as a JSON observation's unit. */
  private static final Pattern M_FIELD = Pattern.compile("(?:^|,)\\s*\"?M\"?\\s*(?:,|$)|\"unit\"\\s*:\\s*\"M\"");

  /**
   * What the user may have meant by a rejected row: {@code M} is the metre, so a row of a data rate written
   * with {@code M} is of another dimension, and the warning names both readings.
   */
  static String hint(Rejection r, Labels l) {
    if (r.reason() == RejectionReason.UNIT_OF_ANOTHER_DIMENSION && M_FIELD.matcher(r.input()).find()) {
      return l.get(Label.CLI_METRE_HINT);
    }
    return "";
  }

  /**
   * Prints the rows that were read but not used, one line per indicator, region and reason, so that nobody takes
   * data for evaluated when no target read it.
   */
  static void warnUnused(EvaluationReport report, long statisticsRows, String source, java.io.PrintWriter err,
      Labels l) {
    Map<String, List<NotUsed>> groups = new LinkedHashMap<>();
    long unused = 0;
    for (NotUsed u : report.unused()) {
      if (u.ordinal() < statisticsRows) {
        groups.computeIfAbsent(u.reason() + "\u0000" + u.indicator() + "\u0000" + u.region(),
            k -> new ArrayList<>()).add(u);
        unused += u.rows();
      }
    }
    if (groups.isEmpty()) {
      return;
    }
    err.println(l.get(Label.CLI_WARNING) + l.format(Label.CLI_UNUSED, unused,
        Messages.count(statisticsRows, "observation"), source, unused == 1 ? "was" : "were", "", statisticsRows));
    for (List<NotUsed> group : groups.values()) {
      NotUsed first = group.get(0);
      long rows = group.stream().mapToLong(NotUsed::rows).sum();
      String why;
      if (first.reason() == NotUsedReason.SUPERSEDED) {
        List<String> where = new ArrayList<>();
        for (NotUsed u : group) {
          if (where.size() == 5) {
            where.add("…");
            break;
          }
          where.add(l.location(u.location()));
        }
        why = l.format(Label.CLI_WHY_SUPERSEDED, String.join(l.listSeparator(), where));
      } else if (first.reason() == NotUsedReason.AFTER_AS_OF) {
        why = l.format(Label.CLI_WHY_AFTER_AS_OF, report.asOf());
      } else if (first.reason() == NotUsedReason.OUTSIDE_TARGET_PERIOD) {
        why = l.get(Label.CLI_WHY_OUTSIDE_PERIOD);
      } else {
        why = l.get(Label.CLI_WHY_NO_TARGET);
      }
      err.println(l.format(Label.CLI_UNUSED_ROW, rows, Messages.escape(first.indicator()),
          Messages.escape(first.region()), Messages.escape(why), Messages.count(rows, "row")));
    }
    err.flush();
  }

  /** A rejected row's suggestions, each named as the catalog names it: {@code 320100（南京市）}. */
  static List<String> named(Rejection r, io.github.newinfra.model.CatalogData data, Labels l) {
    List<String> named = new ArrayList<>();
    for (String code : r.suggestions()) {
      String name = r.reason() == RejectionReason.UNKNOWN_REGION
          ? data.regions().stream().filter(x -> x.code().value().equals(code)).map(x -> l.pick(x.nameZh(), x.nameEn()))
              .findFirst().orElse("")
          : data.indicators().stream().filter(x -> x.id().value().equals(code))
              .map(x -> l.pick(x.nameZh(), x.nameEn())).findFirst().orElse("");
      named.add(name.isEmpty() ? code : l.format(Label.IN_PERIOD, code, name));
    }
    return named;
  }

  /** Writing a report in a text format. */
  interface TextWriting {
    void to(ReportFormat format, Writer writer) throws IOException;
  }

  /** Writing a report as a workbook. */
  interface WorkbookWriting {
    void to(OutputStream stream) throws IOException;
  }

  /**
   * Writes a report in the format of {@code --format}: a workbook to the file given; a text to the file given, else
   * to standard output, as it is made, so that a report of many rows is never held as one text.
   */
  void write(TextWriting text, WorkbookWriting workbook, Labels l) {
    if (format == Format.xlsx) {
      try (OutputStream stream = Files.newOutputStream(out)) {
        workbook.to(stream);
      } catch (IOException e) {
        throw new InputError(l.format(Label.CLI_CANNOT_WRITE_WORKBOOK, Messages.escape(out.toString()),
            Messages.clean(e.toString())));
      }
      return;
    }
    try (Writer file = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      text.to(ReportFormat.parse(format.name()), file == null ? spec.commandLine().getOut() : file);
    } catch (IOException e) {
      throw new InputError(l.format(Label.CLI_CANNOT_WRITE, Messages.escape(out == null
          ? l.get(Label.CLI_STANDARD_OUTPUT) : out.toString()), Messages.clean(e.toString())));
    }
  }

  /** The evaluator of the options: catalog, method, evaluation options, code mapping and, if given, the date. */
  private Evaluator evaluator(Catalog catalog, EvaluationOptions options, ObservationMapping mapping) {
    Evaluator evaluator = Evaluator.of(catalog.data()).method(method).options(options).mapping(mapping);
    return asOf == null ? evaluator : evaluator.asOf(asOf);
  }

  /** The observations file as a source, read as JSON or CSV by its extension. */
  private ObservationSource observationSource() {
    boolean json = observations.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    return json ? ObservationSource.json(observations, encoding) : ObservationSource.csv(observations, encoding);
  }

  @Override
  public Integer call() {
    Locale locale = lang == Lang.en ? Locale.ENGLISH : Reports.DEFAULT_LOCALE;
    Labels l = Labels.of(locale);
    checkOptions(l);
    ObservationMapping mapping = mapping(l);
    if (out != null) {
      FileChecks.writable(out, Label.FILE_REPORT, l);
    }
    Catalog catalog = catalogOption.load(l);
    Detail detail = show == Show.all ? Detail.ALL : Detail.SUMMARY;
    EvaluationOptions options = EvaluationOptions.builder().documentFigures(!noDocumentFigures).build();
    if (returns != null || observations == null) {
      Optional<ObservationSource> statistics = observations != null ? Optional.of(observationSource())
          : returns == null ? Optional.of(PublishedStatistics.source()) : Optional.empty();
      return ReturnsRun.run(this, catalog, evaluator(catalog, options, mapping), statistics, locale, detail,
          spec.commandLine().getErr());
    }
    EvaluationReport report = evaluator(catalog, options, mapping).evaluate(observationSource());
    write((f, w) -> Reports.write(report, catalog.data(), f, locale, detail, w),
        s -> ExcelReport.write(report, catalog.data(), locale, detail, s), l);
    warnStatistics(report, report.inputObservations(), catalog, l);
    return report.rejectedObservations() > 0 && strict ? NewInfraCli.INVALID_INPUT : 0;
  }

  /**
   * Says on standard error which of the first {@code statisticsRows} rows (the statistics, read before any return's
   * figures) were rejected and which were read but not used, and the data warnings; a return's rows are accounted
   * for in the report's check of the returns.
   */
  void warnStatistics(EvaluationReport report, long statisticsRows, Catalog catalog, Labels l) {
    if (statisticsRows == 0) {
      return;
    }
    var err = spec.commandLine().getErr();
    String source = observations != null ? Messages.escape(observations.toString())
        : l.format(Label.CLI_BUILT_IN_SOURCE, PublishedStatistics.NAME);
    warnRejected(report, statisticsRows, source, catalog, err, l);
    warnUnused(report, statisticsRows, source, err, l);
    warnData(report, err, l);
    err.flush();
  }

  /** Refuses options that do not go together, a date out of range or an unreadable observations file. */
  private void checkOptions(Labels l) {
    if (format == Format.xlsx && out == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), l.get(Label.CLI_XLSX_NEEDS_OUT));
    }
    if (asOf != null && (asOf.getYear() < 1900 || asOf.getYear() > 9999)) {
      throw new CommandLine.ParameterException(spec.commandLine(), l.format(Label.CLI_AS_OF_RANGE, asOf));
    }
    if (observations == null && returns == null && catalogOption.file != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), l.get(Label.CLI_CATALOG_NEEDS_OBSERVATIONS));
    }
    if (observations == null && returns == null && map != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), l.get(Label.CLI_MAP_NEEDS_OBSERVATIONS));
    }
    if (observations != null) {
      FileChecks.readable(observations, Label.FILE_OBSERVATIONS, l);
    }
  }

  /** The mapping the observations are read through: {@code --map}'s, else none. */
  private ObservationMapping mapping(Labels l) {
    if (map == null) {
      return ObservationMapping.empty();
    }
    FileChecks.readable(map, Label.FILE_MAPPING, l);
    return ObservationMapping.read(map);
  }

  /** Says on standard error which rows were rejected and why, the first ones row by row, the rest counted. */
  private void warnRejected(EvaluationReport report, long statisticsRows, String source, Catalog catalog,
      java.io.PrintWriter err, Labels l) {
    List<Rejection> listed = report.rejected().stream().filter(r -> r.ordinal() < statisticsRows)
        .collect(Collectors.toList());
    long rejected = listed.size() + report.rejectedNotListed();
    if (rejected == 0) {
      return;
    }
    err.println(l.get(Label.CLI_WARNING) + l.format(Label.CLI_REJECTED, rejected,
        Messages.count(statisticsRows, "observation"), source, rejected == 1 ? "was" : "were",
        rejected == 1 ? "is" : "are", strict ? l.get(Label.CLI_STRICT) : "", statisticsRows));
    for (Rejection r : listed) {
      err.println(l.format(Label.CLI_REJECTED_ROW, Messages.escape(l.location(r.location())),
          l.rejection(r.reason()), r.reason(), Messages.escape(r.input()), Messages.escape(r.message()))
          + (l.chinese() && !r.suggestions().isEmpty() ? l.clauseSeparator()
              + Messages.escape(l.didYouMean(named(r, catalog.data(), l))) : "") + hint(r, l));
    }
    if (report.rejectedNotListed() > 0) {
      err.println(l.format(Label.CLI_REJECTED_MORE, report.rejectedNotListed(), report.rejected().size(),
          report.rejectedByReason().entrySet().stream().map(e -> (l.chinese() ? l.rejection(e.getKey())
              : e.getKey().name()) + " " + e.getValue()).collect(Collectors.joining(l.listSeparator())),
          report.rejectedByIndicator().entrySet().stream().map(e -> (e.getKey().isEmpty()
              ? l.get(Label.CLI_NO_INDICATOR) : Messages.escape(e.getKey())) + " " + e.getValue())
              .collect(Collectors.joining(l.listSeparator()))));
    }
    if (report.rejectedByReason().containsKey(RejectionReason.UNKNOWN_INDICATOR)
        || report.rejectedByReason().containsKey(RejectionReason.UNKNOWN_REGION)) {
      err.println(l.get(Label.CLI_FIND_IDS));
    }
    err.flush();
  }

  /** Says on standard error what the data warnings say: a share that looks written as a fraction, and others. */
  private static void warnData(EvaluationReport report, java.io.PrintWriter err, Labels l) {
    for (DataWarning w : report.warnings()) {
      String where = Messages.escape(l.location(w.location()));
      err.println(l.get(Label.CLI_WARNING) + (w.value().isPresent() && w.percentExample().isPresent()
          ? l.format(Label.CLI_FRACTION_SHARE, where, Messages.escape(w.indicator()), Messages.escape(w.region()),
              w.period().orElse(""), l.number(w.value().getAsDouble()), l.number(w.percentExample().getAsDouble()),
              l.number(w.value().getAsDouble() * 100))
              + (w.rows() > 1 ? l.format(Label.CLI_FRACTION_SHARE_MORE, w.rows() - 1) : "")
          : l.format(Label.CLI_DATA_WARNING, where, Messages.escape(w.message()))));
    }
  }
}
