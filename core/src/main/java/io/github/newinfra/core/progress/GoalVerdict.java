package io.github.newinfra.core.progress;

import io.github.newinfra.core.Verdict;

/** A lead department's verdict on a qualitative goal: 完成, 基本完成, 部分完成 or 未完成. */
public enum GoalVerdict implements Worded {
  /** 完成: the goal is reached. */
  COMPLETED("完成", "Completed", Verdict.MET),
  /** 基本完成: the goal is reached in substance, with minor parts outstanding. */
  BASICALLY_COMPLETED("基本完成", "Basically completed", Verdict.MET),
  /** 部分完成: part of the goal is reached. */
  PARTIALLY_COMPLETED("部分完成", "Partially completed", Verdict.PARTLY_MET),
  /** 未完成: the goal is not reached. */
  NOT_COMPLETED("未完成", "Not completed", Verdict.NOT_MET);

  private final Verdict verdict;

  GoalVerdict(String zh, String en, Verdict verdict) {
    Words.put(this, zh, en);
    this.verdict = verdict;
  }

  /**
   * Returns the engine's verdict this one sets on the target: 完成 and 基本完成 are MET, 部分完成 PARTLY_MET and
   * 未完成 NOT_MET. The report's 定性目标评估 section shows the department's own wording.
   *
   * @return the verdict
   */
  public Verdict verdict() {
    return verdict;
  }
}
