package io.github.newinfra.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A class of measures that belong to no pillar of a plan's taxonomy: its general requirements, safeguards and the
 * like. Jiangsu's plan has five (总体要求, 发展效能, 协同发展, 安全防护, 保障措施: chapters 二 and 六–九).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = CrossCutting.class)
@JsonDeserialize(as = CrossCutting.class)
abstract class AbstractCrossCutting {
  /**
   * Returns the class's id.
   *
   * @return e.g. {@code SAFEGUARDS}
   */
  public abstract CrossCuttingId id();

  /**
   * Returns the Chinese name.
   *
   * @return e.g. 保障措施
   */
  public abstract String nameZh();

  /**
   * Returns the English name.
   *
   * @return e.g. Safeguards
   */
  public abstract String nameEn();

  /**
   * Returns the cross-cutting theme's name in a locale's language: Chinese for {@code zh}, English otherwise.
   *
   * @param locale the reader's locale, e.g. {@link java.util.Locale#SIMPLIFIED_CHINESE}
   * @return the cross-cutting theme's name
   */
  public String name(java.util.Locale locale) {
    return io.github.newinfra.model.internal.Languages.pick(locale, nameZh(), nameEn());
  }

  @Value.Check
  void check() {
    Checks.check(!nameZh().isBlank() && !nameEn().isBlank(),
        "Invalid cross-cutting class '%s': names must not be blank", id());
  }
}
