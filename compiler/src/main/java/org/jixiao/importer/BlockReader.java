package org.jixiao.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One form's rows into a {@link FormDraft}, block by block as the labels announce them: fields
 * (a label, then its value), the funds block (its label with the money unit, each column's total,
 * then each source once per column), the goal columns, and the indicator table (each row's 实施期
 * and 年度 halves, a category carried down until the next one). A cell that fits none of them is
 * kept, unmapped.
 */
final class BlockReader {
  private enum Mode { FIELDS, FUNDS, COSTS, INDICATORS }

  private final FormLabels labels;
  private final FormDraft draft;
  private Mode mode = Mode.FIELDS;
  /** The goal columns' heads, by stage, where the goals' header row put them. */
  private final Map<String, Integer> goalColumns = new HashMap<>();
  /** The goals' label was in their head row: the next row holds their texts. */
  private boolean goalsBelow;
  private final IndicatorRows indicators;
  private final CostRows costs;

  BlockReader(FormLabels labels, FormDraft draft, boolean exact) {
    this.labels = labels;
    this.draft = draft;
    this.indicators = new IndicatorRows(labels, draft, exact);
    this.costs = new CostRows(labels, draft, exact);
  }

  void read(List<List<Cell>> rows) {
    for (List<Cell> row : rows) {
      if (row.isEmpty()) {
        continue;
      }
      if (labels.funds(row.get(0).text())) {
        mode = Mode.FUNDS;
      } else if (costs.starts(row)) {
        mode = Mode.COSTS;
      } else if (mode == Mode.COSTS && labels.field(row.get(0).text()) != null) {
        mode = Mode.FIELDS;
      } else if (row.stream().anyMatch(c -> labels.indicatorHead(c.text()))) {
        indicators.header(row);
        mode = Mode.INDICATORS;
        continue;
      } else if (row.stream().anyMatch(c -> labels.goalStage(c.text()) != null)) {
        row.forEach(c -> {
          if (labels.goalStage(c.text()) != null) {
            goalColumns.put(labels.goalStage(c.text()), c.col());
            draft.mapped++;
          } else if (labels.goalsLabel(c.text())) {
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
      } else if (mode == Mode.INDICATORS && (row.stream().anyMatch(c -> isFooter(c))
          || labels.field(row.get(0).text()) != null || labels.literal(row.get(0).text()))) {
        mode = Mode.FIELDS; // the rows below the table: 预算执行率, 主管部门审核意见, the footer
      }
      switch (mode) {
        case FIELDS -> fields(row);
        case FUNDS -> funds(row);
        case COSTS -> costs.row(row);
        case INDICATORS -> indicators.row(row);
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
      if (key == null && labels.literal(c.text())) {
        draft.mapped++;
        continue;
      }
      if (key == null && inline(c)) {
        continue;
      }
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

  /** A label and its value in one cell ({@code 填报日期: 20251223174026}), as some dumps merge them: true when it was one. */
  private boolean inline(Cell c) {
    java.util.regex.Matcher m = INLINE.matcher(c.text());
    String key = m.matches() ? labels.field(m.group(1)) : null;
    if (key == null || key.equals("goal")) {
      return false;
    }
    draft.fields.putIfAbsent(key, new Cell(c.sheet(), c.row(), c.col(), m.group(2).strip()));
    draft.mapped++;
    return true;
  }

  private static final java.util.regex.Pattern INLINE = java.util.regex.Pattern.compile("^([^:：]{1,20}[:：])\\s*(\\S.*)$");

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
        draft.moneyUnit = FormReader.unitIn(labels, c.text());
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
}
