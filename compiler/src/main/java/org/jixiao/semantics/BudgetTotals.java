package org.jixiao.semantics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.syntax.Amount;
import org.jixiao.syntax.BudgetItem;
import org.jixiao.syntax.ProjectItem;

/**
 * Budget-level sums: the annual and implementation-period totals per department and for the whole
 * budget; a department's projects must fit within its stated ceiling (预算控制数).
 */
public final class BudgetTotals {
  /** One department's totals in 元, with its projects counted. */
  public record DepartmentTotal(String code, String name, int projects, Rational term, Rational annual) {}

  private final BudgetContext ctx;

  public BudgetTotals(BudgetContext ctx) {
    this.ctx = ctx;
  }

  public Map<String, DepartmentTotal> run() {
    Map<String, DepartmentTotal> totals = new LinkedHashMap<>();
    for (ProjectFile pf : ctx.projects()) {
      ProjectItem.Department d = FundingChecker.first(pf.project(), ProjectItem.Department.class);
      FundingTable funding = ctx.resolution().funding(pf.project());
      if (d == null || funding == null) {
        continue;
      }
      totals.merge(d.code(),
          new DepartmentTotal(d.code(), d.name().value(), 1, funding.term().total(), funding.annual().total()),
          (a, b) -> new DepartmentTotal(a.code(), a.name(), a.projects() + 1, a.term().plus(b.term()), a.annual().plus(b.annual())));
    }
    if (ctx.budget() != null) {
      for (BudgetItem item : ctx.budget().items()) {
        if (item instanceof BudgetItem.Ceiling c) {
          ceiling(c, totals.get(c.departmentCode()));
        }
      }
    }
    ctx.departmentTotals(totals);
    return totals;
  }

  /** Any project of the department, even one not summed because of a syntax error. */
  private boolean hasProjects(String code) {
    for (ProjectFile pf : ctx.projects()) {
      ProjectItem.Department d = FundingChecker.first(pf.project(), ProjectItem.Department.class);
      if (d != null && d.code().equals(code)) {
        return true;
      }
    }
    return false;
  }

  private void ceiling(BudgetItem.Ceiling c, DepartmentTotal total) {
    if (!(c.amount() instanceof Amount.Money money)) {
      return;
    }
    Unit unit = money.unit() == null ? ctx.library().unit("元") : ctx.resolution().unit(money.unit());
    if (unit == null) {
      return;
    }
    if (!unit.sameDimension(ctx.library().unit("元"))) {
      ctx.report(Diagnostic.of(DiagnosticCode.FUNDS_NOT_MONEY, ctx.budgetFile(), money.unit().span(), org.jixiao.diag.Arg.unit(money.unit().spelling())));
      return;
    }
    Rational limit = unit.amountIn(money.value(), ctx.library().unit("元"));
    if (total == null && !hasProjects(c.departmentCode())) {
      ctx.report(Diagnostic.of(DiagnosticCode.CEILING_WITHOUT_PROJECTS, ctx.budgetFile(), c.codeSpan(), c.departmentCode()));
    } else if (total != null && total.annual().compareTo(limit) > 0) {
      ctx.report(Diagnostic.of(DiagnosticCode.CEILING_EXCEEDED, ctx.budgetFile(), c.amount().span(), org.jixiao.diag.Arg.text(c.departmentCode()),
          ctx.money(total.annual()), ctx.money(limit), org.jixiao.diag.Arg.count(total.projects()),
          ctx.money(total.annual().minus(limit))));
    }
  }
}
