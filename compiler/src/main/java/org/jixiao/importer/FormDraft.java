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
  /** The money unit the funds label states (项目资金（万元）); null: the heading's, else the template's. */
  String moneyUnit;
  /** The money unit a heading line states (单位：万元), and the region one names; null when none does. */
  String headingMoney;
  String region;
  /** A funds row: the source key (or "total"), its 实施期 and 年度 cells (null when blank). */
  record FundsRow(String source, Cell term, Cell annual) {}

  final List<FundsRow> funds = new ArrayList<>();
  /** A row of the 预算成本构成 table: the item's name (or the total's label) and its amount per year column (null when blank). */
  record CostRow(Cell name, List<Cell> amounts) {
    CostRow {
      amounts = java.util.Collections.unmodifiableList(new ArrayList<>(amounts));
    }
  }

  final List<CostRow> costs = new ArrayList<>();
  /** The money unit the cost table's label states (预算成本构成（万元）); null when it states none. */
  String costsUnit;
  final Map<String, Cell> goals = new LinkedHashMap<>();

  /**
   * One half of an indicator row: its stage, category (carried down) and its cells by what their
   * column shows (name, target, weight…); the 一级 and 二级 cells as written (carried down too),
   * for a 一级 that is not its category's. {@code borrowed}: its own column showed no category
   * yet, so the other column's stands in until the half is matched by its name.
   */
  record IndicatorCell(String stage, IndicatorFramework.Category category, Map<String, Cell> cells, int row, Cell level,
      Cell categoryCell, boolean borrowed) {
    IndicatorCell {
      cells = Map.copyOf(cells);
    }

    /** The cell of a column's content (name, target, weight, comparator…), or null. */
    Cell get(String content) {
      return cells.get(content);
    }

    Cell name() {
      return cells.get("name");
    }
  }

  final List<IndicatorCell> indicators = new ArrayList<>();
  /** The 二级指标 the workbook's properties say the form declares empty, though the layout prints every one. */
  final List<String> declaredEmpty = new ArrayList<>();
  /** Cells that name or hold nothing of the form: kept as comments, and reported. */
  final List<Cell> unmapped = new ArrayList<>();
  int mapped;
}
