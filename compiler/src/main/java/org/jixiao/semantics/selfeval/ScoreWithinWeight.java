package org.jixiao.semantics.selfeval;

import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.SelfEvalScore;
import org.jixiao.semantics.units.Rational;

/** A written score is at most its weight (JX1003): doing more than the target earns nothing extra. */
final class ScoreWithinWeight implements SelfEvalRule {
  @Override
  public boolean needsEveryLine() {
    return false;
  }

  @Override
  public void check(ProjectFile pf, SelfEvalScore score, BudgetContext ctx) {
    for (SelfEvalScore.Line l : score.lines()) {
      var written = l.actual().score();
      if (written != null && l.weight() != null && Rational.of(written.value()).compareTo(l.weight()) > 0) {
        ctx.report(Diagnostic.of(DiagnosticCode.SELFEVAL_SCORE_ABOVE_WEIGHT, pf.file(), written.span(),
            Points.name(l.actual()), written.written(), Points.shown(l.weight())));
      }
    }
  }
}
