package org.jixiao.semantics.monitor;

import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.MonitorProgress;

/** One check of a monitoring snapshot, as a small class. */
interface MonitorRule {
  void check(ProjectFile pf, MonitorProgress progress, BudgetContext ctx);
}
