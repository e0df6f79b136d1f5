package org.jixiao.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.semantics.library.IndicatorFramework;

/**
 * The rows of one form's indicator table into its draft: the header row (which may come again at a
 * page break), then each row's 实施期 and 年度 halves. A workbook's cells are read by the column
 * their header places them in ({@link IndicatorTable}); a text dump's by order, as groups of
 * [category] name target…, because a dump shifts the cells after a merged one.
 */
final class IndicatorRows {
  private final FormLabels labels;
  private final FormDraft draft;
  private final boolean exact;
  private IndicatorTable table;
  /** The column the 年度 half starts at, from the header row: a dump's lone half is placed by it. */
  private int annualFrom = Integer.MAX_VALUE;
  /** The column of the first 三级指标 head: where a page break's header puts the 实施期 names. */
  private int nameColumn = -1;
  /** The column of the table's 一级 head: a category there, before another, is written as a 一级. */
  private int levelColumn = -1;
  private final Map<String, IndicatorFramework.Category> carried = new HashMap<>();
  private final Map<String, Cell> carriedCell = new HashMap<>();
  /** The 一级 cell last written: it runs down over the rows below it. */
  private Cell level;
  private int row;

  IndicatorRows(FormLabels labels, FormDraft draft, boolean exact) {
    this.labels = labels;
    this.draft = draft;
    this.exact = exact;
  }

  /** The header row: which column shows what, and where the 年度 half starts. */
  void header(List<Cell> cells) {
    Map<String, Integer> seen = new HashMap<>();
    annualFrom = Integer.MAX_VALUE; // a page break's header may head one half only
    nameColumn = -1;
    IndicatorTable read = IndicatorTable.of(labels.indicatorSpec, labels.profile.hasTerm(), cells);
    if (read != null) {
      table = read;
    }
    for (Cell c : cells) {
      if (labels.indicatorHead(c.text())) {
        draft.mapped++;
        if (levelColumn < 0) {
          levelColumn = c.col(); // the first head is the 一级 column's
        }
        if (seen.merge(FormLabels.key(c.text()), 1, Integer::sum) == 2 && c.col() < annualFrom) {
          annualFrom = c.col();
        }
        if (nameColumn < 0 && read != null && read.at(c.col()) != null && read.at(c.col()).content().equals("name")) {
          nameColumn = c.col();
        }
      } else if (labels.indicators(c.text())) {
        draft.mapped++;
      } else {
        draft.unmapped.add(c);
      }
    }
  }

  void row(List<Cell> cells) {
    if (exact && table != null) {
      byColumn(cells);
    } else {
      byOrder(cells);
    }
  }

  /** Each cell in the column its header places it in. */
  private void byColumn(List<Cell> cells) {
    Map<String, Map<String, Cell>> halves = new LinkedHashMap<>();
    for (Cell c : cells) {
      IndicatorTable.Column column = table.at(c.col());
      if (column == null) {
        if (labels.indicators(c.text())) {
          draft.mapped++;
        } else {
          draft.unmapped.add(c);
        }
        continue;
      }
      if (column.content().equals("level")) {
        level = c;
        draft.mapped++;
      } else if (column.content().equals("category")) {
        IndicatorFramework.Category category = labels.category(c.text());
        if (category == null) {
          draft.unmapped.add(c);
          continue;
        }
        carried.put(column.stage(), category);
        carriedCell.put(column.stage(), c);
        halves.computeIfAbsent(column.stage(), k -> new LinkedHashMap<>());
        draft.mapped++;
      } else if (halves.computeIfAbsent(column.stage(), k -> new LinkedHashMap<>()).putIfAbsent(column.content(), c) == null) {
        draft.mapped++;
      } else {
        draft.unmapped.add(c);
      }
    }
    row++;
    for (String stage : List.of("term", "annual")) {
      if (halves.containsKey(stage)) {
        add(stage, halves.get(stage));
      }
    }
  }

