package org.jixiao.semantics.monitor;

import java.util.Set;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.MonitorProgress;
import org.jixiao.syntax.Normalize;

/**
 * An indicator off track (its 全年预计完成 behind the target by more than the profile's deviation)
 * gives its 偏差原因 (JX1202); a cause's class is one the profile lists (JX1203: 经费保障, or 经费 for short).
 */
final class ReasonWhenOffTrack implements MonitorRule {
  @Override
  public void check(ProjectFile pf, MonitorProgress progress, BudgetContext ctx) {
    Set<String> causes = ctx.profile().words("causes");
    for (MonitorProgress.Line l : progress.lines()) {
      var a = l.actual();
      String name = a.path().get(a.path().size() - 1).text();
      if (l.offTrack() && (a.cause() == null || a.reason() == null)) {
        ctx.report(Diagnostic.of(DiagnosticCode.MONITOR_REASON_MISSING, pf.file(), a.forecast().span(), name,
            Points.percent(l.deviation().negate()), String.join("、", causes)));
      }
      if (a.cause() != null && !causes.isEmpty()) {
        String written = Normalize.key(a.cause().text());
        boolean known = causes.stream().anyMatch(c -> Normalize.key(c).startsWith(written));
        if (!known) {
          ctx.report(Diagnostic.of(DiagnosticCode.MONITOR_UNKNOWN_CAUSE, pf.file(), a.cause().span(), a.cause().text(),
              String.join("、", causes)));
        }
      }
    }
  }
}
