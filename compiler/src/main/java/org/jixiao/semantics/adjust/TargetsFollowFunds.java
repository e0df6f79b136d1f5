package org.jixiao.semantics.adjust;

import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.AdjustedTargets;
import org.jixiao.semantics.units.Rational;

/**
 * An adjustment that changes the funds changes a target too (JX1302, a warning): money added or
 * taken away with every target as it was means the targets no longer measure the money, which the
 * bureau's review (适当性) asks about. When the targets really stay, {@code allow JX1302 "理由"} on
 * the funds line says why.
 */
final class TargetsFollowFunds implements AdjustmentRule {
  @Override
  public void check(ProjectFile pf, AdjustedTargets.Change change, BudgetContext ctx) {
    if (!change.changesFunds() || change.changesATarget() || change.adjustment().fundsSpan() == null) {
      return;
    }
    Rational before = Rational.ZERO;
    Rational after = Rational.ZERO;
    for (AdjustedTargets.FundsChange f : change.funds()) {
      if (f.changed()) {
        before = before.plus(f.before());
        after = after.plus(f.after());
      }
    }
    ctx.report(Diagnostic.of(DiagnosticCode.ADJUST_FUNDS_ONLY, pf.file(), change.adjustment().fundsSpan(),
        ctx.money(before), ctx.money(after)));
  }
}
