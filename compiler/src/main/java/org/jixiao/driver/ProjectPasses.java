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

  /** A pass of one project; {@code tables} when it makes side tables the outputs read. */
  private record Pass(boolean tables, java.util.function.Consumer<BudgetContext> run) {}

  /** The form rules and the resolutions among them, in the order they run (each may read those before). */
  private static final java.util.List<Pass> RULE_PASSES = java.util.List.of(
      new Pass(false, ctx -> new FundingChecker(ctx).run()),
      new Pass(false, ctx -> new IndicatorRules(ctx).run()),
      new Pass(false, org.jixiao.semantics.rules.ProjectRules::run),
      new Pass(true, ctx -> new org.jixiao.semantics.resolve.CostProducts(ctx).run()),
      new Pass(true, ctx -> new org.jixiao.semantics.resolve.Adjustments(ctx).run()),
      new Pass(false, org.jixiao.semantics.adjust.AdjustmentRules::run),
      new Pass(true, ctx -> new org.jixiao.semantics.resolve.SelfEvalScores(ctx).run()),
      new Pass(false, org.jixiao.semantics.selfeval.SelfEvalRules::run),
      new Pass(true, ctx -> new org.jixiao.semantics.resolve.MonitorSnapshots(ctx).run()),
      new Pass(false, org.jixiao.semantics.monitor.MonitorRules::run),
      new Pass(false, ctx -> new CostChecker(ctx).run()),
      new Pass(false, ctx -> new AssertionChecker(ctx).run()),
      new Pass(false, ctx -> new DateChecker(ctx).run()),
      new Pass(false, ctx -> new TextChecker(ctx).run()));

  /**
   * The passes of one project in its own context {@code ctx} ({@link BudgetContext#forProject});
   * false when one failed.
   */
  static boolean run(BudgetContext ctx, boolean rules) {
    return run(ctx, rules, false);
  }

  /**
   * Only the passes that make the side tables the outputs read (names, funds, costs, adjustments,
   * self-evaluation, monitoring), for a project analysed again to be written: its findings are
   * known already. Only resolution writes the tables (their setters are its own), and the rules
   * between never change what it reads, so the tables are those of {@link #run}.
   */
  static void tables(BudgetContext ctx, boolean rules) {
    run(ctx, rules, true);
  }

  private static boolean run(BudgetContext ctx, boolean rules, boolean tablesOnly) {
    ProjectFile pf = ctx.projects().get(0);
    new NameResolver(ctx).run();
    new FundsResolver(ctx).run();
    if (!tablesOnly) {
      new StructureChecker(ctx).run();
    }
    boolean whole = true;
    if (rules) {
      SourceFile at = ctx.budgetFile() != null ? ctx.budgetFile() : pf.file();
      for (Pass p : RULE_PASSES) {
        if (p.tables() || !tablesOnly) {
          // Every pass runs, whichever failed before it.
          whole &= pass(ctx, at, () -> p.run().accept(ctx));
        }
      }
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
