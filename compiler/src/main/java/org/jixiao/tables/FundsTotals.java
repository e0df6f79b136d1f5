package org.jixiao.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.semantics.resolve.BudgetFunds;
import org.jixiao.syntax.Column;

/**
 * The totals a budget's outputs print, in 元 to the 分: per column ({@code term}, {@code annual})
 * the total and each source's sum; per department its projects and their totals. Converted from
 * the {@link BudgetFunds} that resolution added up: the backends and the diff read these and never
 * add money up themselves.
 */
public record FundsTotals(ColumnTotal term, ColumnTotal annual, List<Department> departments) {
  public FundsTotals {
    departments = List.copyOf(departments);
  }

  /** A column's total and its sources' sums by profile key, in the profile's order. */
  public record ColumnTotal(BigDecimal total, Map<String, BigDecimal> sources) {
    public ColumnTotal {
      sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    /** One source's sum; zero for a source the profile does not have. */
    public BigDecimal source(String key) {
      return sources.getOrDefault(key, Amounts.yuan(org.jixiao.semantics.units.Rational.ZERO));
    }
  }

  /** A department: its code ("" where departments have none), name, projects and totals. */
  public record Department(String code, String name, int projects, BigDecimal term, BigDecimal annual) {}

  public ColumnTotal column(Column column) {
    return column == Column.TERM ? term : annual;
  }

  static FundsTotals of(BudgetFunds funds) {
    List<Department> departments = new ArrayList<>();
    for (BudgetFunds.DepartmentTotal d : funds.departments()) {
      departments.add(new Department(d.code() == null ? "" : d.code(), d.name(), d.projects(),
          Amounts.yuan(d.total(Column.TERM)), Amounts.yuan(d.total(Column.ANNUAL))));
    }
    return new FundsTotals(column(funds, Column.TERM), column(funds, Column.ANNUAL), departments);
  }

  private static ColumnTotal column(BudgetFunds funds, Column column) {
    BudgetFunds.ColumnTotal c = funds.column(column);
    Map<String, BigDecimal> sources = new LinkedHashMap<>();
    c.sources().forEach((key, value) -> sources.put(key, Amounts.yuan(value)));
    return new ColumnTotal(Amounts.yuan(c.total()), sources);
  }
}
