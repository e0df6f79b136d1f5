package org.jixiao.semantics.monitor;

import org.jixiao.diag.Arg;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.MonitorProgress;

/** Budget execution behind the time elapsed by the profile's light thresholds: a yellow or red light (JX1204). */
final class ExecutionLight implements MonitorRule {
  @Override
  public void check(ProjectFile pf, MonitorProgress progress, BudgetContext ctx) {
    var x = progress.execution();
    if (x == null || x.light() == null) {
      return;
    }
    var m = progress.monitoring();
    ctx.report(Diagnostic.of(DiagnosticCode.MONITOR_EXECUTION_LIGHT, pf.file(), m.dateSpan(), Arg.text(x.light()),
        Arg.text(Points.percent(x.rate())), Arg.text(Points.percent(progress.elapsed())), Arg.text(m.date().toString()),
        Arg.text(Points.percent(x.lightFloor())), ctx.money(x.executed()), ctx.money(x.budget())));
  }
}
