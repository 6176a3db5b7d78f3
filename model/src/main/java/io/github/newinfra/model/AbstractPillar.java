package io.github.newinfra.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A pillar of a plan's taxonomy, with its sub-areas, in the order the plan gives them: Jiangsu's plan has three
 * (信息基础设施, 融合基础设施, 创新基础设施; its chapters 三–五), a digital-economy plan its own. Measures name their pillar
 * and sub-areas by id; roll-ups and reports take the groups and their names from here.
 *
 * <p>Sub-area ids are unique within the pillar. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = Pillar.class)
@JsonDeserialize(as = Pillar.class)
abstract class AbstractPillar {
  /**
   * Returns the pillar's id.
   *
   * @return e.g. {@code INFORMATION}
   */
  public abstract PillarId id();

  /**
   * Returns the Chinese name.
   *
   * @return e.g. 信息基础设施
   */
  public abstract String nameZh();

  /**
   * Returns the English name.
   *
   * @return e.g. Information infrastructure
   */
  public abstract String nameEn();

  /**
   * Returns the pillar's name in a locale's language: Chinese for {@code zh}, English otherwise.
   *
   * @param locale the reader's locale, e.g. {@link java.util.Locale#SIMPLIFIED_CHINESE}
   * @return the pillar's name
   */
  public String name(java.util.Locale locale) {
    return io.github.newinfra.model.internal.Languages.pick(locale, nameZh(), nameEn());
  }

  /**
   * Returns the pillar's sub-areas in the plan's order.
   *
   * @return the sub-areas, possibly empty (a measure of a pillar without sub-areas names none)
   */
  public abstract List<SubArea> subAreas();

  @Value.Check
  void check() {
    Checks.check(!nameZh().isBlank() && !nameEn().isBlank(), "Invalid pillar '%s': names must not be blank", id());
    Set<SubAreaId> seen = new HashSet<>();
    for (SubArea s : subAreas()) {
      Checks.check(seen.add(s.id()), "Invalid pillar '%s': sub-area '%s' is listed twice", id(), s.id());
    }
  }
}
