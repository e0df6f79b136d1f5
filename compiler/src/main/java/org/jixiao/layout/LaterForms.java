package org.jixiao.layout;

import java.util.List;
import java.util.Map;

/**
 * What the layouts of the year's later forms (自评表, 监控表) can print beyond the target form's
 * blocks: the tables of a {@code table} directive, by the rows they list and the columns each can
 * show, and the figures a {@code row} can name. The backends read these names; which of them a
 * form prints, under which header and how wide, is the layout's.
 */
public final class LaterForms {
  private LaterForms() {}

  /**
   * The rows a table lists, and what its columns can show. Funds rows: a total row, then each
   * source (source: its label; start 年初预算数; budget 全年预算数; executed 执行数; rate, weight, score:
   * 预算执行率's, on the total row). Indicator rows: one per evaluated or monitored indicator, the
   * level and category merged down their runs.
   */
  public static final Map<String, List<String>> TABLES = Map.of(
      "selfeval funds", List.of("source", "start", "budget", "executed", "weight", "rate", "score"),
      "selfeval indicators", List.of("level", "category", "name", "target", "actual", "weight", "score", "reason"),
      "monitor funds", List.of("source", "budget", "executed", "rate", "light"),
      "monitor indicators",
      List.of("level", "category", "name", "target", "actual", "forecast", "deviation", "cause", "reason"));

  /** The figures a row of a later form can name: the 总分 row's 分值, 得分 and grade; the snapshot's date. */
  public static final List<String> FIELDS = List.of("weights", "score", "grade", "date");

  /** The stages a goals block can show: 实施期目标, 年度目标, and the self-evaluation's 实际完成情况. */
  public static final List<String> STAGES = List.of("term", "annual", "achieved");
}
