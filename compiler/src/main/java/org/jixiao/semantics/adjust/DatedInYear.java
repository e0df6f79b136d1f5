package org.jixiao.semantics.adjust;

import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.AdjustedTargets;

/** An adjustment is made during its budget year (JX1305): after the year, the self-evaluation says what happened. */
final class DatedInYear implements AdjustmentRule {
  @Override
  public void check(ProjectFile pf, AdjustedTargets.Change change, BudgetContext ctx) {
    int year = ctx.budget() == null ? 0 : ctx.budget().year();
    var a = change.adjustment();
    if (year > 0 && a.date().getYear() != year) {
      ctx.report(Diagnostic.of(DiagnosticCode.ADJUST_DATE_OUTSIDE_YEAR, pf.file(), a.dateSpan(), a.date().toString(),
          String.valueOf(year)));
    }
  }
}
