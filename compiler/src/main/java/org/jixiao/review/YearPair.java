package org.jixiao.review;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.SelfEvalScore;
import org.jixiao.semantics.units.Rational;
import org.jixiao.semantics.units.Unit;
import org.jixiao.syntax.Column;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.syntax.Target;

/**
 * One project in this year's budget beside the same project last year (matched by name), with
 * what the review rules read of both: the 年度 indicators by identity (category and name), last
 * year's actuals from its self-evaluation, and each year's 年度资金 total.
 */
record YearPair(ProjectFile current, BudgetContext now, ProjectFile previous, BudgetContext before) {
  /** The 年度 indicators of a project that name a category of the framework. */
  static List<ProjectItem.Indicator> annual(ProjectFile pf, BudgetContext ctx) {
    List<ProjectItem.Indicator> out = new ArrayList<>();
    for (ProjectItem item : pf.project().items()) {
      if (item instanceof ProjectItem.Indicator i && i.path().size() >= 2 && i.column() != Column.TERM
          && ctx.resolution().category(i) != null) {
        out.add(i);
      }
    }
    return out;
  }

  /** An indicator's identity across the years: its category's name and its own name. */
  static String identity(ProjectItem.Indicator i, BudgetContext ctx) {
    return ctx.resolution().category(i).name() + "\u0000" + i.name().key();
  }

  /** Last year's indicator of the same identity; null when there is none. */
  ProjectItem.Indicator lastYear(ProjectItem.Indicator i) {
    String id = identity(i, now);
    return annual(previous, before).stream().filter(p -> identity(p, before).equals(id)).findFirst().orElse(null);
  }

  /** Last year's 实际完成值 of an indicator, in base units; null when its self-evaluation gives none that is a quantity. */
  Rational lastActual(ProjectItem.Indicator last) {
    SelfEvalScore score = before.resolution().selfEvaluation(previous.project());
    if (score == null) {
      return null;
    }
    for (SelfEvalScore.Line l : score.lines()) {
      if (l.indicator() == last && l.actual().value() instanceof Target.Quantity q) {
        Unit unit = q.unit() == null ? Unit.ONE : before.resolution().unit(q.unit());
        return unit == null ? null : Rational.of(q.value()).times(unit.scale());
      }
    }
    return null;
  }

  /** A target quantity in base units; null for another kind of target or an unknown unit. */
  static Rational base(ProjectItem.Indicator i, BudgetContext ctx) {
    if (!(i.target() instanceof Target.Quantity q)) {
      return null;
    }
    Unit unit = q.unit() == null ? Unit.ONE : ctx.resolution().unit(q.unit());
    return unit == null ? null : Rational.of(q.value()).times(unit.scale());
  }

  /** The dimension of a target's unit; null for no quantity. */
  static Unit unit(ProjectItem.Indicator i, BudgetContext ctx) {
    if (!(i.target() instanceof Target.Quantity q)) {
      return null;
    }
    return q.unit() == null ? Unit.ONE : ctx.resolution().unit(q.unit());
  }

  /** The 年度资金 total in 元; null without a funds table. */
  static Rational annualFunds(ProjectFile pf, BudgetContext ctx) {
    var table = ctx.resolution().funding(pf.project());
    return table == null || !table.has(Column.ANNUAL) ? null : table.columns().get(Column.ANNUAL).total();
  }
}
