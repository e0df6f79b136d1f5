package org.jixiao.semantics;

import java.util.List;
import org.jixiao.syntax.Amount;
import org.jixiao.syntax.Column;
import org.jixiao.syntax.FundsRow;

/**
 * A project's funding in exact 元, both columns, as computed by {@link FundingChecker}: what the
 * backends print and the budget totals add up.
 */
public record FundingTable(ColumnFunds term, ColumnFunds annual) {

  /** One cell: its row, what was written, and its value in 元 (zero for a blank cell). */
  public record Cell(FundsRow row, RuleProfile.FundingSource source, Amount amount, Rational yuan, boolean blank) {}

  /** One column: the source cells in written order, the written total if any, and their sum. */
  public record ColumnFunds(List<Cell> sources, Cell writtenTotal, Rational sum) {
    public ColumnFunds {
      sources = List.copyOf(sources);
    }

    /** The column's total: as written, or derived when the form leaves it out. */
    public Rational total() {
      return writtenTotal != null ? writtenTotal.yuan() : sum;
    }

    /** The amount of one source (by its profile key), zero when the form has no row for it. */
    public Rational amount(String sourceKey) {
      for (Cell c : sources) {
        if (c.source() != null && c.source().key().equals(sourceKey)) {
          return c.yuan();
        }
      }
      return Rational.ZERO;
    }
  }

  public ColumnFunds column(Column column) {
    return column == Column.ANNUAL ? annual : term;
  }
}
