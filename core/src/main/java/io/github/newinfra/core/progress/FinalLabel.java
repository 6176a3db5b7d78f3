package io.github.newinfra.core.progress;

import java.util.Locale;

/**
 * Every fixed text of the final evaluation's report sections, in Chinese and English: the one place where their
 * wording lives. A text with {@code %1$s}-style placeholders is a format.
 */
public enum FinalLabel implements Worded {
  /** The part's heading. */
  PART("期末评估：定性目标、重点任务和重大工程项目", "Final evaluation: qualitative goals, key tasks and major projects"),
  /** The heading of the goals. */
  GOALS("定性目标评估", "Qualitative goals"),
  /** The heading of the tasks. */
  TASKS("重点任务推进情况", "Key tasks"),
  /** The heading of the projects. */
  PROJECTS("重大工程项目进展", "Major projects"),
  /** The heading of the departments' lines. */
  DEPARTMENTS("各牵头单位完成情况", "By lead department"),
  /** The heading of the request list. */
  REQUESTS("需补充的数据和评估", "Data and assessments still needed"),
  /** The heading of the returns' accounting. */
  RETURNS("返回表核对", "Returns checked"),
  /** The heading of the conflicts. */
  CONFLICTS("返回表之间的冲突（待核实）", "Conflicts between returns (unresolved)"),
  /** The heading of the warnings. */
  WARNINGS("提示", "Warnings"),
  /** The heading of the rejected rows. */
  REJECTED("拒收的行", "Rejected rows"),
  /** The returns' row accounting. */
  ROWS_TEXT("共读取%1$d份返回表%2$d行：采用%3$d行，作为观测数据%4$d行；未采用%5$d行（未填写%6$d行，重复%7$d行，冲突%8$d行）；拒收%9$d行",
      "%1$d returns, %2$d rows: %3$d used, %4$d passed on as observations; %5$d not used (%6$d not filled in, "
          + "%7$d duplicates, %8$d in conflict); %9$d rejected"),
  /** The goals' summary. */
  GOALS_TEXT("定性目标%1$d个：%2$s", "%1$d qualitative goals: %2$s"),
  /** The tasks' summary. */
  TASKS_TEXT("重点任务%1$d项：%2$s", "%1$d key tasks: %2$s"),
  /** The projects' summary. */
  PROJECTS_TEXT("重大工程项目%1$d个：%2$s", "%1$d major projects: %2$s"),
  /** A count of goals or projects. */
  COUNT_GE("%2$s%1$d个", "%2$s %1$d"),
  /** A count of tasks. */
  COUNT_XIANG("%2$s%1$d项", "%2$s %1$d"),
  /** Not reported. */
  NOT_REPORTED("未填报", "Not reported"),
  /** In conflict. */
  UNRESOLVED("冲突待核实", "Unresolved conflict"),
  /** Not assigned to anyone. */
  UNASSIGNED("未分工（按章节）", "Not assigned (by chapter)"),
  /** A department's line. */
  DEPARTMENT_LINE("%1$s：牵头目标%2$d个（%3$s）、任务%4$d项（%5$s）、项目%6$d个（%7$s）",
      "%1$s: leads %2$d targets (%3$s), %4$d tasks (%5$s), %6$d projects (%7$s)"),
  /** Nothing to list. */
  NONE("无。", "None."),
  /** The sheet of the tasks reported, one by one. */
  SHEET_TASKS_REPORTED("重点任务填报情况", "Key tasks reported"),
  /** The sheet of what is still needed (a sheet's name has at most 31 characters). */
  SHEET_REQUESTS("需补充的数据和评估", "Still needed"),
  /** The sheet saying that the returns are illustrative. */
  SHEET_ILLUSTRATIVE("示例说明", "Illustrative"),
  /** Column: the lead department. */
  COL_LEAD("牵头单位", "Lead department"),
  /** Column: how many targets and goals. */
  COL_TARGETS("牵头目标", "Targets"),
  /** Column: how many tasks. */
  COL_TASKS("任务", "Tasks"),
  /** Column: how many projects. */
  COL_PROJECTS("项目", "Projects"),
  /** Column: what a line of the returns' check is. */
  COL_KIND("类别", "Kind"),
  /** Column: id. */
  COL_ID("编号", "Id"),
  /** Column: item. */
  COL_ITEM("内容", "Item"),
  /** Column: status. */
  COL_STATUS("结论", "Status"),
  /** Column: note. */
  COL_NOTE("说明", "Note"),
  /** Column: evidence. */
  COL_EVIDENCE("佐证材料", "Evidence"),
  /** Column: department. */
  COL_DEPARTMENT("填报单位", "Reported by"),
  /** Column: date. */
  COL_DATE("日期", "Date"),
  /** Column: chapter. */
  COL_CHAPTER("章节", "Chapter"),
  /** Column: stage reached on. */
  COL_REACHED("达到日期", "Reached"),
  /** Column: investment. */
  COL_INVESTMENT("已完成投资", "Investment completed"),
  /** Column: total. */
  COL_TOTAL("合计", "Total"),
  /** Column: what is needed. */
  COL_NEEDED("需补充", "Needed"),
  /** The count of items still needed. */
  REQUESTS_TEXT("%1$s：%2$d项", "%1$s: %2$d items"),
  /** Illustrative returns: after the part's heading. */
  ILLUSTRATIVE("（示例返回表，非公开发布数据）", " (illustrative returns, not published data)"),
  /** Illustrative returns: before the page's title. */
  ILLUSTRATIVE_MARK("【示例】", "[Illustrative] "),
  /** Illustrative returns: the report's first line. */
  ILLUSTRATIVE_NOTICE("【示例】本报告使用示例返回表，其中的评估结论和数据为演示而编，不是公开发布的数据。",
      "[Illustrative] This report reads illustrative returns: their verdicts and figures are made up to show the "
          + "tool, not published data.");


  FinalLabel(String zh, String en) {
    Words.put(this, zh, en);
  }

  /**
   * Fills the label's placeholders.
   *
   * @param locale the language
   * @param args the values for {@code %1$s}, {@code %2$d} …
   * @return the text
   */
  public String format(Locale locale, Object... args) {
    return String.format(Locale.ROOT, label(locale), args);
  }
}
