package io.github.newinfra.model;

/** The administrative level of a {@link Region}. */
public enum RegionLevel {
  /** A province, e.g. Jiangsu (320000). */
  PROVINCE,
  /** A prefecture-level city (设区市), e.g. Nanjing (320100). */
  PREFECTURE_CITY
}
