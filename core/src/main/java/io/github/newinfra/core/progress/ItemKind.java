package io.github.newinfra.core.progress;

/**
 * What a row of a return reports on; each kind is a sheet of the workbook {@code newinfra template} writes, named
 * by its Chinese wording.
 */
public enum ItemKind implements Worded {
  /** 定量目标: a figure for a quantitative target, an observation like any other. */
  TARGET("定量目标", "Quantitative targets"),
  /** 定性目标: a verdict on a qualitative goal. */
  GOAL("定性目标", "Qualitative goals"),
  /** 重点任务: the progress of a key task (a measure). */
  TASK("重点任务", "Key tasks"),
  /** 重大工程项目: the stage of a named project or facility. */
  PROJECT("重大工程项目", "Major projects");


  ItemKind(String zh, String en) {
    Words.put(this, zh, en);
  }

}
