package io.github.newinfra.core.progress;

/** Where the lead department of an item comes from. */
public enum LeadOrigin implements Worded {
  /** 文件明确: the document names the departments (the 2020 measures). */
  TEXT("文件明确", "Named by the document"),
  /** 分工方案: the office's division of work assigns them. */
  DIVISION_OF_WORK("分工方案", "Office's division of work"),
  /** 未分工: nobody is assigned; the item is grouped by chapter of its document. */
  NONE("未分工", "Not assigned");


  LeadOrigin(String zh, String en) {
    Words.put(this, zh, en);
  }

}