  /**
   * A half with the category carried down its stage's column; where that column has shown none yet
   * (a page break put the 年度 half under a header of its own), the other stage's, as the row's.
   */
  private void add(String stage, Map<String, Cell> cells) {
    String from = carried.containsKey(stage) ? stage : stage.equals("term") ? "annual" : "term";
    draft.indicators.add(new FormDraft.IndicatorCell(stage, carried.get(from), cells, row, level, carriedCell.get(from),
        !from.equals(stage)));
  }

  /**
   * The stage of a half alone in its row: by the column the 年度 heads start at; where the header
   * had one half's heads only (a page break's), a name right of its 三级指标 column is 年度's.
   */
  private String lone(List<Cell> half) {
    if (annualFrom != Integer.MAX_VALUE) {
      return half.get(0).col() >= annualFrom ? "annual" : "term";
    }
    Cell name = half.stream().filter(c -> labels.category(c.text()) == null).findFirst().orElse(half.get(0));
    return nameColumn >= 0 && name.col() > nameColumn ? "annual" : "term";
  }

  /** What a stage's columns show after its category, by the layout (a dump's cells are read in this order). */
  private List<String> layoutContents(String stage) {
    if (labels.indicatorSpec == null) {
      return List.of("name", "target");
    }
    for (var s : labels.indicatorSpec.stages()) {
      if (s.stage().equals(stage) || !labels.profile.hasTerm()) {
        return s.columns().stream().map(c -> c.content()).filter(c -> !c.equals("category")).toList();
      }
    }
    return List.of("name", "target");
  }

  /** A dump's row as groups of [category] name target…, in order: the first 实施期, the second 年度. */
  private void byOrder(List<Cell> cells) {
    List<List<Cell>> groups = new ArrayList<>();
    List<Cell> group = new ArrayList<>();
    int width = layoutContents("annual").size();
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      // A category right before another is in the 一级 column (成本指标 is both a 一级 and a 二级 on some forms).
      boolean inLevelColumn = group.isEmpty() && groups.isEmpty() && c.col() <= levelColumn && i + 1 < cells.size()
          && labels.category(c.text()) != null && labels.category(cells.get(i + 1).text()) != null;
      if (labels.level(c.text()) != null || inLevelColumn) {
        level = c;
        draft.mapped++;
        continue;
      }
      if (labels.indicators(c.text())) {
        draft.mapped++;
        continue;
      }
      boolean category = labels.category(c.text()) != null;
      boolean hasCategory = !group.isEmpty() && labels.category(group.get(0).text()) != null;
      boolean full = group.size() == width + (hasCategory ? 1 : 0);
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
      List<List<Cell>> strays = groups.stream().filter(g -> g.size() == 1 && labels.category(g.get(0).text()) == null).toList();
      strays.forEach(draft.unmapped::addAll);
      groups.removeAll(strays);
    }
    row++;
    for (int g = 0; g < groups.size(); g++) {
      List<Cell> half = groups.get(g);
      String stage = !labels.profile.hasTerm() ? (g == 0 ? "annual" : null)
          : groups.size() >= 2 ? (g == 0 ? "term" : g == 1 ? "annual" : null)
          : lone(half);
      if (stage == null) {
        draft.unmapped.addAll(half);
        continue;
      }
      IndicatorFramework.Category category = labels.category(half.get(0).text());
      if (category != null) {
        carried.put(stage, category);
        carriedCell.put(stage, half.get(0));
        half = half.subList(1, half.size());
        draft.mapped++;
      }
      List<String> contents = layoutContents(stage);
      Map<String, Cell> byContent = new LinkedHashMap<>();
      for (int i = 0; i < half.size(); i++) {
        if (i < contents.size()) {
          byContent.put(contents.get(i), half.get(i));
          draft.mapped++;
        } else {
          draft.unmapped.add(half.get(i));
        }
      }
      add(stage, byContent);
    }
  }
}
