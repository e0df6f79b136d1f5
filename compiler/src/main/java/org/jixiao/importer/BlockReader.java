package org.jixiao.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.semantics.library.IndicatorFramework;

/**
 * One form's rows into a {@link FormDraft}, block by block as the labels announce them: fields
 * (a label, then its value), the funds block (its label with the money unit, each column's total,
 * then each source once per column), the goal columns, and the indicator table (each row's 实施期
 * and 年度 halves, a category carried down until the next one). A cell that fits none of them is
 * kept, unmapped.
 */
final class BlockReader {
  private enum Mode { FIELDS, FUNDS, INDICATORS }

  private final FormLabels labels;
  private final FormDraft draft;
  private Mode mode = Mode.FIELDS;
  /** The goal columns' heads, by stage, where the goals' header row put them. */
  private final Map<String, Integer> goalColumns = new HashMap<>();
  /** The goals' label was in their head row: the next row holds their texts. */
  private boolean goalsBelow;
  /** The column the 年度 half of the indicator table starts at, from its header row. */
  private int annualFrom = Integer.MAX_VALUE;
  private final Map<String, IndicatorFramework.Category> carried = new HashMap<>();
  private final Map<String, Cell> carriedCell = new HashMap<>();
  /** The column of the table's 一级 head: a category there, before another, is written as a 一级. */
  private int levelColumn = -1;
  /** The 一级 cell last written (the table's first column): it runs down over the rows below it. */
  private Cell level;
  private int indicatorRow;

  BlockReader(FormLabels labels, FormDraft draft) {
    this.labels = labels;
    this.draft = draft;
  }

  void read(List<List<Cell>> rows) {
    for (List<Cell> row : rows) {
      if (row.isEmpty()) {
        continue;
      }
      if (labels.funds(row.get(0).text())) {
        mode = Mode.FUNDS;
      } else if (row.stream().anyMatch(c -> labels.indicatorHead(c.text()))) {
        header(row);
        mode = Mode.INDICATORS;
        continue;
      } else if (row.stream().anyMatch(c -> labels.goalStage(c.text()) != null)) {
        row.forEach(c -> {
          if (labels.goalStage(c.text()) != null) {
            goalColumns.put(labels.goalStage(c.text()), c.col());
            draft.mapped++;
          } else if ("goal".equals(labels.field(c.text()))) {
            goalsBelow = true; // 总体目标 spans this head row and the texts' row below it
            draft.mapped++;
          } else {
            draft.unmapped.add(c);
          }
        });
        continue;
      } else if (goalsBelow) {
        goalsBelow = false;
        if (row.stream().allMatch(c -> FormReader.isValue(labels, c))) {
          goals(row);
          continue;
        }
      } else if (mode == Mode.FUNDS && labels.source(row.get(0).text()) == null
          && FormReader.total(labels, row.get(0).text()) == null) {
        mode = Mode.FIELDS;
      } else if (mode == Mode.INDICATORS && row.stream().anyMatch(c -> isFooter(c))) {
        mode = Mode.FIELDS;
      }
      switch (mode) {
        case FIELDS -> fields(row);
        case FUNDS -> funds(row);
        case INDICATORS -> indicators(row);
      }
    }
  }

  private boolean isFooter(Cell c) {
    String key = labels.field(c.text());
    return key != null && List.of("leader", "handler", "phone", "filed").contains(key);
  }

  /** Label, value, label, value…; 总体目标 takes one value per goal column. */
  private void fields(List<Cell> row) {
    for (int i = 0; i < row.size(); i++) {
      Cell c = row.get(i);
      String key = labels.field(c.text());
      if (key == null) {
        draft.unmapped.add(c);
        continue;
      }
      draft.mapped++;
      if (key.equals("goal")) {
        List<Cell> values = new ArrayList<>();
        while (i + 1 < row.size() && FormReader.isValue(labels, row.get(i + 1))) {
          values.add(row.get(++i));
        }
        goals(values);
      } else if (i + 1 < row.size() && FormReader.isValue(labels, row.get(i + 1))) {
        draft.fields.putIfAbsent(key, row.get(++i));
        draft.mapped++;
      }
    }
  }

  /** Two texts: 实施期 then 年度; one: the column its cell is nearer to. */
  private void goals(List<Cell> values) {
    List<String> stages = new ArrayList<>(List.of("term", "annual"));
    stages.removeIf(s -> !goalColumns.containsKey(s) && goalColumns.size() > 0);
    if (values.size() == 1 && stages.size() > 1) {
      int col = values.get(0).col();
      String stage = Math.abs(col - goalColumns.get("term")) <= Math.abs(col - goalColumns.get("annual")) ? "term" : "annual";
      stages = List.of(stage);
    }
    for (int i = 0; i < values.size(); i++) {
      if (i < stages.size()) {
        draft.goals.put(stages.get(i), values.get(i));
        draft.mapped++;
      } else {
        draft.unmapped.add(values.get(i));
      }
    }
  }

