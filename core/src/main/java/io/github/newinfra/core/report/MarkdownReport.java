package io.github.newinfra.core.report;

import io.github.newinfra.core.EvaluationReport;
import io.github.newinfra.core.NotUsed;
import io.github.newinfra.core.ObservationRef;
import io.github.newinfra.core.Rejection;
import io.github.newinfra.core.RollUp;
import io.github.newinfra.core.RollUpDimension;
import io.github.newinfra.core.Status;
import io.github.newinfra.core.TargetResult;
import io.github.newinfra.model.CatalogData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The monitoring report as Markdown, in the HTML page's order: the summary, the targets that need attention, the
 * completion table (group rows for document and pillar), the targets with data one by one, qualitative goals, the
 * roll-ups of every dimension, the targets without data as one compact list, and the rows not used and rejected.
 *
 * <p>With {@link Detail#ALL} every target without data gets its own entry too, and the completion table lists
 * every target. Every text from the catalog or the input is escaped ({@link Markdown}): it renders as the text it
 * was, never as markup, HTML or a link; only source addresses of {@code http} or {@code https} become links. This
 * class is stateless and thread-safe.
 */
final class MarkdownReport {
  private MarkdownReport() {}

  /**
   * Renders the Markdown.
   *
   * @param report the report
   * @param data the catalog evaluated
   * @param locale the language: Chinese for any {@code zh} locale, English otherwise
   * @param detail {@link Detail#SUMMARY} collapses the targets without data; {@link Detail#ALL} lists everything
   * @return the Markdown
   */
  public static String render(EvaluationReport report, CatalogData data, Locale locale, Detail detail) {
    Labels l = Labels.of(locale);
    Index index = new Index(data);
    Summary s = Summary.of(report, data);
    StringBuilder o = new StringBuilder(4096 + report.results().size() * 1024);
    o.append("# ").append(md(l.get(Label.TITLE))).append("\n\n").append(md(s.documentsText(l))).append("\n\n");
    o.append("## ").append(l.get(Label.SUMMARY)).append("\n\n");
    item(o, l, l.get(Label.AS_OF), s.asOf().toString());
    item(o, l, l.get(Label.METHOD), l.method(s.method()));
    item(o, l, l.get(Label.DATA_COVERAGE), Evidence.coverage(s, report, l));
    item(o, l, l.get(Label.STATUS_DISTRIBUTION), s.distributionText(l));
    item(o, l, l.get(Label.DATA_ROWS), s.rowsText(l));
    targetList(o, l.counted(l.get(Label.ATTENTION), s.attention().size()), l.get(Label.ATTENTION_NONE), s.attention(),
        r -> Phrases.standing(r, l, index), index, l);
    targetList(o, l.counted(l.get(Label.NEEDS_DATA), s.needingData().size()), l.get(Label.NEEDS_DATA_NONE),
        s.needingData(), r -> CompletionTable.notes(r, l), index, l);
    CompletionTable table = CompletionTable.of(report, index, l, detail);
    o.append("\n## ").append(l.get(Label.COMPLETION)).append("\n\n");
    if (table.size() == 0) {
      o.append(l.get(Label.COMPLETION_NONE)).append('\n');
    } else {
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
    o.append("\n## ").append(l.get(Label.TARGETS_WITH_DATA)).append("\n\n");
    for (TargetResult r : report.results()) {
      if (Summary.hasData(r) && r.assessment().isEmpty()) {
        entry(o, r, index, l, true);
      }
    }
    o.append("## ").append(l.get(Label.QUALITATIVE)).append("\n\n");
    boolean any = false;
    for (TargetResult r : report.results()) {
      if (r.assessment().isPresent() && Summary.hasData(r)) {
        any = true;
        entry(o, r, index, l, false);
      }
    }
    if (!any) {
      o.append(l.get(Label.NONE)).append("\n\n");
    }
    o.append("## ").append(l.get(Label.ROLLUPS)).append("\n");
    for (RollUpDimension d : RollUpDimension.values()) {
      List<RollUp> rated = Phrases.rated(report, d);
      List<String> unrated = Phrases.unrated(report, d, l);
      if (rated.isEmpty() && unrated.isEmpty()) {
        continue;
      }
      o.append("\n### ").append(l.dimension(d)).append("\n\n");
      if (rated.isEmpty()) {
        o.append(md(l.format(Label.ROLLUP_NONE_RATED, unrated.size()))).append('\n');
        continue;
      }
      o.append("| ").append(l.get(Label.GROUP)).append(" | ")
          .append(l.get(Label.TARGETS)).append(" | ").append(l.get(Label.WITH_DATA)).append(" | ")
          .append(l.get(Label.STATUSES)).append(" | ").append(l.get(Label.MEAN_ATTAINMENT))
          .append(" |\n|---|---:|---:|---|---|\n");
      for (RollUp u : rated) {
        List<String> counts = new ArrayList<>();
        u.statusCounts().forEach((st, n) -> {
          if (n > 0) {
            counts.add(l.status(st) + " " + n);
          }
        });
        o.append("| ").append(md(l.pick(u.labelZh(), u.labelEn()))).append(" | ").append(u.targets()).append(" | ")
            .append(u.withData()).append(" | ").append(md(String.join(l.listSeparator(), counts))).append(" | ")
            .append(md(HtmlReport.mean(u, l))).append(" |\n");
      }
      if (!unrated.isEmpty()) {
        o.append('\n').append(md(l.format(Label.ROLLUP_UNRATED_GROUPS, unrated.size(),
            String.join(l.listSeparator(), unrated)))).append('\n');
      }
    }
    for (Status st : List.of(Status.NO_DATA, Status.NOT_ASSESSED)) {
      List<TargetResult> list = new ArrayList<>();
      report.results().stream().filter(r -> r.status() == st).forEach(list::add);
      o.append("\n## ").append(l.counted(l.get(st == Status.NO_DATA ? Label.WITHOUT_DATA
          : Label.AWAITING_ASSESSMENT), list.size())).append("\n\n");
      if (list.isEmpty()) {
        o.append(l.get(Label.NONE)).append('\n');
      } else if (detail == Detail.ALL) {
        list.forEach(r -> entry(o, r, index, l, false));
      } else {
        List<String> names = new ArrayList<>();
        list.forEach(r -> names.add(md(index.description(r, l))));
        o.append(String.join(l.clauseSeparator(), names)).append('\n');
      }
    }
    o.append("\n## ").append(l.get(Label.APPENDIX)).append("\n\n").append(l.get(Label.APPENDIX_NOTE))
        .append("\n\n### ").append(l.get(Label.APPENDIX_TARGETS)).append("\n\n");
    boolean listed = false;
    for (TargetResult r : report.results()) {
      if (Summary.hasData(r)) {
        if (!listed) {
          o.append("| ").append(l.get(Label.COL_INDICATOR)).append(" | ").append(l.get(Label.COL_TARGET_ID))
              .append(" | ").append(l.get(Label.OBSERVATIONS)).append(" |\n|---|---|---|\n");
        }
        listed = true;
        o.append("| ").append(md(index.description(r, l))).append(" | `").append(r.target().value()).append("` | ")
            .append(md(Phrases.rowsUsed(r, l))).append(" |\n");
      }
    }
    if (!listed) {
      o.append(l.get(Label.NONE)).append('\n');
    }
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
    } else {
      o.append("| ").append(l.get(Label.WHERE)).append(" | ").append(l.get(Label.REASON)).append(" | ")
          .append(l.get(Label.COL_REASON_CODE)).append(" | ").append(l.get(Label.COL_NOTES)).append(" | ")
          .append(l.get(Label.INPUT)).append(" |\n|---|---|---|---|---|\n");
      for (Rejection x : report.rejected()) {
        o.append("| ").append(md(l.location(x.location()))).append(" | ").append(l.rejection(x.reason()))
            .append(" | `").append(x.reason()).append("` | ").append(md(Phrases.rejectionNote(x, index, l)))
            .append(" | ").append(md(x.input())).append(" |\n");
      }
      if (report.rejectedNotListed() > 0) {
        o.append('\n').append(md(s.rejectedNotListedText(l))).append('\n');
      }
    }
    return o.toString();
  }

  /** A numbered list of targets, each with its status, its description and what it says; a line when empty. */
  private static void targetList(StringBuilder o, String heading, String none, List<TargetResult> list,
      java.util.function.Function<TargetResult, String> says, Index index, Labels l) {
    o.append("\n## ").append(heading).append("\n\n");
    if (list.isEmpty()) {
      o.append(none).append('\n');
    }
    int i = 0;
    for (TargetResult r : list) {
      o.append(++i).append(". **").append(Evidence.badge(r, l)).append("** ").append(md(index.description(r, l)))
          .append(" — ").append(md(says.apply(r))).append('\n');
    }
  }

  private static String md(String s) {
    return Markdown.escape(s);
  }

  private static void item(StringBuilder o, Labels l, String term, String value) {
    o.append("- **").append(term).append("**").append(l.pick("：", ": ")).append(md(value)).append('\n');
  }

  private static void entry(StringBuilder o, TargetResult r, Index index, Labels l, boolean numbers) {
    o.append("### ").append(Evidence.badge(r, l)).append(" · ").append(md(index.description(r, l)))
        .append("\n\n");
    if (numbers) {
      item(o, l, l.get(Label.VALUE_USED), Phrases.valueUsed(r, l));
      item(o, l, l.get(Label.TARGET), Phrases.target(r, l, index));
      Phrases.baseline(r, l, index).ifPresent(b -> item(o, l, l.get(Label.BASELINE), b));
      Phrases.projection(r, l).ifPresent(p -> item(o, l, l.get(Label.PROJECTION), p));
      String notes = CompletionTable.notes(r, l);
      if (!notes.isEmpty()) {
        item(o, l, l.get(Label.COL_NOTES), "⚑ " + notes);
      }
    }
    r.assessment().ifPresent(a -> item(o, l, l.get(Label.VERDICT), l.verdict(a.verdict()) + " — " + a.note()));
    item(o, l, l.get(Label.WHY), Phrases.explanation(r, l));
    if (!r.regionValues().isEmpty()) {
      List<String> cities = new ArrayList<>();
      r.regionValues().forEach(v -> cities.add(index.region(v.region(), l) + " " + l.number(v.value()) + r.unit()
          + l.bracket(v.period().toString())));
      item(o, l, l.get(Labels.below(Label.CITIES, r.regionValues().get(0).region())), String.join(l.listSeparator(), cities));
    }
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
