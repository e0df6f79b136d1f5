package org.jixiao.semantics.selfeval;

import org.jixiao.diag.Arg;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.SelfEvalScore;

/**
 * The 预算执行率 line as the amounts give it: its rate (JX1009; "0" where the amounts give 99.97% is
 * the finding real forms have) and its score, the weight × the rate at most 100% (JX1010).
 */
final class ExecutionFigures implements SelfEvalRule {
  @Override
  public boolean needsEveryLine() {
    return true; // the rate adds up every funds row
  }

  @Override
  public void check(ProjectFile pf, SelfEvalScore score, BudgetContext ctx) {
    SelfEvalScore.Execution x = score.execution();
    var line = score.evaluation().execution();
    if (x == null || x.rate() == null || line == null) {
      return;
    }
    if (line.rate() != null && !Points.matches(line.rate(), x.rate().times(org.jixiao.semantics.units.Rational.of(100, 1)))) {
      ctx.report(Diagnostic.of(DiagnosticCode.SELFEVAL_RATE_WRONG, pf.file(), line.rate().span(), Arg.text(line.rate().written()),
          Arg.text(Points.percent(x.rate())), ctx.money(x.executed()), ctx.money(x.budget())));
    }
    if (line.score() != null && !Points.matches(line.score(), x.score())) {
      ctx.report(Diagnostic.of(DiagnosticCode.SELFEVAL_EXECUTION_SCORE_WRONG, pf.file(), line.score().span(),
          line.score().written(), Points.shown(x.score()), Points.shown(x.weight())));
    }
  }
}
