package org.jixiao.semantics.funds;

import org.jixiao.diag.Arg;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.resolve.BudgetFunds;
import org.jixiao.semantics.units.Rational;
import org.jixiao.semantics.units.Unit;
import org.jixiao.syntax.Amount;
import org.jixiao.syntax.BudgetItem;
import org.jixiao.syntax.Column;

/**
 * A department's projects must fit within its stated ceiling (预算控制数), read against the
 * budget's totals ({@link BudgetFunds}) that resolution added up.
 */
public final class CeilingChecker {
  private final BudgetContext ctx;

  public CeilingChecker(BudgetContext ctx) {
    this.ctx = ctx;
  }

  public void run() {
    if (ctx.budget() == null || ctx.resolution().budgetFunds() == null) {
      return;
    }
    for (BudgetItem item : ctx.budget().items()) {
      if (item instanceof BudgetItem.Ceiling c) {
        ceiling(c, ctx.resolution().budgetFunds().department(c.departmentCode()));
      }
    }
  }

  /** Any project of the department, even one not summed because of a syntax error. */
  private boolean hasProjects(String code) {
    for (org.jixiao.semantics.ProjectDigest pf : ctx.digests()) {
      if (pf.department() != null && code.equals(pf.department().code())) {
        return true;
      }
    }
    return false;
  }

  private void ceiling(BudgetItem.Ceiling c, BudgetFunds.DepartmentTotal total) {
    if (!(c.amount() instanceof Amount.Money money)) {
      return;
    }
    Unit yuan = ctx.library().unit("元");
    Unit unit = money.unit() == null ? yuan : ctx.resolution().unit(money.unit());
    if (unit == null) {
      return;
    }
    if (!unit.sameDimension(yuan)) {
      ctx.report(Diagnostic.of(DiagnosticCode.FUNDS_NOT_MONEY, ctx.budgetFile(), money.unit().span(), Arg.unit(money.unit().spelling())));
      return;
    }
    Rational limit = unit.amountIn(money.value(), yuan);
    if (!hasProjects(c.departmentCode())) {
      ctx.report(Diagnostic.of(DiagnosticCode.CEILING_WITHOUT_PROJECTS, ctx.budgetFile(), c.codeSpan(), c.departmentCode()));
    } else if (total != null && total.total(Column.ANNUAL).compareTo(limit) > 0) {
      Rational annual = total.total(Column.ANNUAL);
      ctx.report(Diagnostic.of(DiagnosticCode.CEILING_EXCEEDED, ctx.budgetFile(), c.amount().span(), Arg.text(c.departmentCode()),
          ctx.money(annual), ctx.money(limit), Arg.count(total.projects()), ctx.money(annual.minus(limit))));
    }
  }
}
