package org.jixiao.driver;

import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectAnalysis;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.check.AssertionChecker;
import org.jixiao.semantics.check.DateChecker;
import org.jixiao.semantics.check.IndicatorRules;
import org.jixiao.semantics.check.StructureChecker;
import org.jixiao.semantics.check.TextChecker;
import org.jixiao.semantics.funds.CeilingChecker;
import org.jixiao.semantics.funds.CostChecker;
import org.jixiao.semantics.funds.FundingChecker;
import org.jixiao.semantics.resolve.FundsResolver;
import org.jixiao.semantics.resolve.NameResolver;
import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;

/**
 * The passes, in two kinds: those of one project, a function of (project, library, profile, budget
 * declaration) run in the project's own context, so that a session can keep what they found until
 * one of those changes; and those of the whole budget (duplicate names, totals, ceilings), run
 * after, on every project's tables.
 */
final class ProjectPasses {
  private ProjectPasses() {}

  /**
   * Names, funds, shape, and (with {@code rules}) the form rules of one project, the {@code
   * indexInFile}-th of its file.
   */
  static ProjectAnalysis analyse(BudgetContext budget, ProjectFile pf, int indexInFile, boolean rules) {
    BudgetContext ctx = budget.forProject(pf);
    return ctx.analysis(run(ctx, rules), indexInFile);
  }

  /**
   * The passes of one project in its own context {@code ctx} ({@link BudgetContext#forProject});
   * false when one failed.
   */
  static boolean run(BudgetContext ctx, boolean rules) {
    ProjectFile pf = ctx.projects().get(0);
    new NameResolver(ctx).run();
    new FundsResolver(ctx).run();
    new StructureChecker(ctx).run();
    boolean whole = true;
    if (rules) {
      SourceFile at = ctx.budgetFile() != null ? ctx.budgetFile() : pf.file();
      // & rather than &&: every pass runs, whichever failed before it.
      whole = pass(ctx, at, () -> new FundingChecker(ctx).run())
          & pass(ctx, at, () -> new IndicatorRules(ctx).run())
          & pass(ctx, at, () -> org.jixiao.semantics.rules.ProjectRules.run(ctx))
          & pass(ctx, at, () -> new org.jixiao.semantics.resolve.CostProducts(ctx).run())
          & pass(ctx, at, () -> new org.jixiao.semantics.resolve.Adjustments(ctx).run())
          & pass(ctx, at, () -> org.jixiao.semantics.adjust.AdjustmentRules.run(ctx))
          & pass(ctx, at, () -> new org.jixiao.semantics.resolve.SelfEvalScores(ctx).run())
          & pass(ctx, at, () -> org.jixiao.semantics.selfeval.SelfEvalRules.run(ctx))
          & pass(ctx, at, () -> new org.jixiao.semantics.resolve.MonitorSnapshots(ctx).run())
          & pass(ctx, at, () -> org.jixiao.semantics.monitor.MonitorRules.run(ctx))
          & pass(ctx, at, () -> new CostChecker(ctx).run())
          & pass(ctx, at, () -> new AssertionChecker(ctx).run())
          & pass(ctx, at, () -> new DateChecker(ctx).run())
          & pass(ctx, at, () -> new TextChecker(ctx).run());
    }
    return whole;
  }

  /** The budget-wide passes, after every project's analysis is in {@code ctx}; then the allows. */
  static void finish(BudgetContext ctx, SourceFile at, boolean rules) {
    new NameResolver(ctx).runOnBudget();
    new FundsResolver(ctx).runOnBudget();
    new StructureChecker(ctx).runOnBudget();
    if (rules && pass(ctx, at, () -> new CeilingChecker(ctx).run())) {
      ctx.finishAllows(); // after a failed pass, "this allow silenced nothing" would be wrong
    }
  }

  /**
   * One rule pass; a defect in it (an exception, a stack overflow) is reported as JX9999 on the
   * budget's file, and the other passes still run: one broken rule must not cost the office every
   * other finding, nor the command its report.
   */
  private static boolean pass(BudgetContext ctx, SourceFile at, Runnable rules) {
    try {
      rules.run();
      return true;
    } catch (RuntimeException | StackOverflowError e) {
      ctx.report(Diagnostic.of(DiagnosticCode.INTERNAL_ERROR, at, Span.NONE, e.getClass().getSimpleName() + ": " + e.getMessage()));
      return false;
    }
  }
}
