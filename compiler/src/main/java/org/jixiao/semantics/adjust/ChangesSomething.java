package org.jixiao.semantics.adjust;

import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.AdjustedTargets;

/**
 * Each line of an adjustment changes what it names (JX1306, a warning): an indicator written with
 * the target already in force, or a source with the amount it already has, is noise in the record
 * of what was adjusted, and often a sign that the intended value was not typed.
 */
final class ChangesSomething implements AdjustmentRule {
  @Override
  public void check(ProjectFile pf, AdjustedTargets.Change change, BudgetContext ctx) {
    for (AdjustedTargets.IndicatorChange c : change.indicators()) {
      if (c.indicator() != null && !c.changed()) {
        ctx.report(Diagnostic.of(DiagnosticCode.ADJUST_UNCHANGED, pf.file(), c.line().span(), c.indicator().name().text()));
      }
    }
    for (AdjustedTargets.FundsChange f : change.funds()) {
      if (f.before() != null && f.after() != null && !f.changed()) {
        ctx.report(Diagnostic.of(DiagnosticCode.ADJUST_UNCHANGED, pf.file(), f.row().span(), f.row().source().text()));
      }
    }
  }
}
