package io.github.newinfra.core.report;

import static io.github.newinfra.core.report.Html.escape;

import io.github.newinfra.core.NotUsed;
import io.github.newinfra.core.ObservationRef;
import io.github.newinfra.core.RegionValue;
import io.github.newinfra.core.Rejection;
import io.github.newinfra.core.RollUp;
import io.github.newinfra.core.Status;
import io.github.newinfra.core.TargetResult;
import io.github.newinfra.core.progress.FinalLabel;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as one self-contained HTML page: inline CSS and inline SVG, no script, nothing loaded from
 * the network, laid out for the screen and for A4 paper ({@code @page} and {@code @media print}).
 *
 * <p>The page's order: the summary (date, method, documents, data coverage, the status distribution as an SVG bar,
 * the fate of the input rows); the targets that need attention; the completion table grouped by document and
 * pillar; one card per target with data (chart over time, value used and why, city figures, observations with their
 * sources, the quote); qualitative goals with their assessments; roll-ups with how many targets each mean rests on
 * (a dimension with nothing rated is one line); the targets without data as one compact list. Everything up to here
 * is the leadership part: it carries no ids, codes or input positions. The appendix ({@code id="appendix"}) keeps
 * them for the analyst: target ids with the rows used (position and status code), the rows not used and rejected
 * with their positions and reason codes.
 *
 * <p>A status resting on data that is not final or stale is a light badge ({@code class="pill weak"}) saying so.
 *
 * <p>Every target appears once as an entry ({@code class="entry"}, {@code data-target} its id): a card, a
 * qualitative goal or an item of the compact list. The summary section carries its counts as {@code data-*}
 * attributes for tools. Source addresses are links the reader may follow; the page itself loads nothing. The page
 * is {@code lang="zh-CN"} or {@code lang="en"}; quotes of the source texts are marked {@code lang="zh-CN"}. This
 * page is written in time linear in the size of the report.
 */
