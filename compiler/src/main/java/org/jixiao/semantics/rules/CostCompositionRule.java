package org.jixiao.semantics.rules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.Hint;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.resolve.CostComposition;
import org.jixiao.semantics.resolve.FundingTable;
import org.jixiao.semantics.units.Measure;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.units.Rational;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;
import org.jixiao.syntax.ProjectItem;

/**
 * The 预算成本构成 table against its template and the project's funds: a years row naming the
 * budget year and the years before it, as the profile's columns say (JX0531); one cell per column
 * on every line (JX0532); each cost item once (JX0533); every amount money to the 分 (JX0403,
 * JX0506); a written total row equal to the items' sum (JX0534); and this year's items adding up
 * to the annual funds (JX0530), all in exact 元 whatever unit each amount is written in. Whether
 * the form may or must have the table at all is the template's field (JX0310, JX0303).
 */
final class CostCompositionRule implements ProjectRule {
  @Override
  public boolean needsEveryLine() {
    return true; // the cost table against the funds and the lines it prices
  }

  @Override
  public void check(ProjectFile pf, List<ProjectItem.Indicator> indicators, BudgetContext ctx) {
    ProjectItem.Costs costs = null;
    for (ProjectItem item : pf.project().items()) {
      if (item instanceof ProjectItem.Costs c) {
        costs = c;
        break; // a second block is reported as written twice (JX0302)
      }
    }
    RuleProfile profile = ctx.profile();
    List<RuleProfile.CostColumn> columns = profile.costColumns();
    if (costs == null || !profile.has("costs") || columns.isEmpty()) {
      return; // no table, or one the template does not print (reported as such)
    }
    SourceFile file = pf.file();
    String table = profile.label("costs", "costs");
    years(file, costs, columns, table, ctx);
    CostComposition composition = ctx.resolution().costs(pf.project());
    boolean complete = cells(file, composition, columns, table, ctx);
    duplicates(file, costs, ctx);
    if (!complete) {
      return; // sums over a table with a missing or unreadable cell would only echo it
    }
    boolean addsUp = true;
    for (int k = 0; k < columns.size(); k++) {
      addsUp &= addsUp(file, composition, k, columns.get(k), ctx);
    }
    if (addsUp) {
      againstFunds(pf, costs, composition, columns, ctx);
    }
  }

  /** The years row: there, once, and naming each column's year (the budget year less its offset). */
  private static void years(SourceFile file, ProjectItem.Costs costs, List<RuleProfile.CostColumn> columns,
      String table, BudgetContext ctx) {
    int budgetYear = ctx.budget() == null ? 0 : ctx.budget().year();
    if (costs.years().isEmpty()) {
      StringBuilder example = new StringBuilder("years");
      columns.forEach(c -> example.append(' ').append(budgetYear == 0 ? "…" : String.valueOf(budgetYear - c.yearsBack())));
      ctx.report(Diagnostic.of(DiagnosticCode.REQUIRED_FIELD_MISSING, file, keyword(costs), "costs", "years", "@label.costYears",
          example.toString()));
      return;
    }
    ProjectItem.CostYears first = costs.years().get(0);
    for (ProjectItem.CostYears again : costs.years().subList(1, costs.years().size())) {
      ctx.report(Diagnostic.of(DiagnosticCode.FIELD_WRITTEN_TWICE, file, again.span(), "years")
          .withHint(Hint.firstHere(file, first.span())));
    }
    if (first.years().size() != columns.size()) {
      ctx.report(count(file, first.span(), first.years().size(), columns, table));
      return;
    }
    if (budgetYear == 0) {
      return; // an implausible budget year is reported on the budget; nothing to compare with
    }
    for (int k = 0; k < columns.size(); k++) {
      ProjectItem.CostYear written = first.years().get(k);
      int expected = budgetYear - columns.get(k).yearsBack();
      if (written.value().compareTo(java.math.BigDecimal.valueOf(expected)) != 0) {
        ctx.report(Diagnostic.of(DiagnosticCode.COST_COLUMN_YEAR_WRONG, file, written.span(), columns.get(k).label(),
            String.valueOf(expected), written.value().toPlainString(), String.valueOf(budgetYear)));
        return; // one column shifted is usually all of them (a table copied from last year)
      }
    }
  }

