package io.github.newinfra.core.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newinfra.core.Status;
import io.github.newinfra.core.TargetResult;
import io.github.newinfra.core.report.Labels;
import io.github.newinfra.model.DepartmentId;
import io.github.newinfra.model.json.ModelJson;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The final evaluation's report sections: 定性目标评估 (each goal with its verdict, note, evidence and department),
 * 重点任务推进情况 (tasks by chapter and status), 重大工程项目进展 (projects by stage), a line per lead department
 * ("省工业和信息化厅：牵头目标9个（已完成5个…）、任务12项（已完成8项…）、项目…"), 需补充的数据和评估 (what is still
 * missing, by department, the items a template for that department lists) and 返回表核对 (every row's fate, the
 * rejected rows at their cells, the conflicts and the warnings).
 *
 * <p>Rendered as text, Markdown, HTML (a fragment to put inside the report's page, or {@link #html(FinalEvaluation,
 * Locale, String)} to add it to one) and JSON. Items are those of the documents the report evaluates. This class
 * is stateless and thread-safe.
 */
public final class FinalReport {
  /** The target statuses that still need figures or an assessment. */
  private static final Set<Status> NEEDS = EnumSet.of(Status.NO_DATA, Status.NOT_ASSESSED, Status.INSUFFICIENT_DATA);

  private FinalReport() {}

  /** A block of the sections: a heading, a paragraph, a list or a table. */
  private static final class Block {
    final int level;
    final String text;
    final List<String> items;
    final List<List<String>> table;

    Block(int level, String text, List<String> items, List<List<String>> table) {
      this.level = level;
      this.text = text;
      this.items = items;
      this.table = table;
    }

    static Block heading(int level, String text) {
      return new Block(level, text, List.of(), List.of());
    }

    static Block para(String text) {
      return new Block(0, text, List.of(), List.of());
    }

    static Block list(List<String> items) {
      return new Block(0, "", items, List.of());
    }

    static Block table(List<List<String>> rows) {
      return new Block(0, "", List.of(), rows);
    }
  }

  /** What the sections show, computed once. */
  private static final class Model {
    final FinalEvaluation result;
    final Returns returns;
    final Assignments who;
    final Locale locale;
    final boolean zh;
    final List<ReturnItem> items = new ArrayList<>();
    final Map<String, TargetResult> results = new HashMap<>();
    /** Per document and chapter ("plan2021 · 三 …"), its place in the documents' order (the tasks' order). */
    final Map<String, Integer> chapters = new HashMap<>();

    Model(FinalEvaluation result, Locale locale) {
      this.result = result;
      this.returns = result.returns();
      this.who = returns.assignments();
      this.locale = locale;
      this.zh = "zh".equals(locale.getLanguage());
      Set<String> documents = new TreeSet<>();
      for (TargetResult r : result.report().results()) {
        results.put(r.target().value(), r);
        documents.add(r.target().document().value());
      }
      for (ReturnItem i : who.items()) {
        if (i.kind() == ItemKind.TASK) {
          chapters.putIfAbsent(chapter(i), chapters.size());
        }
      }
      for (ReturnItem i : who.items()) {
        chapters.putIfAbsent(chapter(i), chapters.size());
        if (i.kind() == ItemKind.TARGET || i.kind() == ItemKind.GOAL ? results.containsKey(i.id())
            : documents.contains(i.measure().document().value())) {
          items.add(i);
        }
      }
    }

    List<ReturnItem> of(ItemKind kind) {
      List<ReturnItem> out = new ArrayList<>();
      items.stream().filter(i -> i.kind() == kind).forEach(out::add);
      return out;
    }

    /** The status word of an item: its settled status, unresolved, or not reported. */
    String status(ReturnItem i) {
      if (i.kind() == ItemKind.TARGET) {
        TargetResult r = results.get(i.id());
        return r == null ? FinalLabel.NOT_REPORTED.label(locale) : Labels.of(locale).status(r.status());
      }
      if (returns.unresolved(i.id())) {
        return FinalLabel.UNRESOLVED.label(locale);
      }
      return returns.reported(i).map(r -> Returns.status(r).label(locale))
          .orElse(FinalLabel.NOT_REPORTED.label(locale));
    }

