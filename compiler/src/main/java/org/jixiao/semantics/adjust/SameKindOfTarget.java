package org.jixiao.semantics.adjust;

import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.AdjustedTargets;
import org.jixiao.semantics.units.Unit;
import org.jixiao.syntax.Target;

/**
 * An adjusted target is of the same kind as the target it replaces (JX1303): a quantity in a unit of
 * the same dimension (人 for 人, 万元 for 元), a date for a date, a text for a text. Another kind is
 * another indicator; the monitoring and the self-evaluation could not compare it with the first.
 */
final class SameKindOfTarget implements AdjustmentRule {
  @Override
  public void check(ProjectFile pf, AdjustedTargets.Change change, BudgetContext ctx) {
    for (AdjustedTargets.IndicatorChange c : change.indicators()) {
      if (c.indicator() == null || c.indicator().target() == null) {
        continue;
      }
      Target before = c.indicator().target();
      Target after = c.line().target();
      if (!sameKind(before, after, ctx)) {
        ctx.report(Diagnostic.of(DiagnosticCode.ADJUST_TARGET_KIND, pf.file(), after.span(), c.indicator().name().text(),
            pf.file().slice(after.span()), pf.file().slice(before.span())));
      }
    }
  }

  private static boolean sameKind(Target before, Target after, BudgetContext ctx) {
    if (before instanceof Target.Quantity b && after instanceof Target.Quantity a) {
      Unit bu = b.unit() == null ? Unit.ONE : ctx.resolution().unit(b.unit());
      Unit au = a.unit() == null ? Unit.ONE : ctx.resolution().unit(a.unit());
      return bu == null || au == null || bu.sameDimension(au); // an unknown unit is reported where it is written
    }
    return before.getClass() == after.getClass();
  }
}
