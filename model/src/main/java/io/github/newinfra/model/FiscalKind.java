package io.github.newinfra.model;

/** The kind of a {@link FiscalFact}. */
public enum FiscalKind {
  /** Investment the document plans (计划投资). */
  PLANNED_INVESTMENT,
  /** A one-off reward (一次性奖励). */
  ONE_OFF_AWARD,
  /** A subsidy. */
  SUBSIDY,
  /** A tax rate. */
  TAX_RATE,
  /** A period of tax exemption (两免: two years). */
  TAX_EXEMPTION_PERIOD,
  /** A period of halved tax (三减半: three years). */
  TAX_REDUCTION_PERIOD,
  /** A deduction from taxable income. */
  TAX_DEDUCTION,
  /** A fund. */
  FUND,
  /**
   * Support promised without its form or amount (给予支持, 优先支持, 纳入…专项资金扶持范围), e.g. from a named special
   * fund (专项资金) to qualifying projects.
   */
  SUPPORT,
  /** A reward whose form and amount the text leaves open (给予奖励); {@link #ONE_OFF_AWARD} when it says 一次性. */
  AWARD,
  /** Conditions eased for the beneficiaries (放宽…条件), e.g. 对新型信息基础设施新增项目，放宽用地纳税条件. */
  EASED_CONDITIONS
}
