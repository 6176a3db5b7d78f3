package io.github.newinfra.core.progress;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.newinfra.core.internal.rows.Suggestions;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.Department;
import io.github.newinfra.model.DepartmentId;
import io.github.newinfra.model.Document;
import io.github.newinfra.model.Facility;
import io.github.newinfra.model.Indicator;
import io.github.newinfra.model.Measure;
import io.github.newinfra.model.MeasureId;
import io.github.newinfra.model.MeasureLink;
import io.github.newinfra.model.Section;
import io.github.newinfra.model.SectionId;
import io.github.newinfra.model.Target;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who reports on what in a final evaluation: every item of a catalog (its quantitative targets, qualitative goals,
 * key tasks and named projects) with its lead department.
 *
 * <p>The rules:
 * <ol>
 *   <li>A document that names departments (the 2020 measures end each measure with its list, lead first) gives
 *   them to its measures, to the measures' targets and to the facilities they name ({@link LeadOrigin#TEXT}).</li>
 *   <li>A document that names none (the 2021 plan) leaves its items unassigned ({@link LeadOrigin#NONE}): the
 *   catalog never invents a lead. They are grouped by chapter. Where a 2020 measure is linked to the item's
 *   measure, its departments are offered as {@link ReturnItem#suggested()}, never as the lead.</li>
 *   <li>The office's division of work (分工方案, {@link #withDivisionOfWork(Reader, String)}) assigns items: a CSV
 *   of {@code item,department} lines whose item is an item's id or a section's id (every item under it); the
 *   department an id, a name or a short form ({@code 省工信厅}); several departments in one cell separated by
 *   {@code 、} or {@code ;}, or several lines, lead first. A line for the item itself wins over its sections', a
 *   deeper section over a shallower one; it replaces the text's departments ({@link LeadOrigin#DIVISION_OF_WORK}).
 *   </li>
 * </ol>
 *
 * <pre>{@code
 * Assignments who = Assignments.of(Catalog.builtIn().data())
 *     .withDivisionOfWork(Path.of("分工方案.csv"));
 * List<ReturnItem> mine = who.itemsOf(DepartmentId.of("js-communications-admin"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Assignments {
  private final CatalogData data;
  private final List<ReturnItem> items;
  private final Map<String, ReturnItem> byId;
  private final Map<DepartmentId, Department> departments;
  private final Map<SectionId, Section> sections;

  private Assignments(CatalogData data, List<ReturnItem> items) {
    this.data = data;
    this.sections = sections(data);
    this.items = ImmutableList.copyOf(items);
    Map<String, ReturnItem> map = new LinkedHashMap<>();
    for (ReturnItem i : items) {
      map.putIfAbsent(i.id(), i);
    }
    this.byId = ImmutableMap.copyOf(map);
    Map<DepartmentId, Department> deps = new LinkedHashMap<>();
    data.departments().forEach(d -> deps.putIfAbsent(d.id(), d));
    this.departments = ImmutableMap.copyOf(deps);
  }

  /**
   * Lists a catalog's items with the departments its texts name.
   *
   * @param data the catalog
   * @return the assignments
   */
  public static Assignments of(CatalogData data) {
    Objects.requireNonNull(data, "data");
    Map<MeasureId, Measure> measures = new HashMap<>();
    data.measures().forEach(m -> measures.put(m.id(), m));
    Map<SectionId, Section> sections = sections(data);
    Map<MeasureId, Set<DepartmentId>> suggested = new HashMap<>();
    for (MeasureLink l : data.measureLinks()) {
      Measure from = measures.get(l.from());
      if (from != null) {
        suggested.computeIfAbsent(l.to(), k -> new LinkedHashSet<>()).addAll(from.departments());
        suggested.computeIfAbsent(l.from(), k -> new LinkedHashSet<>()).addAll(
            measures.containsKey(l.to()) ? measures.get(l.to()).departments() : List.<DepartmentId>of());
      }
    }
    Map<String, Indicator> indicators = new HashMap<>();
    data.indicators().forEach(i -> indicators.put(i.id().value(), i));
    Map<String, Document> documents = new HashMap<>();
    data.documents().forEach(d -> documents.put(d.id().value(), d));
    List<ReturnItem> out = new ArrayList<>();
    for (Target t : data.targets()) {
      Measure m = measures.get(t.measure());
      boolean goal = t.comparator() == Comparator.QUALITATIVE;
      ReturnItem.Builder b = base(goal ? ItemKind.GOAL : ItemKind.TARGET, t.id().value(), t.measure(), m, sections,
          suggested);
      Optional<Indicator> indicator = t.indicator().map(i -> indicators.get(i.value()));
      b.textZh(t.descriptionZh().orElseGet(() -> indicator.map(Indicator::nameZh).orElse(t.id().value())));
      t.descriptionEn().or(() -> indicator.map(Indicator::nameEn)).ifPresent(b::textEn);
      if (!goal) {
        t.indicator().ifPresent(i -> b.indicator(i.value()));
        indicator.ifPresent(i -> b.unit(i.unit().toString()));
        b.region(t.region().value());
        Document doc = documents.get(t.id().document().value());
        int first = doc == null ? t.dueYear() : Math.min(t.dueYear(), doc.periodStart());
        if (t.baseline().isPresent()) {
          first = Math.max(first, Math.min(t.dueYear(), t.baseline().get().period().end().getYear() + 1));
        }
        for (int y = first; y <= t.dueYear(); y++) {
          b.addPeriods(Integer.toString(y));
        }
      }
      out.add(b.build());
    }
    for (Measure m : data.measures()) {
      out.add(base(ItemKind.TASK, m.id().value(), m.id(), m, sections, suggested).textZh(m.titleZh())
          .textEn(m.titleEn()).build());
    }
    for (Facility f : data.facilities()) {
      Set<DepartmentId> deps = new LinkedHashSet<>();
      for (MeasureId id : f.measures()) {
        Optional.ofNullable(measures.get(id)).ifPresent(m -> deps.addAll(m.departments()));
      }
      MeasureId first = f.measures().get(0);
      ReturnItem.Builder b = base(ItemKind.PROJECT, f.id().value(), first, measures.get(first), sections, suggested)
          .textZh(f.nameZh()).textEn(f.nameEn());
      if (!deps.isEmpty()) {
        b.departments(deps).origin(LeadOrigin.TEXT);
      }
      out.add(b.build());
    }
    return new Assignments(data, out);
  }

  private static ReturnItem.Builder base(ItemKind kind, String id, MeasureId measure, Measure m,
      Map<SectionId, Section> sections, Map<MeasureId, Set<DepartmentId>> suggested) {
    List<DepartmentId> deps = m == null ? List.of() : m.departments();
    ReturnItem.Builder b = ReturnItem.builder().kind(kind).id(id).measure(measure).chapter(chapter(measure, sections, Locale.SIMPLIFIED_CHINESE))
        .departments(deps).origin(deps.isEmpty() ? LeadOrigin.NONE : LeadOrigin.TEXT);
    if (deps.isEmpty()) {
      b.suggested(suggested.getOrDefault(measure, Set.of()));
    }
    return b;
  }

  private static Map<SectionId, Section> sections(CatalogData data) {
    Map<SectionId, Section> sections = new HashMap<>();
    data.sections().forEach(s -> sections.put(s.id(), s));
    return ImmutableMap.copyOf(sections);
  }

  /**
   * The chapter a measure lies in, its top-level section, as its label and title in a language: {@code 三
   * 加快建设信息基础设施}; the measure's document id when the catalog has no section of the measure's id.
   */
  private static String chapter(MeasureId measure, Map<SectionId, Section> sections, Locale locale) {
    Section s = sections.get(SectionId.of(measure.value()));
    int guard = 0;
    while (s != null && s.parent().isPresent() && guard++ < 64) {
      Section p = sections.get(s.parent().get());
      if (p == null) {
        break;
      }
      s = p;
    }
    if (s == null) {
      return measure.document().value();
    }
    return (s.label().isEmpty() ? "" : s.label() + " ") + s.title(locale);
  }

  /**
   * Reads the office's division of work from a UTF-8 CSV file (see the class description).
   *
   * @param file the file
   * @return assignments with the file's lines applied
   * @throws ReturnFormatException if the file cannot be read, or a line names an item, section or department the
   *     catalog lacks (with the line and the nearest names)
   */
  public Assignments withDivisionOfWork(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return withDivisionOfWork(r, file.getFileName() == null ? file.toString() : file.getFileName().toString());
    } catch (IOException e) {
      throw new ReturnFormatException("cannot read the division of work " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads the office's division of work (see the class description).
   *
   * @param in the CSV text
   * @param name the file's name, for messages
   * @return assignments with the lines applied
   * @throws ReturnFormatException if a line names an item, section or department the catalog lacks
   * @throws IOException if reading fails
   */
  public Assignments withDivisionOfWork(Reader in, String name) throws IOException {
    Set<String> sectionIds = new java.util.HashSet<>();
    data.sections().forEach(s -> sectionIds.add(s.id().value()));
    Map<String, List<DepartmentId>> lines = new LinkedHashMap<>();
    for (CsvText.Record r : CsvText.read(in, name)) {
      String item = r.cells.get(0).strip();
      String deps = r.cells.size() > 1 ? r.cells.get(1).strip() : "";
      if (r.line == 1 && (item.equalsIgnoreCase("item") || item.equals("事项") || item.equals("编号"))) {
        continue;
      }
      if (!byId.containsKey(item) && !sectionIds.contains(item)) {
        List<String> near = Suggestions.nearest(item, byId.keySet());
        throw new ReturnFormatException(name + ":" + r.line + ": '" + item + "' is neither an item nor a section of"
            + " the catalog" + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?"));
      }
      if (deps.isEmpty()) {
        throw new ReturnFormatException(name + ":" + r.line + ": no department for '" + item + "'");
      }
      for (String d : deps.split("[、;；]")) {
        if (d.isBlank()) {
          continue;
        }
        DepartmentId id = department(d).orElseThrow(() -> new ReturnFormatException(name + ":" + r.line + ": '"
            + d.strip() + "' is not a department of the catalog" + didYouMean(d)));
        List<DepartmentId> list = lines.computeIfAbsent(item, k -> new ArrayList<>());
        if (!list.contains(id)) {
          list.add(id);
        }
      }
    }
    List<ReturnItem> out = new ArrayList<>();
    for (ReturnItem i : items) {
      List<DepartmentId> deps = lines.get(i.id());
      if (deps == null) {
        String path = i.measure().value();
        int best = -1;
        for (Map.Entry<String, List<DepartmentId>> e : lines.entrySet()) {
          String s = e.getKey();
          if ((path.equals(s) || path.startsWith(s + "/")) && s.length() > best && sectionIds.contains(s)) {
            best = s.length();
            deps = e.getValue();
          }
        }
      }
      out.add(deps == null ? i : i.withDepartments(deps).withOrigin(LeadOrigin.DIVISION_OF_WORK)
          .withSuggested(List.of()));
    }
    return new Assignments(data, out);
  }

  private String didYouMean(String text) {
    List<String> near = nearestDepartments(text);
    return near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?";
  }

  /**
   * Finds a department by its id, Chinese or English name or a short form, ignoring surrounding space.
   *
   * @param text the text
   * @return the department, or empty if the catalog has none by that name
   */
  public Optional<DepartmentId> department(String text) {
    String t = text.strip();
    for (Department d : departments.values()) {
      if (d.id().value().equals(t) || d.nameZh().equals(t) || d.nameEn().equalsIgnoreCase(t)
          || d.shortForms().contains(t)) {
        return Optional.of(d.id());
      }
    }
    return Optional.empty();
  }

  /**
   * Suggests departments near an unknown name.
   *
   * @param text the unknown name
   * @return up to three Chinese names, nearest first
   */
  public List<String> nearestDepartments(String text) {
    Map<String, List<String>> keys = new LinkedHashMap<>();
    for (Department d : departments.values()) {
      List<String> k = new ArrayList<>(List.of(d.id().value(), d.nameZh(), d.nameEn()));
      k.addAll(d.shortForms());
      keys.put(d.nameZh(), k);
    }
    return Suggestions.nearest(text, keys);
  }

  /**
   * Returns a department's name in a language.
   *
   * @param id the department
   * @param locale the language
   * @return its Chinese or English name, or the id if the catalog lacks it
   */
  public String name(DepartmentId id, Locale locale) {
    Department d = departments.get(id);
    if (d == null) {
      return id.value();
    }
    return d.name(locale);
  }

  /**
   * Returns an item's chapter in a language, as {@link ReturnItem#chapter()} gives it in Chinese: {@code 三
   * 加快建设信息基础设施}, in English {@code 三 Accelerate the construction of information infrastructure}.
   *
   * @param item an item
   * @param locale the language
   * @return the chapter's label and title
   */
  public String chapter(ReturnItem item, Locale locale) {
    return chapter(item.measure(), sections, locale);
  }

  /**
   * Returns the catalog the items come from.
   *
   * @return the catalog content
   */
  public CatalogData data() {
    return data;
  }

  /**
   * Returns every item: targets and goals in catalog order, then tasks, then projects.
   *
   * @return the items
   */
  public List<ReturnItem> items() {
    return items;
  }

  /**
   * Finds an item by its id.
   *
   * @param id a target's, measure's or facility's id
   * @return the item, if the catalog has one
   */
  public Optional<ReturnItem> item(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Returns the ids of every item, for "did you mean".
   *
   * @return the ids in item order
   */
  public Set<String> ids() {
    return byId.keySet();
  }

  /**
   * Returns the items a department is responsible for (lead or co-responsible).
   *
   * @param department the department
   * @return its items in item order
   */
  public List<ReturnItem> itemsOf(DepartmentId department) {
    List<ReturnItem> out = new ArrayList<>();
    for (ReturnItem i : items) {
      if (i.departments().contains(department)) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Returns the items under a section (or the item with that id).
   *
   * @param section a section's id, e.g. {@code plan2021/3/1}
   * @return the items whose measure lies under it
   */
  public List<ReturnItem> itemsUnder(String section) {
    List<ReturnItem> out = new ArrayList<>();
    for (ReturnItem i : items) {
      String path = i.measure().value();
      if (i.id().equals(section) || path.equals(section) || path.startsWith(section + "/")) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Returns the departments with at least one item, in the catalog's registry order.
   *
   * @return the departments
   */
  public List<DepartmentId> departmentsWithItems() {
    Set<DepartmentId> seen = new LinkedHashSet<>();
    for (ReturnItem i : items) {
      seen.addAll(i.departments());
    }
    List<DepartmentId> out = new ArrayList<>();
    for (DepartmentId d : departments.keySet()) {
      if (seen.contains(d)) {
        out.add(d);
      }
    }
    for (DepartmentId d : seen) {
      if (!out.contains(d)) {
        out.add(d);
      }
    }
    return out;
  }
}
