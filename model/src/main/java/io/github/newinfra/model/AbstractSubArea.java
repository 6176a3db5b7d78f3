package io.github.newinfra.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A sub-area of a {@link Pillar}, e.g. 通信网络 (communication networks) of Jiangsu's information infrastructure.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = SubArea.class)
@JsonDeserialize(as = SubArea.class)
abstract class AbstractSubArea {
  /**
   * Returns the sub-area's id.
   *
   * @return e.g. {@code COMMUNICATION_NETWORK}
   */
  public abstract SubAreaId id();

  /**
   * Returns the Chinese name.
   *
   * @return e.g. 通信网络
   */
  public abstract String nameZh();

  /**
   * Returns the English name.
   *
   * @return e.g. Communication networks
   */
  public abstract String nameEn();

  /**
   * Returns the sub-area's name in a locale's language: Chinese for {@code zh}, English otherwise.
   *
   * @param locale the reader's locale, e.g. {@link java.util.Locale#SIMPLIFIED_CHINESE}
   * @return the sub-area's name
   */
  public String name(java.util.Locale locale) {
    return io.github.newinfra.model.internal.Languages.pick(locale, nameZh(), nameEn());
  }

  @Value.Check
  void check() {
    Checks.check(!nameZh().isBlank() && !nameEn().isBlank(), "Invalid sub-area '%s': names must not be blank", id());
  }
}
