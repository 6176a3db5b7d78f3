package io.github.newinfra.core.progress;

/** The progress of a key task (a measure): 已完成, 按计划推进, 滞后 or 未启动. */
public enum TaskStatus implements Worded {
  /** 已完成: the task is done. */
  COMPLETED("已完成", "Completed"),
  /** 按计划推进: the task is under way on schedule. */
  ON_SCHEDULE("按计划推进", "On schedule"),
  /** 滞后: the task is behind schedule. */
  BEHIND("滞后", "Behind schedule"),
  /** 未启动: the task has not started. */
  NOT_STARTED("未启动", "Not started");


  TaskStatus(String zh, String en) {
    Words.put(this, zh, en);
  }

}
