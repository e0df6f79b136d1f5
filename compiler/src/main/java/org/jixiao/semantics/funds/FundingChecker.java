package org.jixiao.semantics.funds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jixiao.diag.Arg;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.FundingTable;
import org.jixiao.semantics.units.Rational;
import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;
import org.jixiao.syntax.Amount;
import org.jixiao.syntax.Column;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.syntax.Target;

/**
 * The funding rules, on the {@link FundingTable} resolution built (exact 元 whatever unit each
 * amount was written in): each column's written total is the sum of its sources (F1); the annual
 * column never exceeds the implementation period (F2); a one-year project has equal columns (F3);
 * a project with targets and no money is suspicious (F4); a blank source cell is reported (F5).
 */
public final class FundingChecker {
  private final BudgetContext ctx;
  /** Amounts already reported: a one-amount total row is checked for both columns but is one cell. */
  private final Set<Amount> reported = Collections.newSetFromMap(new IdentityHashMap<>());

  public FundingChecker(BudgetContext ctx) {
    this.ctx = ctx;
  }

  public void run() {
    for (ProjectFile pf : ctx.ruledProjects()) {
      FundingTable table = ctx.resolution().funding(pf.project());
      if (table != null) {
        check(pf, pf.project().first(ProjectItem.Funds.class), table);
      }
    }
  }

  private void check(ProjectFile pf, ProjectItem.Funds funds, FundingTable table) {
    SourceFile file = pf.file();
    FundingTable.Cell blank = firstBlank(table);
    if (blank != null) {
      ctx.report(Diagnostic.of(DiagnosticCode.FUNDING_SOURCE_BLANK, file, blank.amount().span(), label(blank), ctx.money(Rational.ZERO)));
    }
    boolean twoColumns = table.has(Column.TERM);
    boolean termAddsUp = !twoColumns || addsUp(file, table.column(Column.TERM), Arg.of(ctx.stageLabel(Column.TERM)));
    boolean annualAddsUp = addsUp(file, table.column(Column.ANNUAL), Arg.of(ctx.stageLabel(Column.ANNUAL)));
    if (termAddsUp && annualAddsUp && twoColumns) {
      if (ctx.isOneYear(pf.project())) {
        columnsEqual(file, table);
      } else {
        annualWithinTerm(file, table);
      }
    }
    if (table.column(Column.TERM).total().signum() == 0 && table.column(Column.ANNUAL).total().signum() == 0
        && hasQuantitativeTarget(ctx.lines(pf).items())) {
      ctx.report(Diagnostic.of(DiagnosticCode.NO_FUNDS_WITH_TARGETS, file, keywordSpan(funds)));
    }
  }

  /** F5: the first source cell left blank, row by row, the 实施期 cell before the 年度 one. */
  private static FundingTable.Cell firstBlank(FundingTable table) {
    List<FundingTable.Cell> annual = table.column(Column.ANNUAL).sources();
    List<FundingTable.Cell> term = table.column(Column.TERM).sources();
    for (int i = 0; i < annual.size(); i++) {
      if (term.get(i).blank()) {
        return term.get(i);
      }
      if (annual.get(i).blank()) {
        return annual.get(i);
      }
    }
    return null;
  }

  private static Span keywordSpan(ProjectItem.Funds funds) {
    return new Span(funds.span().start(), funds.span().start() + "funds".length());
  }

  private void reportOnce(Amount amount, Diagnostic d) {
    if (reported.add(amount)) {
      ctx.report(d);
    }
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
    List<FundingTable.Cell> term = table.column(Column.TERM).sources();
    List<FundingTable.Cell> annual = table.column(Column.ANNUAL).sources();
    boolean found = false;
    for (int i = 0; i < term.size(); i++) {
      FundingTable.Cell t = term.get(i);
      FundingTable.Cell a = annual.get(i);
      if (t.yuan().compareTo(a.yuan()) != 0) {
        found = true;
        ctx.report(
            Diagnostic.of(DiagnosticCode.ONE_YEAR_FUNDS_DIFFER, file, a.amount().span(), label(t),
                ctx.money(t.yuan()), ctx.money(a.yuan()), ctx.money(t.yuan().minus(a.yuan())), term()));
      }
    }
    FundingTable.Cell t = table.column(Column.TERM).writtenTotal();
    FundingTable.Cell a = table.column(Column.ANNUAL).writtenTotal();
    if (!found && t != null && a != null && t.yuan().compareTo(a.yuan()) != 0) {
      ctx.report(
          Diagnostic.of(DiagnosticCode.ONE_YEAR_FUNDS_DIFFER, file, a.amount().span(), Arg.key("funds.total"),
              ctx.money(t.yuan()), ctx.money(a.yuan()), ctx.money(t.yuan().minus(a.yuan())), term()));
    }
  }

  /** F2: the budget year takes no more than the whole period, for every source. */
  private void annualWithinTerm(SourceFile file, FundingTable table) {
    List<FundingTable.Cell> term = table.column(Column.TERM).sources();
    List<FundingTable.Cell> annual = table.column(Column.ANNUAL).sources();
    for (int i = 0; i < term.size(); i++) {
      FundingTable.Cell t = term.get(i);
      FundingTable.Cell a = annual.get(i);
      if (a.yuan().compareTo(t.yuan()) > 0) {
        ctx.report(
            Diagnostic.of(DiagnosticCode.ANNUAL_FUNDS_EXCEED_TERM, file, a.amount().span(), label(t),
                ctx.money(a.yuan()), ctx.money(t.yuan()), term()));
      }
    }
  }

  /** How the template names its first column (实施期, 中期…). */
  private Arg term() {
    return Arg.of(ctx.stageLabel(Column.TERM));
  }

  /** A source's printed label; the total row as the messages name it (合计 / total). */
  private static Arg label(FundingTable.Cell cell) {
    return cell.source() == null ? Arg.key("funds.total") : Arg.text(cell.source().label());
  }

  private static boolean hasQuantitativeTarget(List<ProjectItem> items) {
    for (ProjectItem item : items) {
      if (item instanceof ProjectItem.Indicator i && i.target() instanceof Target.Quantity) {
        return true;
      }
    }
    return false;
  }
}
