package org.jixiao.importer;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.layout.LayoutSpec;

/**
 * Where each column of an indicator table starts, read off its header row against the layout's
 * list of what the columns show (一级指标, then each stage's 二级指标, 三级指标, 指标值, 分值…). A
 * workbook's cells then fall in the column whose head is at or left of them, however the columns
 * are merged; a text dump, whose merged cells shift the cells after them, is read by order instead
 * ({@link BlockReader}).
 */
final class IndicatorTable {
  /** A column: its first sheet column, its stage (null for the 一级 column) and what it shows. */
  record Column(int from, String stage, String content) {}

  private final List<Column> columns;

  private IndicatorTable(List<Column> columns) {
    this.columns = List.copyOf(columns);
  }

  /**
   * The columns the header row heads, matched in order with the layout's; null when the layout has
   * no indicator table or the row heads none of its columns.
   */
  static IndicatorTable of(LayoutSpec.Indicators spec, boolean hasTerm, List<Cell> header) {
    if (spec == null) {
      return null;
    }
    List<Column> expected = new ArrayList<>();
    List<String> heads = new ArrayList<>();
    expected.add(new Column(-1, null, "level"));
    heads.add(FormLabels.key(spec.level().header()));
    for (LayoutSpec.StageColumns s : spec.stages()) {
      if (s.stage().equals("term") && !hasTerm) {
        continue;
      }
      for (LayoutSpec.Column c : s.columns()) {
        expected.add(new Column(-1, s.stage(), c.content()));
        heads.add(FormLabels.key(c.header()));
      }
    }
    List<Column> found = new ArrayList<>();
    int next = 0;
    for (Cell cell : header) {
      String key = FormLabels.key(cell.text());
      for (int e = next; e < expected.size(); e++) {
        if (heads.get(e).equals(key)) {
          Column c = expected.get(e);
          found.add(new Column(cell.col(), c.stage(), c.content()));
          next = e + 1;
          break;
        }
      }
    }
    return found.stream().anyMatch(c -> c.content().equals("name")) ? new IndicatorTable(found) : null;
  }

  /** The column a cell at this sheet column is in; null left of the table. */
  Column at(int col) {
    Column in = null;
    for (Column c : columns) {
      if (c.from() <= col) {
        in = c;
      }
    }
    return in;
  }

  /** The contents of a stage's columns, in order, the category's aside: what a dump's cells are by order. */
  List<String> contents(String stage) {
    return columns.stream().filter(c -> stage.equals(c.stage()) && !c.content().equals("category"))
        .map(Column::content).toList();
  }

  boolean hasStage(String stage) {
    return columns.stream().anyMatch(c -> stage.equals(c.stage()));
  }
}
