package org.jixiao.semantics.selfeval;

import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.SelfEvalScore;

/** Each 年度 indicator of the target has its actual in the self-evaluation (JX1014), reported at the indicator. */
final class EveryIndicatorEvaluated implements SelfEvalRule {
  @Override
  public boolean needsEveryLine() {
    return true; // what is missing
  }

  @Override
  public void check(ProjectFile pf, SelfEvalScore score, BudgetContext ctx) {
    for (var i : score.unevaluated()) {
      String path = String.join(".", i.path().stream().map(n -> n.text()).toList());
      ctx.report(Diagnostic.of(DiagnosticCode.SELFEVAL_NOT_EVALUATED, pf.file(), i.name().span(), i.name().text(), path));
    }
  }
}