  /** Every row has one cell per column, each money to the 分. False when a cell is missing or not money. */
  private static boolean cells(SourceFile file, CostComposition composition, List<RuleProfile.CostColumn> columns,
      String table, BudgetContext ctx) {
    boolean complete = true;
    List<CostComposition.Item> rows = new ArrayList<>(composition.items());
    if (composition.writtenTotal() != null) {
      rows.add(composition.writtenTotal());
    }
    rows.sort(java.util.Comparator.comparingInt(i -> i.row().span().start()));
    java.util.Set<Span> reportedUnits = new java.util.HashSet<>();
    for (CostComposition.Item item : rows) {
      if (item.cells().size() != columns.size()) {
        ctx.report(count(file, item.row().span(), item.cells().size(), columns, table));
        complete = false;
      }
      for (CostComposition.Cell cell : item.cells()) {
        if (cell.yuan() == null) {
          complete = false;
          // An unknown unit is reported by name resolution; a unit that is not money, once where written.
          if (cell.unit() != null && cell.writtenUnit() != null && reportedUnits.add(cell.writtenUnit().span())) {
            ctx.report(Diagnostic.of(DiagnosticCode.FUNDS_NOT_MONEY, file, cell.writtenUnit().span(), cell.writtenUnit().spelling()));
          }
        } else if (!cell.blank() && !cell.yuan().times(Rational.of(100, 1)).denominator().equals(BigInteger.ONE)) {
          ctx.report(Diagnostic.of(DiagnosticCode.AMOUNT_BELOW_FEN, file, cell.amount().span(),
              org.jixiao.diag.Arg.text(org.jixiao.syntax.CanonicalText.amount(cell.amount())), BudgetContext.yuan(cell.yuan())));
        }
      }
    }
    return complete;
  }

  private static Diagnostic count(SourceFile file, Span span, int written, List<RuleProfile.CostColumn> columns,
      String table) {
    List<String> labels = new ArrayList<>();
    columns.forEach(c -> labels.add(c.label()));
    return Diagnostic.of(DiagnosticCode.COST_ROW_CELLS_WRONG, file, span, String.valueOf(written), String.valueOf(columns.size()),
        String.join("、", labels), table);
  }

  /** Each cost item once, by its name as looked up (spaces and full-width forms folded). */
  private static void duplicates(SourceFile file, ProjectItem.Costs costs, BudgetContext ctx) {
    Map<String, ProjectItem.CostRow> seen = new HashMap<>();
    for (ProjectItem.CostRow row : costs.rows()) {
      boolean total = org.jixiao.semantics.resolve.NameResolver.isTotal(row.item(), ctx.profile());
      ProjectItem.CostRow first = seen.putIfAbsent(total ? "\u0000total" : row.item().key(), row);
      if (first != null) {
        // The first line goes in the hint, not the message's arguments: those identify the finding
        // (diff, fmt's guard), and a line number moves whenever a line is added above.
        ctx.report(Diagnostic.of(DiagnosticCode.COST_ITEM_TWICE, file, row.item().span(), row.item().text())
            .withHint(Hint.of("JX0533.hint", String.valueOf(file.line(first.span().start())))));
      }
    }
  }

  /** A written total equals the items' sum, column by column. */
  private static boolean addsUp(SourceFile file, CostComposition composition, int k, RuleProfile.CostColumn column,
      BudgetContext ctx) {
    CostComposition.Cell written = composition.writtenTotal() == null ? null : composition.writtenTotal().cell(k);
    if (written == null || written.blank() || written.yuan().compareTo(composition.sums().get(k)) == 0) {
      return true;
    }
    ctx.report(Diagnostic.of(DiagnosticCode.COST_TOTAL_NOT_SUM_OF_ITEMS, file, written.amount().span(), column.label(),
        Measure.format(written.yuan()), Measure.format(composition.sums().get(k)),
        Measure.format(written.yuan().minus(composition.sums().get(k)))));
    return false;
  }

  /** This year's column (the budget year's) totals the annual funds: the table itemises them. */
  private static void againstFunds(ProjectFile pf, ProjectItem.Costs costs, CostComposition composition,
      List<RuleProfile.CostColumn> columns, BudgetContext ctx) {
    FundingTable funding = ctx.resolution().funding(pf.project());
    int thisYear = -1;
    for (int k = 0; k < columns.size(); k++) {
      if (columns.get(k).yearsBack() == 0) {
        thisYear = k;
      }
    }
    if (funding == null || thisYear < 0) {
      return; // no funds to compare with (reported, or a template whose table has no budget-year column)
    }
    Rational items = composition.total(thisYear);
    Rational annual = funding.column(org.jixiao.syntax.Column.ANNUAL).total();
    if (items.compareTo(annual) == 0) {
      return;
    }
    CostComposition.Cell written = composition.writtenTotal() == null ? null : composition.writtenTotal().cell(thisYear);
    Span at = written != null && !written.blank() ? written.amount().span() : keyword(costs);
    String fundsLabel = ctx.profile().hasColumn("annual") ? annualLabel(ctx.profile()) : "@column.annual";
    ctx.report(Diagnostic.of(DiagnosticCode.COST_ITEMS_NOT_ANNUAL_FUNDS, pf.file(), at, columns.get(thisYear).label(),
        Measure.format(items), fundsLabel, Measure.format(annual), Measure.format(items.minus(annual))));
  }

  private static String annualLabel(RuleProfile profile) {
    for (RuleProfile.FundsColumn c : profile.columns()) {
      if (c.key().equals("annual")) {
        return c.label();
      }
    }
    return "@column.annual";
  }

  /** The {@code costs} keyword: where a problem of the whole table points. */
  private static Span keyword(ProjectItem.Costs costs) {
    return new Span(costs.span().start(), costs.span().start() + "costs".length());
  }
}
