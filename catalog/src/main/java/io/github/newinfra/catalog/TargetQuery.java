package io.github.newinfra.catalog;

import io.github.newinfra.model.Comparator;
import io.github.newinfra.model.DepartmentId;
import io.github.newinfra.model.DocumentId;
import io.github.newinfra.model.IndicatorId;
import io.github.newinfra.model.PillarId;
import io.github.newinfra.model.RegionCode;
import io.github.newinfra.model.SubAreaId;
import java.util.Optional;

/**
 * A filter over a catalog's targets; every criterion given must hold. Start from {@link #all()} and narrow:
 * {@code TargetQuery.all().pillar(PillarId.of("INFORMATION")).dueYear(2025)}.
 *
 * <p>A target's pillar, sub-area and departments are those of the measure that sets it. This class is
 * immutable and thread-safe; each method returns a new query.
 */
public final class TargetQuery {
  private static final TargetQuery ALL = new TargetQuery(null, null, null, null, null, null, null, null);

  final Optional<PillarId> pillar;
  final Optional<SubAreaId> subArea;
  final Optional<DepartmentId> department;
  final Optional<DocumentId> document;
  final Optional<IndicatorId> indicator;
  final Optional<Integer> dueYear;
  final Optional<RegionCode> region;
  final Optional<Comparator> comparator;

  private TargetQuery(PillarId pillar, SubAreaId subArea, DepartmentId department, DocumentId document,
      IndicatorId indicator, Integer dueYear, RegionCode region, Comparator comparator) {
    this.pillar = Optional.ofNullable(pillar);
    this.subArea = Optional.ofNullable(subArea);
    this.department = Optional.ofNullable(department);
    this.document = Optional.ofNullable(document);
    this.indicator = Optional.ofNullable(indicator);
    this.dueYear = Optional.ofNullable(dueYear);
    this.region = Optional.ofNullable(region);
    this.comparator = Optional.ofNullable(comparator);
  }

  /**
   * Returns the query that matches every target.
   *
   * @return the unrestricted query
   */
  public static TargetQuery all() {
    return ALL;
  }

  /**
   * Narrows to targets of measures of the pillar.
   *
   * @param value the pillar
   * @return the narrowed query
   */
  public TargetQuery pillar(PillarId value) {
    return new TargetQuery(value, subArea.orElse(null), department.orElse(null), document.orElse(null),
        indicator.orElse(null), dueYear.orElse(null), region.orElse(null), comparator.orElse(null));
  }

  /**
   * Narrows to targets of measures of the sub-area.
   *
   * @param value the sub-area
   * @return the narrowed query
   */
  public TargetQuery subArea(SubAreaId value) {
    return new TargetQuery(pillar.orElse(null), value, department.orElse(null), document.orElse(null),
        indicator.orElse(null), dueYear.orElse(null), region.orElse(null), comparator.orElse(null));
  }

  /**
   * Narrows to targets of measures the department is responsible for.
   *
   * @param value the department
   * @return the narrowed query
   */
  public TargetQuery department(DepartmentId value) {
    return new TargetQuery(pillar.orElse(null), subArea.orElse(null), value, document.orElse(null),
        indicator.orElse(null), dueYear.orElse(null), region.orElse(null), comparator.orElse(null));
  }

  /**
   * Narrows to targets of the document.
   *
   * @param value the document
   * @return the narrowed query
   */
  public TargetQuery document(DocumentId value) {
    return new TargetQuery(pillar.orElse(null), subArea.orElse(null), department.orElse(null), value,
        indicator.orElse(null), dueYear.orElse(null), region.orElse(null), comparator.orElse(null));
  }

  /**
   * Narrows to targets about the indicator.
   *
   * @param value the indicator
   * @return the narrowed query
   */
  public TargetQuery indicator(IndicatorId value) {
    return new TargetQuery(pillar.orElse(null), subArea.orElse(null), department.orElse(null),
        document.orElse(null), value, dueYear.orElse(null), region.orElse(null), comparator.orElse(null));
  }

  /**
   * Narrows to targets due in the year.
   *
   * @param value the due year
   * @return the narrowed query
   */
  public TargetQuery dueYear(int value) {
    return new TargetQuery(pillar.orElse(null), subArea.orElse(null), department.orElse(null),
        document.orElse(null), indicator.orElse(null), value, region.orElse(null), comparator.orElse(null));
  }

  /**
   * Narrows to targets for the region.
   *
   * @param value the region
   * @return the narrowed query
   */
  public TargetQuery region(RegionCode value) {
    return new TargetQuery(pillar.orElse(null), subArea.orElse(null), department.orElse(null),
        document.orElse(null), indicator.orElse(null), dueYear.orElse(null), value, comparator.orElse(null));
  }

  /**
   * Narrows to targets with the comparator.
   *
   * @param value the comparator
   * @return the narrowed query
   */
  public TargetQuery comparator(Comparator value) {
    return new TargetQuery(pillar.orElse(null), subArea.orElse(null), department.orElse(null),
        document.orElse(null), indicator.orElse(null), dueYear.orElse(null), region.orElse(null), value);
  }
}
