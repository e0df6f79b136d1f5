package org.jixiao.semantics.rules;

import java.util.List;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;

/**
 * The entry point of the template rules: each rule over each project, on the lines it may read
 * (see {@link ProjectRule#needsEveryLine}).
 */
public final class ProjectRules {
  private static final List<ProjectRule> RULES =
      List.of(new IndicatorPartValues(), new DirectionMatchesComparator(), new WeightTotals(),
          new IndicatorNameLength(), new PeriodRangeRule(), new CostCompositionRule(),
          new FixedIndicatorRule(), new FundsPerUnit());

  private ProjectRules() {}

  public static void run(BudgetContext ctx) {
    if (ctx.profile() == null) {
      return;
    }
    for (ProjectFile pf : ctx.ruledProjects()) {
      org.jixiao.semantics.ReadableLines lines = ctx.lines(pf);
      List<org.jixiao.syntax.ProjectItem.Indicator> indicators = Indicators.of(pf, lines);
      for (ProjectRule rule : RULES) {
        if (lines.whole() || !rule.needsEveryLine()) {
          rule.check(pf, indicators, ctx);
        }
      }
    }
  }
}
