package org.jixiao.tables;

import static org.jixiao.tables.Amounts.yuanText;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.semantics.resolve.AdjustedTargets;
import org.jixiao.semantics.units.Rational;
import org.jixiao.syntax.Target;

/** The 调整 of a {@link ProjectView}, from the adjustments {@code Adjustments} read once: what each changed, before and after. */
final class AdjustmentViews {
  private AdjustmentViews() {}

  /** The project's adjustments in date order; empty when it has none. {@code shown} prints a target as the form does. */
  static List<ProjectView.Adjustment> of(ProjectFile pf, BudgetContext ctx, Function<Target, String> shown) {
    AdjustedTargets read = ctx.resolution().adjustments(pf.project());
    List<ProjectView.Adjustment> out = new ArrayList<>();
    if (read == null) {
      return out;
    }
    for (AdjustedTargets.Change c : read.changes()) {
      List<ProjectView.AdjustedFunds> funds = new ArrayList<>();
      for (AdjustedTargets.FundsChange f : c.funds()) {
        var source = ctx.profile().source(f.source());
        funds.add(new ProjectView.AdjustedFunds(f.source(), source == null ? f.source() : source.label(), yuanText(f.before()),
            yuanText(f.after())));
      }
      List<ProjectView.AdjustedTarget> targets = new ArrayList<>();
      for (AdjustedTargets.IndicatorChange i : c.indicators()) {
        if (i.indicator() == null) {
          continue; // named no indicator of the target: reported (JX1301), nothing to show
        }
        IndicatorFramework.Category category = ctx.resolution().category(i.indicator());
        targets.add(new ProjectView.AdjustedTarget(category == null ? null : category.level(),
            category == null ? null : category.name(), i.indicator().name().text(), shown.apply(i.before()),
            shown.apply(i.line().target())));
      }
      var a = c.adjustment();
      out.add(new ProjectView.Adjustment(a.date().toString(), a.reason() == null ? null : a.reason().value(), funds, targets));
    }
    return out;
  }

}
