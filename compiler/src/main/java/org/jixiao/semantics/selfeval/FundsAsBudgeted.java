package org.jixiao.semantics.selfeval;

import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.AdjustedTargets;
import org.jixiao.semantics.resolve.FundingTable;
import org.jixiao.semantics.resolve.SelfEvalScore;
import org.jixiao.semantics.units.Rational;

/**
 * The self-evaluation's funds are the target's (one identity per source through the year): each
 * source's 年初预算数 is its 年度 amount in the target form (JX1016), and its 全年预算数 the amount in
 * force after the year's adjustments, or the target's when there were none (JX1017). Warnings: a
 * transfer (调剂) the files do not record changes the budget too, and the office says so with allow.
 */
final class FundsAsBudgeted implements SelfEvalRule {
  @Override
  public boolean needsEveryLine() {
    return true; // the target's funds block may be the line being typed
  }

  @Override
  public void check(ProjectFile pf, SelfEvalScore score, BudgetContext ctx) {
    FundingTable table = ctx.resolution().funding(pf.project());
    if (score.execution() == null || table == null || ctx.profile() == null) {
      return;
    }
    AdjustedTargets adjusted = ctx.resolution().adjustments(pf.project());
    for (SelfEvalScore.FundsRow row : score.execution().rows()) {
      var source = ctx.profile().source(row.source().key());
      if (source == null) {
        continue; // reported by name resolution
      }
      Rational start = table.annual(source.key());
      if (row.start().compareTo(start) != 0) {
        ctx.report(Diagnostic.of(DiagnosticCode.SELFEVAL_START_NOT_TARGET, pf.file(), row.source().span(),
            org.jixiao.diag.Arg.text(source.label()), ctx.money(row.start()), ctx.money(start)));
      }
      Rational budget = adjusted == null ? start : adjusted.annualAfter(source.key(), start);
      if (row.budget().compareTo(budget) != 0) {
        ctx.report(Diagnostic.of(DiagnosticCode.SELFEVAL_BUDGET_NOT_ADJUSTED, pf.file(), row.source().span(),
            org.jixiao.diag.Arg.text(source.label()), ctx.money(row.budget()), ctx.money(budget),
            org.jixiao.diag.Arg.key(adjusted == null ? "selfeval.noAdjustment" : "selfeval.afterAdjustment")));
      }
    }
  }
}
