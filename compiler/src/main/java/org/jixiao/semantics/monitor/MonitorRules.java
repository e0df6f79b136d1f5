package org.jixiao.semantics.monitor;

import java.util.List;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.MonitorProgress;

/** The entry point of the monitoring checks: each rule over each project's snapshot. */
public final class MonitorRules {
  private static final List<MonitorRule> RULES = List.of(new SnapshotInYear(), new ReasonWhenOffTrack(), new ExecutionLight());

  private MonitorRules() {}

  public static void run(BudgetContext ctx) {
    for (ProjectFile pf : ctx.ruledProjects()) {
      MonitorProgress progress = ctx.resolution().monitoring(pf.project());
      if (progress != null) {
        RULES.forEach(r -> r.check(pf, progress, ctx));
      }
    }
  }
}
