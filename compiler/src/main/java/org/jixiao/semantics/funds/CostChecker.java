package org.jixiao.semantics.funds;

import java.util.List;
import org.jixiao.diag.Arg;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.CostProduct;
import org.jixiao.semantics.resolve.FundingTable;
import org.jixiao.semantics.units.Rational;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.Column;

/**
 * Cost against funds (F5): each unit cost × quantity that resolution computed ({@code
 * Resolution.products}) compared with its column's funds, with the arithmetic shown: 200750 吨/年 ×
 * 110 元/吨 = 22,082,500 元/年 &gt; 年度资金 16,560,000 元. An amount over the funds is reported
 * (JX0510); one under them only when it is the column's one product (JX0511): with several, the
 * funds pay for them all.
 */
public final class CostChecker {
  private final BudgetContext ctx;

  public CostChecker(BudgetContext ctx) {
    this.ctx = ctx;
  }

  public void run() {
    for (ProjectFile pf : ctx.ruledProjects()) {
      FundingTable funding = ctx.resolution().funding(pf.project());
      List<CostProduct> products = ctx.resolution().products(pf.project());
      if (funding == null || products.isEmpty()) {
        continue;
      }
      // One warning per finding, the budget year's first: a reviewer reads the same arithmetic
      // against the same funds once.
      java.util.Set<String> warned = new java.util.HashSet<>();
      for (Column column : List.of(Column.ANNUAL, Column.TERM)) {
        compare(pf, column, products, funding.column(column).total(), warned);
      }
    }
  }

  private void compare(ProjectFile pf, Column column, List<CostProduct> products, Rational funds, java.util.Set<String> warned) {
    CostProduct first = null;
    int count = 0;
    for (CostProduct p : products) {
      if (p.column() != column) {
        continue;
      }
      count++;
      first = first == null ? p : first;
      if (p.amount().compareTo(funds) > 0) {
        warn(pf, column, funds, p, warned, DiagnosticCode.COST_EXCEEDS_FUNDS);
      }
    }
    if (count == 1 && first.amount().compareTo(funds) < 0) {
      warn(pf, column, funds, first, warned, DiagnosticCode.COST_DIFFERS_FROM_FUNDS);
    }
  }

  private void warn(ProjectFile pf, Column column, Rational funds, CostProduct p, java.util.Set<String> warned, DiagnosticCode code) {
    // The same arithmetic against the same funds is one finding (a one-year project's columns
    // are one year); against other funds (columns that differ, JX0503) it is another.
    String lines = System.identityHashCode(p.cost()) + ":" + System.identityHashCode(p.quantityLine())
        + ":" + p.amount() + ":" + funds;
    if (warned.add(lines)) {
      SourceFile file = pf.file();
      ctx.report(Diagnostic.of(code, file, p.costTarget().span(),
          Arg.text(org.jixiao.syntax.CanonicalText.quantity(p.quantity())), Arg.text(p.price()), p.shown(),
          Arg.key(column == Column.ANNUAL ? "column.annual" : "column.term"), ctx.money(funds), ctx.money(p.amount().minus(funds))));
    }
  }
}
