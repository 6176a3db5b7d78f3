package io.github.newinfra.core.report;

import io.github.newinfra.core.NotUsed;
import io.github.newinfra.core.ObservationRef;
import io.github.newinfra.core.Rejection;
import io.github.newinfra.core.RollUp;
import io.github.newinfra.core.Status;
import io.github.newinfra.core.TargetResult;
import io.github.newinfra.core.progress.FinalLabel;
import io.github.newinfra.model.internal.SafeText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * The report as a workbook's sheets ({@link Sheet}): the completion table and the roll-ups, which carry no ids or
 * codes, a final evaluation's sheets of its items, then the appendix's rows used and rows not used or rejected, and
 * a final evaluation's returns checked. The leadership part's prose (summary, lists,
 * entries) stays with the text formats: a sheet holds what a spreadsheet sorts, filters and sums. Not part of the
 * API.
 */
final class SheetReport implements SectionWriter {
  private final Page page;
  private final Labels l;
  private final Index index;
  private final List<Sheet> sheets = new ArrayList<>();
  /** A final evaluation's returns checked, the workbook's last sheet, after the appendix's two. */
  private final List<Sheet> last = new ArrayList<>();

  SheetReport(Page page) {
    this.page = page;
    this.l = page.labels;
    this.index = page.index;
  }

  List<Sheet> sheets() {
    List<Sheet> all = new ArrayList<>(sheets);
    all.addAll(last);
    return List.copyOf(all);
  }

  /** For illustrative returns, a first sheet saying so, its one heading the report's first line. */
  @Override
  public void title() {
    if (page.illustrative()) {
      sheets.add(new Sheet(FinalLabel.SHEET_ILLUSTRATIVE.label(page.locale), List.of(new Sheet.Column(
          FinalLabel.ILLUSTRATIVE_NOTICE.label(page.locale), 120, false)), Stream::empty));
    }
  }

  @Override
  public void summary() {}

  @Override
  public void targetList(TargetList list, List<TargetResult> targets) {}

  /** 完成情况: a row per target of the table, its numbers as numbers beside the texts the table shows. */
  @Override
  public void completion(CompletionTable table) {
    List<Sheet.Column> columns = List.of(column(Label.COL_NUMBER, 6), new Sheet.Column(
        l.get(Label.COL_INDICATOR), 48, true), column(Label.COL_UNIT, 8), column(Label.BASELINE, 10),
        column(Label.COL_BASELINE_YEAR, 9), column(Label.TARGET, 14), column(Label.COL_TARGET_VALUE, 10),
        column(Label.COL_DUE_YEAR, 8), column(Label.COL_LATEST_VALUE, 11), column(Label.COL_LATEST_PERIOD, 12),
        column(Label.COL_STATUS, 13), column(Label.COL_ATTAINMENT, 9), column(Label.COL_NOTES, 36),
        column(Label.COL_DOCUMENT, 30), column(Label.COL_PILLAR, 16));
    sheets.add(new Sheet(l.get(Label.SHEET_COMPLETION), columns, () -> table.groups().stream()
        .flatMap(g -> g.rows().stream().map(r -> completionRow(g, r)))));
  }

  private static List<Sheet.Cell> completionRow(CompletionTable.Group g, CompletionTable.Row r) {
    TargetResult x = r.result();
    return new Cells().whole(r.number()).text(r.indicator()).text(r.unit()).decimal(r.baseline())
        .text(r.baselinePeriod()).text(r.targetText()).decimal(x.targetValue()).whole(x.dueYear())
        .decimal(x.value()).text(x.valuePeriod().map(Object::toString)).text(r.status()).share(x.attainment())
        .text(r.notes()).text(g.document()).text(g.pillar()).done();
  }

  @Override
  public void targetsWithData(List<TargetResult> results) {}

  @Override
  public void qualitative(List<TargetResult> results) {}

  /** 汇总: every group of every dimension, rated or not, with its counts, mean and a column per status. */
  @Override
  public void rollUps(List<RolledUp> dimensions) {
    List<Sheet.Column> columns = new ArrayList<>(List.of(column(Label.COL_DIMENSION, 12), column(Label.GROUP, 36),
        column(Label.TARGETS, 8), column(Label.WITH_DATA, 8), column(Label.RATED, 8),
        column(Label.MEAN_ATTAINMENT, 11)));
    for (Status s : Status.values()) {
      columns.add(new Sheet.Column(l.status(s), 14, false));
    }
    sheets.add(new Sheet(l.get(Label.SHEET_ROLLUPS), columns, () -> page.report.rollUps().stream()
        .map(this::rollUpRow)));
  }

  private List<Sheet.Cell> rollUpRow(RollUp u) {
    Cells row = new Cells().text(l.dimension(u.dimension())).text(l.pick(u.labelZh(), u.labelEn()))
        .whole(u.targets()).whole(u.withData()).whole(u.rated()).share(u.meanAttainment());
    for (Status s : Status.values()) {
      row.whole(u.statusCounts().getOrDefault(s, 0));
    }
    return row.done();
  }

  @Override
  public void withoutData(List<TargetResult> noData, List<TargetResult> awaiting) {}

