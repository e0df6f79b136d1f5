package org.jixiao.semantics.adjust;

import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.AdjustedTargets;

/** Every adjustment says why (JX1304): the finance bureau approves an adjustment on its reason. */
final class ReasonGiven implements AdjustmentRule {
  @Override
  public void check(ProjectFile pf, AdjustedTargets.Change change, BudgetContext ctx) {
    var a = change.adjustment();
    if (a.reason() == null || a.reason().value().isBlank()) {
      ctx.report(Diagnostic.of(DiagnosticCode.ADJUST_NO_REASON, pf.file(), a.dateSpan(), a.date().toString()));
    }
  }
}
