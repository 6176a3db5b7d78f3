package io.github.newinfra.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newinfra.core.progress.Assignments;
import io.github.newinfra.core.progress.Conflict;
import io.github.newinfra.core.progress.Fate;
import io.github.newinfra.core.progress.GoalAssessment;
import io.github.newinfra.core.progress.GoalVerdict;
import io.github.newinfra.core.progress.ItemKind;
import io.github.newinfra.core.progress.ProjectProgress;
import io.github.newinfra.core.progress.ProjectStage;
import io.github.newinfra.core.progress.ReturnField;
import io.github.newinfra.core.progress.ReturnForm;
import io.github.newinfra.core.progress.ReturnForms;
import io.github.newinfra.core.progress.ReturnItem;
import io.github.newinfra.core.progress.ReturnRow;
import io.github.newinfra.core.progress.Returns;
import io.github.newinfra.core.progress.RowFate;
import io.github.newinfra.core.progress.TaskProgress;
import io.github.newinfra.core.progress.TaskStatus;
import io.github.newinfra.core.progress.Worded;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.DepartmentId;
import io.github.newinfra.model.FactId;
import io.github.newinfra.model.MeasureId;
import io.github.newinfra.model.Quantity;
import io.github.newinfra.model.json.ModelJson;
import io.github.newinfra.testing.CatalogGenerators;
import io.github.newinfra.testing.ModelGenerators;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Invariants of checking returns, on generated catalogs and rows, and of the progress types' JSON forms. */
class ReturnsPropertiesTest {
  private static final ObjectMapper MAPPER = ModelJson.newMapper();
  private static final String[] NOISE = {"", "完成了", "done", "x", "2025-13-45", "明年", "12.5", "12.5亿元", "-",
      "基本完成 ", " 滞后", "IN_OPERATION", "on schedule"};

  private static String word(RandomGenerator r) {
    List<String> words = new ArrayList<>();
    for (Class<? extends Worded> c : List.of(GoalVerdict.class, TaskStatus.class, ProjectStage.class)) {
      for (Worded w : c.getEnumConstants()) {
        words.add(w.zh());
      }
    }
    return r.nextInt(4) == 0 ? NOISE[r.nextInt(NOISE.length)] : words.get(r.nextInt(words.size()));
  }

