package io.github.newinfra.core.progress;

/** The stage a named project or facility has reached: 规划, 在建, 建成 or 投运, in this order. */
public enum ProjectStage implements Worded {
  /** 规划: planned, not yet under construction. */
  PLANNED("规划", "Planned"),
  /** 在建: under construction. */
  UNDER_CONSTRUCTION("在建", "Under construction"),
  /** 建成: built. */
  BUILT("建成", "Built"),
  /** 投运: in operation. */
  IN_OPERATION("投运", "In operation");


  ProjectStage(String zh, String en) {
    Words.put(this, zh, en);
  }

}
