package org.jixiao.semantics.adjust;

import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.AdjustedTargets;

/** One check of an adjustment, as a small class. */
interface AdjustmentRule {
  void check(ProjectFile pf, AdjustedTargets.Change change, BudgetContext ctx);
}
