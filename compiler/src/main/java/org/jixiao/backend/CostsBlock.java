package org.jixiao.backend;

import org.jixiao.tables.ProjectView;
import java.util.List;
import java.util.function.Consumer;
import org.jixiao.backend.Grid.Cell;
import org.jixiao.backend.Grid.Role;
import org.jixiao.backend.Grid.Value;
import org.jixiao.layout.LayoutSpec;
import org.jixiao.semantics.library.RuleProfile;

/**
 * The 预算成本构成 table of a form: a label down the left, a header row (the items' column, then a
 * column per year of the profile), one row per cost item and a total row. A template that has the
 * table prints it even when a form leaves it out (optional): its header and an empty total, as the
 * paper form would be.
 */
final class CostsBlock {
  private CostsBlock() {}

  static void draw(LayoutSpec.Costs c, FormContext fc, ProjectView p, Consumer<Cell> add, int row) {
    List<RuleProfile.CostColumn> all = fc.profile().costColumns();
    int width = fc.layout().columns();
    // A profile whose years do not fit the layout is reported by check (JX0116); never draw past the edge.
    int fitting = Math.max(0, Math.min(all.size(), (width - c.labelSpan() - c.itemSpan()) / c.amountSpan()));
    List<RuleProfile.CostColumn> columns = all.subList(0, fitting);
    ProjectView.Costs costs = p.costs();
    int items = costs == null ? 0 : costs.items().size();
    add.accept(new Cell(row, 0, items + 2, c.labelSpan(), FormLayout.text(fc.fill(c.label())), Role.LABEL));
    String itemLabel = fc.profile().costItemLabel();
    add.accept(new Cell(row, c.labelSpan(), 1, c.itemSpan(), FormLayout.text(itemLabel), Role.HEADER));
    for (int k = 0; k < columns.size(); k++) {
      add.accept(amountCell(c, width, columns.size(), row, k, FormLayout.text(columns.get(k).label()), Role.HEADER));
    }
    for (int i = 0; i < items; i++) {
      ProjectView.CostItem item = costs.items().get(i);
      int r = row + 1 + i;
      add.accept(new Cell(r, c.labelSpan(), 1, c.itemSpan(), FormLayout.text(item.name()), Role.VALUE));
      for (int k = 0; k < columns.size(); k++) {
        add.accept(amountCell(c, width, columns.size(), r, k, FundsBlock.money(item.amounts().get(k), fc), Role.MONEY));
      }
    }
    int total = row + 1 + items;
    add.accept(new Cell(total, c.labelSpan(), 1, c.itemSpan(), FormLayout.text(fc.fill(c.totalLabel())), Role.LABEL));
    for (int k = 0; k < columns.size(); k++) {
      Value value = costs == null ? new Value.Empty() : FundsBlock.money(costs.total().get(k), fc);
      add.accept(amountCell(c, width, columns.size(), total, k, value, Role.MONEY));
    }
  }

  /** Year column {@code k}; the last one takes whatever width is left, so the row fills the form. */
  private static Cell amountCell(LayoutSpec.Costs c, int width, int count, int row, int k, Value value, Role role) {
    int column = c.labelSpan() + c.itemSpan() + k * c.amountSpan();
    int span = k == count - 1 ? Math.max(1, width - column) : c.amountSpan();
    return new Cell(row, column, 1, span, value, role);
  }
}
