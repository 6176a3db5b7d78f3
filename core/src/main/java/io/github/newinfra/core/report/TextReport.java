package io.github.newinfra.core.report;

import io.github.newinfra.core.NotUsed;
import io.github.newinfra.core.ObsStatus;
import io.github.newinfra.core.ObservationRef;
import io.github.newinfra.core.Rejection;
import io.github.newinfra.core.RollUp;
import io.github.newinfra.core.RollUpDimension;
import io.github.newinfra.core.Status;
import io.github.newinfra.core.TargetResult;
import io.github.newinfra.core.progress.FinalLabel;
import io.github.newinfra.model.internal.SafeText;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The report as plain text for a terminal: headings as {@code == … ==}, each target with data in full (value used,
 * target, baseline, projection, data notes, why, city figures, sources, the quote), the roll-ups by pillar only.
 *
 * <p>With {@link Detail#ALL} every target without data gets its own entry too, and the completion table lists
 * every target. Text from the catalog and the input (descriptions, quotes, sources, rejected rows) is shown with
 * its control and bidirectional formatting characters escaped ({@code \}{@code u001B}), so that it cannot rewrite
 * the terminal that shows the report.
 */
final class TextReport extends TextFormat {
  TextReport(Page page, Writer out) {
    super(page, out);
  }

  @Override
  public void title() {
    if (page.illustrative()) {
      o.append(FinalLabel.ILLUSTRATIVE_NOTICE.label(page.locale)).append("\n\n");
    }
    o.append(page.title()).append('\n').append(t(page.summary.documentsText(l))).append("\n\n");
  }

  @Override
  public void summary() {
    Summary s = page.summary;
    heading(l.get(Label.SUMMARY));
    line(Label.AS_OF, s.asOf().toString());
    line(Label.METHOD, l.method(s.method()));
    line(Label.DATA_COVERAGE, Evidence.coverage(s, report, l));
    line(Label.STATUS_DISTRIBUTION, s.distributionText(l));
    line(Label.DATA_ROWS, s.rowsText(l));
    o.append('\n');
  }

  @Override
  public void targetList(TargetList list, List<TargetResult> targets) {
    heading(l.counted(l.get(list.heading), targets.size()));
    if (targets.isEmpty()) {
      o.append("  ").append(l.get(list.none)).append('\n');
    }
    int i = 0;
    for (TargetResult r : targets) {
      o.append(String.format(Locale.ROOT, "%3d. ", ++i)).append('[').append(Evidence.badge(r, l)).append("] ")
          .append(t(index.description(r, l))).append(" — ").append(t(list.says(r, l, index))).append('\n');
    }
    o.append('\n');
  }

  @Override
  public void completion(CompletionTable table) {
    heading(l.counted(l.get(Label.COMPLETION), table.size()));
    if (table.size() == 0) {
      o.append("  ").append(l.get(Label.COMPLETION_NONE)).append('\n');
    } else {
      o.append("  ").append(String.join(" | ", CompletionTable.headings(l))).append('\n');
      String document = null;
      for (CompletionTable.Group g : table.groups()) {
        if (!g.document().equals(document)) {
          document = g.document();
          o.append("  ").append(t(document)).append('\n');
        }
        if (!g.pillar().isEmpty()) {
          o.append("  · ").append(t(g.pillar())).append('\n');
        }
        for (CompletionTable.Row row : g.rows()) {
          List<String> cells = new ArrayList<>();
          row.cells().forEach(c -> cells.add(t(c)));
          o.append("  ").append(String.join(" | ", cells)).append('\n');
        }
      }
    }
    o.append('\n');
  }

  @Override
  public void targetsWithData(List<TargetResult> results) {
    heading(l.get(Label.TARGETS_WITH_DATA));
    results.forEach(r -> entry(r, true));
  }

  @Override
  public void qualitative(List<TargetResult> results) {
    heading(l.get(Label.QUALITATIVE));
    results.forEach(r -> entry(r, false));
    if (results.isEmpty()) {
      o.append("  ").append(l.get(Label.NONE)).append("\n\n");
    }
  }

  /** The roll-ups by pillar: one line per group with a rated target, the others named on one line. */
  @Override
  public void rollUps(List<RolledUp> dimensions) {
    RolledUp pillars = dimensions.stream().filter(d -> d.dimension() == RollUpDimension.PILLAR).findFirst()
        .orElseThrow();
    heading(l.get(Label.ROLLUPS) + " · " + l.dimension(RollUpDimension.PILLAR));
    if (pillars.rated().isEmpty()) {
      o.append("  ").append(l.format(Label.ROLLUP_NONE_RATED, pillars.unrated().size())).append('\n');
    }
    for (RollUp u : pillars.rated()) {
      o.append("  ").append(t(l.pick(u.labelZh(), u.labelEn()))).append(l.pick("：", ": "))
          .append(l.format(Label.TARGETS_COUNT, u.targets())).append(l.listSeparator())
          .append(l.get(Label.WITH_DATA)).append(' ').append(u.withData()).append(l.listSeparator())
          .append(l.get(Label.MEAN_ATTAINMENT)).append(' ').append(Phrases.mean(u, l)).append('\n');
    }
    if (!pillars.rated().isEmpty() && !pillars.unrated().isEmpty()) {
      o.append("  ").append(t(l.format(Label.ROLLUP_UNRATED_GROUPS, pillars.unrated().size(),
          String.join(l.listSeparator(), pillars.unrated())))).append('\n');
    }
    o.append('\n');
  }

  @Override
  public void withoutData(List<TargetResult> noData, List<TargetResult> awaiting) {
    compactList(Label.WITHOUT_DATA, noData);
    compactList(Label.AWAITING_ASSESSMENT, awaiting);
  }

  /** Targets without data: one line of their descriptions, or with {@link Detail#ALL} an entry each. */
  private void compactList(Label heading, List<TargetResult> list) {
    heading(l.counted(l.get(heading), list.size()));
    if (list.isEmpty()) {
      o.append("  ").append(l.get(Label.NONE)).append("\n\n");
    } else if (page.detail == Detail.ALL) {
      list.forEach(r -> entry(r, false));
    } else {
      List<String> names = new ArrayList<>();
      list.forEach(r -> names.add(t(index.description(r, l))));
      o.append("  ").append(String.join(l.clauseSeparator(), names)).append("\n\n");
    }
  }

  @Override
  public void appendix(List<TargetResult> withData) {
    o.append("==== ").append(l.get(Label.APPENDIX)).append(" ====\n  ").append(l.get(Label.APPENDIX_NOTE))
        .append("\n\n");
    heading(l.get(Label.APPENDIX_TARGETS));
    for (TargetResult r : withData) {
      o.append("  ").append(t(index.description(r, l))).append(l.pick("：", ": ")).append(r.target().value())
          .append('\n').append("    ").append(l.get(Label.OBSERVATIONS)).append(l.pick("：", ": "))
          .append(t(Phrases.rowsUsed(r, l))).append('\n');
    }
    o.append(withData.isEmpty() ? "  " + l.get(Label.NONE) + "\n\n" : "\n");
  }

  @Override
  public void rows() {
    heading(l.counted(l.get(Label.NOT_USED), report.unusedObservations()));
    for (NotUsed x : report.unused()) {
      o.append("  ").append(t(l.location(x.location()))).append(l.pick("：", ": ")).append(l.notUsed(x.reason()))
          .append(" [").append(x.reason()).append("] — ").append(t(Phrases.notUsedNote(x, index, l))).append('\n');
    }
    o.append(report.unused().isEmpty() ? "  " + l.get(Label.NONE) + "\n\n" : "\n");
    heading(l.counted(l.get(Label.REJECTED), report.rejectedObservations()));
    for (Rejection x : report.rejected()) {
      o.append("  ").append(t(l.location(x.location()))).append(l.pick("：", ": ")).append(l.rejection(x.reason()))
          .append(" [").append(x.reason()).append("] — ").append(t(l.chinese() ? x.input() : x.message()));
      if (l.chinese() && !x.suggestions().isEmpty()) {
        o.append(l.clauseSeparator()).append(t(Phrases.rejectionNote(x, index, l)));
      }
      o.append('\n');
    }
    if (report.rejectedNotListed() > 0) {
      o.append("  ").append(page.summary.rejectedNotListedText(l)).append('\n');
    }
    o.append(report.rejectedObservations() == 0 ? "  " + l.get(Label.NONE) + "\n" : "");
  }

  /**
   * Headings as the report's own ({@code ==== 期末评估… ====} for the part, {@code == 定性目标评估 ==} for a section,
   * {@code -- 省工业和信息化厅：26项 --} below), paragraphs, lists and tables as indented lines, a blank line before
   * each heading but the first and after the last block; the returns' texts escaped as every text of the report.
   */
  @Override
  public void finalEvaluation(List<FinalSections.Block> blocks) {
    boolean first = true;
    for (FinalSections.Block k : blocks) {
      if (k.isHeading()) {
        String mark = k.level <= 2 ? "====" : k.level == 3 ? "==" : "--";
        o.append(first ? "" : "\n").append(mark).append(' ').append(t(k.text)).append(' ').append(mark).append('\n');
      } else if (k.isList()) {
        k.items.forEach(i -> o.append("  - ").append(t(i)).append('\n'));
      } else if (k.isTable()) {
        if (k.table.size() > 1) {
          k.rows().forEach(r -> {
            List<String> cells = new ArrayList<>();
            r.forEach(c -> cells.add(t(c)));
            o.append("  ").append(String.join(" | ", cells)).append('\n');
          });
        }
      } else {
        o.append("  ").append(t(k.text)).append('\n');
      }
      first = false;
    }
    o.append('\n');
  }

  /** The returns checked, shaped as the final evaluation's sections. */
  @Override
  public void returnsChecked(List<FinalSections.Block> blocks) {
    finalEvaluation(blocks);
  }

  @Override
  public void end() {}

  /** Text from the catalog or the input, as a terminal may show it: control and bidi characters escaped. */
  private static String t(String text) {
    return SafeText.escape(text);
  }

  private void heading(String text) {
    o.append("== ").append(text).append(" ==\n");
  }

  private void line(Label label, String value) {
    o.append("  ").append(l.get(label)).append(l.pick("：", ": ")).append(t(value)).append('\n');
  }

  private void fact(String term, String value) {
    o.append("    ").append(term).append(l.pick("：", ": ")).append(t(value)).append('\n');
  }

  /** One target in full. */
  private void entry(TargetResult r, boolean numbers) {
    o.append("  [").append(Evidence.badge(r, l)).append("] ").append(t(index.description(r, l))).append('\n');
    if (numbers) {
      Phrases.numbers(r, l, index).forEach(f -> fact(l.get(f.getKey()), f.getValue()));
    }
    r.assessment().ifPresent(a -> fact(l.get(Label.VERDICT), l.verdict(a.verdict()) + " — " + a.note()));
    fact(l.get(Label.WHY), page.explanation(r));
    Phrases.cities(r, l, index).ifPresent(cities -> fact(l.get(Phrases.citiesLabel(r)), cities));
    Set<String> sources = new LinkedHashSet<>();
    for (ObservationRef x : Phrases.observations(r)) {
      sources.add(x.period() + " " + l.number(x.value()) + r.unit()
          + (x.status() == ObsStatus.A ? "" : l.bracket(l.obsStatusName(x.status())))
          + x.source().map(src -> " " + src).orElse(""));
    }
    if (!sources.isEmpty()) {
      fact(l.get(Label.OBSERVATIONS), String.join(l.clauseSeparator(), sources));
    }
    index.quote(r).ifPresent(q -> fact(l.get(Label.QUOTE), "“" + q + "”"));
    o.append('\n');
  }
}
