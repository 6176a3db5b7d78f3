package io.github.newinfra.core.internal.rules;

import com.google.common.collect.ImmutableList;
import io.github.newinfra.core.RollUp;
import io.github.newinfra.core.RollUpDimension;
import io.github.newinfra.core.Status;
import io.github.newinfra.core.TargetResult;
import io.github.newinfra.model.CatalogData;
import io.github.newinfra.model.CrossCutting;
import io.github.newinfra.model.Department;
import io.github.newinfra.model.Document;
import io.github.newinfra.model.Measure;
import io.github.newinfra.model.MeasureId;
import io.github.newinfra.model.Pillar;
import io.github.newinfra.model.Region;
import io.github.newinfra.model.SubArea;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/** Groups target results by document, pillar, sub-area, measure, department and region. Not part of the API. */
final class RollUps {
  private RollUps() {}

  /** A group under construction: its targets, and its children (targets or measures) for the attainment mean. */
  private static final class Group {
    final String labelZh;
    final String labelEn;
    final List<TargetResult> results = new ArrayList<>();

    Group(String labelZh, String labelEn) {
      this.labelZh = labelZh;
      this.labelEn = labelEn;
    }
  }

  static List<RollUp> build(CatalogData data, List<TargetResult> results) {
    Map<MeasureId, Measure> measures = new HashMap<>();
    for (Measure m : data.measures()) {
      measures.putIfAbsent(m.id(), m);
    }
    ImmutableList.Builder<RollUp> out = ImmutableList.builder();

    Map<String, Group> documents = new LinkedHashMap<>();
    for (Document d : data.documents()) {
      documents.put(d.id().value(), new Group(d.titleZh(), d.titleEn()));
    }
    // The groups and their names come from the catalog's taxonomy, in its order; an id it does not declare is a
    // group of its own, named by the id.
    Map<String, Group> pillars = new LinkedHashMap<>();
    Map<String, Group> subAreas = new LinkedHashMap<>();
    for (Pillar p : data.pillars()) {
      pillars.put(p.id().value(), new Group(p.nameZh(), p.nameEn()));
      for (SubArea s : p.subAreas()) {
        subAreas.putIfAbsent(s.id().value(), new Group(s.nameZh(), s.nameEn()));
      }
    }
    for (CrossCutting c : data.crossCutting()) {
      pillars.putIfAbsent(c.id().value(), new Group(c.nameZh(), c.nameEn()));
    }
    Map<String, Group> byMeasure = new LinkedHashMap<>();
    for (Measure m : data.measures()) {
      byMeasure.put(m.id().value(), new Group(m.titleZh(), m.titleEn().orElse(m.titleZh())));
    }
    Map<String, Group> departments = new LinkedHashMap<>();
    for (Department d : data.departments()) {
      departments.put(d.id().value(), new Group(d.nameZh(), d.nameEn()));
    }
    Map<String, Group> regions = new LinkedHashMap<>();
    for (Region r : data.regions()) {
      regions.put(r.code().value(), new Group(r.nameZh(), r.nameEn()));
    }

    for (TargetResult r : results) {
      add(documents, r.target().document().value(), r);
      add(byMeasure, r.measure().value(), r);
      add(regions, r.region().value(), r);
      Measure m = measures.get(r.measure());
      if (m != null) {
        m.pillar().ifPresent(p -> add(pillars, p.value(), r));
        m.crossCutting().ifPresent(c -> add(pillars, c.value(), r));
        m.subAreas().forEach(s -> add(subAreas, s.value(), r));
        m.departments().forEach(d -> add(departments, d.value(), r));
      }
    }
    emit(out, RollUpDimension.DOCUMENT, documents, RollUps::byMeasureMean);
    emit(out, RollUpDimension.PILLAR, pillars, RollUps::byMeasureMean);
    emit(out, RollUpDimension.SUB_AREA, subAreas, RollUps::byMeasureMean);
    emit(out, RollUpDimension.MEASURE, byMeasure, RollUps::byTargetMean);
    emit(out, RollUpDimension.DEPARTMENT, departments, RollUps::byMeasureMean);
    emit(out, RollUpDimension.REGION, regions, RollUps::byTargetMean);
    return out.build();
  }

  private static void add(Map<String, Group> groups, String key, TargetResult r) {
    Group g = groups.get(key);
    if (g == null) {
      g = new Group(key, key);
      groups.put(key, g);
    }
    g.results.add(r);
  }

  private static void emit(ImmutableList.Builder<RollUp> out, RollUpDimension dimension, Map<String, Group> groups,
      Function<List<TargetResult>, OptionalDouble> mean) {
    for (Map.Entry<String, Group> e : groups.entrySet()) {
      Group g = e.getValue();
      if (g.results.isEmpty()) {
        continue;
      }
      Map<Status, Integer> counts = new EnumMap<>(Status.class);
      for (Status s : Status.values()) {
        counts.put(s, 0);
      }
      boolean achieved = true;
      int rated = 0;
      int withData = 0;
      for (TargetResult r : g.results) {
        counts.merge(r.status(), 1, Integer::sum);
        achieved &= r.status() == Status.ACHIEVED;
        rated += r.cappedAttainment().isPresent() ? 1 : 0;
        withData += r.status() == Status.NO_DATA || r.status() == Status.NOT_ASSESSED ? 0 : 1;
      }
      RollUp.Builder b = RollUp.builder().dimension(dimension).key(e.getKey()).labelZh(g.labelZh)
          .labelEn(g.labelEn).targets(g.results.size()).statusCounts(counts).achieved(achieved).rated(rated)
          .withData(withData);
      mean.apply(g.results).ifPresent(b::meanAttainment);
      out.add(b.build());
    }
  }

  /** Mean over targets of their capped attainment. */
  private static OptionalDouble byTargetMean(List<TargetResult> results) {
    return results.stream().map(TargetResult::cappedAttainment).filter(OptionalDouble::isPresent)
        .mapToDouble(OptionalDouble::getAsDouble).average();
  }

  /** Mean over measures of each measure's mean over its targets: equal weight per measure. */
  private static OptionalDouble byMeasureMean(List<TargetResult> results) {
    Map<MeasureId, List<TargetResult>> byMeasure = new LinkedHashMap<>();
    for (TargetResult r : results) {
      byMeasure.computeIfAbsent(r.measure(), k -> new ArrayList<>()).add(r);
    }
    return byMeasure.values().stream().map(RollUps::byTargetMean).filter(OptionalDouble::isPresent)
        .mapToDouble(OptionalDouble::getAsDouble).average();
  }
}
