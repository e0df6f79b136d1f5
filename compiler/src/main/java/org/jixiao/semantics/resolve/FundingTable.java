package org.jixiao.semantics.resolve;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.semantics.units.Rational;
import org.jixiao.syntax.Amount;
import org.jixiao.syntax.Column;
import org.jixiao.syntax.FundsRow;

/**
 * A project's funding in exact 元: each column the template has, mapped to its source cells, its
 * written total and their sum. Computed once by {@link FundsResolver}; the checks, the budget
 * totals, the backends and the diff read it.
 *
 * @param columns the template's columns; a template with one column (年度 only) has just {@link
 *     Column#ANNUAL}
 */
public record FundingTable(Map<Column, ColumnFunds> columns) {
  public FundingTable {
    columns = Collections.unmodifiableMap(new EnumMap<>(columns));
  }

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
      Cell c = cell(sourceKey);
      return c == null ? Rational.ZERO : c.yuan();
    }

    /** The cell of one source (by its profile key), or null when the form has no row for it. */
    public Cell cell(String sourceKey) {
      for (Cell c : sources) {
        if (c.source() != null && c.source().key().equals(sourceKey)) {
          return c;
        }
      }
      return null;
    }
  }

  /** True when the template has the column (a 年度-only template has no 实施期). */
  public boolean has(Column column) {
    return columns.containsKey(column);
  }

  /**
   * A column's funds. On a template with only the annual column, the 实施期 is that same money:
   * the form asks for the year only, so the year is the whole of what is asked.
   */
  /** A source's 年度 amount in 元: zero when the form has no row for it, or its amount is not money. */
  public Rational annual(String sourceKey) {
    Cell c = column(Column.ANNUAL).cell(sourceKey);
    return c == null || c.yuan() == null ? Rational.ZERO : c.yuan();
  }

  public ColumnFunds column(Column column) {
    ColumnFunds funds = columns.get(column);
    return funds != null ? funds : columns.get(Column.ANNUAL);
  }
}
