package org.jixiao.semantics.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.diag.Arg;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.semantics.library.Roles;
import org.jixiao.semantics.resolve.FundingTable;
import org.jixiao.semantics.units.Rational;
import org.jixiao.semantics.units.Unit;
import org.jixiao.syntax.Column;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.syntax.Target;

/**
 * Funds implausibly small for what they pay for (JX0513): the annual funds divided by a counted
 * quantity (8,000 人, 1,200 所) come to less than the profile's {@code limit unitfunds} 元
 * each. The usual cause is an amount in 万元 written without its unit, read as 元: the message
 * names the factor (×10,000) and what each unit would get with it. Counted quantities are those of
 * a counting word ({@code counter}) or of a dimension the profile lists in {@code words counted}
 * (人数, 人次); amounts per litre or per kWh can be small and are not counted.
 */
final class FundsPerUnit implements ProjectRule {
  @Override
  public boolean needsEveryLine() {
    return false; // the largest count among more lines spreads the funds thinner still: a finding stays true
  }

  @Override
  public void check(ProjectFile pf, List<ProjectItem.Indicator> indicators, BudgetContext ctx) {
    BigDecimal floor = ctx.profile().limit("unitfunds");
    FundingTable funding = ctx.resolution().funding(pf.project());
    Unit yuan = ctx.library().unit("元");
    Unit wan = ctx.library().unit("万元");
    if (floor == null || funding == null || yuan == null || wan == null) {
      return;
    }
    Rational funds = funding.column(Column.ANNUAL).total();
    if (funds.signum() <= 0) {
      return;
    }
    // The largest count spreads the funds thinnest; ties go to the first name, so the report does
    // not depend on the order the lines are written in.
    ProjectItem.Indicator widest = null;
    Target.Quantity widestTarget = null;
    for (ProjectItem.Indicator i : indicators) {
      IndicatorFramework.Category c = ctx.resolution().category(i);
      if (c == null || Roles.of(c) != Roles.QUANTITY || !i.column().coversAnnual()
          || !(i.target() instanceof Target.Quantity q) || q.value().signum() <= 0) {
        continue;
      }
      Unit unit = ctx.resolution().unit(q.unit());
      if (unit == null || countedDimension(unit, ctx) == null) {
        continue;
      }
      int order = widestTarget == null ? 1 : q.value().compareTo(widestTarget.value());
      if (order > 0 || (order == 0 && i.name().key().compareTo(widest.name().key()) < 0)) {
        widest = i;
        widestTarget = q;
      }
    }
    if (widest == null) {
      return;
    }
    Rational each = funds.dividedBy(Rational.of(widestTarget.value()));
    if (each.compareTo(Rational.of(floor)) < 0) {
      Rational factor = wan.amountIn(BigDecimal.ONE, yuan);
      ctx.report(Diagnostic.of(DiagnosticCode.FUNDS_TOO_SMALL_FOR_QUANTITY, pf.file(), widestTarget.span(),
          ctx.money(funds), Arg.text(widest.name().text()), Arg.text(widestTarget.numberText() + " " + widestTarget.unit().spelling()),
          BudgetContext.yuan(each), Arg.text(org.jixiao.semantics.units.Measure.format(factor)), BudgetContext.yuan(each.times(factor))));
    }
  }

  /** The counted dimension of a quantity (人数 in 人 or 人/年), or null when it counts nothing. */
  private static String countedDimension(Unit unit, BudgetContext ctx) {
    String found = null;
    for (Map.Entry<String, Integer> e : unit.dimension().powers().entrySet()) {
      boolean counted = ctx.library().isCounter(e.getKey()) || ctx.profile().words("counted").contains(e.getKey());
      if (counted && e.getValue() == 1) {
        found = e.getKey();
      } else if (e.getValue() > 0) {
        return null; // a count of something else too (人·天): not one count of things
      }
    }
    return found;
  }
}
