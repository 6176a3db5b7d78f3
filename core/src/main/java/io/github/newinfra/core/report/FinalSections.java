package io.github.newinfra.core.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newinfra.core.TargetResult;
import io.github.newinfra.core.progress.Assignments;
import io.github.newinfra.core.progress.Conflict;
import io.github.newinfra.core.progress.Fate;
import io.github.newinfra.core.progress.FinalEvaluation;
import io.github.newinfra.core.progress.FinalLabel;
import io.github.newinfra.core.progress.ItemKind;
import io.github.newinfra.core.progress.ProjectProgress;
import io.github.newinfra.core.progress.Reported;
import io.github.newinfra.core.progress.ReturnItem;
import io.github.newinfra.core.progress.Returns;
import io.github.newinfra.core.progress.RowFate;
import io.github.newinfra.core.progress.TaskStatus;
import io.github.newinfra.model.DepartmentId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The final evaluation's sections, after the monitoring report: 定性目标评估 (each goal with its verdict, note,
 * evidence and department), 重点任务推进情况 (tasks by chapter and status, then every task reported), 重大工程项目进展
 * (projects by stage), 各牵头单位完成情况 (a line per lead department: "省工业和信息化厅：牵头目标9个（已完成5个…）、
 * 任务12项（已完成8项…）、项目…"), 需补充的数据和评估 (what is still missing, by department, the items a template for
 * that department lists) and 返回表核对 (every row's fate, the rejected rows at their cells, the conflicts and the
 * warnings).
 *
 * <p>Written once as {@link Block}s — headings, paragraphs, lists and tables — which each format shapes, and as the
 * JSON tree of {@link #json}. Items are those of the documents the report evaluates. Not part of the API.
 */
final class FinalSections {
  private FinalSections() {}

  /** A block of the sections: a heading (level 2 to 4), a paragraph, a list or a table (its first row the header). */
  static final class Block {
    final int level;
    final String text;
    final List<String> items;
    final List<List<String>> table;

    private Block(int level, String text, List<String> items, List<List<String>> table) {
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

    boolean isHeading() {
      return level > 0;
    }

    boolean isList() {
      return level == 0 && !items.isEmpty();
    }

    boolean isTable() {
      return level == 0 && items.isEmpty() && !table.isEmpty();
    }
  }

  /** What the sections show of a final evaluation in one language, computed once. */
  private static final class Model {
    final FinalEvaluation result;
    final Returns returns;
    final Assignments who;
    final Locale locale;
    final boolean zh;
    final List<ReturnItem> items;
    final Map<String, TargetResult> results = new HashMap<>();
    /** Per document and chapter ("plan2021 · 三 …"), its place in the documents' order (the tasks' order). */
    final Map<String, Integer> chapters = new HashMap<>();

    Model(FinalEvaluation result, Locale locale) {
      this.result = result;
      this.returns = result.returns();
      this.who = returns.assignments();
      this.locale = locale;
      this.zh = "zh".equals(locale.getLanguage());
      this.items = result.items();
      result.report().results().forEach(r -> results.put(r.target().value(), r));
      for (ReturnItem i : who.items()) {
        if (i.kind() == ItemKind.TASK) {
          chapters.putIfAbsent(chapter(i), chapters.size());
        }
      }
      who.items().forEach(i -> chapters.putIfAbsent(chapter(i), chapters.size()));
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

    /** What is still needed of an item, worded, or empty. */
    Optional<String> needed(ReturnItem i) {
      return result.need(i).map(n -> n.label(locale));
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
      Map<String, List<ReturnItem>> out = new TreeMap<>(java.util.Comparator.comparing(chapters::get));
      items.stream().filter(i -> i.lead().isEmpty()).forEach(i -> out.computeIfAbsent(chapter(i),
          k -> new ArrayList<>()).add(i));
      return out;
    }

    String text(ReturnItem i) {
      return zh ? i.textZh() : i.textEn().orElse(i.textZh());
    }

    /** A department's (or a chapter's) line: its targets, tasks and projects, each counted by status. */
    String line(String who, List<ReturnItem> list) {
      List<ReturnItem> targets = new ArrayList<>();
      List<ReturnItem> tasks = new ArrayList<>();
      List<ReturnItem> projects = new ArrayList<>();
      list.forEach(i -> (i.kind() == ItemKind.TASK ? tasks : i.kind() == ItemKind.PROJECT ? projects : targets)
          .add(i));
      return FinalLabel.DEPARTMENT_LINE.format(locale, who, targets.size(), counts(targets, FinalLabel.COUNT_GE),
          tasks.size(), counts(tasks, FinalLabel.COUNT_XIANG), projects.size(),
          counts(projects, FinalLabel.COUNT_GE));
    }

    /** An item's row: id, text, status, then what a department reported of it. */
    List<String> reportedRow(ReturnItem i, boolean project) {
      Optional<Reported> r = returns.reported(i);
      List<String> row = new ArrayList<>(List.of(i.id(), text(i), status(i)));
      if (project) {
        Optional<ProjectProgress> p = r.map(x -> (ProjectProgress) x);
        row.add(p.flatMap(ProjectProgress::reached).map(Object::toString).orElse(""));
        row.add(p.flatMap(ProjectProgress::investment).map(Object::toString).orElse(""));
      }
      row.add(r.map(Reported::note).orElse(""));
      row.add(r.map(this::evidence).orElse(""));
      row.add(r.map(x -> department(x.department())).orElse(""));
      row.add(r.flatMap(Reported::date).map(Object::toString).orElse(""));
      return row;
    }
  }

  /**
   * The sections as blocks, in order: the part's heading, goals, tasks, projects, departments, requests, returns.
   *
   * @param result the final evaluation
   * @param locale the language
   * @return the blocks
   */
  static List<Block> of(FinalEvaluation result, Locale locale) {
    Model m = new Model(result, locale);
    List<Block> out = new ArrayList<>();
    out.add(Block.heading(2, FinalLabel.PART.label(locale)
        + (result.illustrative() ? FinalLabel.ILLUSTRATIVE.label(locale) : "")));
    goals(m, out);
    tasks(m, out);
    projects(m, out);
    departments(m, out);
    requests(m, out);
    returns(m, out);
    return out;
  }

  /** 定性目标评估: a line of counts, then every goal with what its department reported. */
  private static void goals(Model m, List<Block> out) {
    Locale l = m.locale;
    List<ReturnItem> goals = m.of(ItemKind.GOAL);
    out.add(Block.heading(3, FinalLabel.GOALS.label(l)));
    out.add(Block.para(FinalLabel.GOALS_TEXT.format(l, goals.size(), m.counts(goals, FinalLabel.COUNT_GE))));
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(FinalLabel.COL_ID.label(l), FinalLabel.COL_ITEM.label(l), FinalLabel.COL_STATUS.label(l),
        FinalLabel.COL_NOTE.label(l), FinalLabel.COL_EVIDENCE.label(l), FinalLabel.COL_DEPARTMENT.label(l),
        FinalLabel.COL_DATE.label(l)));
    goals.forEach(i -> rows.add(m.reportedRow(i, false)));
    out.add(Block.table(rows));
  }

  /** 重点任务推进情况: a line of counts, the tasks by chapter and status, then every task reported. */
  private static void tasks(Model m, List<Block> out) {
    Locale l = m.locale;
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
    List<List<String>> rows = new ArrayList<>();
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
  }

  /** 重大工程项目进展: a line of counts, then every project reported with its stage, date reached and investment. */
  private static void projects(Model m, List<Block> out) {
    Locale l = m.locale;
    List<ReturnItem> projects = m.of(ItemKind.PROJECT);
    out.add(Block.heading(3, FinalLabel.PROJECTS.label(l)));
    out.add(Block.para(FinalLabel.PROJECTS_TEXT.format(l, projects.size(),
        m.counts(projects, FinalLabel.COUNT_GE))));
    out.add(Block.table(reportedTable(m, projects, true)));
  }

  /** 各牵头单位完成情况: a line per lead department, then one per chapter of the items nobody leads. */
  private static void departments(Model m, List<Block> out) {
    out.add(Block.heading(3, FinalLabel.DEPARTMENTS.label(m.locale)));
    List<String> lines = new ArrayList<>();
    for (DepartmentId d : m.who.departmentsWithItems()) {
      List<ReturnItem> led = new ArrayList<>();
      m.items.stream().filter(i -> i.lead().filter(d::equals).isPresent()).forEach(led::add);
      if (!led.isEmpty()) {
        lines.add(m.line(m.who.name(d, m.locale), led));
      }
    }
    m.unassigned().forEach((chapter, list) -> lines.add(m.line(FinalLabel.UNASSIGNED.label(m.locale) + " "
        + chapter, list)));
    out.add(lines.isEmpty() ? Block.para(FinalLabel.NONE.label(m.locale)) : Block.list(lines));
  }

  /** 需补充的数据和评估: per lead department (then per chapter), the items still needed and what each needs. */
  private static void requests(Model m, List<Block> out) {
    Locale l = m.locale;
    out.add(Block.heading(3, FinalLabel.REQUESTS.label(l)));
    Map<String, List<List<String>>> requests = new LinkedHashMap<>();
    for (DepartmentId d : m.who.departmentsWithItems()) {
      for (ReturnItem i : m.items) {
        if (i.lead().filter(d::equals).isPresent()) {
          m.needed(i).ifPresent(n -> requests.computeIfAbsent(m.who.name(d, l), k -> new ArrayList<>())
              .add(List.of(i.id(), m.text(i), n)));
        }
      }
    }
    m.unassigned().forEach((chapter, list) -> {
      for (ReturnItem i : list) {
        m.needed(i).ifPresent(n -> requests.computeIfAbsent(FinalLabel.UNASSIGNED.label(l) + " " + chapter,
            k -> new ArrayList<>()).add(List.of(i.id(), m.text(i), n)));
      }
    });
    requests.forEach((who, needed) -> {
      out.add(Block.heading(4, FinalLabel.REQUESTS_TEXT.format(l, who, needed.size())));
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of(FinalLabel.COL_ID.label(l), FinalLabel.COL_ITEM.label(l), FinalLabel.COL_NEEDED.label(l)));
      rows.addAll(needed);
      out.add(Block.table(rows));
    });
  }

  /** 返回表核对: the row accounting, the rejected rows at their cells, the conflicts, the warnings. */
  private static void returns(Model m, List<Block> out) {
    Locale l = m.locale;
    Returns r = m.returns;
    out.add(Block.heading(3, FinalLabel.RETURNS.label(l)));
    long notUsed = r.count(Fate.EMPTY) + r.count(Fate.DUPLICATE) + r.count(Fate.CONFLICT);
    out.add(Block.para(FinalLabel.ROWS_TEXT.format(l, r.forms().size(), r.fates().size(), r.count(Fate.USED),
        r.count(Fate.OBSERVATION), notUsed, r.count(Fate.EMPTY), r.count(Fate.DUPLICATE), r.count(Fate.CONFLICT),
        r.count(Fate.REJECTED))));
    List<String> rejected = new ArrayList<>();
    r.fates().stream().filter(f -> f.fate() == Fate.REJECTED).forEach(f -> rejected.add(f.message(l)));
    rejected.addAll(m.result.rejectedFigures());
    listed(out, FinalLabel.REJECTED, rejected, l);
    List<String> conflicts = new ArrayList<>();
    for (Conflict c : r.conflicts()) {
      List<String> parts = new ArrayList<>();
      c.rows().forEach(f -> parts.add(f.message(l)));
      conflicts.add(c.kind().label(l) + " " + c.item() + ": " + String.join(m.zh ? "；" : "; ", parts));
    }
    listed(out, FinalLabel.CONFLICTS, conflicts, l);
    List<String> warnings = new ArrayList<>();
    r.issues().forEach(i -> warnings.add(i.message(l)));
    listed(out, FinalLabel.WARNINGS, warnings, l);
  }

  /** A level-4 heading and its list, or a line saying there is none. */
  private static void listed(List<Block> out, FinalLabel heading, List<String> lines, Locale l) {
    out.add(Block.heading(4, heading.label(l)));
    out.add(lines.isEmpty() ? Block.para(FinalLabel.NONE.label(l)) : Block.list(lines));
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
      if (m.returns.reported(i).isPresent() || m.returns.unresolved(i.id())) {
        rows.add(m.reportedRow(i, projects));
      }
    }
    return rows;
  }

  /**
   * The sections as JSON: the goals, tasks and projects settled, the conflicts, the warnings, every row's fate, the
   * rejected figures and every item with its lead, status and what is still needed, in both languages.
   *
   * @param result the final evaluation
   * @param mapper the mapper that makes the tree
   * @return the tree
   */
  static ObjectNode json(FinalEvaluation result, ObjectMapper mapper) {
    Model m = new Model(result, Locale.SIMPLIFIED_CHINESE);
    Model en = new Model(result, Locale.ENGLISH);
    Returns r = result.returns();
    ObjectNode root = mapper.createObjectNode();
    root.put("illustrative", result.illustrative());
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
    for (ReturnItem i : m.items) {
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
    return root;
  }
}
