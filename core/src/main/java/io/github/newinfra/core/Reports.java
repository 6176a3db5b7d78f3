package io.github.newinfra.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.newinfra.core.internal.Text;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Target;
import io.github.newinfra.model.json.ModelJson;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Renders an {@link EvaluationReport} as JSON, Markdown, a self-contained HTML page or plain text.
 *
 * <p>Every rendering lists the results in report order, the observations not used and the rejected ones by input
 * position, so the same report always renders to the same text. Each result is flagged (⚑ in Markdown and HTML,
 * brackets in text) with what its status alone does not say: when a late target was achieved, how many cities a
 * province figure covers, gaps in a flow period, data that is not final (any OBS_STATUS but A) and the sources
 * used; roll-ups show their mean with how many targets it rests on ("82% (8 of 81 rated)"). The HTML page has inline CSS and inline SVG progress bars and
 * loads nothing from the network. The catalog supplies target descriptions and quotes; it should be the one the
 * report was evaluated against. This class is stateless and thread-safe.
 */
public final class Reports {
  private Reports() {}

  /**
   * Writes the report as JSON, the report's own form ({@link EvaluationReport} reads it back).
   *
   * @param report the report
   * @return pretty-printed JSON
   */
  public static String json(EvaluationReport report) {
    try {
      return ModelJson.newMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Target> targets(CatalogData data) {
    Map<String, Target> map = new HashMap<>();
    for (Target t : data.targets()) {
      map.put(t.id().value(), t);
    }
    return map;
  }

  private static String description(Target t) {
    return t == null ? "" : t.descriptionEn().or(t::descriptionZh).orElse(t.source().quote());
  }

  private static String value(OptionalDouble v, String unit) {
    return v.isPresent() ? Text.number(v.getAsDouble()) + unit : "–";
  }

  private static String percent(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.0f%%", v.getAsDouble() * 100) : "–";
  }

  private static String header(EvaluationReport r) {
    return "As of " + r.asOf() + ", method " + r.method() + "; " + r.inputObservations() + " observations: "
        + r.acceptedObservations() + " accepted (" + r.usedObservations() + " used, " + r.unusedObservations()
        + " not used), " + r.rejected().size() + " rejected.";
  }

  /**
   * The facts a reader must not miss, beyond the status: when a late target was achieved, what a lower bound
   * covers, and data that is not final.
   */
  private static String flags(TargetResult r) {
    StringBuilder f = new StringBuilder();
    Decision d = r.decision();
    if (r.status() == Status.ACHIEVED_LATE) {
      d.achievedIn().ifPresent(p -> f.append("achieved in ").append(p).append("; "));
    }
    if (d.citiesTotal() > 0) {
      f.append(d.citiesCovered().size()).append(" of ").append(d.citiesTotal()).append(" cities; ");
    }
    if (!d.gaps().isEmpty()) {
      f.append("gaps in the period; ");
    }
    if (r.provisional()) {
      f.append("rests on non-final data (");
      r.obsStatuses().stream().filter(x -> x != ObsStatus.A).forEach(x -> f.append(x));
      f.append("); ");
    }
    if (!r.sources().isEmpty()) {
      f.append("sources: ").append(String.join("; ", r.sources())).append("; ");
    }
    return f.length() == 0 ? "" : f.substring(0, f.length() - 2);
  }

  /**
   * Renders the report as plain text for a terminal: a summary by status, one line per target, roll-ups by
   * pillar and the rejected observations.
   *
   * @param report the report
   * @param data the catalog evaluated
   * @return the text
   */
  public static String text(EvaluationReport report, CatalogData data) {
    Map<String, Target> targets = targets(data);
    StringBuilder out = new StringBuilder();
    out.append("newinfra evaluation — ").append(header(report)).append("\n\n");
    Map<Status, Integer> counts = new java.util.EnumMap<>(Status.class);
    report.results().forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    out.append("Targets: ").append(report.results().size());
    counts.forEach((s, n) -> out.append(", ").append(s).append(' ').append(n));
    out.append("\n\n");
    for (TargetResult r : report.results()) {
      String flags = flags(r);
      out.append(String.format(Locale.ROOT, "%-18s %s%s%n", r.status(), r.target(),
          flags.isEmpty() ? "" : "  [" + flags + "]"));
      String d = description(targets.get(r.target().value()));
      if (!d.isEmpty()) {
        out.append("                   ").append(d).append('\n');
      }
      out.append("                   ").append(r.explanationEn()).append('\n');
      out.append("                   ").append(r.explanationZh()).append('\n');
    }
    out.append("\nBy pillar:\n");
    for (RollUp u : report.rollUps()) {
      if (u.dimension() == RollUpDimension.PILLAR) {
        out.append(String.format(Locale.ROOT, "  %-22s %3d targets, %d with data, mean attainment %s%s%n", u.key(),
            u.targets(), u.withData(), u.summary(), u.achieved() ? ", all achieved" : ""));
      }
    }
    if (!report.unused().isEmpty()) {
      out.append("\nObservations not used:\n");
      for (NotUsed x : report.unused()) {
        out.append("  ").append(x.location()).append(": ").append(x.reason()).append(" — ").append(x.message())
            .append('\n');
      }
    }
    if (!report.rejected().isEmpty()) {
      out.append("\nRejected observations:\n");
      for (Rejection x : report.rejected()) {
        out.append("  ").append(x.location()).append(": ").append(x.reason()).append(" — ").append(x.message())
            .append('\n');
      }
    }
    return out.toString();
  }

  private static String md(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  /**
   * Renders the report as Markdown: a results table, roll-up tables and the rejected observations.
   *
   * @param report the report
   * @param data the catalog evaluated
   * @return the Markdown
   */
  public static String markdown(EvaluationReport report, CatalogData data) {
    Map<String, Target> targets = targets(data);
    StringBuilder out = new StringBuilder("# newinfra evaluation\n\n").append(header(report)).append("\n\n");
    out.append("## Targets\n\n| status | target | value | target value | attainment | explanation |\n")
        .append("|---|---|---|---|---|---|\n");
    for (TargetResult r : report.results()) {
      String flags = flags(r);
      out.append("| ").append(r.status()).append(flags.isEmpty() ? "" : " ⚑ " + md(flags)).append(" | `")
          .append(r.target()).append("` ")
          .append(md(description(targets.get(r.target().value())))).append(" | ").append(value(r.value(), r.unit()))
          .append(" | ").append(value(r.targetValue(), r.unit())).append(" | ").append(percent(r.attainment()))
          .append(" | ").append(md(r.explanationEn())).append(" ").append(md(r.explanationZh())).append(" |\n");
    }
    for (RollUpDimension d : RollUpDimension.values()) {
      out.append("\n## By ").append(d.name().toLowerCase(Locale.ROOT).replace('_', '-')).append("\n\n")
          .append("| group | targets | with data | achieved | achieved late | missed | on track | needs acc. | limited"
              + " | deterioration | no data | other | mean attainment |\n")
          .append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
      for (RollUp u : report.rollUps()) {
        if (u.dimension() != d) {
          continue;
        }
        Map<Status, Integer> c = u.statusCounts();
        int other = c.get(Status.INSUFFICIENT_DATA) + c.get(Status.NOT_ASSESSED);
        out.append("| ").append(md(u.labelEn())).append(" (").append(md(u.labelZh())).append(") | ")
            .append(u.targets()).append(" | ").append(u.withData()).append(" | ").append(c.get(Status.ACHIEVED))
            .append(" | ").append(c.get(Status.ACHIEVED_LATE)).append(" | ").append(c.get(Status.MISSED))
            .append(" | ").append(c.get(Status.ON_TRACK)).append(" | ").append(c.get(Status.NEEDS_ACCELERATION))
            .append(" | ").append(c.get(Status.LIMITED_PROGRESS)).append(" | ").append(c.get(Status.DETERIORATION))
            .append(" | ").append(c.get(Status.NO_DATA)).append(" | ").append(other).append(" | ")
            .append(u.summary()).append(" |\n");
      }
    }
    out.append("\n## Observations not used\n\n");
    if (report.unused().isEmpty()) {
      out.append("None.\n");
    } else {
      out.append("| where | reason | rows | message |\n|---|---|---|---|\n");
      for (NotUsed x : report.unused()) {
        out.append("| ").append(x.location()).append(" | ").append(x.reason()).append(" | ").append(x.rows())
            .append(" | ").append(md(x.message())).append(" |\n");
      }
    }
    out.append("\n## Rejected observations\n\n");
    if (report.rejected().isEmpty()) {
      out.append("None.\n");
    } else {
      out.append("| where | reason | message | input |\n|---|---|---|---|\n");
      for (Rejection x : report.rejected()) {
        out.append("| ").append(x.location()).append(" | ").append(x.reason()).append(" | ").append(md(x.message()))
            .append(" | `").append(md(x.input()).replace("`", "'")).append("` |\n");
      }
    }
    return out.toString();
  }

  private static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String colour(Status s) {
    switch (s) {
      case ACHIEVED: return "#1a7f37";
      case ACHIEVED_LATE: return "#4d8f3a";
      case ON_TRACK: return "#2da44e";
      case NEEDS_ACCELERATION: return "#bf8700";
      case LIMITED_PROGRESS: return "#d1242f";
      case DETERIORATION: case MISSED: return "#82071e";
      default: return "#6e7781";
    }
  }

  private static String bar(OptionalDouble share, Status status) {
    double w = share.isPresent() ? Math.max(0, Math.min(1, share.getAsDouble())) * 160 : 0;
    return "<svg width=\"160\" height=\"12\" role=\"img\" aria-label=\"" + percent(share) + "\"><rect width=\"160\" "
        + "height=\"12\" fill=\"#eaeef2\"/><rect width=\"" + String.format(Locale.ROOT, "%.1f", w) + "\" height=\"12\" "
        + "fill=\"" + colour(status) + "\"/></svg>";
  }

  /**
   * Renders the report as one self-contained HTML page: inline CSS, inline SVG bars, no scripts, no network.
   *
   * @param report the report
   * @param data the catalog evaluated
   * @return the HTML document
   */
  public static String html(EvaluationReport report, CatalogData data) {
    Map<String, Target> targets = targets(data);
    StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>newinfra evaluation " + report.asOf() + "</title><style>"
        + "body{font-family:system-ui,'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC',"
        + "'Source Han Sans SC',sans-serif;margin:2em;color:#1f2328}table{border-collapse:collapse;margin:1em 0}"
        + "td,th{border:1px solid #d0d7de;padding:4px 8px;vertical-align:top;font-size:14px}th{background:#f6f8fa}"
        + ".s{color:#fff;padding:1px 6px;border-radius:3px;font-size:12px;white-space:nowrap}small{color:#57606a}"
        + "</style></head><body>\n<h1>newinfra evaluation</h1>\n<p>" + html(header(report)) + "</p>\n");
    out.append("<h2>Targets</h2>\n<table><tr><th>status</th><th>target</th><th>value</th><th>target value</th>"
        + "<th>attainment</th><th>explanation</th></tr>\n");
    for (TargetResult r : report.results()) {
      out.append("<tr><td><span class=\"s\" style=\"background:").append(colour(r.status())).append("\">")
          .append(r.status()).append("</span>").append(flags(r).isEmpty() ? "" : "<br><small>⚑ "
              + html(flags(r)) + "</small>").append("</td><td><code>").append(html(r.target().value())).append("</code><br><small>")
          .append(html(description(targets.get(r.target().value())))).append("</small></td><td>")
          .append(html(value(r.value(), r.unit()))).append("</td><td>").append(html(value(r.targetValue(), r.unit())))
          .append("</td><td>").append(bar(r.cappedAttainment(), r.status())).append(' ')
          .append(percent(r.attainment())).append("</td><td>").append(html(r.explanationEn()))
          .append("<br><small lang=\"zh-Hans\">")
          .append(html(r.explanationZh())).append("</small></td></tr>\n");
    }
    out.append("</table>\n");
    for (RollUpDimension d : RollUpDimension.values()) {
      out.append("<h2>By ").append(d.name().toLowerCase(Locale.ROOT).replace('_', '-')).append("</h2>\n<table><tr>")
          .append("<th>group</th><th>targets</th><th>with data</th><th>statuses</th><th>mean attainment</th></tr>\n");
      for (RollUp u : report.rollUps()) {
        if (u.dimension() != d) {
          continue;
        }
        StringBuilder counts = new StringBuilder();
        u.statusCounts().forEach((s, n) -> {
          if (n > 0) {
            counts.append("<span class=\"s\" style=\"background:").append(colour(s)).append("\">").append(s)
                .append(' ').append(n).append("</span> ");
          }
        });
        out.append("<tr><td>").append(html(u.labelEn())).append("<br><small lang=\"zh-Hans\">")
            .append(html(u.labelZh()))
            .append("</small></td><td>").append(u.targets()).append("</td><td>").append(u.withData())
            .append("</td><td>").append(counts).append("</td><td>")
            .append(bar(u.meanAttainment(), u.achieved() ? Status.ACHIEVED : Status.ON_TRACK)).append(' ')
            .append(html(u.summary())).append("</td></tr>\n");
      }
      out.append("</table>\n");
    }
    out.append("<h2>Observations not used</h2>\n");
    if (report.unused().isEmpty()) {
      out.append("<p>None.</p>\n");
    } else {
      out.append("<table><tr><th>where</th><th>reason</th><th>rows</th><th>message</th></tr>\n");
      for (NotUsed x : report.unused()) {
        out.append("<tr><td>").append(html(x.location())).append("</td><td>").append(x.reason()).append("</td><td>")
            .append(x.rows()).append("</td><td>").append(html(x.message())).append("</td></tr>\n");
      }
      out.append("</table>\n");
    }
    out.append("<h2>Rejected observations</h2>\n");
    if (report.rejected().isEmpty()) {
      out.append("<p>None.</p>\n");
    } else {
      out.append("<table><tr><th>where</th><th>reason</th><th>message</th><th>input</th></tr>\n");
      for (Rejection x : report.rejected()) {
        out.append("<tr><td>").append(html(x.location())).append("</td><td>").append(x.reason()).append("</td><td>")
            .append(html(x.message())).append("</td><td><code>").append(html(x.input())).append("</code></td></tr>\n");
      }
      out.append("</table>\n");
    }
    return out.append("</body></html>\n").toString();
  }
}
