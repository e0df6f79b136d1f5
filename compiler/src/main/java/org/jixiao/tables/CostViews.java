package org.jixiao.tables;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.resolve.CostComposition;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.syntax.ProjectItem;

/** The 预算成本构成 of a {@link ProjectView}, from the same exact table the rule checks. */
final class CostViews {
  private CostViews() {}

  /** The cost table where the template has one and the form writes it; amounts in 元, as the funds. */
  static ProjectView.Costs of(ProjectFile pf, BudgetContext ctx) {
    RuleProfile profile = ctx.profile();
    ProjectItem.Costs block = null;
    for (ProjectItem item : pf.project().items()) {
      if (item instanceof ProjectItem.Costs c && block == null) {
        block = c;
      }
    }
    if (block == null || profile == null || !profile.has("costs") || ctx.resolution().costs(pf.project()) == null) {
      return null;
    }
    List<RuleProfile.CostColumn> columns = profile.costColumns();
    CostComposition table = ctx.resolution().costs(pf.project());
    int year = ctx.budget() == null ? 0 : ctx.budget().year();
    List<ProjectView.CostColumn> heads = new ArrayList<>();
    columns.forEach(c -> heads.add(new ProjectView.CostColumn(year - c.yearsBack(), c.label())));
    List<ProjectView.CostItem> items = new ArrayList<>();
    for (CostComposition.Item item : table.items()) {
      List<ProjectView.Amount> amounts = new ArrayList<>();
      for (int k = 0; k < columns.size(); k++) {
        amounts.add(costAmount(item.cell(k)));
      }
      items.add(new ProjectView.CostItem(item.row().item().text(), amounts));
    }
    List<ProjectView.Amount> total = new ArrayList<>();
    for (int k = 0; k < columns.size(); k++) {
      CostComposition.Cell written = table.writtenTotal() == null ? null : table.writtenTotal().cell(k);
      total.add(written != null && !written.blank() ? costAmount(written)
          : Amounts.derived(table.total(k)));
    }
    return new ProjectView.Costs(profile.label("costs", "costs"), profile.costItemLabel(), heads, items, total);
  }

  /** A cost cell in 元 with what was written; a cell the row leaves out is 0, as a missing source. */
  private static ProjectView.Amount costAmount(CostComposition.Cell cell) {
    return cell == null || cell.yuan() == null ? Amounts.zero() : Amounts.of(cell.amount(), cell.yuan());
  }
}
