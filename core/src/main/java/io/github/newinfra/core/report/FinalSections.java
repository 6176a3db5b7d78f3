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
 * The final evaluation's sections. In the main part, after the targets of the monitoring report and without ids
 * ({@link #of}): 定性目标评估 (each goal with its verdict, note, evidence and department), 重点任务推进情况 (tasks by
 * chapter and status, then every task reported), 重大工程项目进展 (projects by stage), 各牵头单位完成情况 (a line per
 * lead department: "省工业和信息化厅：牵头目标9个（已完成5个…）、任务12项（已完成8项…）、项目…") and 需补充的数据和评估
 * (what is still missing, by department, the items a template for that department lists). In the appendix
 * ({@link #checked}): 返回表核对 (every row's fate, the rejected rows at their cells, the conflicts and the warnings).
 * A chapter is named by its document's issuing number ({@code 苏政办发〔2021〕45号 · 三 加快建设信息基础设施}).
 *
 * <p>Written once as {@link Block}s — headings, paragraphs, lists and tables — which each format shapes, and as the
 * JSON tree of {@link #json}. Items are those of the documents the report evaluates. Not part of the API.
 */
final class FinalSections {
  private FinalSections() {}

  /**
   * A block of the sections: a heading (level 2 to 4), a paragraph, a list or a table (its first row the header;
   * texts as given, not yet escaped, dates and counts as such).
   */
  static final class Block {
    final int level;
    final String text;
    final List<String> items;
    final List<List<Sheet.Cell>> table;

    private Block(int level, String text, List<String> items, List<List<Sheet.Cell>> table) {
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

    static Block table(List<List<Sheet.Cell>> rows) {
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

    /** The table's rows as texts, the header first. */
    List<List<String>> rows() {
      List<List<String>> out = new ArrayList<>();
      for (List<Sheet.Cell> row : table) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(text(c)));
        out.add(texts);
      }
      return out;
    }
  }

  /** A table cell as text: a date as {@code 2021-05-20}, a count in digits, nothing as the empty text. */
  static String text(Sheet.Cell c) {
    if (c instanceof Sheet.Cell.Text t) {
      return t.value();
    }
    if (c instanceof Sheet.Cell.Whole n) {
      return Long.toString(n.value());
    }
    if (c instanceof Sheet.Cell.Date d) {
      return d.value().toString();
    }
    return "";
  }

  private static Sheet.Cell cell(String text) {
    return new Sheet.Cell.Text(text);
  }

  private static List<Sheet.Cell> header(Locale l, FinalLabel... columns) {
    List<Sheet.Cell> out = new ArrayList<>();
    for (FinalLabel c : columns) {
      out.add(cell(c.label(l)));
    }
    return out;
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
    /** The catalog's documents, which name the chapters. */
    final Index index;

    Model(FinalEvaluation result, Index index, Locale locale) {
      this.result = result;
      this.index = index;
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

    /**
     * The item's document and chapter, e.g. {@code 苏政办发〔2021〕45号 · 三 加快建设信息基础设施}: the document by its
     * issuing number, else its title, else its id; the chapter's title in the language.
     */
    String chapter(ReturnItem i) {
      String document = index.document(i.measure().document())
          .map(d -> d.issuingNumber().orElse(d.title(locale))).orElse(i.measure().document().value());
      return document + " · " + who.chapter(i, locale);
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

    /**
     * An item's row: its id (in a sheet), text, status, then what a department reported of it; a date as a date.
     */
    List<Sheet.Cell> reportedRow(ReturnItem i, boolean project, boolean ids) {
      Optional<Reported> r = returns.reported(i);
      List<Sheet.Cell> row = new ArrayList<>();
      if (ids) {
        row.add(cell(i.id()));
      }
      row.addAll(List.of(cell(text(i)), cell(status(i))));
      if (project) {
        Optional<ProjectProgress> p = r.map(x -> (ProjectProgress) x);
        row.add(date(p.flatMap(ProjectProgress::reached)));
        row.add(cell(p.flatMap(ProjectProgress::investment).map(Object::toString).orElse("")));
      }
      row.add(cell(r.map(Reported::note).orElse("")));
      row.add(cell(r.map(this::evidence).orElse("")));
      row.add(cell(r.map(x -> department(x.department())).orElse("")));
      row.add(date(r.flatMap(Reported::date)));
      return row;
    }

    private static Sheet.Cell date(Optional<java.time.LocalDate> d) {
      return d.<Sheet.Cell>map(Sheet.Cell.Date::new).orElse(Sheet.Cell.BLANK);
    }

    /** The lead departments, then the chapters of the items nobody leads, each with its items. */
    Map<String, List<ReturnItem>> led() {
      Map<String, List<ReturnItem>> out = new LinkedHashMap<>();
      for (DepartmentId d : who.departmentsWithItems()) {
        List<ReturnItem> led = new ArrayList<>();
        items.stream().filter(i -> i.lead().filter(d::equals).isPresent()).forEach(led::add);
        if (!led.isEmpty()) {
          out.put(who.name(d, locale), led);
        }
      }
      unassigned().forEach((chapter, list) -> out.put(FinalLabel.UNASSIGNED.label(locale) + " " + chapter, list));
      return out;
    }

    /** Per lead department (then per chapter), the items still needed: id (in a sheet), text and what is needed. */
    Map<String, List<List<Sheet.Cell>>> requests(boolean ids) {
      Map<String, List<List<Sheet.Cell>>> out = new LinkedHashMap<>();
      led().forEach((who, list) -> {
        for (ReturnItem i : list) {
          needed(i).ifPresent(n -> out.computeIfAbsent(who, k -> new ArrayList<>())
              .add(ids ? List.of(cell(i.id()), cell(text(i)), cell(n)) : List.of(cell(text(i)), cell(n))));
        }
      });
      return out;
    }

    /** The tasks by chapter: a row per chapter, its tasks counted in total and by status, and the header. */
    List<List<Sheet.Cell>> tasksByChapter() {
      List<String> columns = new ArrayList<>();
      for (TaskStatus s : TaskStatus.values()) {
        columns.add(s.label(locale));
      }
      columns.add(FinalLabel.UNRESOLVED.label(locale));
      columns.add(FinalLabel.NOT_REPORTED.label(locale));
      List<Sheet.Cell> head = header(locale, FinalLabel.COL_CHAPTER, FinalLabel.COL_TOTAL);
      columns.forEach(c -> head.add(cell(c)));
      List<List<Sheet.Cell>> rows = new ArrayList<>();
      rows.add(head);
      Map<String, List<ReturnItem>> byChapter = new LinkedHashMap<>();
      of(ItemKind.TASK).forEach(t -> byChapter.computeIfAbsent(chapter(t), k -> new ArrayList<>()).add(t));
      for (Map.Entry<String, List<ReturnItem>> e : byChapter.entrySet()) {
        List<Sheet.Cell> row = new ArrayList<>(List.of(cell(e.getKey()), new Sheet.Cell.Whole(e.getValue().size())));
        for (String c : columns) {
          row.add(new Sheet.Cell.Whole(e.getValue().stream().filter(t -> status(t).equals(c)).count()));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  /**
   * The sections of the main part as blocks, in order: the part's heading, goals, tasks, projects, departments,
   * requests; no id, no position in a return.
   *
   * @param result the final evaluation
   * @param index the catalog's facts, which name the documents
   * @param locale the language
   * @return the blocks
   */
  static List<Block> of(FinalEvaluation result, Index index, Locale locale) {
    Model m = new Model(result, index, locale);
    List<Block> out = new ArrayList<>();
    out.add(Block.heading(2, FinalLabel.PART.label(locale)
        + (result.illustrative() ? FinalLabel.ILLUSTRATIVE.label(locale) : "")));
    goals(m, out);
    tasks(m, out);
    projects(m, out);
    departments(m, out);
    requests(m, out);
    return out;
  }

  /**
   * The returns checked, for the appendix, as blocks: the row accounting, the rejected rows at their cells, the
   * conflicts and the warnings, with the items' ids and the returns' positions.
   *
   * @param result the final evaluation
   * @param index the catalog's facts
   * @param locale the language
   * @return the blocks
   */
  static List<Block> checked(FinalEvaluation result, Index index, Locale locale) {
    Model m = new Model(result, index, locale);
    List<Block> out = new ArrayList<>();
    returns(m, out);
    return out;
  }

  /**
   * 定性目标评估: a line of counts, then every goal reported (or in conflict) with what its department reported; the
   * goals nobody reported on are counted here, listed among the goals awaiting assessment and in what is still
   * needed.
   */
  private static void goals(Model m, List<Block> out) {
    List<ReturnItem> goals = opening(m, out, ItemKind.GOAL, FinalLabel.GOALS, FinalLabel.GOALS_TEXT,
        FinalLabel.COUNT_GE);
    out.add(Block.table(reportedTable(m, goals, false, false)));
  }

  /** A section's heading and its line of counts: how many items of a kind, and how many of each status. */
  private static List<ReturnItem> opening(Model m, List<Block> out, ItemKind kind, FinalLabel heading,
      FinalLabel text, FinalLabel count) {
    List<ReturnItem> items = m.of(kind);
    out.add(Block.heading(3, heading.label(m.locale)));
    out.add(Block.para(text.format(m.locale, items.size(), m.counts(items, count))));
    return items;
  }

  /** Every goal, its id first, with what its department reported: the workbook's sheet. */
  private static List<List<Sheet.Cell>> goalTable(Model m) {
    List<List<Sheet.Cell>> rows = new ArrayList<>();
    rows.add(header(m.locale, FinalLabel.COL_ID, FinalLabel.COL_ITEM, FinalLabel.COL_STATUS, FinalLabel.COL_NOTE,
        FinalLabel.COL_EVIDENCE, FinalLabel.COL_DEPARTMENT, FinalLabel.COL_DATE));
    m.of(ItemKind.GOAL).forEach(i -> rows.add(m.reportedRow(i, false, true)));
    return rows;
  }

  /** 重点任务推进情况: a line of counts, the tasks by chapter and status, then every task reported. */
  private static void tasks(Model m, List<Block> out) {
    List<ReturnItem> tasks = opening(m, out, ItemKind.TASK, FinalLabel.TASKS, FinalLabel.TASKS_TEXT,
        FinalLabel.COUNT_XIANG);
    out.add(Block.table(m.tasksByChapter()));
    out.add(Block.table(reportedTable(m, tasks, false, false)));
  }

  /** 重大工程项目进展: a line of counts, then every project reported with its stage, date reached and investment. */
  private static void projects(Model m, List<Block> out) {
    List<ReturnItem> projects = opening(m, out, ItemKind.PROJECT, FinalLabel.PROJECTS, FinalLabel.PROJECTS_TEXT,
        FinalLabel.COUNT_GE);
    out.add(Block.table(reportedTable(m, projects, true, false)));
  }

  /** 各牵头单位完成情况: a line per lead department, then one per chapter of the items nobody leads. */
  private static void departments(Model m, List<Block> out) {
    out.add(Block.heading(3, FinalLabel.DEPARTMENTS.label(m.locale)));
    List<String> lines = new ArrayList<>();
    m.led().forEach((who, list) -> lines.add(m.line(who, list)));
    out.add(lines.isEmpty() ? Block.para(FinalLabel.NONE.label(m.locale)) : Block.list(lines));
  }

  /** 需补充的数据和评估: per lead department (then per chapter), the items still needed and what each needs. */
  private static void requests(Model m, List<Block> out) {
    Locale l = m.locale;
    out.add(Block.heading(3, FinalLabel.REQUESTS.label(l)));
    m.requests(false).forEach((who, needed) -> {
      out.add(Block.heading(4, FinalLabel.REQUESTS_TEXT.format(l, who, needed.size())));
      List<List<Sheet.Cell>> rows = new ArrayList<>();
      rows.add(header(l, FinalLabel.COL_ITEM, FinalLabel.COL_NEEDED));
      rows.addAll(needed);
      out.add(Block.table(rows));
    });
  }

  /** 返回表核对: the row accounting, the rejected rows at their cells, the conflicts, the warnings. */
  private static void returns(Model m, List<Block> out) {
    out.add(Block.heading(3, FinalLabel.RETURNS.label(m.locale)));
    out.add(Block.para(rowsText(m)));
    checked(m).forEach((heading, lines) -> {
      out.add(Block.heading(4, heading.label(m.locale)));
      out.add(lines.isEmpty() ? Block.para(FinalLabel.NONE.label(m.locale)) : Block.list(lines));
    });
  }

  /** The returns' row accounting: how many rows were used, not used and rejected. */
  private static String rowsText(Model m) {
    Returns r = m.returns;
    long notUsed = r.count(Fate.EMPTY) + r.count(Fate.DUPLICATE) + r.count(Fate.CONFLICT);
    return FinalLabel.ROWS_TEXT.format(m.locale, r.forms().size(), r.fates().size(), r.count(Fate.USED),
        r.count(Fate.OBSERVATION), notUsed, r.count(Fate.EMPTY), r.count(Fate.DUPLICATE), r.count(Fate.CONFLICT),
        r.count(Fate.REJECTED));
  }

  /** The rejected rows at their cells, the conflicts and the warnings, each under its heading. */
  private static Map<FinalLabel, List<String>> checked(Model m) {
    Locale l = m.locale;
    Returns r = m.returns;
    List<String> rejected = new ArrayList<>();
    r.fates().stream().filter(f -> f.fate() == Fate.REJECTED).forEach(f -> rejected.add(f.message(l)));
    rejected.addAll(m.result.rejectedFigures());
    List<String> conflicts = new ArrayList<>();
    for (Conflict c : r.conflicts()) {
      List<String> parts = new ArrayList<>();
      c.rows().forEach(f -> parts.add(f.message(l)));
      conflicts.add(c.kind().label(l) + " " + c.item() + ": " + String.join(m.zh ? "；" : "; ", parts));
    }
    List<String> warnings = new ArrayList<>();
    r.issues().forEach(i -> warnings.add(i.message(l)));
    Map<FinalLabel, List<String>> out = new LinkedHashMap<>();
    out.put(FinalLabel.REJECTED, rejected);
    out.put(FinalLabel.CONFLICTS, conflicts);
    out.put(FinalLabel.WARNINGS, warnings);
    return out;
  }

  /** The tasks or projects reported (or in conflict), each with what its department reported; ids in a sheet. */
  private static List<List<Sheet.Cell>> reportedTable(Model m, List<ReturnItem> items, boolean projects,
      boolean ids) {
    List<List<Sheet.Cell>> rows = new ArrayList<>();
    List<Sheet.Cell> head = ids ? header(m.locale, FinalLabel.COL_ID) : new ArrayList<>();
    head.addAll(header(m.locale, FinalLabel.COL_ITEM, FinalLabel.COL_STATUS));
    if (projects) {
      head.addAll(header(m.locale, FinalLabel.COL_REACHED, FinalLabel.COL_INVESTMENT));
    }
    head.addAll(header(m.locale, FinalLabel.COL_NOTE, FinalLabel.COL_EVIDENCE, FinalLabel.COL_DEPARTMENT,
        FinalLabel.COL_DATE));
    rows.add(head);
    for (ReturnItem i : items) {
      if (m.returns.reported(i).isPresent() || m.returns.unresolved(i.id())) {
        rows.add(m.reportedRow(i, projects, ids));
      }
    }
    return rows;
  }

  /**
   * The main part's sections as a workbook's sheets, each a table a spreadsheet sorts and filters, with the items'
   * ids to sort and look up by: every goal; the tasks by chapter and status; every task reported; every project
   * reported; per lead department its items counted; what is still needed, by department.
   *
   * @param result the final evaluation
   * @param index the catalog's facts, which name the documents
   * @param locale the language
   * @return the sheets, in the sections' order
   */
  static List<Sheet> sheets(FinalEvaluation result, Index index, Locale locale) {
    Model m = new Model(result, index, locale);
    List<Sheet> out = new ArrayList<>();
    out.add(sheet(FinalLabel.GOALS, goalTable(m), locale, 30, 48, 12, 36, 30, 20, 11));
    out.add(sheet(FinalLabel.TASKS, m.tasksByChapter(), locale, 44, 8));
    out.add(sheet(FinalLabel.SHEET_TASKS_REPORTED, reportedTable(m, m.of(ItemKind.TASK), false, true), locale,
        16, 48, 12, 36, 30, 20, 11));
    out.add(sheet(FinalLabel.PROJECTS, reportedTable(m, m.of(ItemKind.PROJECT), true, true), locale,
        30, 40, 10, 11, 14, 36, 30, 20, 11));
    out.add(sheet(FinalLabel.DEPARTMENTS, departmentTable(m), locale, 36, 10, 8, 8, 90));
    out.add(sheet(FinalLabel.SHEET_REQUESTS, requestTable(m), locale, 36, 30, 48, 12));
    return out;
  }

  /**
   * The returns checked as a workbook's sheet, for the appendix: the row accounting, then each rejected row,
   * conflict and warning with its kind.
   *
   * @param result the final evaluation
   * @param index the catalog's facts
   * @param locale the language
   * @return the sheet
   */
  static Sheet checkedSheet(FinalEvaluation result, Index index, Locale locale) {
    return sheet(FinalLabel.RETURNS, returnsTable(new Model(result, index, locale)), locale, 24, 100);
  }

  /** Per lead department (then per chapter): how many targets, tasks and projects it leads, and its line. */
  private static List<List<Sheet.Cell>> departmentTable(Model m) {
    List<List<Sheet.Cell>> rows = new ArrayList<>();
    rows.add(header(m.locale, FinalLabel.COL_LEAD, FinalLabel.COL_TARGETS, FinalLabel.COL_TASKS,
        FinalLabel.COL_PROJECTS, FinalLabel.COL_NOTE));
    m.led().forEach((who, list) -> rows.add(List.of(cell(who),
        new Sheet.Cell.Whole(list.stream().filter(i -> i.kind() != ItemKind.TASK && i.kind() != ItemKind.PROJECT)
            .count()),
        new Sheet.Cell.Whole(list.stream().filter(i -> i.kind() == ItemKind.TASK).count()),
        new Sheet.Cell.Whole(list.stream().filter(i -> i.kind() == ItemKind.PROJECT).count()),
        cell(m.line(who, list)))));
    return rows;
  }

  /** What is still needed: the lead department (or chapter), then the item and what it needs. */
  private static List<List<Sheet.Cell>> requestTable(Model m) {
    List<List<Sheet.Cell>> rows = new ArrayList<>();
    rows.add(header(m.locale, FinalLabel.COL_LEAD, FinalLabel.COL_ID, FinalLabel.COL_ITEM, FinalLabel.COL_NEEDED));
    m.requests(true).forEach((who, needed) -> needed.forEach(n -> {
      List<Sheet.Cell> row = new ArrayList<>();
      row.add(cell(who));
      row.addAll(n);
      rows.add(row);
    }));
    return rows;
  }

  /** The returns checked: the row accounting, then each rejected row, conflict and warning with its kind. */
  private static List<List<Sheet.Cell>> returnsTable(Model m) {
    List<List<Sheet.Cell>> rows = new ArrayList<>();
    rows.add(header(m.locale, FinalLabel.COL_KIND, FinalLabel.COL_NOTE));
    rows.add(List.of(cell(FinalLabel.RETURNS.label(m.locale)), cell(rowsText(m))));
    checked(m).forEach((kind, lines) -> lines.forEach(line -> rows.add(List.of(cell(kind.label(m.locale)),
        cell(line)))));
    return rows;
  }

  /**
   * A sheet of a table: the name, the table's first row as its headings (with these widths, 14 where none is
   * given; a column of 30 or more wraps its text), its other rows as they are, texts escaped as a workbook holds
   * them and empty texts left blank.
   */
  private static Sheet sheet(FinalLabel name, List<List<Sheet.Cell>> table, Locale l, double... widths) {
    List<Sheet.Column> columns = new ArrayList<>();
    List<Sheet.Cell> head = table.get(0);
    for (int c = 0; c < head.size(); c++) {
      double width = c < widths.length ? widths[c] : 14;
      columns.add(new Sheet.Column(text(head.get(c)), width, width >= 30));
    }
    List<List<Sheet.Cell>> rows = table.subList(1, table.size());
    return new Sheet(name.label(l), columns, () -> rows.stream().map(FinalSections::inWorkbook));
  }

  private static List<Sheet.Cell> inWorkbook(List<Sheet.Cell> row) {
    List<Sheet.Cell> out = new ArrayList<>();
    for (Sheet.Cell c : row) {
      out.add(c instanceof Sheet.Cell.Text t ? (t.value().isEmpty() ? Sheet.Cell.BLANK : SheetReport.text(t.value()))
          : c);
    }
    return SheetReport.trimmed(out);
  }

  /**
   * The sections as JSON: the goals, tasks and projects settled, the conflicts, the warnings, every row's fate, the
   * rejected figures and every item with its lead, status and what is still needed, in both languages.
   *
   * @param result the final evaluation
   * @param index the catalog's facts
   * @param mapper the mapper that makes the tree
   * @return the tree
   */
  static ObjectNode json(FinalEvaluation result, Index index, ObjectMapper mapper) {
    Model m = new Model(result, index, Locale.SIMPLIFIED_CHINESE);
    Model en = new Model(result, index, Locale.ENGLISH);
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