  /** 项目资金（元） 实施期资金总额： N 年度资金总额： N; then 其中：中央财政资金 N 中央财政资金 N… */
  private void funds(List<Cell> row) {
    Map<String, Integer> seen = new HashMap<>();
    Map<String, Cell[]> amounts = new java.util.LinkedHashMap<>();
    List<String> columns = labels.profile.columns().stream().map(c -> c.key()).toList();
    for (int i = 0; i < row.size(); i++) {
      Cell c = row.get(i);
      String column = labels.fundsColumn(c.text());
      String source = labels.source(c.text());
      if (source == null) {
        source = FormReader.total(labels, c.text());
      }
      if (labels.funds(c.text())) {
        draft.moneyUnit = FormReader.unitIn(c.text());
        draft.mapped++;
        continue;
      }
      String rowKey;
      int columnIndex;
      if (column != null) {
        rowKey = "total";
        columnIndex = columns.indexOf(column);
      } else if (source != null) {
        rowKey = source;
        columnIndex = seen.merge(source, 1, Integer::sum) - 1;
      } else {
        draft.unmapped.add(c);
        continue;
      }
      draft.mapped++;
      Cell value = i + 1 < row.size() && FormReader.isValue(labels, row.get(i + 1)) ? row.get(++i) : null;
      if (value != null) {
        draft.mapped++;
      }
      if (columnIndex >= 0 && columnIndex < columns.size()) {
        amounts.computeIfAbsent(rowKey, k -> new Cell[columns.size()])[columnIndex] = value;
      } else if (value != null) {
        draft.unmapped.add(value);
      }
    }
    amounts.forEach((key, cells) -> {
      int term = columns.indexOf("term");
      int annual = columns.indexOf("annual");
      draft.funds.add(new FormDraft.FundsRow(key, term < 0 ? null : cells[term], annual < 0 ? null : cells[annual]));
    });
  }

  /** The header row: where the 年度 half starts (the first head of the second stage). */
  private void header(List<Cell> row) {
    Map<String, Integer> seen = new HashMap<>();
    for (Cell c : row) {
      if (labels.indicatorHead(c.text())) {
        draft.mapped++;
        if (levelColumn < 0) {
          levelColumn = c.col(); // the first head is the 一级 column's
        }
        if (seen.merge(FormLabels.key(c.text()), 1, Integer::sum) == 2 && c.col() < annualFrom) {
          annualFrom = c.col();
        }
      } else if (labels.indicators(c.text())) {
        draft.mapped++;
      } else {
        draft.unmapped.add(c);
      }
    }
  }

  /** A row's halves as groups of [category] name target, in order: the first 实施期, the second 年度. */
  private void indicators(List<Cell> row) {
    List<List<Cell>> groups = new ArrayList<>();
    List<Cell> group = new ArrayList<>();
    for (int i = 0; i < row.size(); i++) {
      Cell c = row.get(i);
      // A category right before another is in the 一级 column (成本指标 is both a 一级 and a 二级 on some forms).
      boolean inLevelColumn = group.isEmpty() && groups.isEmpty() && c.col() <= levelColumn && i + 1 < row.size()
          && FormReader.category(labels, c) != null && FormReader.category(labels, row.get(i + 1)) != null;
      if (labels.level(c.text()) != null || inLevelColumn) {
        level = c;
        draft.mapped++;
        continue;
      }
      if (labels.indicators(c.text())) {
        draft.mapped++;
        continue;
      }
      boolean category = FormReader.category(labels, c) != null;
      boolean full = group.size() == 3 || (group.size() == 2 && FormReader.category(labels, group.get(0)) == null);
      if ((category && !group.isEmpty()) || full) {
        groups.add(group);
        group = new ArrayList<>();
      }
      group.add(c);
    }
    if (!group.isEmpty()) {
      groups.add(group);
    }
    if (groups.size() > 2) {
      // More than two halves: a lone cell with neither category nor target is a stray label (项目), not an indicator.
      List<List<Cell>> strays = groups.stream().filter(g -> g.size() == 1 && FormReader.category(labels, g.get(0)) == null).toList();
      strays.forEach(draft.unmapped::addAll);
      groups.removeAll(strays);
    }
    indicatorRow++;
    for (int g = 0; g < groups.size(); g++) {
      List<Cell> cells = groups.get(g);
      String stage = groups.size() >= 2 ? (g == 0 ? "term" : g == 1 ? "annual" : null)
          : cells.get(0).col() >= annualFrom ? "annual" : "term";
      if (stage == null) {
        draft.unmapped.addAll(cells);
        continue;
      }
      IndicatorFramework.Category category = FormReader.category(labels, cells.get(0));
      if (category != null) {
        carried.put(stage, category);
        carriedCell.put(stage, cells.get(0));
        cells = cells.subList(1, cells.size());
        draft.mapped++;
      }
      Cell name = cells.isEmpty() ? null : cells.get(0);
      Cell target = cells.size() > 1 ? cells.get(1) : null;
      draft.mapped += cells.size();
      draft.indicators.add(new FormDraft.IndicatorCell(stage, carried.get(stage), name, target, indicatorRow, level,
          carriedCell.get(stage)));
    }
  }
}
