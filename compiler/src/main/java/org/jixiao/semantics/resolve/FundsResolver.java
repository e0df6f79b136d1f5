package org.jixiao.semantics.resolve;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.diag.Arg;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.semantics.units.Rational;
import org.jixiao.semantics.units.Unit;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.Amount;
import org.jixiao.syntax.Column;
import org.jixiao.syntax.FundsRow;
import org.jixiao.syntax.ProjectItem;

/**
 * Reads each project's funds block into a {@link FundingTable}: every amount in exact 元, whatever
 * unit it was written in, by column and source. An amount that is not money or not to the 分, and
 * a second amount on a one-column template, are reported here; a project whose block cannot be read
 * whole gets no table, so that no later check or total echoes the problem. The 预算成本构成 of
 * each project whose template prints one is read the same way ({@link CostComposition}). Then the
 * budget's totals ({@link BudgetFunds}) are added up once from the tables.
 */
public final class FundsResolver {
  private final BudgetContext ctx;
  private final Unit yuan;
  /** Amounts already reported: a one-amount row is read for both columns but is one cell. */
  private final Set<Amount> reported = Collections.newSetFromMap(new IdentityHashMap<>());

  public FundsResolver(BudgetContext ctx) {
    this.ctx = ctx;
    this.yuan = ctx.library().unit("元");
  }

  public void run() {
    // Without a profile the sources cannot be known (the missing profile is reported): no tables.
    for (ProjectFile pf : ctx.profile() == null ? List.<ProjectFile>of() : ctx.projects()) {
      // A funds block with a syntax error on it gets no table: its rows are not all known.
      ProjectItem.Funds funds = ctx.lines(pf).first(ProjectItem.Funds.class);
      FundingTable table = funds == null ? null : table(pf.file(), funds);
      if (table != null) {
        ctx.resolution().funding(pf.project(), table);
      }
    }
    for (ProjectFile pf : ctx.profile() == null ? List.<ProjectFile>of() : ctx.projects()) {
      ProjectItem.Costs costs = ctx.lines(pf).first(ProjectItem.Costs.class);
      int columns = ctx.profile().costColumns().size();
      if (costs != null && ctx.profile().has("costs") && columns > 0) {
        ctx.resolution().costs(pf.project(), CostComposition.of(costs, columns, ctx));
      }
    }
  }

  /** The whole budget's funds added up, from the tables of every project (after {@link #run} on each). */
  public void runOnBudget() {
    ctx.resolution().budgetFunds(BudgetFunds.of(ctx.digests(), ctx.profile()));
  }

  private FundingTable table(SourceFile file, ProjectItem.Funds funds) {
    Unit defaultUnit = funds.unit() == null ? yuan : ctx.resolution().unit(funds.unit());
    if (defaultUnit == null) {
      return null;
    }
    if (!defaultUnit.sameDimension(yuan)) {
      ctx.report(Diagnostic.of(DiagnosticCode.FUNDS_NOT_MONEY, file, funds.unit().span(), Arg.unit(funds.unit().spelling())));
      return null;
    }
    List<FundingTable.Cell> term = new ArrayList<>();
    List<FundingTable.Cell> annual = new ArrayList<>();
    FundingTable.Cell termTotal = null;
    FundingTable.Cell annualTotal = null;
    // A template with one amount column (年度 only) reads each row's one amount as that column.
    boolean oneColumn = !ctx.profile().hasColumn("term");
    for (FundsRow row : funds.rows()) {
      if (oneColumn && row.annual() != null) {
        ctx.report(Diagnostic.of(DiagnosticCode.AMOUNT_IN_ABSENT_COLUMN, file, row.annual().span(),
            ctx.profile().columns().isEmpty() ? "" : ctx.profile().columns().get(0).label()));
        return null;
      }
      boolean isTotal = NameResolver.isTotal(row.source(), ctx.profile());
      RuleProfile.FundingSource source = ctx.resolution().source(row);
      if (!isTotal && source == null) {
        return null; // an unknown source: reported; sums without it would mislead
      }
      FundingTable.Cell t = cell(file, row, source, row.term(), defaultUnit);
      // One amount on the row stands for both columns: one cell, computed (and reported) once.
      FundingTable.Cell a = row.annual() == null ? t : cell(file, row, source, row.annual(), defaultUnit);
      if (t == null || a == null) {
        return null; // an amount that is not money: reported; sums would only echo it
      }
      if (isTotal) {
        // A blank total is a total left out: it is derived, not read as 0.
        termTotal = t.blank() ? null : t;
        annualTotal = a.blank() ? null : a;
      } else {
        term.add(t);
        annual.add(a);
      }
    }
    Map<Column, FundingTable.ColumnFunds> columns = new EnumMap<>(Column.class);
    if (!oneColumn) {
      columns.put(Column.TERM, new FundingTable.ColumnFunds(term, termTotal, sum(term)));
    }
    columns.put(Column.ANNUAL, new FundingTable.ColumnFunds(annual, annualTotal, sum(annual)));
    return new FundingTable(columns);
  }

  private FundingTable.Cell cell(
      SourceFile file, FundsRow row, RuleProfile.FundingSource source, Amount amount, Unit defaultUnit) {
    if (amount instanceof Amount.Blank) {
      return new FundingTable.Cell(row, source, amount, Rational.ZERO, true);
    }
    Amount.Money money = (Amount.Money) amount;
    Unit unit = money.unit() == null ? defaultUnit : ctx.resolution().unit(money.unit());
    if (unit == null) {
      return null;
    }
    if (!unit.sameDimension(yuan)) {
      reportOnce(amount, Diagnostic.of(DiagnosticCode.FUNDS_NOT_MONEY, file, money.unit().span(), Arg.unit(money.unit().spelling())));
      return null;
    }
    Rational value = unit.amountIn(money.value(), yuan);
    if (!value.times(Rational.of(100, 1)).denominator().equals(BigInteger.ONE)) {
      reportOnce(amount, Diagnostic.of(DiagnosticCode.AMOUNT_BELOW_FEN, file, money.span(), Arg.text(org.jixiao.syntax.CanonicalText.amount(money)), BudgetContext.yuan(value)));
    }
    return new FundingTable.Cell(row, source, amount, value, false);
  }

  private void reportOnce(Amount amount, Diagnostic d) {
    if (reported.add(amount)) {
      ctx.report(d);
    }
  }

  private static Rational sum(List<FundingTable.Cell> cells) {
    Rational total = Rational.ZERO;
    for (FundingTable.Cell c : cells) {
      total = total.plus(c.yuan());
    }
    return total;
  }
}
