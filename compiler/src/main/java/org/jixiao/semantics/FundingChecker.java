package org.jixiao.semantics;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.Arg;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.syntax.Amount;
import org.jixiao.syntax.Column;
import org.jixiao.syntax.Decl;
import org.jixiao.syntax.FundsRow;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;
import org.jixiao.syntax.Target;

/**
 * The funding rules, in exact decimals whatever unit each amount was written in: every amount is
 * money to the 分; each column's written total is the sum of its sources (F1); the annual column
 * never exceeds the implementation period (F2); a one-year project has equal columns (F3); a
 * project with targets and no money is suspicious (F4). Builds the {@link FundingTable}.
 */
public final class FundingChecker {
  private final BudgetContext ctx;
  private final Unit yuan;

  public FundingChecker(BudgetContext ctx) {
    this.ctx = ctx;
    this.yuan = ctx.library().unit("元");
  }

  public void run() {
    if (ctx.profile() == null) {
      return; // sources cannot be known; the missing profile is reported
    }
    for (ProjectFile pf : ctx.checkedProjects()) {
      ProjectItem.Funds funds = first(pf.project(), ProjectItem.Funds.class);
      if (funds != null) {
        check(pf, funds);
      }
    }
  }

  static <T extends ProjectItem> T first(Decl.Project project, Class<T> type) {
    for (ProjectItem item : project.items()) {
      if (type.isInstance(item)) {
        return type.cast(item);
      }
    }
    return null;
  }

