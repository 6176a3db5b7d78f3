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
  FUND
}
