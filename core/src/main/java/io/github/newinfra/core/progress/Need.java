package io.github.newinfra.core.progress;

/**
 * What a final evaluation still needs of an item (需补充): the list an office sends back out, as a template for the
 * item's lead department. Enums are named in English; {@link #label} gives the word in Chinese or English.
 */
public enum Need implements Worded {
  /** A target without data, or with too little to judge: figures. */
  FIGURES("数据", "figures"),
  /** A qualitative goal without a verdict. */
  VERDICT("评估结论", "a verdict"),
  /** A key task not reported. */
  PROGRESS("推进情况", "progress"),
  /** A project not reported. */
  STAGE("建设阶段", "the stage"),
  /** An item two returns disagree on: the office settles it. */
  SETTLE("核实冲突", "settle a conflict");

  Need(String zh, String en) {
    Words.put(this, zh, en);
  }
}
