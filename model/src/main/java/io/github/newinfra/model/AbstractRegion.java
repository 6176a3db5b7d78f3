package io.github.newinfra.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An administrative region with its GB/T 2260 code: the country (100000), a province such as Jiangsu (320000), a
 * prefecture-level city such as Nanjing (320100), or a county-level region — as the {@link RegionRegistry} ships
 * them, or as a catalog adds them.
 *
 * <p>The hierarchy comes from parents: the country has none; a province's parent, if given, is the country (a
 * provincial plan's catalog may leave it out); a city's parent is its province; a county's is its city, or its
 * province for the districts of a municipality and the county-level cities a province administers itself. Which
 * level a parent has is the catalog validator's check (it needs the parent); this type checks what it can alone:
 * that a country or a province has a code ending in {@code 0000}, that a city or a county has a parent, and that no
 * region is its own parent. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = Region.class)
@JsonDeserialize(as = Region.class)
abstract class AbstractRegion {
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
   * Returns the region's name in a locale's language: Chinese for {@code zh}, English otherwise.
   *
   * @param locale the reader's locale, e.g. {@link java.util.Locale#SIMPLIFIED_CHINESE}
   * @return the region's name
   */
  public String name(java.util.Locale locale) {
    return io.github.newinfra.model.internal.Languages.pick(locale, nameZh(), nameEn());
  }

  /**
   * Returns the administrative level.
   *
   * @return the level
   */
  public abstract RegionLevel level();

  /**
   * Returns the enclosing region.
   *
   * @return the province of a city, the city (or province) of a county, the country of a province that names it;
   *     empty for the country and for a province at the top of its catalog
   */
  public abstract Optional<RegionCode> parent();

  @Value.Check
  void check() {
    Checks.check(!parent().equals(Optional.of(code())), "Invalid region %s: it is its own parent", code());
    switch (level()) {
      case COUNTRY:
        Checks.check(code().value().endsWith("0000") && parent().isEmpty(),
            "Invalid region %s: the country's code ends in 0000 (100000 in GB/T 2260 use) and it has no parent",
            code());
        break;
      case PROVINCE:
        Checks.check(code().isProvince(),
            "Invalid region %s: a province's code ends in 0000 (and 100000 is the country's)", code());
        break;
      default:
        Checks.check(!code().value().endsWith("0000") && parent().isPresent(),
            "Invalid region %s: a %s has a parent and a code that does not end in 0000", code(),
            level() == RegionLevel.COUNTY ? "county" : "city");
    }
  }
}