final class HtmlReport extends TextFormat {
  static final String CSS = ":root{color-scheme:light}"
      + "body{font-family:'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Hiragino Sans GB','Microsoft YaHei',"
      + "system-ui,sans-serif;margin:0;color:#1f2328;background:#fff;line-height:1.55;font-size:14px}"
      + "main{max-width:1080px;margin:0 auto;padding:28px 36px}"
      + "h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;border-bottom:2px solid #1f2328;padding-bottom:3px;"
      + "margin:30px 0 12px}h3{font-size:15px;margin:14px 0 6px}"
      + ".docs{color:#57606a;margin:0 0 8px}.id{color:#6e7781;font-weight:400;font-size:12px}"
      + ".facts{display:grid;grid-template-columns:max-content 1fr;gap:3px 18px;margin:0}.facts dt{color:#57606a}"
      + ".facts dd{margin:0}.kpis{display:flex;gap:12px;flex-wrap:wrap;margin:0 0 14px}"
      + ".kpi{border:1px solid #d0d7de;border-radius:8px;padding:8px 16px;min-width:130px}"
      + ".kpi b{font-size:28px;display:block;line-height:1.2}.kpi span{color:#57606a;font-size:13px}"
      + "svg.dist{width:100%;height:22px;display:block;margin:6px 0}"
      + ".legend{list-style:none;padding:0;margin:4px 0;display:flex;flex-wrap:wrap;gap:4px 14px;font-size:13px}"
      + ".sw{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:5px;vertical-align:-1px}"
      + "table{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0}"
      + "th,td{border:1px solid #d0d7de;padding:4px 7px;vertical-align:top;text-align:left}"
      + "thead th{background:#f6f8fa;white-space:nowrap}tr.group th{background:#eef2f6;font-weight:600}"
      + "td.num,td.mean{text-align:right;white-space:nowrap}td.date{white-space:nowrap}"
      + ".pill{display:inline-block;color:#fff;border-radius:10px;padding:0 8px;font-size:12px;white-space:nowrap;"
      + "line-height:19px;font-weight:600}"
      + statusColours()
      + ".st-NO_DATA,.st-NOT_ASSESSED{color:#24292f}"
      + ".pill.weak{background:#fff;color:var(--c);box-shadow:inset 0 0 0 1.5px var(--c)}"
      + ".st-NO_DATA.weak,.st-NOT_ASSESSED.weak{color:#24292f}.weak-legend{font-size:12px;color:#57606a}"
      + ".rollup-none{color:#57606a;font-size:13px;margin:4px 0}"
      + ".attention{padding-left:1.6em}.attention li{margin:3px 0}"
      + ".card{border:1px solid #d0d7de;border-radius:8px;padding:10px 16px 12px;margin:14px 0}"
      + ".card h3{margin:2px 0 8px;font-size:15px}"
      + ".card-body{display:grid;grid-template-columns:minmax(0,480px) minmax(0,1fr);gap:8px 20px}"
      + "figure{margin:0}svg.chart{width:100%;height:auto;display:block}"
      + ".chart-legend{font-size:11px;color:#57606a;margin:2px 0 0}"
      + ".card dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:2px 12px;margin:0;font-size:13px;"
      + "align-content:start}"
      + ".card dt{color:#57606a}.card dd{margin:0;min-width:0;overflow-wrap:anywhere}"
      + ".published{color:#6e7781;font-size:12px;white-space:nowrap}"
      + "blockquote{margin:8px 0 0;padding:5px 12px;border-left:4px solid #d0d7de;background:#f6f8fa;font-size:13px}"
      + "cite{display:block;color:#57606a;font-style:normal;font-size:12px}"
      + ".compact{columns:2;column-gap:28px;font-size:13px;padding-left:1.3em;margin:4px 0}"
      + ".compact li{break-inside:avoid}"
      + "a{color:#0969da}.src,.src a,.src code{overflow-wrap:anywhere;word-break:break-word}"
      + "#appendix td:first-child,#appendix td>code{white-space:nowrap}#appendix td.src>code{white-space:normal}"
      + "dd,cite,.notes{overflow-wrap:anywhere}table.obs td:not(.src),table.cities td{white-space:nowrap}"
      + "table.completion td:nth-child(2){min-width:9em}table.completion td:nth-child(8){min-width:8em}"
      + "footer{color:#6e7781;font-size:12px;margin-top:30px}"
      + "#appendix{margin-top:36px}"
      + "@page{size:A4;margin:14mm 12mm}"
      + "@media print{body{font-size:10pt}main{max-width:none;padding:0}h1{font-size:20pt}h2{font-size:14pt}"
      + "h3{font-size:11pt}table{font-size:9pt;table-layout:auto}thead{display:table-header-group}"
      + "table.completion td.num{white-space:normal}"
      + "tfoot{display:table-footer-group}"
      + ".card,.kpi,tr,li,blockquote,figure{break-inside:avoid}h2,h3,tr.group{break-after:avoid}"
      + ".card+.card{break-before:auto}#appendix{break-before:page}"
      + ".card-body{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}.card dl{font-size:9pt}"
      + "a{color:inherit;text-decoration:none}"
      + "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

  /** One CSS rule per status, its colour in {@code --c} (the badge's fill, or its outline when the evidence is weak). */
  private static String statusColours() {
    StringBuilder b = new StringBuilder();
    for (Status s : Status.values()) {
      b.append(".st-").append(s).append("{--c:").append(colour(s)).append(";background:var(--c)}");
    }
    return b.toString();
  }

  HtmlReport(Page page, Writer out) {
    super(page, out);
  }