  /** A catalog and one to three returns of random rows: known, unknown and empty ids, statuses, dates, figures. */
  private static Object[] returns(RandomGenerator r) {
    CatalogData data = CatalogGenerators.catalog(r);
    Assignments who = Assignments.of(data);
    List<ReturnItem> items = who.items();
    List<ReturnForm> forms = new ArrayList<>();
    int n = 1 + r.nextInt(3);
    for (int f = 0; f < n; f++) {
      ReturnForm.Builder form = ReturnForm.builder().name("r" + f + (r.nextBoolean() ? ".csv" : ".json"));
      int rows = r.nextInt(20);
      for (int k = 0; k < rows; k++) {
        Map<ReturnField, String> values = new EnumMap<>(ReturnField.class);
        ItemKind kind = ItemKind.values()[r.nextInt(ItemKind.values().length)];
        if (r.nextInt(5) > 0 && !items.isEmpty()) {
          ReturnItem item = ModelGenerators.oneOf(r, items);
          values.put(ReturnField.ID, item.id());
          if (r.nextInt(4) > 0) {
            kind = item.kind();
          }
        } else if (r.nextBoolean()) {
          values.put(ReturnField.ID, ModelGenerators.slug(r));
        }
        String status = word(r);
        if (!status.isBlank()) {
          values.put(ReturnField.STATUS, status.strip());
        }
        if (r.nextBoolean()) {
          values.put(ReturnField.VALUE, r.nextBoolean() ? Integer.toString(r.nextInt(1000)) : NOISE[r.nextInt(NOISE.length)]);
          values.values().removeIf(String::isEmpty);
          values.put(ReturnField.PERIOD, r.nextBoolean() ? Integer.toString(2015 + r.nextInt(15)) : "x");
        }
        if (r.nextBoolean()) {
          values.put(ReturnField.DATE, r.nextBoolean() ? "2025-12-31" : "明年");
        }
        if (r.nextInt(4) == 0) {
          values.put(ReturnField.NOTE, "说明");
        }
        ReturnRow.Builder row = ReturnRow.builder().source(form.build().name()).row(k + 2).values(values);
        if (r.nextInt(4) > 0) {
          row.kind(kind);
        } else {
          values.put(ReturnField.KIND, r.nextBoolean() ? kind.zh() : "其他");
          row.values(values);
        }
        form.addRows(row.build());
      }
      forms.add(form.build());
    }
    return new Object[] {who, forms};
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyReturnRowIsUsedNotUsedOrRejectedAndNoItemIsBothSettledAndInConflict() {
    qt().withExamples(300).forAll(Gens.of(ReturnsPropertiesTest::returns)).checkAssert(x -> {
      Assignments who = (Assignments) x[0];
      List<ReturnForm> forms = (List<ReturnForm>) x[1];
      Returns returns = Returns.check(who, forms);
      List<ReturnRow> rows = new ArrayList<>();
      forms.forEach(f -> rows.addAll(f.rows()));
      assertEquals(rows.size(), returns.fates().size());
      long total = 0;
      for (Fate f : Fate.values()) {
        total += returns.count(f);
      }
      assertEquals(rows.size(), total);
      for (int i = 0; i < rows.size(); i++) {
        RowFate fate = returns.fates().get(i);
        assertEquals(rows.get(i), fate.row(), "fates keep the reading order");
        assertFalse(fate.zh().isEmpty() || fate.en().isEmpty(), fate::toString);
        if (fate.fate() == Fate.REJECTED) {
          assertTrue(fate.zh().startsWith("返回表 " + fate.row().source()), fate.zh());
        }
      }
      Set<String> settled = new HashSet<>();
      returns.goals().keySet().forEach(id -> settled.add(id.value()));
      returns.tasks().keySet().forEach(id -> settled.add(id.value()));
      returns.projects().keySet().forEach(id -> settled.add(id.value()));
      assertEquals(returns.count(Fate.USED), settled.size(), "one used row per settled item");
      for (Conflict c : returns.conflicts()) {
        assertFalse(settled.contains(c.item()), c::toString);
        assertTrue(c.rows().size() >= 2);
        assertTrue(c.rows().stream().allMatch(f -> f.fate() == Fate.CONFLICT));
      }
      assertEquals(returns.count(Fate.CONFLICT), returns.conflicts().stream().mapToLong(c -> c.rows().size()).sum());
      assertEquals(returns.count(Fate.OBSERVATION), returns.observationCount());
    });
  }

  /** A random progress record of each kind. */
  private static Object[] progress(RandomGenerator r) {
    Optional<LocalDate> date = r.nextBoolean() ? Optional.of(LocalDate.of(2020 + r.nextInt(10), 1 + r.nextInt(12),
        1 + r.nextInt(28))) : Optional.empty();
    Optional<String> evidence = r.nextBoolean() ? Optional.of("苏工信〔2025〕" + r.nextInt(100) + "号") : Optional.empty();
    Optional<DepartmentId> dept = r.nextBoolean() ? Optional.of(DepartmentId.of("js-" + ModelGenerators.slug(r)))
        : Optional.empty();
    String note = r.nextBoolean() ? "" : "说明\"" + ModelGenerators.slug(r);
    GoalAssessment g = GoalAssessment.builder().target(FactId.of("plan2021/target/" + ModelGenerators.slug(r)))
        .verdict(GoalVerdict.values()[r.nextInt(4)]).note(note).evidence(evidence).department(dept).date(date)
        .evidenceAddress(r.nextBoolean() ? Optional.of("https://example.org/" + r.nextInt(9)) : Optional.empty())
        .build();
    TaskProgress t = TaskProgress.builder().measure(MeasureId.of("plan2021/3/1/" + (1 + r.nextInt(9))))
        .status(TaskStatus.values()[r.nextInt(4)]).note(note).evidence(evidence).department(dept).date(date)
        .place(r.nextBoolean() ? "" : "返回表 a.xlsx · 重点任务!D" + r.nextInt(99)).build();
    ProjectProgress p = ProjectProgress.builder().facility(FactId.of("plan2021/facility/" + ModelGenerators.slug(r)))
        .stage(ProjectStage.values()[r.nextInt(4)]).reached(date).note(note).evidence(evidence).department(dept)
        .investment(r.nextBoolean() ? Optional.of(Quantity.parse(r.nextInt(1000) + "亿元")) : Optional.empty())
        .build();
    return new Object[] {g, t, p};
  }

  @Test
  void progressRecordsReadBackFromTheirJsonUnchanged() {
    qt().withExamples(200).forAll(Gens.of(ReturnsPropertiesTest::progress)).checkAssert(x -> {
      try {
        assertEquals(x[0], MAPPER.readValue(MAPPER.writeValueAsString(x[0]), GoalAssessment.class));
        assertEquals(x[1], MAPPER.readValue(MAPPER.writeValueAsString(x[1]), TaskProgress.class));
        assertEquals(x[2], MAPPER.readValue(MAPPER.writeValueAsString(x[2]), ProjectProgress.class));
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void aCsvTemplateFilledInReadsBackWithItsRowsAndVersion() throws Exception {
    CatalogData data = CatalogGenerators.catalog(new java.util.SplittableRandom(7));
    Assignments who = Assignments.of(data);
    String csv = ReturnForms.csvText(who, who.items(), Optional.empty());
    ReturnForm form = ReturnForms.csv(new StringReader(csv), "t.csv");
    assertEquals(Optional.of(Returns.catalogVersion(data)), form.catalogVersion());
    long lines = who.items().stream().mapToLong(i -> i.kind() == ItemKind.TARGET ? i.periods().size() : 1).sum();
    assertEquals(lines, form.rows().size());
    Returns returns = Returns.check(who, List.of(form));
    assertEquals(lines, returns.count(Fate.EMPTY), "an untouched template is all rows not filled in");
  }

  @Test
  void aStatusIsReadFromEitherLanguageOrItsName() {
    assertEquals(Optional.of(GoalVerdict.BASICALLY_COMPLETED), Worded.parse(GoalVerdict.class, " 基本完成 "));
    assertEquals(Optional.of(GoalVerdict.BASICALLY_COMPLETED), Worded.parse(GoalVerdict.class, "basically completed"));
    assertEquals(Optional.of(TaskStatus.ON_SCHEDULE), Worded.parse(TaskStatus.class, "ON_SCHEDULE"));
    assertEquals(Optional.empty(), Worded.parse(TaskStatus.class, "完成了"));
    assertEquals("规划、在建、建成、投运", Worded.choices(ProjectStage.class, java.util.Locale.SIMPLIFIED_CHINESE));
  }
}
