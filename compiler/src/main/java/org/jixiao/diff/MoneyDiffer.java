package org.jixiao.diff;

import static org.jixiao.diff.Differ.ANNUAL;
import static org.jixiao.diff.Differ.TERM;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.tables.ProjectView;
import org.jixiao.diag.Messages;
import org.jixiao.tables.BudgetTables;
import org.jixiao.tables.FundsTotals;
import org.jixiao.diff.BudgetDiff.MoneyChange;

/**
 * The money that moved: a project's funds by source and column and its column totals, each
 * department's sum, the budget's total. Amounts are exact 元, so any difference is a change.
 */
final class MoneyDiffer {
  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

  /** The labels are part of the diff (its JSON too), so they come in the diff's language. */
  private final String total;
  private final String budgetTotal;
  private final String percentNew;

  MoneyDiffer(Messages messages) {
    this.total = messages.get("diff.total");
    this.budgetTotal = messages.get("diff.budgetTotal");
    this.percentNew = messages.get("diff.percentNew");
  }

  /** A change with its delta and percentage; from 0 there is no percentage, the money is new. */
  MoneyChange change(String what, String column, BigDecimal before, BigDecimal after) {
    BigDecimal delta = after.subtract(before);
    String percent;
    if (before.signum() == 0) {
      percent = after.signum() == 0 ? "0%" : percentNew;
    } else {
      percent = delta.multiply(BigDecimal.valueOf(100)).divide(before.abs(), 1, RoundingMode.HALF_EVEN).toPlainString() + "%";
      percent = delta.signum() > 0 ? "+" + percent : percent;
    }
    return new MoneyChange(what, column, before, after, delta, percent);
  }

  /**
   * A project's sources that changed, then its total, the 实施期 column before the 年度 one; a null
   * side is a project that is not there (all its money is added or removed).
   */
  List<MoneyChange> funds(ProjectView before, ProjectView after) {
    Map<String, BigDecimal[]> rows = new LinkedHashMap<>();
    Map<String, String> labels = new HashMap<>();
    collect(before, 0, rows, labels);
    collect(after, 1, rows, labels);
    List<MoneyChange> out = new ArrayList<>();
    for (String column : List.of(TERM, ANNUAL)) {
      int c = slot(column, 0);
      rows.forEach((key, v) -> add(out, labels.get(key), column, v[c], v[c + 1]));
      add(out, total, column, total(before, column), total(after, column));
    }
    return out;
  }

  /**
   * Each department's total in one budget (as the checker added it up), by department, 实施期 then
   * 年度; a null side is a budget that is only on the other side.
   */
  List<MoneyChange> departments(BudgetTables before, BudgetTables after) {
    Map<String, BigDecimal[]> sums = new TreeMap<>();
    for (int side = 0; side < 2; side++) {
      BudgetTables b = side == 0 ? before : after;
      if (b == null) {
        continue;
      }
      for (FundsTotals.Department d : b.totals().departments()) {
        BigDecimal[] v = sums.computeIfAbsent(ProjectMatching.department(d.code(), d.name()), k -> empty());
        v[slot(TERM, side)] = v[slot(TERM, side)].add(d.term());
        v[slot(ANNUAL, side)] = v[slot(ANNUAL, side)].add(d.annual());
      }
    }
    return changes(sums);
  }

  /** One budget's total, 实施期 then 年度: never two budgets' money added together. */
  List<MoneyChange> totals(BudgetTables before, BudgetTables after) {
    BigDecimal[] v = empty();
    for (int side = 0; side < 2; side++) {
      BudgetTables b = side == 0 ? before : after;
      if (b != null) {
        v[slot(TERM, side)] = b.totals().term().total();
        v[slot(ANNUAL, side)] = b.totals().annual().total();
      }
    }
    return changes(Map.of(budgetTotal, v));
  }

  /** Each group's columns that moved, in the groups' order. */
  private List<MoneyChange> changes(Map<String, BigDecimal[]> sums) {
    List<MoneyChange> out = new ArrayList<>();
    sums.forEach((what, v) -> {
      add(out, what, TERM, v[slot(TERM, 0)], v[slot(TERM, 1)]);
      add(out, what, ANNUAL, v[slot(ANNUAL, 0)], v[slot(ANNUAL, 1)]);
    });
    return out;
  }

  private void add(List<MoneyChange> out, String what, String column, BigDecimal before, BigDecimal after) {
    if (before.compareTo(after) != 0) {
      out.add(change(what, column, before, after));
    }
  }

  /** Amounts are kept as [term before, term after, annual before, annual after]. */
  private static int slot(String column, int side) {
    return (column.equals(TERM) ? 0 : 2) + side;
  }

  private static BigDecimal[] empty() {
    return new BigDecimal[] {ZERO, ZERO, ZERO, ZERO};
  }

  /** A project's sources by key; a source missing on one side is 0 there. */
  private static void collect(ProjectView p, int side, Map<String, BigDecimal[]> rows, Map<String, String> labels) {
    if (p == null) {
      return;
    }
    for (ProjectView.FundsRow row : p.funds()) {
      BigDecimal[] v = rows.computeIfAbsent(row.key(), k -> empty());
      v[slot(TERM, side)] = row.term().yuan();
      v[slot(ANNUAL, side)] = row.annual().yuan();
      labels.putIfAbsent(row.key(), row.label());
    }
  }

  private static BigDecimal total(ProjectView p, String column) {
    if (p == null) {
      return ZERO;
    }
    return column.equals(TERM) ? p.total().term().yuan() : p.total().annual().yuan();
  }
}
