package org.jixiao.semantics.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.units.Rational;
import org.jixiao.syntax.Adjustment;
import org.jixiao.syntax.CanonicalText;
import org.jixiao.syntax.FundsRow;
import org.jixiao.syntax.Name;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.syntax.Target;

/**
 * Each project's adjustments (调整), read once in date order and kept in {@link Resolution}: the
 * target indicator each line names (JX1301 when none), whether its new target differs from the one
 * in force, and each funds row's 年度 amount before and after. The latest target of each indicator
 * is what the monitoring and the self-evaluation are measured against ({@link
 * Resolution#currentTarget}). Runs before {@link MonitorSnapshots} and {@link SelfEvalScores}.
 */
public final class Adjustments {
  private final BudgetContext ctx;

  public Adjustments(BudgetContext ctx) {
    this.ctx = ctx;
  }

  public void run() {
    if (ctx.framework() == null || ctx.profile() == null) {
      return;
    }
    for (ProjectFile pf : ctx.ruledProjects()) {
      List<Adjustment> adjustments = new ArrayList<>();
      for (ProjectItem item : ctx.lines(pf).items()) {
        if (item instanceof ProjectItem.AdjustmentBlock a) {
          adjustments.add(a.adjustment());
        }
      }
      if (!adjustments.isEmpty()) {
        adjustments.sort(Comparator.comparing(Adjustment::date));
        ctx.resolution().adjustments(pf.project(), read(pf, adjustments));
      }
    }
  }

  private AdjustedTargets read(ProjectFile pf, List<Adjustment> adjustments) {
    FundingTable table = ctx.resolution().funding(pf.project());
    Map<String, Rational> funds = new HashMap<>(); // the sources' amounts as the adjustments so far leave them
    List<AdjustedTargets.Change> changes = new ArrayList<>();
    for (Adjustment a : adjustments) {
      List<AdjustedTargets.IndicatorChange> indicators = new ArrayList<>();
      NamedIndicators named = NamedIndicators.any(ctx, ctx.lines(pf).items());
      for (Adjustment.Indicator line : a.indicators()) {
        ProjectItem.Indicator target = find(pf, line, named);
        Target before = target == null ? null : ctx.resolution().currentTarget(target);
        boolean changed = before != null && !CanonicalText.target(before).equals(CanonicalText.target(line.target()));
        if (target != null) {
          ctx.resolution().adjustTarget(target, a.date(), line.target());
        }
        indicators.add(new AdjustedTargets.IndicatorChange(line, target, before, changed));
      }
      LifecycleAmounts amounts = new LifecycleAmounts(ctx, a.fundsUnit());
      List<AdjustedTargets.FundsChange> rows = new ArrayList<>();
      for (FundsRow row : a.funds()) {
        var source = ctx.profile().source(row.source().key());
        if (source == null) {
          continue; // an unknown source is reported by name resolution
        }
        Rational before = funds.getOrDefault(source.key(), table == null ? Rational.ZERO : table.annual(source.key()));
        Rational after = amounts.yuan(row.annualOrTerm());
        rows.add(new AdjustedTargets.FundsChange(row, source.key(), before, after));
        if (after != null) {
          funds.put(source.key(), after);
        }
      }
      changes.add(new AdjustedTargets.Change(a, indicators, rows));
    }
    return new AdjustedTargets(changes);
  }

  /** The target's indicator a line names by its path and column; JX1301 when none. */
  private ProjectItem.Indicator find(ProjectFile pf, Adjustment.Indicator line, NamedIndicators named) {
    List<Name> path = line.path();
    Name name = path.get(path.size() - 1);
    ProjectItem.Indicator found = named.find(path, line.column());
    if (found != null) {
      return found;
    }
    if (ctx.lines(pf).whole()) {
      ctx.report(Diagnostic.of(DiagnosticCode.ADJUST_UNKNOWN_INDICATOR, pf.file(), path.get(0).span().union(name.span()),
          String.join(".", path.stream().map(Name::text).toList())));
    }
    return null;
  }
}
