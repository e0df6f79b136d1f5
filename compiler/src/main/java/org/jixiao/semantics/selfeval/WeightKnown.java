package org.jixiao.semantics.selfeval;

import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.SelfEvalScore;

/** Every evaluated indicator has a weight, from the target or from its actual line (JX1008). */
final class WeightKnown implements SelfEvalRule {
  @Override
  public boolean needsEveryLine() {
    return false;
  }

  @Override
  public void check(ProjectFile pf, SelfEvalScore score, BudgetContext ctx) {
    for (SelfEvalScore.Line l : score.lines()) {
      if (l.indicator() != null && l.weight() == null) {
        ctx.report(Diagnostic.of(DiagnosticCode.SELFEVAL_NO_WEIGHT, pf.file(), l.actual().span(), Points.name(l.actual())));
      }
    }
  }
}
