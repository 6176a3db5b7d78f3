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
import io.github.newinfra.model.internal.SafeText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The monitoring report as plain text for a terminal, in the HTML page's order: the summary, the targets that need
 * attention, the completion table, the targets with data one by one (value used, target, baseline, projection, data
 * notes, why, city figures, sources, the quote), qualitative goals, the roll-ups by pillar, the targets without data
 * as one compact list, and the rows not used and rejected.
 *
 * <p>With {@link Detail#ALL} every target without data gets its own entry too, and the completion table lists
 * every target. Text from the catalog and the input (descriptions, quotes, sources, rejected rows) is shown with
 * its control and bidirectional formatting characters escaped ({@code \}{@code u001B}), so that it cannot rewrite
 * the terminal that shows the report. This class is stateless and thread-safe.
 */
final class TextReport {
  private TextReport() {}

  /**
   * Renders the text.
   *
   * @param report the report
   * @param data the catalog evaluated
   * @param locale the language: Chinese for any {@code zh} locale, English otherwise
   * @param detail {@link Detail#SUMMARY} collapses the targets without data; {@link Detail#ALL} lists everything
   * @return the text
   */
  public static String render(EvaluationReport report, CatalogData data, Locale locale, Detail detail) {
    Labels l = Labels.of(locale);
    Index index = new Index(data);
    Summary s = Summary.of(report, data);
    StringBuilder o = new StringBuilder(4096 + report.results().size() * 1024);
    o.append(l.get(Label.TITLE)).append('\n').append(t(s.documentsText(l))).append("\n\n");
    heading(o, l.get(Label.SUMMARY));
    line(o, l, Label.AS_OF, s.asOf().toString());
    line(o, l, Label.METHOD, l.method(s.method()));
    line(o, l, Label.DATA_COVERAGE, Evidence.coverage(s, report, l));
    line(o, l, Label.STATUS_DISTRIBUTION, s.distributionText(l));
    line(o, l, Label.DATA_ROWS, s.rowsText(l));
    o.append('\n');
    targetList(o, l.counted(l.get(Label.ATTENTION), s.attention().size()), l.get(Label.ATTENTION_NONE), s.attention(),
        r -> Phrases.standing(r, l, index), index, l);
    targetList(o, l.counted(l.get(Label.NEEDS_DATA), s.needingData().size()), l.get(Label.NEEDS_DATA_NONE),
        s.needingData(), r -> CompletionTable.notes(r, l), index, l);
    CompletionTable table = CompletionTable.of(report, index, l, detail);
    heading(o, l.counted(l.get(Label.COMPLETION), table.size()));
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
    heading(o, l.get(Label.TARGETS_WITH_DATA));
    for (TargetResult r : report.results()) {
      if (Summary.hasData(r) && r.assessment().isEmpty()) {
        entry(o, r, index, l, true);
      }
    }
    heading(o, l.get(Label.QUALITATIVE));
    boolean any = false;
    for (TargetResult r : report.results()) {
      if (r.assessment().isPresent() && Summary.hasData(r)) {
        any = true;
        entry(o, r, index, l, false);
      }
    }
    if (!any) {
      o.append("  ").append(l.get(Label.NONE)).append("\n\n");
    }
    heading(o, l.get(Label.ROLLUPS) + " · " + l.dimension(RollUpDimension.PILLAR));
    List<RollUp> rated = Phrases.rated(report, RollUpDimension.PILLAR);
    List<String> unrated = Phrases.unrated(report, RollUpDimension.PILLAR, l);
    if (rated.isEmpty()) {
      o.append("  ").append(l.format(Label.ROLLUP_NONE_RATED, unrated.size())).append('\n');
    }
    for (RollUp u : rated) {
      o.append("  ").append(t(l.pick(u.labelZh(), u.labelEn()))).append(l.pick("：", ": "))
          .append(l.format(Label.TARGETS_COUNT, u.targets())).append(l.listSeparator())
          .append(l.get(Label.WITH_DATA)).append(' ').append(u.withData()).append(l.listSeparator())
          .append(l.get(Label.MEAN_ATTAINMENT)).append(' ').append(HtmlReport.mean(u, l)).append('\n');
    }
    if (!rated.isEmpty() && !unrated.isEmpty()) {
      o.append("  ").append(t(l.format(Label.ROLLUP_UNRATED_GROUPS, unrated.size(),
          String.join(l.listSeparator(), unrated)))).append('\n');
    }
    o.append('\n');
    for (Status st : List.of(Status.NO_DATA, Status.NOT_ASSESSED)) {
      List<TargetResult> list = new ArrayList<>();
      report.results().stream().filter(r -> r.status() == st).forEach(list::add);
      heading(o, l.counted(l.get(st == Status.NO_DATA ? Label.WITHOUT_DATA : Label.AWAITING_ASSESSMENT),
          list.size()));
      if (list.isEmpty()) {
        o.append("  ").append(l.get(Label.NONE)).append("\n\n");
      } else if (detail == Detail.ALL) {
        list.forEach(r -> entry(o, r, index, l, false));
      } else {
        List<String> names = new ArrayList<>();
        list.forEach(r -> names.add(t(index.description(r, l))));
        o.append("  ").append(String.join(l.clauseSeparator(), names)).append("\n\n");
      }
    }
    o.append("==== ").append(l.get(Label.APPENDIX)).append(" ====\n  ").append(l.get(Label.APPENDIX_NOTE))
        .append("\n\n");
    heading(o, l.get(Label.APPENDIX_TARGETS));
    boolean listed = false;
    for (TargetResult r : report.results()) {
      if (Summary.hasData(r)) {
        listed = true;
        o.append("  ").append(t(index.description(r, l))).append(l.pick("：", ": ")).append(r.target().value())
            .append('\n').append("    ").append(l.get(Label.OBSERVATIONS)).append(l.pick("：", ": "))
            .append(t(Phrases.rowsUsed(r, l))).append('\n');
      }
    }
    o.append(listed ? "\n" : "  " + l.get(Label.NONE) + "\n\n");
    heading(o, l.counted(l.get(Label.NOT_USED), report.unusedObservations()));
    for (NotUsed x : report.unused()) {
      o.append("  ").append(t(l.location(x.location()))).append(l.pick("：", ": ")).append(l.notUsed(x.reason()))
          .append(" [").append(x.reason()).append("] — ").append(t(Phrases.notUsedNote(x, index, l))).append('\n');
    }
    o.append(report.unused().isEmpty() ? "  " + l.get(Label.NONE) + "\n\n" : "\n");
    heading(o, l.counted(l.get(Label.REJECTED), report.rejectedObservations()));
    for (Rejection x : report.rejected()) {
      o.append("  ").append(t(l.location(x.location()))).append(l.pick("：", ": ")).append(l.rejection(x.reason()))
          .append(" [").append(x.reason()).append("] — ").append(t(l.chinese() ? x.input() : x.message()));
      if (l.chinese() && !x.suggestions().isEmpty()) {
        o.append(l.clauseSeparator()).append(t(Phrases.rejectionNote(x, index, l)));
      }
      o.append('\n');
    }
    if (report.rejectedNotListed() > 0) {
      o.append("  ").append(s.rejectedNotListedText(l)).append('\n');
    }
    o.append(report.rejectedObservations() == 0 ? "  " + l.get(Label.NONE) + "\n" : "");
    return o.toString();
  }

  /** Text from the catalog or the input, as a terminal may show it: control and bidi characters escaped. */
  private static String t(String text) {
    return SafeText.escape(text);
  }

  /** A numbered list of targets, each with its status, its description and what it says; a line when empty. */
  private static void targetList(StringBuilder o, String heading, String none, List<TargetResult> list,
      java.util.function.Function<TargetResult, String> says, Index index, Labels l) {
    heading(o, heading);
    if (list.isEmpty()) {
      o.append("  ").append(none).append('\n');
    }
    int i = 0;
    for (TargetResult r : list) {
      o.append(String.format(Locale.ROOT, "%3d. ", ++i)).append('[').append(Evidence.badge(r, l)).append("] ")
          .append(t(index.description(r, l))).append(" — ").append(t(says.apply(r))).append('\n');
    }
    o.append('\n');
  }

  private static void heading(StringBuilder o, String text) {
    o.append("== ").append(text).append(" ==\n");
  }

  private static void line(StringBuilder o, Labels l, Label label, String value) {
    o.append("  ").append(l.get(label)).append(l.pick("：", ": ")).append(t(value)).append('\n');
  }

  private static void fact(StringBuilder o, Labels l, String term, String value) {
    o.append("    ").append(term).append(l.pick("：", ": ")).append(t(value)).append('\n');
  }

  /** One target in full. */
  private static void entry(StringBuilder o, TargetResult r, Index index, Labels l, boolean numbers) {
    o.append("  [").append(Evidence.badge(r, l)).append("] ").append(t(index.description(r, l))).append('\n');
    if (numbers) {
      fact(o, l, l.get(Label.VALUE_USED), Phrases.valueUsed(r, l));
      fact(o, l, l.get(Label.TARGET), Phrases.target(r, l, index));
      Phrases.baseline(r, l, index).ifPresent(b -> fact(o, l, l.get(Label.BASELINE), b));
      Phrases.projection(r, l).ifPresent(p -> fact(o, l, l.get(Label.PROJECTION), p));
      String notes = CompletionTable.notes(r, l);
      if (!notes.isEmpty()) {
        fact(o, l, l.get(Label.COL_NOTES), notes);
      }
    }
    r.assessment().ifPresent(a -> fact(o, l, l.get(Label.VERDICT), l.verdict(a.verdict()) + " — " + a.note()));
    fact(o, l, l.get(Label.WHY), Phrases.explanation(r, l));
    if (!r.regionValues().isEmpty()) {
      List<String> cities = new ArrayList<>();
      r.regionValues().forEach(v -> cities.add(index.region(v.region(), l) + " " + l.number(v.value()) + r.unit()
          + l.bracket(v.period().toString())));
      fact(o, l, l.get(Labels.below(Label.CITIES, r.regionValues().get(0).region())), String.join(l.listSeparator(), cities));
    }
    Set<String> sources = new LinkedHashSet<>();
    for (ObservationRef x : Phrases.observations(r)) {
      sources.add(x.period() + " " + l.number(x.value()) + r.unit()
          + (x.status() == io.github.newinfra.core.ObsStatus.A ? "" : l.bracket(l.obsStatusName(x.status())))
          + x.source().map(src -> " " + src).orElse(""));
    }
    if (!sources.isEmpty()) {
      fact(o, l, l.get(Label.OBSERVATIONS), String.join(l.clauseSeparator(), sources));
    }
    index.quote(r).ifPresent(q -> fact(o, l, l.get(Label.QUOTE), "“" + q + "”"));
    o.append('\n');
  }
}
