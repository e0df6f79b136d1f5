package org.jixiao.tables;

import static org.jixiao.tables.Amounts.decimalText;
import static org.jixiao.tables.Amounts.yuanText;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.semantics.resolve.MonitorProgress;
import org.jixiao.semantics.units.Rational;
import org.jixiao.syntax.Monitoring;
import org.jixiao.syntax.Name;
import org.jixiao.syntax.Target;

/** The 运行监控 of a {@link ProjectView}, from the snapshot {@code MonitorSnapshots} read once: nothing is recomputed here. */
final class MonitorViews {
  private MonitorViews() {}

  /** The snapshot of a project; {@code shown} prints a target or a figure as the form does. */
  static ProjectView.Monitoring of(ProjectFile pf, BudgetContext ctx, Function<Target, String> shown) {
    MonitorProgress m = ctx.resolution().monitoring(pf.project());
    if (m == null) {
      return null;
    }
    List<ProjectView.Progress> actuals = new ArrayList<>();
    for (MonitorProgress.Line l : m.lines()) {
      Monitoring.Actual a = l.actual();
      List<Name> path = a.path();
      IndicatorFramework.Category category = l.indicator() == null ? null : ctx.resolution().category(l.indicator());
      String target = l.indicator() == null ? null : shown.apply(ctx.resolution().targetOn(l.indicator(), m.monitoring().date()));
      actuals.add(new ProjectView.Progress(category == null ? null : category.level(), category == null ? null : category.name(),
          path.get(path.size() - 1).text(), target, shown.apply(a.value()), shown.apply(a.forecast()), decimalText(l.deviation()),
          l.offTrack(), a.cause() == null ? null : a.cause().text(), a.reason() == null ? null : a.reason().value()));
    }
    List<ProjectView.StageFunds> funds = List.of();
    ProjectView.MonitorExecution execution = null;
    MonitorProgress.Execution x = m.execution();
    if (x != null) {
      List<StageFundsViews.Written> written = x.rows().stream()
          .map(r -> new StageFundsViews.Written(r.source(), null, r.budget(), r.executed())).toList();
      funds = StageFundsViews.of(ctx, written, new StageFundsViews.Written(null, null, x.budget(), x.executed()));
      execution = new ProjectView.MonitorExecution(yuanText(x.budget()),
          yuanText(x.executed()), decimalText(x.rate()), decimalText(m.elapsed()), x.light());
    }
    Monitoring snapshot = m.monitoring();
    return new ProjectView.Monitoring(snapshot.date().toString(), snapshot.date().getMonthValue(), funds, execution, actuals);
  }

}
