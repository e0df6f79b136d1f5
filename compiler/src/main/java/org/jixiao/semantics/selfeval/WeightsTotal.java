package org.jixiao.semantics.selfeval;

import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.SelfEvalScore;
import org.jixiao.semantics.units.Rational;

/**
 * The weights of a self-evaluation, its lines' and 预算执行率's, add up to the profile's total
 * ({@code score total 100}, JX1018). A template whose target weights already total 100 (内蒙古)
 * leaves no room for 预算执行率's 10: the self-evaluation then writes its own {@code weight} on
 * each line. Reported at the self-evaluation's first line.
 */
final class WeightsTotal implements SelfEvalRule {
  @Override
  public boolean needsEveryLine() {
    return true; // a sum of every line
  }

  @Override
  public void check(ProjectFile pf, SelfEvalScore score, BudgetContext ctx) {
    var totals = ctx.profile().scores("total");
    if (totals.isEmpty() || score.lines().isEmpty()) {
      return;
    }
    if (score.lines().stream().anyMatch(l -> l.weight() == null)) {
      return; // reported on its line (JX1008)
    }
    Rational sum = score.weights();
    Rational total = Rational.of(totals.get(totals.size() - 1).low());
    if (sum.compareTo(total) != 0) {
      ctx.report(Diagnostic.of(DiagnosticCode.SELFEVAL_WEIGHTS_TOTAL, pf.file(), score.lines().get(0).actual().span(),
          Points.shown(sum), Points.shown(total)));
    }
  }
}