    /** What is still needed of an item, or empty. */
    Optional<String> needed(ReturnItem i) {
      if (returns.unresolved(i.id())) {
        return Optional.of(FinalLabel.NEED_SETTLE.label(locale));
      }
      switch (i.kind()) {
        case TARGET: {
          TargetResult r = results.get(i.id());
          return r != null && NEEDS.contains(r.status()) ? Optional.of(FinalLabel.NEED_FIGURES.label(locale))
              : Optional.empty();
        }
        case GOAL:
          return returns.reported(i).isPresent() ? Optional.empty()
              : Optional.of(FinalLabel.NEED_VERDICT.label(locale));
        case TASK:
          return returns.reported(i).isPresent() ? Optional.empty()
              : Optional.of(FinalLabel.NEED_PROGRESS.label(locale));
        default:
          return returns.reported(i).isPresent() ? Optional.empty()
              : Optional.of(FinalLabel.NEED_STAGE.label(locale));
      }
    }

    String counts(List<ReturnItem> list, FinalLabel format) {
      Map<String, Integer> n = new LinkedHashMap<>();
      for (ReturnItem i : list) {
        n.merge(status(i), 1, Integer::sum);
      }
      List<String> parts = new ArrayList<>();
      n.forEach((k, v) -> parts.add(format.format(locale, v, k)));
      return parts.isEmpty() ? (zh ? "无" : "none") : String.join(zh ? "、" : ", ", parts);
    }

    String department(Optional<DepartmentId> d) {
      return d.map(x -> who.name(x, locale)).orElse("");
    }

    String evidence(Reported r) {
      List<String> parts = new ArrayList<>();
      r.evidence().ifPresent(parts::add);
      r.evidenceAddress().ifPresent(parts::add);
      return String.join(" ", parts);
    }

    /** The item's document and chapter, e.g. {@code plan2021 · 三 加快建设信息基础设施}. */
    static String chapter(ReturnItem i) {
      return i.measure().document().value() + " · " + i.chapter();
    }

    /** The items nobody leads, by chapter in the documents' order. */
    Map<String, List<ReturnItem>> unassigned() {
      Map<String, List<ReturnItem>> out = new java.util.TreeMap<>(java.util.Comparator.comparing(chapters::get));
      items.stream().filter(i -> i.lead().isEmpty()).forEach(i -> out.computeIfAbsent(chapter(i),
          k -> new ArrayList<>()).add(i));
      return out;
    }

    String text(ReturnItem i) {
      return zh ? i.textZh() : i.textEn().orElse(i.textZh());
    }
  }

  /**
   * Tells whether any return of an evaluation is marked illustrative; the sections' heading then says so.
   *
   * @param result the final evaluation
   * @return true if a return is illustrative
   */
  public static boolean illustrative(FinalEvaluation result) {
    return result.returns().forms().stream().anyMatch(ReturnForm::illustrative);
  }

