package io.github.newinfra.model;

/**
 * Classes of measures that belong to no single pillar: the 2021 plan's chapters 二 and 六–九, and those 2020
 * measures that are about industry, consumption or safeguards rather than infrastructure.
 */
public enum CrossCutting {
  /** 总体要求 — guiding ideas, principles and goals (plan chapter 二). */
  GENERAL_REQUIREMENTS("总体要求", "General requirements"),
  /** 效能 — supply, demand and investment (plan chapter 六). */
  EFFECTIVENESS("发展效能", "Effectiveness"),
  /** 协同 — coordinated development (plan chapter 七). */
  COORDINATION("协同发展", "Coordination"),
  /** 安全 — security protection (plan chapter 八). */
  SECURITY("安全防护", "Security"),
  /** 保障 — safeguards (plan chapter 九, 2020 part 四). */
  SAFEGUARDS("保障措施", "Safeguards");

  private final String nameZh;
  private final String nameEn;

  CrossCutting(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  /**
   * Returns the Chinese name.
   *
   * @return e.g. 保障措施
   */
  public String nameZh() {
    return nameZh;
  }

  /**
   * Returns the English name.
   *
   * @return e.g. Safeguards
   */
  public String nameEn() {
    return nameEn;
  }
}
