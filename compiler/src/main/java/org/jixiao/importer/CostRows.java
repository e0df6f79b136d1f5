package org.jixiao.importer;

import java.util.List;
import java.util.Map;
import org.jixiao.semantics.library.RuleProfile;

/**
 * The 预算成本构成 table of a form, for templates that have one: its label (with the money unit,
 * 预算成本构成（万元）), its header (成本项目 and the year columns' names, 本年预算, 上年实际…), then
 * each cost item's name and amounts, the total row among them. A workbook's amounts are placed by
 * their column's header, so that a blank year stays blank; a dump's by order.
 */
final class CostRows {
  private final FormLabels labels;
  private final FormDraft draft;
  private final boolean exact;
  /** The first sheet column of each year column, from the header row; -1 until it is read. */
  private final int[] yearColumns;

  CostRows(FormLabels labels, FormDraft draft, boolean exact) {
    this.labels = labels;
    this.draft = draft;
    this.exact = exact;
    this.yearColumns = new int[labels.profile.costColumns().size()];
    java.util.Arrays.fill(yearColumns, -1);
  }

  /** True when a row starts the table: its first cell is the table's label. */
  boolean starts(List<Cell> row) {
    return labels.costsPattern != null && Placeholders.match(labels.costsPattern, row.get(0).text()) != null;
  }

  void row(List<Cell> row) {
    int i = 0;
    if (starts(row)) {
      Map<String, String> said = Placeholders.match(labels.costsPattern, row.get(0).text());
      draft.costsUnit = said.get("money");
      draft.mapped++;
      i = 1;
    }
    if (i < row.size() && header(row.get(i).text())) {
      for (; i < row.size(); i++) {
        int k = yearColumn(row.get(i).text());
        if (k >= 0) {
          yearColumns[k] = row.get(i).col();
          draft.mapped++;
        } else if (header(row.get(i).text())) {
          draft.mapped++;
        } else {
          draft.unmapped.add(row.get(i));
        }
      }
      return;
    }
    if (i >= row.size()) {
      return;
    }
    Cell name = row.get(i++);
    draft.mapped++;
    Cell[] amounts = new Cell[yearColumns.length];
    int next = 0;
    for (; i < row.size(); i++) {
      Cell c = row.get(i);
      int k = exact && yearColumns[0] >= 0 ? placed(c.col()) : next++;
      if (k >= 0 && k < amounts.length && amounts[k] == null) {
        amounts[k] = c;
        draft.mapped++;
      } else {
        draft.unmapped.add(c);
      }
    }
    draft.costs.add(new FormDraft.CostRow(name, java.util.Arrays.asList(amounts)));
  }

  private boolean header(String text) {
    return labels.profile.costItemLabel() != null && FormLabels.key(text).equals(FormLabels.key(labels.profile.costItemLabel()));
  }

  private int yearColumn(String text) {
    List<RuleProfile.CostColumn> columns = labels.profile.costColumns();
    for (int k = 0; k < columns.size(); k++) {
      if (FormLabels.key(columns.get(k).label()).equals(FormLabels.key(text))) {
        return k;
      }
    }
    return -1;
  }

  /** The year column a sheet column is in: the last whose header is at or left of it. */
  private int placed(int col) {
    int in = -1;
    for (int k = 0; k < yearColumns.length; k++) {
      if (yearColumns[k] >= 0 && yearColumns[k] <= col) {
        in = k;
      }
    }
    return in;
  }
}