  private void check(ProjectFile pf, ProjectItem.Funds funds) {
    SourceFile file = pf.file();
    Unit defaultUnit = funds.unit() == null ? yuan : ctx.resolution().unit(funds.unit());
    if (defaultUnit == null) {
      return;
    }
    if (!defaultUnit.sameDimension(yuan)) {
      ctx.report(Diagnostic.of(DiagnosticCode.FUNDS_NOT_MONEY, file, funds.unit().span(), Arg.unit(funds.unit().spelling())));
      return;
    }
    List<FundingTable.Cell> term = new ArrayList<>();
    List<FundingTable.Cell> annual = new ArrayList<>();
    FundingTable.Cell termTotal = null;
    FundingTable.Cell annualTotal = null;
    FundingTable.Cell firstBlank = null;
    // A template with one amount column (年度 only) reads each row's one amount as that column.
    boolean oneColumn = !ctx.profile().hasColumn("term");
    for (FundsRow row : funds.rows()) {
      if (oneColumn && row.annual() != null) {
        ctx.report(Diagnostic.of(DiagnosticCode.AMOUNT_IN_ABSENT_COLUMN, file, row.annual().span(),
            ctx.profile().columns().isEmpty() ? "" : ctx.profile().columns().get(0).label()));
        return;
      }
      boolean isTotal = NameResolver.isTotal(row.source(), ctx.profile());
      RuleProfile.FundingSource source = ctx.resolution().source(row);
      if (!isTotal && source == null) {
        return; // an unknown source: reported; sums without it would mislead
      }
      FundingTable.Cell t = cell(file, row, source, row.term(), defaultUnit);
      // One amount on the row stands for both columns: one cell, computed (and reported) once.
      FundingTable.Cell a = row.annual() == null ? t : cell(file, row, source, row.annual(), defaultUnit);
      if (t == null || a == null) {
        return; // an amount that is not money: reported; sums would only echo it
      }
      if (firstBlank == null && (t.blank() || a.blank()) && !isTotal) {
        firstBlank = t.blank() ? t : a;
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
    FundingTable table =
        new FundingTable(
            new FundingTable.ColumnFunds(term, termTotal, sum(term)),
            new FundingTable.ColumnFunds(annual, annualTotal, sum(annual)));
    ctx.resolution().funding(pf.project(), table);

    if (firstBlank != null) {
      ctx.report(Diagnostic.of(DiagnosticCode.FUNDING_SOURCE_BLANK, file, firstBlank.amount().span(), Arg.text(label(firstBlank)),
          ctx.money(Rational.ZERO)));
    }
    boolean termAddsUp = oneColumn || addsUp(file, table.term(), Arg.key("column.term"));
    boolean annualAddsUp = addsUp(file, table.annual(), Arg.key("column.annual"));
    if (termAddsUp && annualAddsUp && !oneColumn) {
      if (ctx.isOneYear(pf.project())) {
        columnsEqual(file, table);
      } else {
        annualWithinTerm(file, table);
      }
    }
    if (table.term().total().signum() == 0 && table.annual().total().signum() == 0 && hasQuantitativeTarget(pf.project())) {
      ctx.report(Diagnostic.of(DiagnosticCode.NO_FUNDS_WITH_TARGETS, file, keywordSpan(funds)));
    }
  }

  private static Span keywordSpan(ProjectItem.Funds funds) {
    return new Span(funds.span().start(), funds.span().start() + "funds".length());
  }

  /** Amounts already reported: a one-amount total row is checked for both columns but is one cell. */
  private final java.util.Set<Amount> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  private void reportOnce(Amount amount, Diagnostic d) {
    if (reported.add(amount)) {
      ctx.report(d);
    }
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
      reportOnce(amount, Diagnostic.of(DiagnosticCode.AMOUNT_BELOW_FEN, file, money.span(), Arg.text(file.slice(money.span())), BudgetContext.yuan(value)));
    }
    return new FundingTable.Cell(row, source, amount, value, false);
  }

  private static Rational sum(List<FundingTable.Cell> cells) {
    Rational total = Rational.ZERO;
    for (FundingTable.Cell c : cells) {
      total = total.plus(c.yuan());
    }
    return total;
  }

  /** F1: a written total equals the sum of the sources. */
  private boolean addsUp(SourceFile file, FundingTable.ColumnFunds column, Arg label) {
    FundingTable.Cell written = column.writtenTotal();
    if (written == null || written.yuan().compareTo(column.sum()) == 0) {
      return true;
    }
    reportOnce(written.amount(),
        Diagnostic.of(DiagnosticCode.FUNDS_TOTAL_NOT_SUM_OF_SOURCES, file, written.amount().span(), label,
            ctx.money(written.yuan()), ctx.money(column.sum()), terms(column),
            ctx.money(written.yuan().minus(column.sum()))));
    return false;
  }

  private Arg.Terms terms(FundingTable.ColumnFunds column) {
    List<Arg.Term> parts = new ArrayList<>();
    for (FundingTable.Cell c : column.sources()) {
      parts.add(new Arg.Term(c.source().label(), ctx.money(c.yuan())));
    }
    return new Arg.Terms(parts);
  }

  /** F3: a one-year project's two columns are the same, source by source. */
  private void columnsEqual(SourceFile file, FundingTable table) {
    List<FundingTable.Cell> term = table.term().sources();
    List<FundingTable.Cell> annual = table.annual().sources();
    boolean reported = false;
    for (int i = 0; i < term.size(); i++) {
      FundingTable.Cell t = term.get(i);
      FundingTable.Cell a = annual.get(i);
      if (t.yuan().compareTo(a.yuan()) != 0) {
        reported = true;
        ctx.report(
            Diagnostic.of(DiagnosticCode.ONE_YEAR_FUNDS_DIFFER, file, a.amount().span(), Arg.text(label(t)),
                ctx.money(t.yuan()), ctx.money(a.yuan()), ctx.money(t.yuan().minus(a.yuan()))));
      }
    }
    FundingTable.Cell t = table.term().writtenTotal();
    FundingTable.Cell a = table.annual().writtenTotal();
    if (!reported && t != null && a != null && t.yuan().compareTo(a.yuan()) != 0) {
      ctx.report(
          Diagnostic.of(DiagnosticCode.ONE_YEAR_FUNDS_DIFFER, file, a.amount().span(), Arg.text("合计"),
              ctx.money(t.yuan()), ctx.money(a.yuan()), ctx.money(t.yuan().minus(a.yuan()))));
    }
  }

  /** F2: the budget year takes no more than the whole period, for every source. */
  private void annualWithinTerm(SourceFile file, FundingTable table) {
    List<FundingTable.Cell> term = table.term().sources();
    List<FundingTable.Cell> annual = table.annual().sources();
    for (int i = 0; i < term.size(); i++) {
      FundingTable.Cell t = term.get(i);
      FundingTable.Cell a = annual.get(i);
      if (a.yuan().compareTo(t.yuan()) > 0) {
        ctx.report(
            Diagnostic.of(DiagnosticCode.ANNUAL_FUNDS_EXCEED_TERM, file, a.amount().span(), Arg.text(label(t)),
                ctx.money(a.yuan()), ctx.money(t.yuan())));
      }
    }
  }

  private static String label(FundingTable.Cell cell) {
    return cell.source() == null ? "合计" : cell.source().label();
  }

  private static boolean hasQuantitativeTarget(Decl.Project project) {
    for (ProjectItem item : project.items()) {
      if (item instanceof ProjectItem.Indicator i && i.target() instanceof Target.Quantity) {
        return true;
      }
    }
    return false;
  }


}
