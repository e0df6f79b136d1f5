package org.jixiao.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.semantics.library.IndicatorFramework;

/** One form as read from its cells, before it is written as {@code .jx}: every value with the cell it came from. */
final class FormDraft {
  /** The title above the form and its year, from the subtitle (（2026年度）). */
  Cell title;
  Integer year;
  /** A field's value by its key (name, department, overview, filed…). */
  final Map<String, Cell> fields = new LinkedHashMap<>();
  /** The money unit the funds label states (项目资金（万元）); null: the template's. */
  String moneyUnit;
  /** A funds row: the source key (or "total"), its 实施期 and 年度 cells (null when blank). */
  record FundsRow(String source, Cell term, Cell annual) {}

  final List<FundsRow> funds = new ArrayList<>();
  final Map<String, Cell> goals = new LinkedHashMap<>();

  /**
   * One half of an indicator row: its stage, category (carried down) and cells; the 一级 and 二级
   * cells as written (carried down too), for a 一级 that is not its category's.
   */
  record IndicatorCell(String stage, IndicatorFramework.Category category, Cell name, Cell target, int row, Cell level,
      Cell categoryCell) {}

  final List<IndicatorCell> indicators = new ArrayList<>();
  /** Cells that name or hold nothing of the form: kept as comments, and reported. */
  final List<Cell> unmapped = new ArrayList<>();
  int mapped;
}
