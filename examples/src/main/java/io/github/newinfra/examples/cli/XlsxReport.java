package io.github.newinfra.examples.cli;

import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.NotUsed;
import io.github.newinfra.core.ObservationRef;
import io.github.newinfra.core.Rejection;
import io.github.newinfra.core.RollUp;
import io.github.newinfra.core.Status;
import io.github.newinfra.core.TargetResult;
import io.github.newinfra.core.report.CompletionTable;
import io.github.newinfra.core.report.Detail;
import io.github.newinfra.core.report.Label;
import io.github.newinfra.core.report.Labels;
import io.github.newinfra.core.report.Summary;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Region;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.internal.SafeText;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * {@code evaluate --format xlsx}: the monitoring report as an Excel workbook (opens in Excel and WPS) with four
 * sheets — 完成情况 (the completion table) and 汇总 (the roll-ups), which carry no ids or codes, then the appendix
 * sheets 附录一 所用数据 (the observations used, with target ids, positions and status codes) and 附录二 未采用和拒收
 * (rows not used and rows rejected, with reason codes) — each with a frozen header row, set column widths, numbers
 * stored as numbers (attainment as a percentage format) and publication dates as dates. Sheet names and headings
 * follow the report's language. Texts are written as text cells, never formulas, with control and bidirectional
 * formatting characters escaped.
 */
final class XlsxReport {
  private XlsxReport() {}

  static void write(EvaluationReport report, CatalogData data, Locale locale, Detail detail, OutputStream out)
      throws IOException {
    Labels l = Labels.of(locale);
    Map<String, String> descriptions = new HashMap<>();
    for (Target t : data.targets()) {
      descriptions.put(t.id().value(), l.chinese() ? t.descriptionZh().or(t::descriptionEn).orElse(t.source().quote())
          : t.descriptionEn().or(t::descriptionZh).orElse(t.source().quote()));
    }
    Map<String, String> regions = new HashMap<>();
    for (Region r : data.regions()) {
      regions.put(r.code().value(), l.pick(r.nameZh(), r.nameEn()));
    }
    Map<String, String> indicators = new HashMap<>();
    data.indicators().forEach(i -> indicators.put(i.id().value(), l.pick(i.nameZh(), i.nameEn())));
    Workbook wb = new Workbook(out, "newinfra", "1.0");
    completion(wb.newWorksheet(l.get(Label.SHEET_COMPLETION)), CompletionTable.of(report, data, l, detail), l);
    rollUps(wb.newWorksheet(l.get(Label.SHEET_ROLLUPS)), report, l);
    observations(wb.newWorksheet(l.get(Label.SHEET_OBSERVATIONS)), report, descriptions, regions, l);
    notUsed(wb.newWorksheet(l.get(Label.SHEET_NOT_USED)), report, data, indicators, regions, l);
    wb.finish();
  }

  private static void header(Worksheet ws, List<String> headings, double... widths) {
    for (int c = 0; c < headings.size(); c++) {
      ws.value(0, c, headings.get(c));
      ws.style(0, c).bold().fillColor("EEF2F6").wrapText(true).set();
      ws.width(c, c < widths.length ? widths[c] : 14);
    }
    ws.freezePane(0, 1);
  }

  /**
   * Writes a text cell: control and bidirectional formatting characters escaped as everywhere else ({@code
   * \}{@code u001B}), which a workbook could otherwise not hold or would drop without a word. A text is never a
   * formula here: a cell starting with {@code =} is text.
   */
  private static void text(Worksheet ws, int row, int col, String value) {
    ws.value(row, col, SafeText.escape(value));
  }

  private static void number(Worksheet ws, int row, int col, OptionalDouble v) {
    if (v.isPresent()) {
      ws.value(row, col, v.getAsDouble());
    }
  }

  private static void completion(Worksheet ws, CompletionTable table, Labels l) {
    header(ws, List.of(l.get(Label.COL_NUMBER), l.get(Label.COL_INDICATOR), l.get(Label.COL_UNIT),
        l.get(Label.BASELINE), l.get(Label.COL_BASELINE_YEAR), l.get(Label.TARGET), l.get(Label.COL_TARGET_VALUE),
        l.get(Label.COL_DUE_YEAR), l.get(Label.COL_LATEST_VALUE), l.get(Label.COL_LATEST_PERIOD),
        l.get(Label.COL_STATUS), l.get(Label.COL_ATTAINMENT), l.get(Label.COL_NOTES), l.get(Label.COL_DOCUMENT),
        l.get(Label.COL_PILLAR)),
        6, 48, 8, 10, 9, 14, 10, 8, 11, 12, 13, 9, 36, 30, 16);
    int row = 1;
    for (CompletionTable.Group g : table.groups()) {
      for (CompletionTable.Row r : g.rows()) {
        TargetResult x = r.result();
        ws.value(row, 0, r.number());
        text(ws, row, 1, r.indicator());
        ws.style(row, 1).wrapText(true).set();
        text(ws, row, 2, r.unit());
        number(ws, row, 3, r.baseline());
        final int at = row;
        r.baselinePeriod().ifPresent(p -> text(ws, at, 4, p));
        text(ws, row, 5, r.targetText());
        number(ws, row, 6, x.targetValue());
        ws.value(row, 7, x.dueYear());
        number(ws, row, 8, x.value());
        x.valuePeriod().ifPresent(p -> ws.value(at, 9, p.toString()));
        text(ws, row, 10, r.status());
        if (x.attainment().isPresent()) {
          ws.value(row, 11, x.attainment().getAsDouble());
          ws.style(row, 11).format("0.0%").set();
        }
        text(ws, row, 12, r.notes());
        text(ws, row, 13, g.document());
        text(ws, row, 14, g.pillar());
        row++;
      }
    }
  }

