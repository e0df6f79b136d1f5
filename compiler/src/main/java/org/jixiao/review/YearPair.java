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

  /** An indicator's identity across the years: its category's name and its own name, its years relative to the budget's. */
  static String identity(ProjectItem.Indicator i, BudgetContext ctx) {
    return ctx.resolution().category(i).name() + "\u0000" + yearless(i.name().key(), ctx);
  }

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?<![0-9])(19|20)[0-9]{2}(?![0-9])");

  /**
   * A name with each year near the budget's written relative to it: 截至2026年12月底 in the 2026
   * budget and 截至2025年12月底 in the 2025 one are the same indicator, 2024-2025年度供暖季 and
   * 2023-2024年度供暖季 the same project a year apart.
   */
  static String yearless(String name, BudgetContext ctx) {
    int year = ctx.budget() == null ? 0 : ctx.budget().year();
    java.util.regex.Matcher m = YEAR.matcher(name);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int offset = Integer.parseInt(m.group()) - year;
      m.appendReplacement(out, Math.abs(offset) <= 5 ? "\u0001" + offset + "\u0001" : m.group());
    }
    return m.appendTail(out).toString();
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
