package io.github.newinfra.model;

/** The sub-areas of each pillar, as the 2021 plan's numbered sections of chapters 三–五 group them. */
public enum SubArea {
  /** 三（一）通信网络 — communication networks. */
  COMMUNICATION_NETWORK(Pillar.INFORMATION, "通信网络", "Communication networks"),
  /** 三（二）算力 — computing power. */
  COMPUTING_POWER(Pillar.INFORMATION, "算力", "Computing power"),
  /** 三（三）新技术 — new technologies. */
  NEW_TECHNOLOGY(Pillar.INFORMATION, "新技术", "New technologies"),
  /** 四（一）工业互联网 — industrial internet. */
  INDUSTRIAL_INTERNET(Pillar.FUSION, "工业互联网", "Industrial internet"),
  /** 四（二）交通物流 — transport and logistics. */
  TRANSPORT_LOGISTICS(Pillar.FUSION, "交通物流", "Transport and logistics"),
  /** 四（三）能源 — energy. */
  ENERGY(Pillar.FUSION, "能源", "Energy"),
  /** 四（四）社会生活 — social life. */
  SOCIAL_LIVING(Pillar.FUSION, "社会生活", "Social life"),
  /** 四（五）环境资源 — environment and resources. */
  ENVIRONMENT_RESOURCES(Pillar.FUSION, "环境资源", "Environment and resources"),
  /** 四（六）城乡治理 — urban and rural governance. */
  URBAN_RURAL_GOVERNANCE(Pillar.FUSION, "城乡治理", "Urban and rural governance"),
  /** 四（七）政务服务 — government services. */
  GOVERNMENT_SERVICES(Pillar.FUSION, "政务服务", "Government services"),
  /** 五（一）战略科技力量 — strategic science and technology forces. */
  STRATEGIC_SCIENCE_TECH(Pillar.INNOVATION, "战略科技力量", "Strategic science and technology forces"),
  /** 五（二）区域创新 — regional innovation. */
  REGIONAL_INNOVATION(Pillar.INNOVATION, "区域创新", "Regional innovation"),
  /** 五（三）产业技术创新 — industrial technology innovation. */
  INDUSTRIAL_TECH_INNOVATION(Pillar.INNOVATION, "产业技术创新", "Industrial technology innovation"),
  /** 五（四）科研服务 — research services. */
  RESEARCH_SERVICES(Pillar.INNOVATION, "科研服务", "Research services");

  private final Pillar pillar;
  private final String nameZh;
  private final String nameEn;

  SubArea(Pillar pillar, String nameZh, String nameEn) {
    this.pillar = pillar;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  /**
   * Returns the pillar this sub-area belongs to.
   *
   * @return the pillar
   */
  public Pillar pillar() {
    return pillar;
  }

  /**
   * Returns the Chinese name.
   *
   * @return e.g. 通信网络
   */
  public String nameZh() {
    return nameZh;
  }

  /**
   * Returns the English name.
   *
   * @return e.g. Communication networks
   */
  public String nameEn() {
    return nameEn;
  }
}