  /** 附录一 所用数据: every observation a target with data used, with the target's id and the row's position. */
  @Override
  public void appendix(List<TargetResult> withData) {
    List<Sheet.Column> columns = List.of(column(Label.COL_TARGET_ID, 40), column(Label.COL_INDICATOR, 44),
        column(Label.REGION, 10), column(Label.PERIOD, 10), column(Label.VALUE, 12), column(Label.COL_UNIT, 8),
        column(Label.OBS_STATUS, 14), column(Label.SOURCE, 50), column(Label.COL_PUBLISHED, 12),
        column(Label.WHERE, 10));
    sheets.add(new Sheet(l.get(Label.SHEET_OBSERVATIONS), columns, () -> withData.stream()
        .flatMap(r -> r.observations().stream().map(o -> observationRow(r, o)))));
  }

  private List<Sheet.Cell> observationRow(TargetResult r, ObservationRef o) {
    return new Cells().text(r.target().value()).text(index.description(r, l))
        .text(index.region(o.region().value(), l)).text(o.period().toString()).decimal(o.value()).text(r.unit())
        .text(l.obsStatus(o.status())).text(o.source()).date(o.published()).text(l.location(o.location())).done();
  }

  /** 附录二 未采用和拒收: the rows not used, then the rows rejected, then how many more were rejected. */
  @Override
  public void rows() {
    List<Sheet.Column> columns = List.of(column(Label.COL_FATE, 14), column(Label.WHERE, 10),
        column(Label.REASON, 18), column(Label.COL_REASON_CODE, 22), column(Label.ROWS, 6),
        column(Label.COL_NOTES, 70), column(Label.INPUT, 60));
    sheets.add(new Sheet(l.get(Label.SHEET_NOT_USED), columns, () -> Stream.concat(Stream.concat(
        page.report.unused().stream().map(this::notUsedRow), page.report.rejected().stream().map(this::rejectedRow)),
        notListed())));
  }

  private List<Sheet.Cell> notUsedRow(NotUsed x) {
    return new Cells().text(l.get(Label.NOT_USED)).text(l.location(x.location())).text(l.notUsed(x.reason()))
        .text(x.reason().name()).whole(x.rows()).text(Phrases.notUsedNote(x, index, l)).done();
  }

  private List<Sheet.Cell> rejectedRow(Rejection x) {
    return new Cells().text(l.get(Label.REJECTED)).text(l.location(x.location())).text(l.rejection(x.reason()))
        .text(x.reason().name()).whole(1).text(Phrases.rejectionNote(x, index, l)).text(x.input()).done();
  }

  /** The line saying how many rejected rows are not listed, when some are not. */
  private Stream<List<Sheet.Cell>> notListed() {
    long n = page.report.rejectedNotListed();
    if (n == 0) {
      return Stream.empty();
    }
    return Stream.of(new Cells().text(l.get(Label.REJECTED)).text("…").blank().blank().whole(n)
        .text(page.summary.rejectedNotListedText(l)).done());
  }

  /** A final evaluation's sections as sheets of their items, before the appendix's. */
  @Override
  public void finalEvaluation(List<FinalSections.Block> blocks) {
    page.finalEvaluation.ifPresent(f -> sheets.addAll(FinalSections.sheets(f, page.index, page.locale)));
  }

  /** A final evaluation's returns checked as a sheet, the workbook's last, after the appendix's sheets. */
  @Override
  public void returnsChecked(List<FinalSections.Block> blocks) {
    page.finalEvaluation.ifPresent(f -> last.add(FinalSections.checkedSheet(f, page.index, page.locale)));
  }

  @Override
  public void end() {}

  private Sheet.Column column(Label heading, double width) {
    return new Sheet.Column(l.get(heading), width, false);
  }

  /** A row's cells, left to right; empty values leave their cell blank. */
  private static final class Cells {
    private final List<Sheet.Cell> cells = new ArrayList<>();

    Cells text(String s) {
      cells.add(SheetReport.text(s));
      return this;
    }

    Cells text(Optional<String> s) {
      return s.isPresent() ? text(s.get()) : blank();
    }

    Cells whole(long n) {
      cells.add(new Sheet.Cell.Whole(n));
      return this;
    }

    Cells decimal(double v) {
      cells.add(new Sheet.Cell.Decimal(v));
      return this;
    }

    Cells decimal(OptionalDouble v) {
      return v.isPresent() ? decimal(v.getAsDouble()) : blank();
    }

    Cells share(OptionalDouble v) {
      if (v.isEmpty()) {
        return blank();
      }
      cells.add(new Sheet.Cell.Share(v.getAsDouble()));
      return this;
    }

    Cells date(Optional<LocalDate> d) {
      if (d.isEmpty()) {
        return blank();
      }
      cells.add(new Sheet.Cell.Date(d.get()));
      return this;
    }

    Cells blank() {
      cells.add(Sheet.Cell.BLANK);
      return this;
    }

    List<Sheet.Cell> done() {
      return trimmed(cells);
    }
  }

  /** A row's cells without the blanks that end it. */
  static List<Sheet.Cell> trimmed(List<Sheet.Cell> cells) {
    int end = cells.size();
    while (end > 0 && cells.get(end - 1) instanceof Sheet.Cell.Blank) {
      end--;
    }
    return List.copyOf(cells.subList(0, end));
  }

  /** A text as a workbook holds it: control and bidirectional formatting characters escaped. */
  static Sheet.Cell text(String s) {
    return new Sheet.Cell.Text(SafeText.escape(s));
  }
}