  private static List<Block> blocks(Model m, String titleSuffix) {
    Locale l = m.locale;
    List<Block> out = new ArrayList<>();
    out.add(Block.heading(2, FinalLabel.PART.label(l) + titleSuffix
        + (illustrative(m.result) ? FinalLabel.ILLUSTRATIVE.label(l) : "")));
    // Goals.
    List<ReturnItem> goals = m.of(ItemKind.GOAL);
    out.add(Block.heading(3, FinalLabel.GOALS.label(l)));
    out.add(Block.para(FinalLabel.GOALS_TEXT.format(l, goals.size(), m.counts(goals, FinalLabel.COUNT_GE))));
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(FinalLabel.COL_ID.label(l), FinalLabel.COL_ITEM.label(l), FinalLabel.COL_STATUS.label(l),
        FinalLabel.COL_NOTE.label(l), FinalLabel.COL_EVIDENCE.label(l), FinalLabel.COL_DEPARTMENT.label(l),
        FinalLabel.COL_DATE.label(l)));
    for (ReturnItem i : goals) {
      Optional<Reported> r = m.returns.reported(i);
      rows.add(List.of(i.id(), m.text(i), m.status(i), r.map(Reported::note).orElse(""),
          r.map(m::evidence).orElse(""), r.map(x -> m.department(x.department())).orElse(""),
          r.flatMap(Reported::date).map(Object::toString).orElse("")));
    }
    out.add(Block.table(rows));
    // Tasks by chapter and status.
    List<ReturnItem> tasks = m.of(ItemKind.TASK);
    out.add(Block.heading(3, FinalLabel.TASKS.label(l)));
    out.add(Block.para(FinalLabel.TASKS_TEXT.format(l, tasks.size(), m.counts(tasks, FinalLabel.COUNT_XIANG))));
    List<String> columns = new ArrayList<>();
    for (TaskStatus s : TaskStatus.values()) {
      columns.add(s.label(l));
    }
    columns.add(FinalLabel.UNRESOLVED.label(l));
    columns.add(FinalLabel.NOT_REPORTED.label(l));
    List<String> head = new ArrayList<>(List.of(FinalLabel.COL_CHAPTER.label(l), FinalLabel.COL_TOTAL.label(l)));
    head.addAll(columns);
    rows = new ArrayList<>();
    rows.add(head);
    Map<String, List<ReturnItem>> byChapter = new LinkedHashMap<>();
    tasks.forEach(t -> byChapter.computeIfAbsent(Model.chapter(t), k -> new ArrayList<>()).add(t));
    for (Map.Entry<String, List<ReturnItem>> e : byChapter.entrySet()) {
      List<String> row = new ArrayList<>(List.of(e.getKey(), Integer.toString(e.getValue().size())));
      for (String c : columns) {
        row.add(Long.toString(e.getValue().stream().filter(t -> m.status(t).equals(c)).count()));
      }
      rows.add(row);
    }
    out.add(Block.table(rows));
    out.add(Block.table(reportedTable(m, tasks, false)));
    // Projects by stage.
    List<ReturnItem> projects = m.of(ItemKind.PROJECT);
    out.add(Block.heading(3, FinalLabel.PROJECTS.label(l)));
    out.add(Block.para(FinalLabel.PROJECTS_TEXT.format(l, projects.size(),
        m.counts(projects, FinalLabel.COUNT_GE))));
    out.add(Block.table(reportedTable(m, projects, true)));
    // Departments.
    out.add(Block.heading(3, FinalLabel.DEPARTMENTS.label(l)));
    List<String> lines = new ArrayList<>();
    for (DepartmentId d : m.who.departmentsWithItems()) {
      List<ReturnItem> targets = new ArrayList<>();
      List<ReturnItem> ts = new ArrayList<>();
      List<ReturnItem> ps = new ArrayList<>();
      for (ReturnItem i : m.items) {
        if (i.lead().filter(d::equals).isPresent()) {
          (i.kind() == ItemKind.TASK ? ts : i.kind() == ItemKind.PROJECT ? ps : targets).add(i);
        }
      }
      if (targets.size() + ts.size() + ps.size() > 0) {
        lines.add(FinalLabel.DEPARTMENT_LINE.format(l, m.who.name(d, l), targets.size(),
            m.counts(targets, FinalLabel.COUNT_GE), ts.size(), m.counts(ts, FinalLabel.COUNT_XIANG), ps.size(),
            m.counts(ps, FinalLabel.COUNT_GE)));
      }
    }
    m.unassigned().forEach((chapter, list) -> {
      List<ReturnItem> targets = new ArrayList<>();
      List<ReturnItem> ts = new ArrayList<>();
      List<ReturnItem> ps = new ArrayList<>();
      list.forEach(i -> (i.kind() == ItemKind.TASK ? ts : i.kind() == ItemKind.PROJECT ? ps : targets).add(i));
      lines.add(FinalLabel.DEPARTMENT_LINE.format(l, FinalLabel.UNASSIGNED.label(l) + " " + chapter, targets.size(),
          m.counts(targets, FinalLabel.COUNT_GE),
          ts.size(), m.counts(ts, FinalLabel.COUNT_XIANG), ps.size(), m.counts(ps, FinalLabel.COUNT_GE)));
    });
    out.add(lines.isEmpty() ? Block.para(FinalLabel.NONE.label(l)) : Block.list(lines));
    // Requests.
    out.add(Block.heading(3, FinalLabel.REQUESTS.label(l)));
    for (Map.Entry<String, List<String[]>> e : requests(m).entrySet()) {
      out.add(Block.heading(4, FinalLabel.REQUESTS_TEXT.format(l, e.getKey(), e.getValue().size())));
      List<List<String>> needed = new ArrayList<>();
      needed.add(List.of(FinalLabel.COL_ID.label(l), FinalLabel.COL_ITEM.label(l), FinalLabel.COL_NEEDED.label(l)));
      e.getValue().forEach(x -> needed.add(List.of(x)));
      out.add(Block.table(needed));
    }
    // Returns.
    Returns r = m.returns;
    out.add(Block.heading(3, FinalLabel.RETURNS.label(l)));
    long notUsed = r.count(Fate.EMPTY) + r.count(Fate.DUPLICATE) + r.count(Fate.CONFLICT);
    out.add(Block.para(FinalLabel.ROWS_TEXT.format(l, r.forms().size(), r.fates().size(), r.count(Fate.USED),
        r.count(Fate.OBSERVATION), notUsed, r.count(Fate.EMPTY), r.count(Fate.DUPLICATE), r.count(Fate.CONFLICT),
        r.count(Fate.REJECTED))));
    List<String> rejected = new ArrayList<>();
    r.fates().stream().filter(f -> f.fate() == Fate.REJECTED).forEach(f -> rejected.add(f.message(l)));
    rejected.addAll(m.result.rejectedFigures());
    out.add(Block.heading(4, FinalLabel.REJECTED.label(l)));
    out.add(rejected.isEmpty() ? Block.para(FinalLabel.NONE.label(l)) : Block.list(rejected));
    out.add(Block.heading(4, FinalLabel.CONFLICTS.label(l)));
    List<String> conflicts = new ArrayList<>();
    for (Conflict c : r.conflicts()) {
      List<String> parts = new ArrayList<>();
      c.rows().forEach(f -> parts.add(f.message(l)));
      conflicts.add(c.kind().label(l) + " " + c.item() + ": " + String.join(m.zh ? "；" : "; ", parts));
    }
    out.add(conflicts.isEmpty() ? Block.para(FinalLabel.NONE.label(l)) : Block.list(conflicts));
    out.add(Block.heading(4, FinalLabel.WARNINGS.label(l)));
    List<String> warnings = new ArrayList<>();
    r.issues().forEach(i -> warnings.add(i.message(l)));
    out.add(warnings.isEmpty() ? Block.para(FinalLabel.NONE.label(l)) : Block.list(warnings));
    return out;
  }

  private static List<List<String>> reportedTable(Model m, List<ReturnItem> items, boolean projects) {
    Locale l = m.locale;
    List<List<String>> rows = new ArrayList<>();
    List<String> head = new ArrayList<>(List.of(FinalLabel.COL_ID.label(l), FinalLabel.COL_ITEM.label(l),
        FinalLabel.COL_STATUS.label(l)));
    if (projects) {
      head.add(FinalLabel.COL_REACHED.label(l));
      head.add(FinalLabel.COL_INVESTMENT.label(l));
    }
    head.addAll(List.of(FinalLabel.COL_NOTE.label(l), FinalLabel.COL_EVIDENCE.label(l),
        FinalLabel.COL_DEPARTMENT.label(l), FinalLabel.COL_DATE.label(l)));
    rows.add(head);
    for (ReturnItem i : items) {
      Optional<Reported> r = m.returns.reported(i);
      if (r.isEmpty() && !m.returns.unresolved(i.id())) {
        continue;
      }
      List<String> row = new ArrayList<>(List.of(i.id(), m.text(i), m.status(i)));
      if (projects) {
        Optional<ProjectProgress> p = r.map(x -> (ProjectProgress) x);
        row.add(p.flatMap(ProjectProgress::reached).map(Object::toString).orElse(""));
        row.add(p.flatMap(ProjectProgress::investment).map(Object::toString).orElse(""));
      }
      row.add(r.map(Reported::note).orElse(""));
      row.add(r.map(m::evidence).orElse(""));
      row.add(r.map(x -> m.department(x.department())).orElse(""));
      row.add(r.flatMap(Reported::date).map(Object::toString).orElse(""));
      rows.add(row);
    }
    return rows;
  }

  /** Per lead department (then per chapter for items nobody leads), the items still needed. */
  private static Map<String, List<String[]>> requests(Model m) {
    Map<String, List<String[]>> out = new LinkedHashMap<>();
    for (DepartmentId d : m.who.departmentsWithItems()) {
      for (ReturnItem i : m.items) {
        if (i.lead().filter(d::equals).isPresent()) {
          m.needed(i).ifPresent(n -> out.computeIfAbsent(m.who.name(d, m.locale), k -> new ArrayList<>())
              .add(new String[] {i.id(), m.text(i), n}));
        }
      }
    }
    m.unassigned().forEach((chapter, list) -> {
      for (ReturnItem i : list) {
        m.needed(i).ifPresent(n -> out.computeIfAbsent(FinalLabel.UNASSIGNED.label(m.locale) + " " + chapter,
            k -> new ArrayList<>()).add(new String[] {i.id(), m.text(i), n}));
      }
    });
    return out;
  }

  /**
   * Lists the items still needed: targets without data or assessment, goals without a verdict, tasks and projects
   * not reported, and items in conflict — the 需补充的数据和评估 list, which a template for them asks again.
   *
   * @param result the final evaluation
   * @return the items in item order, of the documents the report evaluates
   */
  public static List<ReturnItem> stillNeeded(FinalEvaluation result) {
    Model m = new Model(result, Locale.SIMPLIFIED_CHINESE);
    List<ReturnItem> out = new ArrayList<>();
    for (ReturnItem i : m.items) {
      if (m.needed(i).isPresent()) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Lists the items still needed of one lead department (see {@link #stillNeeded(FinalEvaluation)}).
   *
   * @param result the final evaluation
   * @param department the lead department
   * @return its items still needed, in item order
   */
  public static List<ReturnItem> stillNeeded(FinalEvaluation result, DepartmentId department) {
    List<ReturnItem> out = new ArrayList<>();
    for (ReturnItem i : stillNeeded(result)) {
      if (i.lead().filter(department::equals).isPresent()) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Renders the sections as plain text.
   *
   * @param result the final evaluation
   * @param locale the language
   * @return the text
   */
  public static String text(FinalEvaluation result, Locale locale) {
    return text(result, locale, "");
  }

  /**
   * Renders the sections as plain text, their heading followed by a suffix (e.g. that the returns are
   * illustrative).
   *
   * @param result the final evaluation
   * @param locale the language
   * @param titleSuffix text after the part's heading
   * @return the text
   */
  public static String text(FinalEvaluation result, Locale locale, String titleSuffix) {
    StringBuilder b = new StringBuilder();
    for (Block k : blocks(new Model(result, locale), titleSuffix)) {
      if (k.level > 0) {
        b.append('\n').append(k.text).append('\n').append(k.level <= 2 ? "=".repeat(8) : "-".repeat(8)).append('\n');
      } else if (!k.items.isEmpty()) {
        k.items.forEach(i -> b.append("  - ").append(i).append('\n'));
      } else if (!k.table.isEmpty()) {
        if (k.table.size() > 1) {
          k.table.forEach(r -> b.append("  ").append(String.join(" | ", r)).append('\n'));
        }
      } else {
        b.append(k.text).append('\n');
      }
    }
    return b.toString();
  }

  /**
   * Renders the sections as Markdown.
   *
   * @param result the final evaluation
   * @param locale the language
   * @param titleSuffix text after the part's heading
   * @return the Markdown
   */
  public static String markdown(FinalEvaluation result, Locale locale, String titleSuffix) {
    StringBuilder b = new StringBuilder();
    for (Block k : blocks(new Model(result, locale), titleSuffix)) {
      if (k.level > 0) {
        b.append('\n').append("#".repeat(k.level)).append(' ').append(md(k.text)).append("\n\n");
      } else if (!k.items.isEmpty()) {
        k.items.forEach(i -> b.append("- ").append(md(i)).append('\n'));
        b.append('\n');
      } else if (!k.table.isEmpty()) {
        if (k.table.size() > 1) {
          for (int r = 0; r < k.table.size(); r++) {
            b.append('|');
            k.table.get(r).forEach(c -> b.append(' ').append(md(c).replace("|", "\\|")).append(" |"));
            b.append('\n');
            if (r == 0) {
              b.append('|').append(" --- |".repeat(k.table.get(0).size())).append('\n');
            }
          }
          b.append('\n');
        }
      } else {
        b.append(md(k.text)).append("\n\n");
      }
    }
    return b.toString();
  }

  /**
   * Renders the sections as an HTML fragment (a {@code <section>}), self-contained, no scripts.
   *
   * @param result the final evaluation
   * @param locale the language
   * @param titleSuffix text after the part's heading
   * @return the fragment
   */
  public static String htmlSection(FinalEvaluation result, Locale locale, String titleSuffix) {
    StringBuilder b = new StringBuilder("<section class=\"final-evaluation\" id=\"final-evaluation\">\n");
    for (Block k : blocks(new Model(result, locale), titleSuffix)) {
      if (k.level > 0) {
        b.append("<h").append(k.level).append('>').append(html(k.text)).append("</h").append(k.level).append(">\n");
      } else if (!k.items.isEmpty()) {
        b.append("<ul>");
        k.items.forEach(i -> b.append("<li>").append(html(i)).append("</li>"));
        b.append("</ul>\n");
      } else if (!k.table.isEmpty()) {
        if (k.table.size() > 1) {
          b.append("<table><thead><tr>");
          k.table.get(0).forEach(c -> b.append("<th>").append(html(c)).append("</th>"));
          b.append("</tr></thead><tbody>");
          k.table.subList(1, k.table.size()).forEach(r -> {
            b.append("<tr>");
            r.forEach(c -> b.append("<td>").append(html(c)).append("</td>"));
            b.append("</tr>");
          });
          b.append("</tbody></table>\n");
        }
      } else {
        b.append("<p>").append(html(k.text)).append("</p>\n");
      }
    }
    return b.append("</section>\n").toString();
  }

  /**
   * Adds the sections to a report's HTML page, before its footer (or its end).
   *
   * @param result the final evaluation
   * @param locale the language
   * @param page the page of {@code Reports.html}
   * @return the page with the sections
   */
  public static String html(FinalEvaluation result, Locale locale, String page) {
    return html(result, locale, page, "");
  }

  /**
   * Adds the sections to a report's HTML page, before its footer (or its end), their heading followed by a suffix.
   *
   * @param result the final evaluation
   * @param locale the language
   * @param page the page of {@code Reports.html}
   * @param titleSuffix text after the part's heading
   * @return the page with the sections
   */
  public static String html(FinalEvaluation result, Locale locale, String page, String titleSuffix) {
    String section = htmlSection(result, locale, titleSuffix);
    int at = page.lastIndexOf("<footer>");
    if (at < 0) {
      at = page.lastIndexOf("</body>");
    }
    return at < 0 ? page + section : page.substring(0, at) + section + page.substring(at);
  }

  /**
   * Renders the sections as JSON: the goals, tasks and projects settled, the conflicts, the warnings, every row's
   * fate, the lead departments' lines and the request list.
   *
   * @param result the final evaluation
   * @return pretty-printed JSON
   */
  public static String json(FinalEvaluation result) {
    ObjectMapper mapper = ModelJson.newMapper();
    Model m = new Model(result, Locale.SIMPLIFIED_CHINESE);
    Model en = new Model(result, Locale.ENGLISH);
    Returns r = result.returns();
    ObjectNode root = mapper.createObjectNode();
    root.put("illustrative", illustrative(result));
    ObjectNode counts = root.putObject("rows");
    counts.put("total", r.fates().size());
    for (Fate f : Fate.values()) {
      counts.put(f.name(), r.count(f));
    }
    root.set("goals", mapper.valueToTree(r.goals().values()));
    root.set("tasks", mapper.valueToTree(r.tasks().values()));
    root.set("projects", mapper.valueToTree(r.projects().values()));
    root.set("conflicts", mapper.valueToTree(r.conflicts()));
    root.set("issues", mapper.valueToTree(r.issues()));
    ArrayNode fates = root.putArray("fates");
    for (RowFate f : r.fates()) {
      ObjectNode o = fates.addObject();
      o.put("place", f.row().place(Optional.empty(), Locale.SIMPLIFIED_CHINESE));
      f.item().ifPresent(i -> o.put("item", i));
      o.put("fate", f.fate().name());
      o.put("zh", f.zh());
      o.put("en", f.en());
    }
    ArrayNode figures = root.putArray("rejectedFigures");
    result.rejectedFigures().forEach(figures::add);
    ArrayNode items = root.putArray("items");
    for (int k = 0; k < m.items.size(); k++) {
      ReturnItem i = m.items.get(k);
      ObjectNode o = items.addObject();
      o.put("kind", i.kind().name());
      o.put("id", i.id());
      i.lead().ifPresent(d -> o.put("lead", d.value()));
      o.put("origin", i.origin().name());
      o.put("statusZh", m.status(i));
      o.put("statusEn", en.status(i));
      m.needed(i).ifPresent(n -> o.put("neededZh", n));
      en.needed(i).ifPresent(n -> o.put("neededEn", n));
    }
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String md(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\`*_[]<>#".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return b.toString();
  }

  private static String html(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '&':
          b.append("&amp;");
          break;
        case '"':
          b.append("&quot;");
          break;
        default:
          b.append(c);
      }
    }
    return b.toString();
  }
}
