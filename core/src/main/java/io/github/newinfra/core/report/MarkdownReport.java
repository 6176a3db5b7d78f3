package io.github.newinfra.core.report;

import io.github.newinfra.core.NotUsed;
import io.github.newinfra.core.ObservationRef;
import io.github.newinfra.core.Rejection;
import io.github.newinfra.core.RollUp;
import io.github.newinfra.core.TargetResult;
import io.github.newinfra.core.progress.FinalLabel;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as Markdown: the completion table with group rows for document and pillar, a table per roll-up
 * dimension, the appendix's rows as tables.
 *
 * <p>With {@link Detail#ALL} every target without data gets its own entry too, and the completion table lists
 * every target. Every text from the catalog or the input is escaped ({@link Markdown}): it renders as the text it
 * was, never as markup, HTML or a link; only source addresses of {@code http} or {@code https} become links.
 */
final class MarkdownReport extends TextFormat {
  MarkdownReport(Page page, Writer out) {
    super(page, out);
  }

  @Override
  public void title() {
    if (page.illustrative()) {
      o.append("> **").append(FinalLabel.ILLUSTRATIVE_NOTICE.label(page.locale)).append("**\n\n");
    }
    o.append("# ").append(md(page.title())).append("\n\n").append(md(page.summary.documentsText(l)))
        .append("\n\n");
  }

  @Override
  public void summary() {
    Summary s = page.summary;
    o.append("## ").append(l.get(Label.SUMMARY)).append("\n\n");
    item(l.get(Label.AS_OF), s.asOf().toString());
    item(l.get(Label.METHOD), l.method(s.method()));
    item(l.get(Label.DATA_COVERAGE), Evidence.coverage(s, report, l));
    item(l.get(Label.STATUS_DISTRIBUTION), s.distributionText(l));
    item(l.get(Label.DATA_ROWS), s.rowsText(l));
  }

  /** A numbered list of targets, each with its status, its description and what it says; a line when empty. */
  @Override
  public void targetList(TargetList list, List<TargetResult> targets) {
    o.append("\n## ").append(l.counted(l.get(list.heading), targets.size())).append("\n\n");
    if (targets.isEmpty()) {
      o.append(l.get(list.none)).append('\n');
    }
    int i = 0;
    for (TargetResult r : targets) {
      o.append(++i).append(". **").append(Evidence.badge(r, l)).append("** ").append(md(index.description(r, l)))
          .append(" — ").append(md(list.says(r, l, index))).append('\n');
    }
  }

  @Override
  public void completion(CompletionTable table) {
    o.append("\n## ").append(l.get(Label.COMPLETION)).append("\n\n");
    if (table.size() == 0) {
      o.append(l.get(Label.COMPLETION_NONE)).append('\n');
      return;
    }
    o.append("| ").append(String.join(" | ", CompletionTable.headings(l))).append(" |\n")
        .append("|---:|---|---|---:|---:|---:|---|---|\n");
    for (CompletionTable.Group g : table.groups()) {
      o.append("| | **").append(md(g.document())).append(g.pillar().isEmpty() ? "" : " · " + md(g.pillar()))
          .append("** | | | | | | |\n");
      for (CompletionTable.Row row : g.rows()) {
        List<String> cells = new ArrayList<>();
        row.cells().forEach(c -> cells.add(md(c)));
        o.append("| ").append(String.join(" | ", cells)).append(" |\n");
      }
    }
  }

  @Override
  public void targetsWithData(List<TargetResult> results) {
    o.append("\n## ").append(l.get(Label.TARGETS_WITH_DATA)).append("\n\n");
    results.forEach(r -> entry(r, true));
  }

  @Override
  public void qualitative(List<TargetResult> results) {
    o.append("## ").append(l.get(Label.QUALITATIVE)).append("\n\n");
    results.forEach(r -> entry(r, false));
    if (results.isEmpty()) {
      o.append(l.get(Label.NONE)).append("\n\n");
    }
  }

  /** A table per dimension with a rated group, the others named on a line; a dimension with no group is left out. */
  @Override
  public void rollUps(List<RolledUp> dimensions) {
    o.append("## ").append(l.get(Label.ROLLUPS)).append("\n");
    for (RolledUp d : dimensions) {
      if (d.isEmpty()) {
        continue;
      }
      o.append("\n### ").append(l.dimension(d.dimension())).append("\n\n");
      if (d.rated().isEmpty()) {
        o.append(md(l.format(Label.ROLLUP_NONE_RATED, d.unrated().size()))).append('\n');
        continue;
      }
      o.append("| ").append(l.get(Label.GROUP)).append(" | ")
          .append(l.get(Label.TARGETS)).append(" | ").append(l.get(Label.WITH_DATA)).append(" | ")
          .append(l.get(Label.STATUSES)).append(" | ").append(l.get(Label.MEAN_ATTAINMENT))
          .append(" |\n|---|---:|---:|---|---|\n");
      for (RollUp u : d.rated()) {
        o.append("| ").append(md(l.pick(u.labelZh(), u.labelEn()))).append(" | ").append(u.targets()).append(" | ")
            .append(u.withData()).append(" | ").append(md(Phrases.statusCounts(u, l))).append(" | ")
            .append(md(Phrases.mean(u, l))).append(" |\n");
      }
      if (!d.unrated().isEmpty()) {
        o.append('\n').append(md(l.format(Label.ROLLUP_UNRATED_GROUPS, d.unrated().size(),
            String.join(l.listSeparator(), d.unrated())))).append('\n');
      }
    }
  }

  @Override
  public void withoutData(List<TargetResult> noData, List<TargetResult> awaiting) {
    compactList(Label.WITHOUT_DATA, noData);
    compactList(Label.AWAITING_ASSESSMENT, awaiting);
  }

  /** Targets without data: one line of their descriptions, or with {@link Detail#ALL} an entry each. */
  private void compactList(Label heading, List<TargetResult> list) {
    o.append("\n## ").append(l.counted(l.get(heading), list.size())).append("\n\n");
    if (list.isEmpty()) {
      o.append(l.get(Label.NONE)).append('\n');
    } else if (page.detail == Detail.ALL) {
      list.forEach(r -> entry(r, false));
    } else {
      List<String> names = new ArrayList<>();
      list.forEach(r -> names.add(md(index.description(r, l))));
      o.append(String.join(l.clauseSeparator(), names)).append('\n');
    }
  }

  @Override
  public void appendix(List<TargetResult> withData) {
    o.append("\n## ").append(l.get(Label.APPENDIX)).append("\n\n").append(l.get(Label.APPENDIX_NOTE))
        .append("\n\n### ").append(l.get(Label.APPENDIX_TARGETS)).append("\n\n");
    if (withData.isEmpty()) {
      o.append(l.get(Label.NONE)).append('\n');
      return;
    }
    o.append("| ").append(l.get(Label.COL_INDICATOR)).append(" | ").append(l.get(Label.COL_TARGET_ID))
        .append(" | ").append(l.get(Label.OBSERVATIONS)).append(" |\n|---|---|---|\n");
    for (TargetResult r : withData) {
      o.append("| ").append(md(index.description(r, l))).append(" | `").append(r.target().value()).append("` | ")
          .append(md(Phrases.rowsUsed(r, l))).append(" |\n");
    }
  }

  @Override
  public void rows() {
    o.append("\n### ").append(l.counted(l.get(Label.NOT_USED), report.unusedObservations())).append("\n\n");
    if (report.unused().isEmpty()) {
      o.append(l.get(Label.NONE)).append('\n');
    } else {
      o.append("| ").append(l.get(Label.WHERE)).append(" | ").append(l.get(Label.REASON)).append(" | ")
          .append(l.get(Label.COL_REASON_CODE)).append(" | ").append(l.get(Label.ROWS)).append(" | ")
          .append(l.get(Label.COL_NOTES)).append(" |\n|---|---|---|---:|---|\n");
      for (NotUsed x : report.unused()) {
        o.append("| ").append(md(l.location(x.location()))).append(" | ").append(l.notUsed(x.reason()))
            .append(" | `").append(x.reason()).append("` | ").append(x.rows()).append(" | ")
            .append(md(Phrases.notUsedNote(x, index, l))).append(" |\n");
      }
    }
    o.append("\n### ").append(l.counted(l.get(Label.REJECTED), report.rejectedObservations())).append("\n\n");
    if (report.rejectedObservations() == 0) {
      o.append(l.get(Label.NONE)).append('\n');
      return;
    }
    o.append("| ").append(l.get(Label.WHERE)).append(" | ").append(l.get(Label.REASON)).append(" | ")
        .append(l.get(Label.COL_REASON_CODE)).append(" | ").append(l.get(Label.COL_NOTES)).append(" | ")
        .append(l.get(Label.INPUT)).append(" |\n|---|---|---|---|---|\n");
    for (Rejection x : report.rejected()) {
      o.append("| ").append(md(l.location(x.location()))).append(" | ").append(l.rejection(x.reason()))
          .append(" | `").append(x.reason()).append("` | ").append(md(Phrases.rejectionNote(x, index, l)))
          .append(" | ").append(md(x.input())).append(" |\n");
    }
    if (report.rejectedNotListed() > 0) {
      o.append('\n').append(md(page.summary.rejectedNotListedText(l))).append('\n');
    }
  }

  /**
   * Headings as {@code ##} to {@code ####}, lists as {@code -} items, tables as pipe tables; the returns' texts
   * escaped as every text of the report ({@link Markdown}).
   */
  @Override
  public void finalEvaluation(List<FinalSections.Block> blocks) {
    for (FinalSections.Block k : blocks) {
      if (k.isHeading()) {
        o.append('\n').append("#".repeat(k.level)).append(' ').append(md(k.text)).append("\n\n");
      } else if (k.isList()) {
        k.items.forEach(i -> o.append("- ").append(md(i)).append('\n'));
        o.append('\n');
      } else if (k.isTable()) {
        pipeTable(k.rows());
      } else {
        o.append(md(k.text)).append("\n\n");
      }
    }
  }

  /** The returns checked, shaped as the final evaluation's sections. */
  @Override
  public void returnsChecked(List<FinalSections.Block> blocks) {
    finalEvaluation(blocks);
  }

  /** A table with its first row as the header; nothing when it has no other row. */
  private void pipeTable(List<List<String>> table) {
    if (table.size() < 2) {
      return;
    }
    for (int r = 0; r < table.size(); r++) {
      o.append('|');
      table.get(r).forEach(c -> o.append(' ').append(md(c)).append(" |"));
      o.append('\n');
      if (r == 0) {
        o.append('|').append(" --- |".repeat(table.get(0).size())).append('\n');
      }
    }
    o.append('\n');
  }

  @Override
  public void end() {}

  private static String md(String s) {
    return Markdown.escape(s);
  }

  private void item(String term, String value) {
    o.append("- **").append(term).append("**").append(l.pick("：", ": ")).append(md(value)).append('\n');
  }

  private void entry(TargetResult r, boolean numbers) {
    o.append("### ").append(Evidence.badge(r, l)).append(" · ").append(md(index.description(r, l)))
        .append("\n\n");
    if (numbers) {
      // the data notes flagged, so that they stand out in a rendered list
      Phrases.numbers(r, l, index).forEach(f -> item(l.get(f.getKey()),
          (f.getKey() == Label.COL_NOTES ? "⚑ " : "") + f.getValue()));
    }
    r.assessment().ifPresent(a -> item(l.get(Label.VERDICT), l.verdict(a.verdict()) + " — " + a.note()));
    item(l.get(Label.WHY), page.explanation(r));
    Phrases.cities(r, l, index).ifPresent(cities -> item(l.get(Phrases.citiesLabel(r)), cities));
    if (!Phrases.observations(r).isEmpty()) {
      o.append("- **").append(l.get(Label.OBSERVATIONS)).append("**").append(l.pick("：", ":")).append('\n');
      for (ObservationRef x : Phrases.observations(r)) {
        o.append("  - ").append(x.period()).append(l.pick("，", ", "))
            .append(md(index.region(x.region(), l))).append(l.pick("：", ": ")).append(l.number(x.value()))
            .append(md(r.unit())).append(l.pick("，", ", ")).append(md(l.obsStatusName(x.status())))
            .append(x.source().map(src -> ", " + Markdown.link(src)).orElse("")).append('\n');
      }
    }
    index.quote(r).ifPresent(q -> o.append("\n> “").append(md(q)).append("” — ").append(md(index.document(r, l)))
        .append('\n'));
    o.append('\n');
  }
}
