package io.github.newinfra.core.progress;

/**
 * What became of a return row, and why. Every row gets one: used, not used or rejected.
 */
public enum Fate implements Worded {
  /** 采用: the row sets its item's status. */
  USED("采用", "used"),
  /** 作为观测数据: a figure handed to the evaluation as an observation (whose own accounting follows). */
  OBSERVATION("作为观测数据", "passed on as an observation"),
  /** 未填写: the row was left blank; the item stays to be reported. */
  EMPTY("未填写", "not filled in"),
  /** 重复: another return says the same about the item; the first is used. */
  DUPLICATE("与其他返回表一致，重复", "the same as another return's; the first is used"),
  /** 冲突: another return says otherwise about the item; both are kept, the item is unresolved. */
  CONFLICT("与其他返回表不一致，待核实", "differs from another return's; kept, the item is unresolved"),
  /** 拒收: the row cannot be read; the message says why and where. */
  REJECTED("拒收", "rejected");


  Fate(String zh, String en) {
    Words.put(this, zh, en);
  }

  /**
   * Tells whether the row counts as used: it set a status or was handed on as an observation.
   *
   * @return true for USED and OBSERVATION
   */
  public boolean used() {
    return this == USED || this == OBSERVATION;
  }

  /**
   * Tells whether the row was rejected.
   *
   * @return true for REJECTED
   */
  public boolean rejected() {
    return this == REJECTED;
  }
}
