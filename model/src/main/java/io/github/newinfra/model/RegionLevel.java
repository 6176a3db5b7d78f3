package io.github.newinfra.model;

/**
 * The administrative level of a {@link Region}, from the country down to counties. A region's parent is one level
 * up, except that a county-level region may stand directly under a province (the districts of a municipality such
 * as 北京市, and the county-level cities a province administers itself, 省直辖县级市).
 */
public enum RegionLevel {
  /** The country, 中华人民共和国 ({@code 100000}): the scope of a national plan. It has no parent. */
  COUNTRY,
  /** A province-level region (省、自治区、直辖市), e.g. Jiangsu (320000); its parent, if given, is the country. */
  PROVINCE,
  /** A prefecture-level region (设区市, 地区, 自治州, 盟), e.g. Nanjing (320100); its parent is a province. */
  PREFECTURE_CITY,
  /** A county-level region (县, 市辖区, 县级市, 旗 …), e.g. 玄武区 (320102); its parent is a city or a province. */
  COUNTY
}