  private static void observations(Worksheet ws, EvaluationReport report, Map<String, String> descriptions,
      Map<String, String> regions, Labels l) {
    header(ws, List.of(l.get(Label.COL_TARGET_ID), l.get(Label.COL_INDICATOR), l.get(Label.REGION),
        l.get(Label.PERIOD), l.get(Label.VALUE), l.get(Label.COL_UNIT), l.get(Label.OBS_STATUS),
        l.get(Label.SOURCE), l.get(Label.COL_PUBLISHED), l.get(Label.WHERE)),
        40, 44, 10, 10, 12, 8, 14, 50, 12, 10);
    int row = 1;
    for (TargetResult r : report.results()) {
      for (ObservationRef o : r.observations()) {
        ws.value(row, 0, r.target().value());
        text(ws, row, 1, descriptions.getOrDefault(r.target().value(), r.target().value()));
        text(ws, row, 2, regions.getOrDefault(o.region().value(), o.region().value()));
        ws.value(row, 3, o.period().toString());
        ws.value(row, 4, o.value());
        text(ws, row, 5, r.unit());
        ws.value(row, 6, l.obsStatus(o.status()));
        final int at = row;
        o.source().ifPresent(s -> text(ws, at, 7, s));
        o.published().ifPresent(p -> date(ws, at, 8, p));
        text(ws, row, 9, l.location(o.location()));
        row++;
      }
    }
  }

  /** A date as a date cell, shown as {@code yyyy-mm-dd}, so that a spreadsheet can sort and filter by it. */
  private static void date(Worksheet ws, int row, int col, java.time.LocalDate d) {
    ws.value(row, col, d);
    ws.style(row, col).format("yyyy-mm-dd").set();
  }

  private static void notUsed(Worksheet ws, EvaluationReport report, CatalogData data, Map<String, String> indicators,
      Map<String, String> regions, Labels l) {
    Summary summary = Summary.of(report, data);
    header(ws, List.of(l.get(Label.COL_FATE), l.get(Label.WHERE), l.get(Label.REASON), l.get(Label.COL_REASON_CODE),
        l.get(Label.ROWS), l.get(Label.COL_NOTES), l.get(Label.INPUT)), 14, 10, 18, 22, 6, 70, 60);
    int row = 1;
    for (NotUsed x : report.unused()) {
      ws.value(row, 0, l.get(Label.NOT_USED));
      text(ws, row, 1, l.location(x.location()));
      ws.value(row, 2, l.notUsed(x.reason()));
      ws.value(row, 3, x.reason().name());
      ws.value(row, 4, x.rows());
      text(ws, row, 5, l.notUsedNote(x, indicators.getOrDefault(x.indicator(), x.indicator()),
          regions.getOrDefault(x.region(), x.region())));
      row++;
    }
    for (Rejection x : report.rejected()) {
      ws.value(row, 0, l.get(Label.REJECTED));
      text(ws, row, 1, l.location(x.location()));
      ws.value(row, 2, l.rejection(x.reason()));
      ws.value(row, 3, x.reason().name());
      ws.value(row, 4, 1);
      text(ws, row, 5, l.chinese() ? l.didYouMean(EvaluateCommand.named(x, data, l)) : x.message());
      text(ws, row, 6, x.input());
      row++;
    }
    if (report.rejectedNotListed() > 0) {
      ws.value(row, 0, l.get(Label.REJECTED));
      ws.value(row, 1, "…");
      ws.value(row, 4, report.rejectedNotListed());
      text(ws, row, 5, summary.rejectedNotListedText(l));
    }
  }

  private static void rollUps(Worksheet ws, EvaluationReport report, Labels l) {
    List<String> headings = new java.util.ArrayList<>(List.of(l.get(Label.COL_DIMENSION),
        l.get(Label.GROUP), l.get(Label.TARGETS), l.get(Label.WITH_DATA), l.get(Label.RATED),
        l.get(Label.MEAN_ATTAINMENT)));
    for (Status s : Status.values()) {
      headings.add(l.status(s));
    }
    header(ws, headings, 12, 36, 8, 8, 8, 11);
    int row = 1;
    for (RollUp u : report.rollUps()) {
      ws.value(row, 0, l.dimension(u.dimension()));
      text(ws, row, 1, l.pick(u.labelZh(), u.labelEn()));
      ws.value(row, 2, u.targets());
      ws.value(row, 3, u.withData());
      ws.value(row, 4, u.rated());
      if (u.meanAttainment().isPresent()) {
        ws.value(row, 5, u.meanAttainment().getAsDouble());
        ws.style(row, 5).format("0.0%").set();
      }
      int c = 6;
      for (Status s : Status.values()) {
        ws.value(row, c++, u.statusCounts().getOrDefault(s, 0));
      }
      row++;
    }
  }
}
