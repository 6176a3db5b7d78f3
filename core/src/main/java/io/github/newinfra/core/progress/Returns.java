package io.github.newinfra.core.progress;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import io.github.newinfra.core.Assessment;
import io.github.newinfra.core.ObservationSource;
import io.github.newinfra.core.internal.rows.Suggestions;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.DepartmentId;
import io.github.newinfra.model.FactId;
import io.github.newinfra.model.MeasureId;
import io.github.newinfra.model.NewInfraException;
import io.github.newinfra.model.Period;
import io.github.newinfra.model.Quantity;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Filled returns, checked against a catalog: the goals' verdicts, the tasks' progress and the projects' stages
 * they set, their figures as observations, and the fate of every row.
 *
 * <p>The rules (each with a worked example in {@code docs/final-evaluation.md}):
 * <ol>
 *   <li><b>Every row's fate.</b> Each row is used ({@link Fate#USED}, or {@link Fate#OBSERVATION} for a figure),
 *   not used ({@link Fate#EMPTY}, {@link Fate#DUPLICATE}, {@link Fate#CONFLICT}) or {@link Fate#REJECTED} with a
 *   message in Chinese and English located at its sheet and cell; used + not used + rejected = rows, always.</li>
 *   <li><b>Rejected.</b> An empty or unknown id (with the nearest ids), an id of another kind than its sheet's, a
 *   status that is none of its kind's words ({@code '完成了' 不是 完成、基本完成、部分完成、未完成 之一}), a date that
 *   is not a date, an investment without a unit, a figure that is not a number or a period that is not one, a
 *   note or evidence without a status.</li>
 *   <li><b>Conflicts.</b> Rows of several returns on one item with different statuses are all kept as a
 *   {@link Conflict}, the item unresolved; with the same status the first is used and the others are duplicates.
 *   </li>
 *   <li><b>Warnings</b> ({@link #issues()}), the row kept: a department reporting on an item it does not lead, a
 *   department the catalog does not know (with the nearest names), a form written from another catalog version
 *   ({@link #catalogVersion(CatalogData)}).</li>
 *   <li><b>Figures.</b> A quantitative row is an observation like any other (indicator and region from its
 *   target unless the row names a region), evaluated by {@link FinalEvaluation} with the engine's own rules.</li>
 * </ol>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Returns {
  private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
  private static final String OBS_HEADER = "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,SOURCE,"
      + "COMMENT";

  private final Assignments assignments;
  private final List<ReturnForm> forms;
  private final List<RowFate> fates;
  private final Map<FactId, GoalAssessment> goals;
  private final Map<MeasureId, TaskProgress> tasks;
  private final Map<FactId, ProjectProgress> projects;
  private final List<Conflict> conflicts;
  private final List<ReturnIssue> issues;
  private final String observationCsv;
  private final List<String> observationPlaces;

  private Returns(Builder b) {
    this.assignments = b.who;
    this.forms = ImmutableList.copyOf(b.forms);
    this.fates = ImmutableList.copyOf(b.fates);
    this.goals = ImmutableMap.copyOf(b.goals);
    this.tasks = ImmutableMap.copyOf(b.tasks);
    this.projects = ImmutableMap.copyOf(b.projects);
    this.conflicts = ImmutableList.copyOf(b.conflicts);
    this.issues = ImmutableList.copyOf(b.issues);
    this.observationCsv = b.csv.toString();
    this.observationPlaces = ImmutableList.copyOf(b.places);
  }

  /**
   * Returns a short fingerprint of a catalog's items (the ids of its targets, measures and facilities): a form
   * records the one it was written from, and a form from another catalog version is flagged when read back.
   *
   * @param data the catalog
   * @return twelve hexadecimal digits
   */
  public static String catalogVersion(CatalogData data) {
    TreeSet<String> ids = new TreeSet<>();
    data.targets().forEach(t -> ids.add(t.id().value()));
    data.measures().forEach(m -> ids.add(m.id().value()));
    data.facilities().forEach(f -> ids.add(f.id().value()));
    Hasher h = Hashing.sha256().newHasher();
    ids.forEach(s -> h.putString(s, StandardCharsets.UTF_8).putByte((byte) 0));
    return h.hash().toString().substring(0, 12);
  }

  /**
   * Checks returns against the items of a catalog (see the class description for the rules).
   *
   * @param who the items and who leads them
   * @param forms the returns, in the order they are to be read
   * @return the checked returns
   */
  public static Returns check(Assignments who, List<ReturnForm> forms) {
    Objects.requireNonNull(who, "who");
    Builder b = new Builder(who, forms);
    b.run();
    return new Returns(b);
  }

  /** The working state of one check. */
  private static final class Builder {
    final Assignments who;
    final List<ReturnForm> forms;
    final List<RowFate> fates = new ArrayList<>();
    final Map<FactId, GoalAssessment> goals = new LinkedHashMap<>();
    final Map<MeasureId, TaskProgress> tasks = new LinkedHashMap<>();
    final Map<FactId, ProjectProgress> projects = new LinkedHashMap<>();
    final List<Conflict> conflicts = new ArrayList<>();
    final List<ReturnIssue> issues = new ArrayList<>();
    final StringBuilder csv = new StringBuilder(OBS_HEADER).append("\r\n");
    final List<String> places = new ArrayList<>();
    /** Per item, the indexes in {@link #fates} of its valid status rows, and their parsed values. */
    final Map<String, List<Integer>> candidates = new LinkedHashMap<>();
    final Map<Integer, Reported> parsed = new LinkedHashMap<>();
    final String version;

    Builder(Assignments who, List<ReturnForm> forms) {
      this.who = who;
      this.forms = List.copyOf(forms);
      this.version = catalogVersion(who.data());
    }

    void run() {
      for (ReturnForm form : forms) {
        issues.addAll(form.problems());
        form.catalogVersion().filter(v -> !v.equals(version)).ifPresent(v -> issues.add(ReturnIssue.of(
            "返回表 " + form.name() + "：表格依据的目录版本 " + v + " 与当前目录版本 " + version
                + " 不同，各行已按当前目录核对",
            "return " + form.name() + ": the form was written from catalog version " + v + ", not the current "
                + version + "; its rows were checked against the current catalog")));
        for (ReturnRow row : form.rows()) {
          row(form, row);
        }
      }
      for (Map.Entry<String, List<Integer>> e : candidates.entrySet()) {
        settle(e.getKey(), e.getValue());
      }
    }

    private void add(ReturnRow row, Optional<String> item, Fate fate, String zh, String en) {
      fates.add(RowFate.builder().row(row).item(item).fate(fate).zh(zh).en(en).build());
    }

    private void reject(ReturnRow row, Optional<String> item, ReturnField field, String zh, String en) {
      add(row, item, Fate.REJECTED, row.place(Optional.of(field), Locale.SIMPLIFIED_CHINESE) + ": " + zh,
          row.place(Optional.of(field), Locale.ENGLISH) + ": " + en);
    }

    private void row(ReturnForm form, ReturnRow row) {
      Optional<String> id = row.get(ReturnField.ID);
      Optional<ItemKind> kind = row.kind();
      if (kind.isEmpty()) {
        Optional<String> k = row.get(ReturnField.KIND);
        kind = k.flatMap(t -> Worded.parse(ItemKind.class, t));
        if (kind.isEmpty()) {
          String t = k.orElse("");
          reject(row, id, ReturnField.KIND, "'" + t + "' 不是 " + Worded.choices(ItemKind.class,
              Locale.SIMPLIFIED_CHINESE) + " 之一", "'" + t + "' is not one of " + Worded.choices(ItemKind.class,
              Locale.ENGLISH));
          return;
        }
      }
      ItemKind kd = kind.get();
      boolean filled = kd == ItemKind.TARGET ? row.get(ReturnField.VALUE).isPresent()
          : row.get(ReturnField.STATUS).isPresent();
      boolean anything = filled || row.get(ReturnField.NOTE).isPresent() || row.get(ReturnField.EVIDENCE).isPresent()
          || row.get(ReturnField.EVIDENCE_ADDRESS).isPresent() || row.get(ReturnField.REACHED).isPresent()
          || row.get(ReturnField.INVESTMENT).isPresent() || row.get(ReturnField.PERIOD).isPresent()
          && kd != ItemKind.TARGET;
      if (id.isEmpty()) {
        if (!anything) {
          add(row, id, Fate.EMPTY, row.place(Optional.empty(), Locale.SIMPLIFIED_CHINESE) + ": 未填写",
              row.place(Optional.empty(), Locale.ENGLISH) + ": not filled in");
        } else {
          reject(row, id, ReturnField.ID, "编号为空", "the id is empty");
        }
        return;
      }
      Optional<ReturnItem> item = who.item(id.get());
      if (item.isEmpty()) {
        List<String> near = Suggestions.nearest(id.get(), who.ids());
        reject(row, id, ReturnField.ID, "'" + id.get() + "' 不是目录中的编号" + (near.isEmpty() ? ""
            : "；是否指 " + String.join("、", near) + "？"), "'" + id.get() + "' is not an id of the catalog"
            + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?"));
        return;
      }
      ReturnItem it = item.get();
      if (it.kind() != kd) {
        reject(row, id, ReturnField.ID, "'" + id.get() + "' 是" + it.kind().zh() + "，不是" + kd.zh(),
            "'" + id.get() + "' is of " + it.kind().en() + ", not " + kd.en());
        return;
      }
      if (!filled) {
        if (anything) {
          ReturnField f = kd == ItemKind.TARGET ? ReturnField.VALUE : ReturnField.STATUS;
          reject(row, id, f, "已填写说明或佐证，但" + f.header(kd) + "为空", "a note or evidence is given but "
              + (kd == ItemKind.TARGET ? "the value" : "the status") + " is empty");
        } else {
          add(row, id, Fate.EMPTY, row.place(Optional.empty(), Locale.SIMPLIFIED_CHINESE) + ": 未填写",
              row.place(Optional.empty(), Locale.ENGLISH) + ": not filled in");
        }
        return;
      }
      Optional<DepartmentId> dept = department(form, row, it);
      Optional<LocalDate> date = Optional.empty();
      if (row.get(ReturnField.DATE).isPresent()) {
        date = date(row.get(ReturnField.DATE).get());
        if (date.isEmpty()) {
          badDate(row, id, ReturnField.DATE);
          return;
        }
      }
      String note = row.get(ReturnField.NOTE).orElse("");
      Optional<String> evidence = row.get(ReturnField.EVIDENCE);
      Optional<String> address = row.get(ReturnField.EVIDENCE_ADDRESS);
      String place = row.place(Optional.empty(), Locale.SIMPLIFIED_CHINESE);
      String status = row.get(ReturnField.STATUS).orElse("");
      switch (kd) {
        case TARGET:
          target(row, it, note);
          return;
        case GOAL: {
          Optional<GoalVerdict> v = Worded.parse(GoalVerdict.class, status);
          if (v.isEmpty()) {
            badStatus(row, id, status, GoalVerdict.class);
            return;
          }
          candidate(row, it, GoalAssessment.builder().target(FactId.of(it.id())).verdict(v.get()).note(note)
              .evidence(evidence).evidenceAddress(address).department(dept).date(date).place(place).build(),
              v.get());
          return;
        }
        case TASK: {
          Optional<TaskStatus> v = Worded.parse(TaskStatus.class, status);
          if (v.isEmpty()) {
            badStatus(row, id, status, TaskStatus.class);
            return;
          }
          candidate(row, it, TaskProgress.builder().measure(MeasureId.of(it.id())).status(v.get()).note(note)
              .evidence(evidence).evidenceAddress(address).department(dept).date(date).place(place).build(),
              v.get());
          return;
        }
        default: {
          Optional<ProjectStage> v = Worded.parse(ProjectStage.class, status);
          if (v.isEmpty()) {
            badStatus(row, id, status, ProjectStage.class);
            return;
          }
          Optional<LocalDate> reached = Optional.empty();
          if (row.get(ReturnField.REACHED).isPresent()) {
            reached = date(row.get(ReturnField.REACHED).get());
            if (reached.isEmpty()) {
              badDate(row, id, ReturnField.REACHED);
              return;
            }
          }
          Optional<Quantity> investment = Optional.empty();
          if (row.get(ReturnField.INVESTMENT).isPresent()) {
            String t = row.get(ReturnField.INVESTMENT).get();
            try {
              Quantity q = Quantity.parse(t);
              if (q.unit().toString().isEmpty()) {
                throw new NewInfraException("no unit");
              }
              investment = Optional.of(q);
            } catch (NewInfraException | IllegalArgumentException e) {
              reject(row, id, ReturnField.INVESTMENT, "'" + t + "' 不是带单位的金额，例如 12.5亿元",
                  "'" + t + "' is not an amount with its unit, e.g. 12.5亿元");
              return;
            }
          }
          candidate(row, it, ProjectProgress.builder().facility(FactId.of(it.id())).stage(v.get()).reached(reached)
              .investment(investment).note(note).evidence(evidence).evidenceAddress(address).department(dept)
              .date(date).place(place).build(), v.get());
        }
      }
    }

    private void target(ReturnRow row, ReturnItem it, String note) {
      Optional<String> id = Optional.of(it.id());
      String value = row.get(ReturnField.VALUE).get().replace(",", "").replace("，", "");
      try {
        BigDecimal v = new BigDecimal(value);
        value = v.toPlainString();
      } catch (NumberFormatException e) {
        reject(row, id, ReturnField.VALUE, "'" + row.get(ReturnField.VALUE).get() + "' 不是数值",
            "'" + row.get(ReturnField.VALUE).get() + "' is not a number");
        return;
      }
      Optional<String> period = row.get(ReturnField.PERIOD);
      if (period.isEmpty()) {
        reject(row, id, ReturnField.PERIOD, "时期为空，例如 2024 或 2024-Q2", "the period is empty, e.g. 2024 or 2024-Q2");
        return;
      }
      try {
        Period.parse(period.get());
      } catch (NewInfraException | IllegalArgumentException e) {
        reject(row, id, ReturnField.PERIOD, "'" + period.get() + "' 不是时期，例如 2024、2024-Q2、2024-06",
            "'" + period.get() + "' is not a period, e.g. 2024, 2024-Q2, 2024-06");
        return;
      }
      String region = row.get(ReturnField.REGION).orElse(it.region().orElse(""));
      String unit = row.get(ReturnField.UNIT).orElse(it.unit().orElse(""));
      String mult = row.get(ReturnField.UNIT_MULT).orElse("");
      String place = row.place(Optional.empty(), Locale.SIMPLIFIED_CHINESE);
      try {
        CsvText.write(csv, List.of(it.indicator().orElse(""), region, period.get(), value, unit, mult, place, note));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      places.add(place);
      add(row, id, Fate.OBSERVATION, place + ": 作为 " + it.indicator().orElse("") + " 的观测数据参与评估（第"
          + (places.size() + 1) + "行）", row.place(Optional.empty(), Locale.ENGLISH) + ": passed on as an observation of "
          + it.indicator().orElse("") + " (line " + (places.size() + 1) + ")");
    }

    private Optional<DepartmentId> department(ReturnForm form, ReturnRow row, ReturnItem it) {
      Optional<String> text = row.get(ReturnField.DEPARTMENT).or(form::department);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      Optional<DepartmentId> d = who.department(text.get());
      String where = row.place(Optional.of(ReturnField.DEPARTMENT), Locale.SIMPLIFIED_CHINESE);
      String whereEn = row.place(Optional.of(ReturnField.DEPARTMENT), Locale.ENGLISH);
      if (d.isEmpty()) {
        List<String> near = who.nearestDepartments(text.get());
        issues.add(ReturnIssue.of(where + ": '" + text.get() + "' 不是目录中的单位" + (near.isEmpty() ? ""
            : "；是否指 " + String.join("、", near) + "？") + "（该行保留，不计入单位汇总）",
            whereEn + ": '" + text.get() + "' is not a department of the catalog" + (near.isEmpty() ? ""
            : "; did you mean " + String.join(", ", near) + "?") + " (the row is kept, counted for no department)"));
        return Optional.empty();
      }
      if (!it.departments().isEmpty() && !it.departments().contains(d.get())) {
        issues.add(ReturnIssue.of(where + ": " + who.name(d.get(), Locale.SIMPLIFIED_CHINESE) + " 填报了不由其负责的"
            + it.kind().zh() + " " + it.id() + "（负责单位：" + names(it, Locale.SIMPLIFIED_CHINESE) + "）；该行保留",
            whereEn + ": " + who.name(d.get(), Locale.ENGLISH) + " reports on " + it.id() + ", which it is not "
            + "responsible for (" + names(it, Locale.ENGLISH) + "); the row is kept"));
      }
      return d;
    }

    private String names(ReturnItem it, Locale locale) {
      List<String> out = new ArrayList<>();
      it.departments().forEach(d -> out.add(who.name(d, locale)));
      return String.join("zh".equals(locale.getLanguage()) ? "、" : ", ", out);
    }

    private void badDate(ReturnRow row, Optional<String> id, ReturnField field) {
      String t = row.get(field).orElse("");
      reject(row, id, field, "'" + t + "' 不是日期，例如 2025-12-31", "'" + t + "' is not a date, e.g. 2025-12-31");
    }

    private <E extends Enum<E> & Worded> void badStatus(ReturnRow row, Optional<String> id, String text,
        Class<E> type) {
      reject(row, id, ReturnField.STATUS, "'" + text + "' 不是 " + Worded.choices(type, Locale.SIMPLIFIED_CHINESE)
          + " 之一", "'" + text + "' is not one of " + Worded.choices(type, Locale.ENGLISH));
    }

    private void candidate(ReturnRow row, ReturnItem it, Reported value, Enum<?> status) {
      int index = fates.size();
      add(row, Optional.of(it.id()), Fate.USED, "", "");
      candidates.computeIfAbsent(it.id(), k -> new ArrayList<>()).add(index);
      parsed.put(index, value);
    }

    private void settle(String item, List<Integer> indexes) {
      List<String> statuses = new ArrayList<>();
      for (int i : indexes) {
        statuses.add(status(parsed.get(i)).en());
      }
      boolean agree = statuses.stream().distinct().count() == 1;
      List<RowFate> conflicting = new ArrayList<>();
      for (int n = 0; n < indexes.size(); n++) {
        int i = indexes.get(n);
        RowFate f = fates.get(i);
        Reported r = parsed.get(i);
        Worded w = status(r);
        String zhPlace = f.row().place(Optional.of(ReturnField.STATUS), Locale.SIMPLIFIED_CHINESE);
        String enPlace = f.row().place(Optional.of(ReturnField.STATUS), Locale.ENGLISH);
        Fate fate = !agree ? Fate.CONFLICT : n == 0 ? Fate.USED : Fate.DUPLICATE;
        RowFate settled = f.withFate(fate)
            .withZh(zhPlace + ": " + item + " " + w.zh() + (fate == Fate.USED ? "" : "（" + fate.zh() + "）"))
            .withEn(enPlace + ": " + item + " " + w.en() + (fate == Fate.USED ? "" : " (" + fate.en() + ")"));
        fates.set(i, settled);
        if (fate == Fate.CONFLICT) {
          conflicting.add(settled);
        } else if (fate == Fate.USED) {
          if (r instanceof GoalAssessment) {
            goals.put(((GoalAssessment) r).target(), (GoalAssessment) r);
          } else if (r instanceof TaskProgress) {
            tasks.put(((TaskProgress) r).measure(), (TaskProgress) r);
          } else {
            projects.put(((ProjectProgress) r).facility(), (ProjectProgress) r);
          }
        }
      }
      if (!conflicting.isEmpty()) {
        conflicts.add(Conflict.builder().kind(who.item(item).get().kind()).item(item).rows(conflicting).build());
      }
    }
  }

  /**
   * Returns the status word of a reported item.
   *
   * @param r the item
   * @return its verdict, status or stage
   */
  public static Worded status(Reported r) {
    if (r instanceof GoalAssessment) {
      return ((GoalAssessment) r).verdict();
    }
    if (r instanceof TaskProgress) {
      return ((TaskProgress) r).status();
    }
    return ((ProjectProgress) r).stage();
  }

  /**
   * Reads a date written as {@code 2025-12-31}, {@code 2025/12/31}, {@code 2025.12.31} or {@code 2025年12月31日}.
   *
   * @param text the text
   * @return the date, or empty if the text is none of these or no such day exists
   */
  public static Optional<LocalDate> date(String text) {
    Matcher m = DATE.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))));
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the items and who leads them, as the returns were checked against.
   *
   * @return the assignments
   */
  public Assignments assignments() {
    return assignments;
  }

  /**
   * Returns the returns read.
   *
   * @return the forms
   */
  public List<ReturnForm> forms() {
    return forms;
  }

  /**
   * Returns the fate of every row, in reading order.
   *
   * @return one fate per row
   */
  public List<RowFate> fates() {
    return fates;
  }

  /**
   * Returns the goals' verdicts, one per goal with a settled report.
   *
   * @return the assessments by target
   */
  public Map<FactId, GoalAssessment> goals() {
    return goals;
  }

  /**
   * Returns the tasks' progress, one per task with a settled report.
   *
   * @return the progress by measure
   */
  public Map<MeasureId, TaskProgress> tasks() {
    return tasks;
  }

  /**
   * Returns the projects' stages, one per project with a settled report.
   *
   * @return the progress by facility
   */
  public Map<FactId, ProjectProgress> projects() {
    return projects;
  }

  /**
   * Returns the items returns disagree on; they are unresolved.
   *
   * @return the conflicts
   */
  public List<Conflict> conflicts() {
    return conflicts;
  }

  /**
   * Returns the warnings: rows kept despite them, forms of another catalog version, unreadable sheets.
   *
   * @return the warnings in reading order
   */
  public List<ReturnIssue> issues() {
    return issues;
  }

  /**
   * Returns the engine's assessments the goals' verdicts set, for {@code Evaluator.assessments}.
   *
   * @return one assessment per settled goal
   */
  public List<Assessment> assessments() {
    List<Assessment> out = new ArrayList<>();
    goals.values().forEach(g -> out.add(g.toAssessment()));
    return out;
  }

  /**
   * Returns the returns' figures as an SDMX-CSV source: one line per figure (line 2 onwards), its {@code SOURCE}
   * the row's place ({@link #observationPlace(long)}).
   *
   * @return the source, readable any number of times
   */
  public ObservationSource observations() {
    String text = observationCsv;
    return ObservationSource.csv(new StringReader(text), "returns");
  }

  /**
   * Returns the number of figures handed on as observations.
   *
   * @return the count
   */
  public int observationCount() {
    return observationPlaces.size();
  }

  /**
   * Locates a line of {@link #observations()} in its return.
   *
   * @param line the line, 2 for the first figure
   * @return the place, or empty for a line that is no figure
   */
  public Optional<String> observationPlace(long line) {
    long i = line - 2;
    return i >= 0 && i < observationPlaces.size() ? Optional.of(observationPlaces.get((int) i)) : Optional.empty();
  }

  /**
   * Counts the rows of a fate.
   *
   * @param fate the fate
   * @return how many rows have it
   */
  public long count(Fate fate) {
    return fates.stream().filter(f -> f.fate() == fate).count();
  }

  /**
   * Tells whether an item is unresolved: returns disagree on it.
   *
   * @param id the item's id
   * @return true if a conflict names it
   */
  public boolean unresolved(String id) {
    return conflicts.stream().anyMatch(c -> c.item().equals(id));
  }

  /**
   * Returns the settled report on an item, of whichever kind.
   *
   * @param item the item
   * @return the goal's, task's or project's report, if one was settled
   */
  public Optional<Reported> reported(ReturnItem item) {
    switch (item.kind()) {
      case GOAL:
        return Optional.ofNullable(goals.get(FactId.of(item.id())));
      case TASK:
        return Optional.ofNullable(tasks.get(MeasureId.of(item.id())));
      case PROJECT:
        return Optional.ofNullable(projects.get(FactId.of(item.id())));
      default:
        return Optional.empty();
    }
  }
}