  /** The page's head and header; for illustrative returns, a mark before the title and a line above the header. */
  @Override
  public void title() {
    boolean illustrative = page.illustrative();
    o.append("<!DOCTYPE html>\n<html lang=\"").append(l.languageTag()).append("\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
        .append(illustrative ? escape(FinalLabel.ILLUSTRATIVE_MARK.label(page.locale)) : "")
        .append(escape(page.title() + " " + report.asOf())).append("</title><style>").append(CSS)
        .append("</style></head><body>");
    if (illustrative) {
      o.append("\n<p class=\"illustrative\"><strong>").append(escape(FinalLabel.ILLUSTRATIVE_NOTICE.label(page.locale)))
          .append("</strong></p>");
    }
    o.append("<main>\n");
    o.append("<header><h1>").append(escape(page.title())).append("</h1><p class=\"docs\">")
        .append(escape(page.summary.documentsText(l))).append("</p></header>\n");
  }

  /** The summary: the counts as {@code data-*} attributes for tools, key figures, facts and the distribution. */
  @Override
  public void summary() {
    Summary s = page.summary;
    o.append("<section id=\"summary\" data-targets=\"").append(s.targets()).append("\" data-with-data=\"")
        .append(s.withData()).append("\" data-rated=\"").append(s.rated()).append("\" data-input=\"")
        .append(s.inputRows()).append("\" data-used=\"").append(s.usedRows()).append("\" data-superseded=\"")
        .append(s.supersededRows()).append("\" data-not-used=\"").append(s.notUsedRows())
        .append("\" data-rejected=\"").append(s.rejectedRows()).append("\">\n<h2>").append(escape(l.get(Label.SUMMARY)))
        .append("</h2>\n<div class=\"kpis\">");
    kpi("targets", Integer.toString(s.targets()), l.get(Label.TARGETS));
    kpi("with-data", Integer.toString(s.withData()), l.get(Label.WITH_DATA));
    kpi("rated", Integer.toString(s.rated()), l.get(Label.RATED));
    kpi("attention", Integer.toString(s.attention().size()), l.get(Label.ATTENTION));
    o.append("</div>\n<dl class=\"facts\"><dt>").append(escape(l.get(Label.AS_OF))).append("</dt><dd>")
        .append(s.asOf()).append("</dd><dt>").append(escape(l.get(Label.METHOD))).append("</dt><dd>")
        .append(escape(l.method(s.method()))).append("</dd><dt>").append(escape(l.get(Label.DOCUMENTS)))
        .append("</dt><dd>").append(escape(s.documentsText(l))).append("</dd><dt>")
        .append(escape(l.get(Label.DATA_COVERAGE))).append("</dt><dd>").append(escape(Evidence.coverage(s, report, l)))
        .append("</dd><dt>").append(escape(l.get(Label.DATA_ROWS))).append("</dt><dd>")
        .append(escape(s.rowsText(l))).append("</dd></dl>\n<h3>").append(escape(l.get(Label.STATUS_DISTRIBUTION)))
        .append("</h3>\n");
    o.append(distribution(s.statusCounts(), s.targets(), l));
    o.append("<ul class=\"legend\">");
    s.statusCounts().forEach((st, n) -> {
      if (n > 0) {
        o.append("<li data-status=\"").append(st).append("\" data-count=\"").append(n)
            .append("\"><span class=\"sw st-").append(st).append("\"></span>").append(escape(l.status(st)))
            .append(' ').append(n).append("</li>");
      }
    });
    o.append("</ul>\n");
    if (Evidence.count(report) > 0) {
      o.append("<p class=\"weak-legend\"><span class=\"pill weak\">").append(escape(l.get(Label.WEAK_NOT_FINAL)))
          .append("</span> ").append(escape(l.get(Label.WEAK_LEGEND))).append("</p>\n");
    }
    o.append("</section>\n");
  }

  private void kpi(String key, String value, String label) {
    o.append("<div class=\"kpi\" data-kpi=\"").append(key).append("\"><b>").append(value).append("</b><span>")
        .append(escape(label)).append("</span></div>");
  }

  /** The status distribution as one stacked bar, a segment per status that occurs. */
  static String distribution(Map<Status, Integer> counts, int total, Labels l) {
    StringBuilder s = new StringBuilder("<svg class=\"dist\" viewBox=\"0 0 1000 22\" preserveAspectRatio=\"none\" "
        + "role=\"img\" aria-label=\"");
    List<String> parts = new ArrayList<>();
    counts.forEach((st, n) -> {
      if (n > 0) {
        parts.add(l.status(st) + " " + n);
      }
    });
    s.append(escape(l.get(Label.STATUS_DISTRIBUTION) + ": " + String.join(l.listSeparator(), parts))).append("\">");
    double x = 0;
    for (Map.Entry<Status, Integer> e : counts.entrySet()) {
      if (e.getValue() == 0 || total == 0) {
        continue;
      }
      double w = 1000.0 * e.getValue() / total;
      s.append("<rect x=\"").append(String.format(Locale.ROOT, "%.2f", x)).append("\" width=\"")
          .append(String.format(Locale.ROOT, "%.2f", w)).append("\" height=\"22\" fill=\"").append(colour(e.getKey()))
          .append("\"><title>").append(escape(l.status(e.getKey()) + " " + e.getValue())).append("</title></rect>");
      x += w;
    }
    return s.append("</svg>\n").toString();
  }

  static String colour(Status s) {
    switch (s) {
      case ACHIEVED: return "#1a7f37";
      case ACHIEVED_LATE: case ACHIEVED_TIMING_UNKNOWN: return "#4d8f3a";
      case BASICALLY_ACHIEVED: return "#7a9a2e";
      case ON_TRACK: return "#2da44e";
      case NEEDS_ACCELERATION: return "#bf8700";
      case LIMITED_PROGRESS: return "#d1242f";
      case DETERIORATION: case MISSED: return "#82071e";
      case INSUFFICIENT_DATA: return "#8c959f";
      case NO_DATA: return "#d0d7de";
      default: return "#eaeef2";
    }
  }

  /** A result's status badge: light, and saying so, when the status rests on weak evidence ({@link Evidence}). */
  private static String pill(TargetResult r, Labels l) {
    return "<span class=\"pill st-" + r.status() + (Evidence.weak(r) ? " weak" : "") + "\">"
        + escape(Evidence.badge(r, l)) + "</span>";
  }

  /** A section listing targets, each with its status, a link to its card and what it says. */
  @Override
  public void targetList(TargetList list, List<TargetResult> targets) {
    o.append("<section id=\"").append(list.id).append("\"><h2>")
        .append(escape(l.counted(l.get(list.heading), targets.size()))).append("</h2>\n");
    if (targets.isEmpty()) {
      o.append("<p>").append(escape(l.get(list.none))).append("</p>\n");
    } else {
      o.append("<ol class=\"attention\">");
      for (TargetResult r : targets) {
        o.append("<li data-target=\"").append(escape(r.target().value())).append("\" data-status=\"")
            .append(r.status()).append("\">").append(pill(r, l)).append(" <a href=\"#")
            .append(Phrases.slug(r)).append("\">").append(escape(index.description(r, l))).append("</a> — ")
            .append(escape(list.says(r, l, index))).append("</li>");
      }
      o.append("</ol>\n");
    }
    o.append("</section>\n");
  }

  @Override
  public void completion(CompletionTable t) {
    o.append("<section id=\"completion\"><h2>").append(escape(l.get(Label.COMPLETION))).append("</h2>\n");
    if (t.size() == 0) {
      o.append("<p>").append(escape(l.get(Label.COMPLETION_NONE))).append("</p></section>\n");
      return;
    }
    o.append("<table class=\"completion\"><thead><tr>");
    for (String h : CompletionTable.headings(l)) {
      o.append("<th>").append(escape(h)).append("</th>");
    }
    o.append("</tr></thead><tbody>\n");
    for (CompletionTable.Group g : t.groups()) {
      o.append("<tr class=\"group\"><th colspan=\"8\">").append(escape(g.document()))
          .append(g.pillar().isEmpty() ? "" : " · " + escape(g.pillar())).append("</th></tr>\n");
      g.rows().forEach(this::completionRow);
    }
    o.append("</tbody></table>\n</section>\n");
  }

  /** A row of the completion table; a target with a card links to it. */
  private void completionRow(CompletionTable.Row row) {
    List<String> c = row.cells();
    TargetResult r = row.result();
    o.append("<tr data-target=\"").append(escape(r.target().value())).append("\" data-status=\"")
        .append(r.status()).append("\"><td class=\"num\">").append(c.get(0)).append("</td><td>")
        .append(Summary.hasData(r) && r.assessment().isEmpty() ? "<a href=\"#" + Phrases.slug(r) + "\">"
            + escape(c.get(1)) + "</a>" : escape(c.get(1)))
        .append("</td><td>").append(escape(c.get(2))).append("</td><td class=\"num\">").append(escape(c.get(3)))
        .append("</td><td class=\"num\">").append(escape(c.get(4))).append("</td><td class=\"num\">")
        .append(escape(c.get(5))).append("</td><td>").append(pill(r, l)).append("</td><td>")
        .append(escape(c.get(7))).append("</td></tr>\n");
  }

  /** One card per target with data: the chart and the facts side by side, the city figures, the rows, the quote. */
  @Override
  public void targetsWithData(List<TargetResult> results) {
    o.append("<section id=\"targets\"><h2>").append(escape(l.get(Label.TARGETS_WITH_DATA))).append("</h2>\n");
    results.forEach(this::card);
    if (results.isEmpty()) {
      o.append("<p>").append(escape(l.get(Label.COMPLETION_NONE))).append("</p>\n");
    }
    o.append("</section>\n");
  }

  private void card(TargetResult r) {
    String desc = index.description(r, l);
    o.append("<article class=\"card entry\" id=\"").append(Phrases.slug(r)).append("\" data-target=\"")
        .append(escape(r.target().value())).append("\" data-status=\"").append(r.status()).append("\"><h3>")
        .append(pill(r, l)).append(' ').append(escape(desc)).append("</h3>\n<div class=\"card-body\"><figure>")
        .append(Chart.svg(r, report.method(), l.format(Label.CHART, desc), l, index))
        .append("<figcaption class=\"chart-legend\">").append(legend(l, Chart.drawsBaseline(r, index)))
        .append("</figcaption></figure>\n<dl>");
    Phrases.numbers(r, l, index).forEach(f -> fact(l.get(f.getKey()), f.getValue()));
    fact(l.get(Label.WHY), page.explanation(r));
    o.append("</dl></div>\n");
    cities(r);
    observations(r);
    quote(r, "\n");
    o.append("</article>\n");
  }

  private void cities(TargetResult r) {
    if (r.regionValues().isEmpty()) {
      return;
    }
    o.append("<h3>").append(escape(l.get(Phrases.citiesLabel(r)))).append("</h3><table class=\"cities\"><thead><tr><th>")
        .append(escape(l.get(Label.REGION))).append("</th><th>").append(escape(l.get(Label.VALUE) + unitSuffix(r, l)))
        .append("</th><th>").append(escape(l.get(Label.PERIOD))).append("</th></tr></thead><tbody>");
    for (RegionValue v : r.regionValues()) {
      o.append("<tr><td>").append(escape(index.region(v.region(), l))).append("</td><td class=\"num\">")
          .append(l.number(v.value())).append("</td><td>").append(v.period()).append("</td></tr>");
    }
    o.append("</tbody></table>\n");
  }

  private void observations(TargetResult r) {
    o.append("<h3>").append(escape(l.get(Label.OBSERVATIONS))).append("</h3><table class=\"obs\"><thead><tr><th>")
        .append(escape(l.get(Label.PERIOD))).append("</th><th>").append(escape(l.get(Label.REGION)))
        .append("</th><th>").append(escape(l.get(Label.VALUE) + unitSuffix(r, l)))
        .append("</th><th>").append(escape(l.get(Label.OBS_STATUS))).append("</th><th>")
        .append(escape(l.get(Label.SOURCE))).append("</th></tr></thead><tbody>");
    for (ObservationRef x : Phrases.observations(r)) {
      o.append("<tr><td>").append(x.period()).append("</td><td>").append(escape(index.region(x.region(), l)))
          .append("</td><td class=\"num\">").append(l.number(x.value())).append("</td><td>")
          .append(escape(l.obsStatusName(x.status()))).append("</td><td class=\"src\">")
          .append(x.source().map(HtmlReport::source).orElse("—"))
          .append(x.published().map(p -> " <span class=\"published\">" + p + "</span>").orElse(""))
          .append("</td></tr>");
    }
    o.append("</tbody></table>\n");
  }

  /** The verbatim quote the target rests on, marked as Chinese, with its document, then {@code end}; or nothing. */
  private void quote(TargetResult r, String end) {
    index.quote(r).ifPresent(q -> o.append("<blockquote lang=\"zh-CN\">“").append(escape(q)).append("”<cite>")
        .append(escape(index.document(r, l))).append("</cite></blockquote>").append(end));
  }

  /** A source: a link when it is a web address the reader may follow, text otherwise. Nothing is loaded. */
  private static String source(String s) {
    String t = s.strip();
    if (Html.isWebAddress(t)) {
      return "<a href=\"" + escape(t) + "\" rel=\"noreferrer\">" + escape(t) + "</a>";
    }
    return escape(t);
  }

  /** The legend of a chart: the baseline's entry only when the chart draws one. */
  private static String legend(Labels l, boolean baseline) {
    return "<svg width=\"10\" height=\"10\" aria-hidden=\"true\"><circle cx=\"5\" cy=\"5\" r=\"4\" fill=\""
        + Chart.OBSERVED + "\"/></svg> " + escape(l.get(Label.LEGEND_OBSERVED))
        + " <svg width=\"10\" height=\"10\" aria-hidden=\"true\"><circle cx=\"5\" cy=\"5\" r=\"3.5\" fill=\"#fff\" "
        + "stroke=\"" + Chart.OBSERVED + "\" stroke-width=\"1.5\"/></svg> " + escape(l.get(Label.LEGEND_NOT_FINAL))
        + (baseline ? " <svg width=\"10\" height=\"10\" aria-hidden=\"true\"><rect x=\"2\" y=\"2\" width=\"6\" "
        + "height=\"6\" fill=\"" + Chart.BASELINE + "\" transform=\"rotate(45 5 5)\"/></svg> "
        + escape(l.get(Label.LEGEND_BASELINE)) : "")
        + " <svg width=\"18\" height=\"10\" aria-hidden=\"true\"><line x1=\"0\" y1=\"5\" x2=\"18\" y2=\"5\" stroke=\""
        + Chart.TARGET + "\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/></svg> " + escape(l.get(Label.LEGEND_TARGET))
        + " <svg width=\"18\" height=\"10\" aria-hidden=\"true\"><line x1=\"0\" y1=\"5\" x2=\"18\" y2=\"5\" stroke=\""
        + Chart.EXPECTED + "\" stroke-width=\"1.5\" stroke-dasharray=\"1 3\"/></svg> "
        + escape(l.get(Label.LEGEND_EXPECTED))
        + " <svg width=\"18\" height=\"10\" aria-hidden=\"true\"><line x1=\"0\" y1=\"5\" x2=\"18\" y2=\"5\" stroke=\""
        + Chart.OBSERVED + "\" stroke-width=\"1.2\" stroke-dasharray=\"5 3\"/></svg> "
        + escape(l.get(Label.LEGEND_PROJECTION));
  }

  private static String unitSuffix(TargetResult r, Labels l) {
    return r.unit().isEmpty() ? "" : l.bracket(r.unit());
  }

  private void fact(String term, String value) {
    o.append("<dt>").append(escape(term)).append("</dt><dd>").append(escape(value)).append("</dd>");
  }

  @Override
  public void qualitative(List<TargetResult> results) {
    o.append("<section id=\"qualitative\"><h2>").append(escape(l.get(Label.QUALITATIVE))).append("</h2>\n");
    for (TargetResult r : results) {
      o.append("<article class=\"card entry\" id=\"").append(Phrases.slug(r)).append("\" data-target=\"")
          .append(escape(r.target().value())).append("\" data-status=\"").append(r.status()).append("\"><h3>")
          .append(pill(r, l)).append(' ').append(escape(index.description(r, l))).append("</h3><dl>");
      fact(l.get(Label.VERDICT), l.verdict(r.assessment().get().verdict()) + " — " + r.assessment().get().note());
      fact(l.get(Label.WHY), page.explanation(r));
      o.append("</dl>");
      quote(r, "");
      o.append("</article>\n");
    }
    if (results.isEmpty()) {
      o.append("<p>").append(escape(l.get(Label.NONE))).append("</p>\n");
    }
    o.append("</section>\n");
  }

  /** A table per dimension with a rated group, the others named on a line; a dimension with no group is left out. */
  @Override
  public void rollUps(List<RolledUp> dimensions) {
    o.append("<section id=\"rollups\"><h2>").append(escape(l.get(Label.ROLLUPS))).append("</h2>\n");
    for (RolledUp d : dimensions) {
      if (d.isEmpty()) {
        continue;
      }
      o.append("<h3>").append(escape(l.dimension(d.dimension()))).append("</h3>");
      if (d.rated().isEmpty()) {
        o.append("<p class=\"rollup-none\">").append(escape(l.format(Label.ROLLUP_NONE_RATED, d.unrated().size())))
            .append("</p>\n");
        continue;
      }
      rollUpTable(d.rated());
      if (!d.unrated().isEmpty()) {
        o.append("<p class=\"rollup-none\">").append(escape(l.format(Label.ROLLUP_UNRATED_GROUPS,
            d.unrated().size(), String.join(l.listSeparator(), d.unrated())))).append("</p>\n");
      }
    }
    o.append("</section>\n");
  }

  private void rollUpTable(List<RollUp> rated) {
    o.append("<table class=\"rollup\"><thead><tr><th>")
        .append(escape(l.get(Label.GROUP))).append("</th><th>").append(escape(l.get(Label.TARGETS)))
        .append("</th><th>").append(escape(l.get(Label.WITH_DATA))).append("</th><th>")
        .append(escape(l.get(Label.STATUSES))).append("</th><th>").append(escape(l.get(Label.MEAN_ATTAINMENT)))
        .append("</th></tr></thead><tbody>");
    for (RollUp u : rated) {
      o.append("<tr data-rated=\"").append(u.rated()).append("\"><td>").append(escape(l.pick(u.labelZh(),
          u.labelEn()))).append("</td><td class=\"num\">").append(u.targets()).append("</td><td class=\"num\">")
          .append(u.withData()).append("</td><td>");
      u.statusCounts().forEach((s, n) -> {
        if (n > 0) {
          o.append("<span class=\"pill st-").append(s).append("\">").append(escape(l.status(s))).append(' ')
              .append(n).append("</span> ");
        }
      });
      o.append("</td><td class=\"mean\">").append(escape(Phrases.mean(u, l))).append("</td></tr>");
    }
    o.append("</tbody></table>\n");
  }

  @Override
  public void withoutData(List<TargetResult> noData, List<TargetResult> awaiting) {
    o.append("<section id=\"without-data\">");
    compactList(Label.WITHOUT_DATA, Status.NO_DATA, noData);
    compactList(Label.AWAITING_ASSESSMENT, Status.NOT_ASSESSED, awaiting);
    o.append("</section>\n");
  }

  private void compactList(Label heading, Status status, List<TargetResult> list) {
    o.append("<h2>").append(escape(l.counted(l.get(heading), list.size()))).append("</h2>\n");
    if (list.isEmpty()) {
      o.append("<p>").append(escape(l.get(Label.NONE))).append("</p>\n");
      return;
    }
    o.append("<ul class=\"compact\">");
    for (TargetResult r : list) {
      o.append("<li class=\"entry\" id=\"").append(Phrases.slug(r)).append("\" data-target=\"")
          .append(escape(r.target().value())).append("\" data-status=\"").append(status).append("\">")
          .append(escape(index.description(r, l))).append("</li>");
    }
    o.append("</ul>\n");
  }

  /** The appendix ({@code id="appendix"}): every target with data, its id and the rows it used. */
  @Override
  public void appendix(List<TargetResult> withData) {
    o.append("<section id=\"appendix\"><h2>").append(escape(l.get(Label.APPENDIX))).append("</h2>\n<p>")
        .append(escape(l.get(Label.APPENDIX_NOTE))).append("</p>\n");
    o.append("<h3>").append(escape(l.get(Label.APPENDIX_TARGETS))).append("</h3>\n");
    if (withData.isEmpty()) {
      o.append("<p>").append(escape(l.get(Label.NONE))).append("</p>\n");
      return;
    }
    o.append("<table class=\"ids\"><thead><tr><th>").append(escape(l.get(Label.COL_INDICATOR))).append("</th><th>")
        .append(escape(l.get(Label.COL_TARGET_ID))).append("</th><th>").append(escape(l.get(Label.OBSERVATIONS)))
        .append("</th></tr></thead><tbody>");
    for (TargetResult r : withData) {
      o.append("<tr data-target=\"").append(escape(r.target().value())).append("\"><td>")
          .append(escape(index.description(r, l))).append("</td><td class=\"src\"><code>")
          .append(escape(r.target().value())).append("</code></td><td class=\"src\">")
          .append(escape(Phrases.rowsUsed(r, l))).append("</td></tr>");
    }
    o.append("</tbody></table>\n");
  }

  /** The rows not used and rejected ({@code id="rows"}), which end the appendix. */
  @Override
  public void rows() {
    o.append("<div id=\"rows\"><h3>").append(escape(l.counted(l.get(Label.NOT_USED), report.unusedObservations())))
        .append("</h3>\n");
    if (report.unused().isEmpty()) {
      o.append("<p>").append(escape(l.get(Label.NONE))).append("</p>\n");
    } else {
      notUsed();
    }
    o.append("<h3>").append(escape(l.counted(l.get(Label.REJECTED), report.rejectedObservations()))).append("</h3>\n");
    if (report.rejectedObservations() == 0) {
      o.append("<p>").append(escape(l.get(Label.NONE))).append("</p>\n");
    } else {
      rejected();
    }
    o.append("</div>\n</section>\n");
  }

  private void notUsed() {
    o.append("<table class=\"not-used\"><thead><tr><th>").append(escape(l.get(Label.WHERE))).append("</th><th>")
        .append(escape(l.get(Label.REASON))).append("</th><th>").append(escape(l.get(Label.COL_REASON_CODE)))
        .append("</th><th>").append(escape(l.get(Label.ROWS))).append("</th><th>")
        .append(escape(l.get(Label.COL_NOTES))).append("</th></tr></thead><tbody>");
    for (NotUsed x : report.unused()) {
      o.append("<tr data-reason=\"").append(x.reason()).append("\"><td>").append(escape(l.location(x.location())))
          .append("</td><td>").append(escape(l.notUsed(x.reason()))).append("</td><td><code>").append(x.reason())
          .append("</code></td><td class=\"num\">").append(x.rows()).append("</td><td>")
          .append(escape(Phrases.notUsedNote(x, index, l))).append("</td></tr>");
    }
    o.append("</tbody></table>\n");
  }

  private void rejected() {
    o.append("<table class=\"rejected\"><thead><tr><th>").append(escape(l.get(Label.WHERE))).append("</th><th>")
        .append(escape(l.get(Label.REASON))).append("</th><th>").append(escape(l.get(Label.COL_REASON_CODE)))
        .append("</th><th>").append(escape(l.get(Label.COL_NOTES))).append("</th><th>")
        .append(escape(l.get(Label.INPUT))).append("</th></tr></thead><tbody>");
    for (Rejection x : report.rejected()) {
      o.append("<tr data-reason=\"").append(x.reason()).append("\"><td>").append(escape(l.location(x.location())))
          .append("</td><td>").append(escape(l.rejection(x.reason()))).append("</td><td><code>").append(x.reason())
          .append("</code></td><td>").append(escape(Phrases.rejectionNote(x, index, l)))
          .append("</td><td class=\"src\"><code>").append(escape(x.input())).append("</code></td></tr>");
    }
    o.append("</tbody></table>\n");
    if (report.rejectedNotListed() > 0) {
      o.append("<p class=\"not-listed\" data-not-listed=\"").append(report.rejectedNotListed()).append("\">")
          .append(escape(page.summary.rejectedNotListedText(l))).append("</p>\n");
    }
  }

  /**
   * The final evaluation's main sections as one section ({@code id="final-evaluation"}) before the appendix; the
   * returns' texts escaped as every text of the page.
   */
  @Override
  public void finalEvaluation(List<FinalSections.Block> blocks) {
    o.append("<section class=\"final-evaluation\" id=\"final-evaluation\">\n");
    blocks(blocks);
    o.append("</section>\n");
  }

  /** The returns checked ({@code id="returns-checked"}), inside the appendix before the rows not used. */
  @Override
  public void returnsChecked(List<FinalSections.Block> blocks) {
    o.append("<div class=\"returns-checked\" id=\"returns-checked\">\n");
    blocks(blocks);
    o.append("</div>\n");
  }

  /** Headings, lists, tables and paragraphs of the final evaluation, every text escaped. */
  private void blocks(List<FinalSections.Block> blocks) {
    for (FinalSections.Block k : blocks) {
      if (k.isHeading()) {
        o.append("<h").append(k.level).append('>').append(escape(k.text)).append("</h").append(k.level).append(">\n");
      } else if (k.isList()) {
        o.append("<ul>");
        k.items.forEach(i -> o.append("<li>").append(escape(i)).append("</li>"));
        o.append("</ul>\n");
      } else if (k.isTable()) {
        table(k.table);
      } else {
        o.append("<p>").append(escape(k.text)).append("</p>\n");
      }
    }
  }

  /** A table with its first row as the header; nothing when it has no other row. */
  private void table(List<List<Sheet.Cell>> table) {
    if (table.size() < 2) {
      return;
    }
    o.append("<table><thead><tr>");
    table.get(0).forEach(c -> o.append("<th>").append(escape(FinalSections.text(c))).append("</th>"));
    o.append("</tr></thead><tbody>");
    table.subList(1, table.size()).forEach(r -> {
      o.append("<tr>");
      r.forEach(c -> o.append(c instanceof Sheet.Cell.Date ? "<td class=\"date\">"
          : c instanceof Sheet.Cell.Whole ? "<td class=\"num\">" : "<td>").append(escape(FinalSections.text(c)))
          .append("</td>"));
      o.append("</tr>");
    });
    o.append("</tbody></table>\n");
  }

  @Override
  public void end() {
    o.append("<footer>").append(escape(l.get(Label.GENERATED))).append("</footer>\n</main></body></html>\n");
  }
}
