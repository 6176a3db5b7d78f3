package io.github.newinfra.core.progress;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A column of a return. Columns are found by their header, not their position, so a form whose columns were
 * reordered still reads: a header is a field's Chinese header, its English header or its name, ignoring case and
 * surrounding space. The status column is headed by the kind's word ({@code 评估结论} for goals, {@code 推进情况}
 * for tasks, {@code 建设阶段} for projects), and any of them is accepted in any sheet.
 */
public enum ReturnField implements Worded {
  /** 类别: the kind of item, in CSV and JSON returns (a workbook's sheet gives it). */
  KIND("类别", "kind"),
  /** 编号: the item's id. */
  ID("编号", "id"),
  /** 内容: the item's text, pre-filled; not read. */
  TEXT("内容", "text"),
  /** 牵头单位: the reporting department. */
  DEPARTMENT("牵头单位", "department", "填报单位"),
  /** The status: 评估结论, 推进情况 or 建设阶段. */
  STATUS("完成情况", "status", "评估结论", "推进情况", "建设阶段"),
  /** 指标: a quantitative target's indicator, pre-filled. */
  INDICATOR("指标", "indicator", "INDICATOR"),
  /** 地区: the region's code or name. */
  REGION("地区", "region", "REF_AREA"),
  /** 时期: the period of a figure, e.g. 2024. */
  PERIOD("时期", "period", "TIME_PERIOD"),
  /** 数值: the figure. */
  VALUE("数值", "value", "OBS_VALUE"),
  /** 单位: the figure's unit. */
  UNIT("单位", "unit", "UNIT_MEASURE"),
  /** UNIT_MULT: the power of ten the figure is in. */
  UNIT_MULT("UNIT_MULT", "unit_mult", "单位倍数"),
  /** 达到日期: the date a project's stage was reached. */
  REACHED("达到日期", "reached"),
  /** 已完成投资: the investment completed, with its unit, e.g. 12.5亿元. */
  INVESTMENT("已完成投资", "investment"),
  /** 说明: the note. */
  NOTE("说明", "note", "COMMENT"),
  /** 佐证材料: the evidence as text. */
  EVIDENCE("佐证材料", "evidence"),
  /** 佐证链接: the evidence's address. */
  EVIDENCE_ADDRESS("佐证链接", "evidence_address", "evidenceAddress"),
  /** 填报日期: the date of the report. */
  DATE("填报日期", "date");

  private final List<String> aliases;

  ReturnField(String zh, String en, String... aliases) {
    Words.put(this, zh, en);
    this.aliases = List.of(aliases);
  }

  /**
   * Returns the header the template writes for this column on a sheet of a kind.
   *
   * @param kind the sheet's kind
   * @return e.g. {@code 评估结论} for the status of goals
   */
  public String header(ItemKind kind) {
    if (this == STATUS) {
      switch (kind) {
        case GOAL:
          return "评估结论";
        case TASK:
          return "推进情况";
        case PROJECT:
          return "建设阶段";
        default:
          return zh();
      }
    }
    return zh();
  }

  /**
   * Finds the field a header names.
   *
   * @param header the header's text
   * @return the field, or empty for a column the returns do not read
   */
  public static Optional<ReturnField> ofHeader(String header) {
    String h = header.strip();
    for (ReturnField f : values()) {
      if (f.zh().equals(h) || f.en().equalsIgnoreCase(h) || f.name().equalsIgnoreCase(h)
          || f.aliases.stream().anyMatch(a -> a.equalsIgnoreCase(h))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the kind of item a status header implies.
   *
   * @param header a status column's header
   * @return GOAL for 评估结论, TASK for 推进情况, PROJECT for 建设阶段; empty otherwise
   */
  public static Optional<ItemKind> kindOfHeader(String header) {
    switch (header.strip()) {
      case "评估结论":
        return Optional.of(ItemKind.GOAL);
      case "推进情况":
        return Optional.of(ItemKind.TASK);
      case "建设阶段":
        return Optional.of(ItemKind.PROJECT);
      case "数值":
        return Optional.of(ItemKind.TARGET);
      default:
        return Optional.empty();
    }
  }

  /**
   * Returns the columns of a kind's rows, in the order the template writes them.
   *
   * @param kind the kind
   * @return the fields
   */
  public static List<ReturnField> columns(ItemKind kind) {
    switch (kind) {
      case TARGET:
        return List.of(ID, TEXT, DEPARTMENT, INDICATOR, REGION, PERIOD, VALUE, UNIT, UNIT_MULT, NOTE, EVIDENCE,
            EVIDENCE_ADDRESS, DATE);
      case PROJECT:
        return List.of(ID, TEXT, DEPARTMENT, STATUS, REACHED, INVESTMENT, NOTE, EVIDENCE, EVIDENCE_ADDRESS, DATE);
      default:
        return List.of(ID, TEXT, DEPARTMENT, STATUS, NOTE, EVIDENCE, EVIDENCE_ADDRESS, DATE);
    }
  }

  /**
   * Returns the header in a language.
   *
   * @param kind the sheet's kind
   * @param locale the language
   * @return the header
   */
  public String header(ItemKind kind, Locale locale) {
    return "zh".equals(locale.getLanguage()) ? header(kind) : en();
  }
}
