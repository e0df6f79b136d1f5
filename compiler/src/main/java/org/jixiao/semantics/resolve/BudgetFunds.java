package org.jixiao.semantics.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.semantics.units.Rational;
import org.jixiao.syntax.Column;

/**
 * The funds of a set of projects added up once, from their {@link FundingTable}s: per column, the
 * total and each source's sum (in the profile's order); per department, its projects' totals.
 * The ceiling check reads the whole budget's; the backends and the diff read those of the
 * projects they print, so no one adds up money again.
 *
 * <p>A project whose funds could not be read (no table) counts in its department with 0: it is on
 * the form, its money is not.
 */
public record BudgetFunds(Map<Column, ColumnTotal> columns, List<DepartmentTotal> departments) {

  public BudgetFunds {
    columns = Collections.unmodifiableMap(columns.isEmpty() ? new EnumMap<>(Column.class) : new EnumMap<>(columns));
    departments = List.copyOf(departments);
  }

  /** One column's total and each source's sum, by the source's profile key (every source of the profile). */
  public record ColumnTotal(Rational total, Map<String, Rational> sources) {
    static final ColumnTotal ZERO = new ColumnTotal(Rational.ZERO, Map.of());

    public ColumnTotal {
      sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    public Rational source(String key) {
      return sources.getOrDefault(key, Rational.ZERO);
    }
  }

  /**
   * One department's projects and their totals per column. Departments are told apart by their
   * code, or by their name on templates where a department has no code.
   */
  public record DepartmentTotal(String code, String name, int projects, Map<Column, Rational> totals) {
    public DepartmentTotal {
      totals = Collections.unmodifiableMap(totals.isEmpty() ? new EnumMap<>(Column.class) : new EnumMap<>(totals));
    }

    public Rational total(Column column) {
      return totals.getOrDefault(column, Rational.ZERO);
    }
  }

  /** A column's totals; zero for a column no project has. */
  public ColumnTotal column(Column column) {
    return columns.getOrDefault(column, ColumnTotal.ZERO);
  }

  /** The department with this code (or name, where there are no codes), or null. */
  public DepartmentTotal department(String codeOrName) {
    for (DepartmentTotal d : departments) {
      if (codeOrName.equals(d.code() != null ? d.code() : d.name())) {
        return d;
      }
    }
    return null;
  }

  /**
   * One project's funds added up, per column: its total (written, else derived; zero when its funds
   * could not be read) and each source's amount, in written order. Made once when the project is
   * analysed ({@link org.jixiao.semantics.ProjectDigest}), so totals are added up without its tree.
   */
  public record ProjectMoney(Map<Column, Rational> totals, Map<Column, Map<String, Rational>> sources) {
    public ProjectMoney {
      totals = Collections.unmodifiableMap(new EnumMap<>(totals));
      Map<Column, Map<String, Rational>> copy = new EnumMap<>(Column.class);
      sources.forEach((c, bySource) -> copy.put(c, Collections.unmodifiableMap(new LinkedHashMap<>(bySource))));
      sources = Collections.unmodifiableMap(copy);
    }

    /** The money of a project's table; a null table (funds that could not be read) is zero. */
    public static ProjectMoney of(FundingTable table) {
      Map<Column, Rational> totals = new EnumMap<>(Column.class);
      Map<Column, Map<String, Rational>> sources = new EnumMap<>(Column.class);
      for (Column c : STAGES) {
        FundingTable.ColumnFunds funds = table == null ? null : table.column(c);
        totals.put(c, funds == null ? Rational.ZERO : funds.total());
        Map<String, Rational> bySource = new LinkedHashMap<>();
        if (funds != null) {
          for (FundingTable.Cell cell : funds.sources()) {
            bySource.merge(cell.source().key(), cell.yuan(), Rational::plus);
          }
        }
        sources.put(c, bySource);
      }
      return new ProjectMoney(totals, sources);
    }
  }

  /** Both columns, always: on a 年度-only template the 实施期 is the same money (FundingTable.column). */
  private static final List<Column> STAGES = List.of(Column.TERM, Column.ANNUAL);

  /** Adds up the given projects' money, from their digests. */
  public static BudgetFunds of(List<org.jixiao.semantics.ProjectDigest> projects, RuleProfile profile) {
    Map<Column, Rational> totals = new EnumMap<>(Column.class);
    Map<Column, Map<String, Rational>> sources = new EnumMap<>(Column.class);
    for (Column c : STAGES) {
      totals.put(c, Rational.ZERO);
      Map<String, Rational> bySource = new LinkedHashMap<>();
      if (profile != null) {
        profile.sources().forEach(s -> bySource.put(s.key(), Rational.ZERO));
      }
      sources.put(c, bySource);
    }
    Map<String, DepartmentTotal> departments = new LinkedHashMap<>();
    for (org.jixiao.semantics.ProjectDigest pf : projects) {
      ProjectMoney money = pf.money();
      for (Column c : STAGES) {
        totals.merge(c, money.totals().get(c), Rational::plus);
        money.sources().get(c).forEach((key, yuan) -> sources.get(c).merge(key, yuan, Rational::plus));
      }
      org.jixiao.semantics.ProjectDigest.Department d = pf.department();
      if (d != null) {
        String key = d.code() != null ? d.code() : d.name();
        departments.merge(key, new DepartmentTotal(d.code(), d.name(), 1, money.totals()), BudgetFunds::add);
      }
    }
    Map<Column, ColumnTotal> columns = new EnumMap<>(Column.class);
    for (Column c : STAGES) {
      columns.put(c, new ColumnTotal(totals.get(c), sources.get(c)));
    }
    return new BudgetFunds(columns, new ArrayList<>(departments.values()));
  }

  private static DepartmentTotal add(DepartmentTotal a, DepartmentTotal b) {
    Map<Column, Rational> sum = new EnumMap<>(a.totals());
    b.totals().forEach((c, v) -> sum.merge(c, v, Rational::plus));
    return new DepartmentTotal(a.code(), a.name(), a.projects() + 1, sum);
  }
}
