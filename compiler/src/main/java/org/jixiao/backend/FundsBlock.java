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
 * The funding table of a form: a label down the left, then for each funding column of the profile
 * a label and an amount, on a total row and one row per source of the profile, in its order.
 */
final class FundsBlock {
  private FundsBlock() {}

  static void draw(LayoutSpec.Funds f, FormContext fc, ProjectView p, Consumer<Cell> add, int row) {
    List<RuleProfile.FundsColumn> all = fc.profile().columns();
    int rows = 1 + p.funds().size();
    add.accept(new Cell(row, 0, rows, f.labelSpan(), FormLayout.text(fc.fill(f.label())), Role.LABEL));
    int width = fc.layout().columns();
    // A profile whose columns do not fit the layout is reported by check (JX0116); never draw past the edge.
    int fitting = Math.max(0, Math.min(all.size(), (width - f.labelSpan()) / (f.columnLabelSpan() + f.amountSpan())));
    List<RuleProfile.FundsColumn> columns = all.subList(0, fitting);
    row(f, fc, add, row, columns, k -> columns.get(k).label() + "：",
        key -> key.equals("term") ? p.total().term() : p.total().annual());
    boolean first = true;
    for (ProjectView.FundsRow source : p.funds()) {
      String label = (first ? f.firstPrefix() : "") + source.label();
      row(f, fc, add, ++row, columns, k -> label, key -> key.equals("term") ? source.term() : source.annual());
      first = false;
    }
  }

  /**
   * One row of the table: for each funding column a label and an amount; the last amount takes
   * whatever width is left, so a layout drawn for other columns still fills the row.
   */
  private static void row(LayoutSpec.Funds f, FormContext fc, Consumer<Cell> add, int row,
      List<RuleProfile.FundsColumn> columns, java.util.function.IntFunction<String> label,
      java.util.function.Function<String, ProjectView.Amount> amount) {
    int width = fc.layout().columns();
    for (int k = 0; k < columns.size(); k++) {
      int column = f.labelSpan() + k * (f.columnLabelSpan() + f.amountSpan());
      int amountSpan = k == columns.size() - 1 ? Math.max(1, width - column - f.columnLabelSpan()) : f.amountSpan();
      add.accept(new Cell(row, column, 1, f.columnLabelSpan(), FormLayout.text(label.apply(k)), Role.LABEL));
      add.accept(new Cell(row, column + f.columnLabelSpan(), 1, amountSpan,
          money(amount.apply(columns.get(k).key()), fc), Role.MONEY));
    }
  }

  /**
   * A blank cell stays blank, as on the form; every other amount is a number in the form's money
   * unit, with the profile's decimals, or more where the exact amount needs them (never rounded).
   */
  static Value money(ProjectView.Amount amount, FormContext fc) {
    return amount.blank() ? new Value.Empty() : fc.money(amount.yuan());
  }
}
