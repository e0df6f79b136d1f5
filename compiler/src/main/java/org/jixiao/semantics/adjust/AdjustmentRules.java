package org.jixiao.semantics.adjust;

import java.util.List;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.AdjustedTargets;

/** The entry point of the adjustment checks: each rule over each adjustment of each project, in date order. */
public final class AdjustmentRules {
  private static final List<AdjustmentRule> RULES = List.of(
      new DatedInYear(), new ReasonGiven(), new TargetsFollowFunds(), new SameKindOfTarget(), new ChangesSomething());

  private AdjustmentRules() {}

  public static void run(BudgetContext ctx) {
    for (ProjectFile pf : ctx.ruledProjects()) {
      AdjustedTargets read = ctx.resolution().adjustments(pf.project());
      if (read != null) {
        for (AdjustedTargets.Change change : read.changes()) {
          RULES.forEach(r -> r.check(pf, change, ctx));
        }
      }
    }
  }
}
