package org.jixiao.semantics.monitor;

import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.MonitorProgress;

/** A snapshot is taken during its budget year (JX1205): monitoring is of the year being spent. */
final class SnapshotInYear implements MonitorRule {
  @Override
  public void check(ProjectFile pf, MonitorProgress progress, BudgetContext ctx) {
    int year = ctx.budget() == null ? 0 : ctx.budget().year();
    var m = progress.monitoring();
    if (year > 0 && m.date().getYear() != year) {
      ctx.report(Diagnostic.of(DiagnosticCode.MONITOR_DATE_OUTSIDE_YEAR, pf.file(), m.dateSpan(), m.date().toString(),
          String.valueOf(year)));
    }
  }
}
