package org.jixiao.semantics.resolve;

import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.units.Rational;
import org.jixiao.semantics.units.Unit;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.syntax.Amount;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.syntax.UnitExpr;

/**
 * A project's 预算成本构成 in exact 元: each cost item's amount per year column of the template,
 * the written total row if there is one, and each column's sum over the items. Computed from the
 * tree and the resolved units, so that the rule that checks the table and the backends that print
 * it read the same numbers; it reports nothing itself.
 *
 * @param items the cost items in written order, the total row left out
 * @param writtenTotal the row named total (合计…), or null when the form leaves it out
 * @param sums each column's sum over the items (a cell that is not money counts 0)
 */
public record CostComposition(List<Item> items, Item writtenTotal, List<Rational> sums) {
  public CostComposition {
    items = List.copyOf(items);
    sums = List.copyOf(sums);
  }

  /**
   * One cell as written: {@code unit} is the unit that applies (its own or the block's; null when
   * unknown), {@code yuan} its value, null when it is not an amount of money. A blank cell ({@code
   * -}) is 0 元.
   */
  public record Cell(Amount amount, UnitExpr writtenUnit, Unit unit, Rational yuan) {
    public boolean blank() {
      return amount instanceof Amount.Blank;
    }
  }

  /** One row: the item and its cells, as many as were written. */
  public record Item(ProjectItem.CostRow row, List<Cell> cells) {
    public Item {
      cells = List.copyOf(cells);
    }

    /** The cell of column {@code k}; null when the row has fewer. */
    public Cell cell(int k) {
      return k < cells.size() ? cells.get(k) : null;
    }
  }

  /**
   * The table of a costs block for a template with {@code columns} year columns; amounts without a
   * unit are in the block's unit, or 元.
   */
  static CostComposition of(ProjectItem.Costs costs, int columns, BudgetContext ctx) {
    Unit yuan = ctx.library().unit("元");
    Unit blockUnit = costs.unit() == null ? yuan : ctx.resolution().unit(costs.unit());
    List<Item> items = new ArrayList<>();
    Item total = null;
    List<Rational> sums = new ArrayList<>();
    for (int k = 0; k < columns; k++) {
      sums.add(Rational.ZERO);
    }
    for (ProjectItem.CostRow row : costs.rows()) {
      List<Cell> cells = new ArrayList<>();
      for (Amount a : row.amounts()) {
        cells.add(cell(a, costs.unit(), blockUnit, yuan, ctx));
      }
      Item item = new Item(row, cells);
      if (NameResolver.isTotal(row.item(), ctx.profile())) {
        total = total == null ? item : total; // a second total row is reported as a duplicate
        continue;
      }
      items.add(item);
      for (int k = 0; k < Math.min(columns, cells.size()); k++) {
        Rational value = cells.get(k).yuan();
        if (value != null) {
          sums.set(k, sums.get(k).plus(value));
        }
      }
    }
    return new CostComposition(items, total, sums);
  }

  private static Cell cell(Amount a, UnitExpr blockExpr, Unit blockUnit, Unit yuan, BudgetContext ctx) {
    if (a instanceof Amount.Blank) {
      return new Cell(a, null, yuan, Rational.ZERO);
    }
    Amount.Money m = (Amount.Money) a;
    UnitExpr written = m.unit() != null ? m.unit() : blockExpr;
    Unit unit = m.unit() != null ? ctx.resolution().unit(m.unit()) : blockUnit;
    boolean money = unit != null && yuan != null && unit.sameDimension(yuan);
    return new Cell(a, written, unit, money ? unit.amountIn(m.value(), yuan) : null);
  }

  /** Column {@code k}'s total: the written total row's cell when it has one, else the items' sum. */
  public Rational total(int k) {
    Cell written = writtenTotal == null ? null : writtenTotal.cell(k);
    return written != null && !written.blank() && written.yuan() != null ? written.yuan() : sums.get(k);
  }
}
