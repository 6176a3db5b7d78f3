package io.github.newinfra.model;

/** The three pillars of new infrastructure, as the 2021 plan's chapters 三, 四 and 五 define them. */
public enum Pillar {
  /** 信息基础设施 — information infrastructure (chapter 三). */
  INFORMATION("信息基础设施", "Information infrastructure"),
  /** 融合基础设施 — fusion infrastructure (chapter 四). */
  FUSION("融合基础设施", "Fusion infrastructure"),
  /** 创新基础设施 — innovation infrastructure (chapter 五). */
  INNOVATION("创新基础设施", "Innovation infrastructure");

  private final String nameZh;
  private final String nameEn;

  Pillar(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  /**
   * Returns the Chinese name.
   *
   * @return e.g. 信息基础设施
   */
  public String nameZh() {
    return nameZh;
  }

  /**
   * Returns the English name.
   *
   * @return e.g. Information infrastructure
   */
  public String nameEn() {
    return nameEn;
  }
}
