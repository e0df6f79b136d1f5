package org.jixiao.semantics.resolve;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.semantics.units.Rational;
import org.jixiao.semantics.units.Unit;
import org.jixiao.syntax.Column;
import org.jixiao.syntax.Comparator;
import org.jixiao.syntax.Monitoring;
import org.jixiao.syntax.Name;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.syntax.Target;

/**
 * Each project's monitoring snapshot, read once and kept in {@link Resolution#monitoring}: its
 * indicators matched with the target's 年度 ones by path (JX1201 when none), the 偏离度 of each
 * 全年预计完成 by the indicator's direction, against the target in force on the snapshot's date (an
 * adjustment after it does not count) and the profile's {@code score deviation}, and the
 * execution so far against the share of the year gone by, lit by the profile's {@code score light}
 * lines. A forecast in a unit of another kind than its target is reported here (JX1207).
 */
public final class MonitorSnapshots {
  private static final Rational HUNDRED = Rational.of(100, 1);
  private final BudgetContext ctx;

  public MonitorSnapshots(BudgetContext ctx) {
    this.ctx = ctx;
  }

  public void run() {
    if (ctx.framework() == null || ctx.profile() == null) {
      return;
    }
    for (ProjectFile pf : ctx.ruledProjects()) {
      ProjectItem.MonitoringBlock block = ctx.lines(pf).first(ProjectItem.MonitoringBlock.class);
      if (block != null) {
        ctx.resolution().monitoring(pf.project(), progress(pf, block.monitoring()));
      }
    }
  }

  private MonitorProgress progress(ProjectFile pf, Monitoring m) {
    List<RuleProfile.ScoreRule> thresholds = ctx.profile().scores("deviation");
    Rational threshold = thresholds.isEmpty() ? null : Rational.of(thresholds.get(thresholds.size() - 1).low()).dividedBy(HUNDRED);
    List<MonitorProgress.Line> lines = new ArrayList<>();
    NamedIndicators annual = NamedIndicators.annual(ctx, ctx.lines(pf).items());
    for (Monitoring.Actual a : m.actuals()) {
      ProjectItem.Indicator target = find(pf, a.path(), annual);
      Rational deviation = target == null ? null : deviation(pf, target, a, m.date());
      boolean off = deviation != null && threshold != null && deviation.negate().compareTo(threshold) > 0;
      lines.add(new MonitorProgress.Line(a, target, deviation, off));
    }
    Rational elapsed = Rational.of(m.date().getDayOfYear(), m.date().lengthOfYear());
    return new MonitorProgress(m, lines, execution(m, elapsed), elapsed);
  }

  /** The target's 年度 indicator a path names; JX1201 when none (waiting for a whole form: it may name the line being typed). */
  private ProjectItem.Indicator find(ProjectFile pf, List<Name> path, NamedIndicators annual) {
    Name name = path.get(path.size() - 1);
    ProjectItem.Indicator found = annual.find(path, Column.BOTH);
    if (found != null) {
      return found;
    }
    if (ctx.lines(pf).whole()) {
      ctx.report(Diagnostic.of(DiagnosticCode.MONITOR_UNKNOWN_INDICATOR, pf.file(), path.get(0).span().union(name.span()),
          String.join(".", path.stream().map(Name::text).toList())));
    }
    return null;
  }

  /**
   * 偏离度 by direction, positive when ahead and negative when behind: (forecast − target) ÷ target
   * for a ≥ target, its negation for a ≤ target, minus its size for an exact one; null without a
   * forecast, a quantity target or comparable units.
   */
  private Rational deviation(ProjectFile pf, ProjectItem.Indicator i, Monitoring.Actual a, java.time.LocalDate day) {
    if (!(ctx.resolution().targetOn(i, day) instanceof Target.Quantity q) || !(a.forecast() instanceof Target.Quantity f) || q.value().signum() == 0) {
      return null;
    }
    Unit tu = q.unit() == null ? Unit.ONE : ctx.resolution().unit(q.unit());
    Unit fu = f.unit() == null ? Unit.ONE : ctx.resolution().unit(f.unit());
    if (tu == null || fu == null) {
      return null;
    }
    if (!tu.sameDimension(fu)) {
      ctx.report(Diagnostic.of(DiagnosticCode.MONITOR_FORECAST_UNIT, pf.file(), f.span(), i.name().text(),
          pf.file().slice(f.span()), pf.file().slice(q.span())));
      return null;
    }
    Rational target = Rational.of(q.value()).times(tu.scale());
    Rational d = Rational.of(f.value()).times(fu.scale()).minus(target).dividedBy(target);
    Comparator c = q.comparator();
    if (c == Comparator.LE || c == Comparator.LT) {
      return d.negate();
    }
    if (c == Comparator.EQ) {
      return d.signum() < 0 ? d : d.negate();
    }
    return d;
  }

  /** Execution so far against the year gone by: the darkest light whose floor (percent of the time's pace) it falls under. */
  private MonitorProgress.Execution execution(Monitoring m, Rational elapsed) {
    if (m.funds().isEmpty()) {
      return null;
    }
    LifecycleAmounts amounts = new LifecycleAmounts(ctx, m.fundsUnit());
    List<MonitorProgress.FundsRow> rows = new ArrayList<>();
    Rational budget = Rational.ZERO;
    Rational executed = Rational.ZERO;
    for (Monitoring.FundsRow row : m.funds()) {
      if (amounts.total(row.source())) {
        continue;
      }
      Rational b = amounts.yuan(row.budget());
      Rational x = amounts.yuan(row.executed());
      if (b == null || x == null) {
        return null;
      }
      rows.add(new MonitorProgress.FundsRow(row.source(), b, x));
      budget = budget.plus(b);
      executed = executed.plus(x);
    }
    if (budget.signum() == 0) {
      return null;
    }
    Rational rate = executed.dividedBy(budget);
    String light = null;
    Rational floor = null;
    for (RuleProfile.ScoreRule r : ctx.profile().scores("light")) {
      Rational f = Rational.of(r.low()).dividedBy(HUNDRED);
      if (rate.compareTo(elapsed.times(f)) < 0 && (floor == null || f.compareTo(floor) < 0)) {
        light = r.label();
        floor = f;
      }
    }
    return new MonitorProgress.Execution(rows, budget, executed, rate, light, floor);
  }
}
