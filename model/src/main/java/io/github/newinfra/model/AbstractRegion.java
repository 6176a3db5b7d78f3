package io.github.newinfra.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An administrative region with its GB/T 2260 code: Jiangsu (320000) or one of its 13 prefecture-level
 * cities (南京 320100 … 宿迁 321300).
 *
 * <p>A province has no parent; a city's parent is its province. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = Region.class)
@JsonDeserialize(as = Region.class)
public abstract class AbstractRegion {
  /**
   * Returns the region's code.
   *
   * @return the code
   */
  public abstract RegionCode code();

  /**
   * Returns the Chinese name.
   *
   * @return e.g. 南京市
   */
  public abstract String nameZh();

  /**
   * Returns the English name.
   *
   * @return e.g. Nanjing
   */
  public abstract String nameEn();

  /**
   * Returns the administrative level.
   *
   * @return the level
   */
  public abstract RegionLevel level();

  /**
   * Returns the enclosing region.
   *
   * @return the province of a city; empty for a province
   */
  public abstract Optional<RegionCode> parent();

  @Value.Check
  void check() {
    if (level() == RegionLevel.PROVINCE) {
      Checks.check(code().isProvince() && parent().isEmpty(),
          "Invalid region %s: a province's code ends in 0000 and it has no parent", code());
    } else {
      Checks.check(!code().isProvince() && parent().equals(Optional.of(code().province())),
          "Invalid region %s: a city's parent must be its province %s", code(), code().province());
    }
  }
}
