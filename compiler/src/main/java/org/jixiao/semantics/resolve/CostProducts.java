package org.jixiao.semantics.resolve;

import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.semantics.library.Roles;
import org.jixiao.semantics.units.Rational;
import org.jixiao.semantics.units.Unit;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.Arg;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.syntax.Column;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.Target;

/**
 * Unit cost × quantity (F5), computed once per project and kept in {@link Resolution#products}:
 * where the units allow it, each unit cost times each quantity of a column, in 元 of that column
 * (200750 吨/年 × 110 元/吨 = 22,082,500 元/年), with how a warning or an editor shows it. The
 * cost check compares them with the funds; an editor's hover shows them. A unit price with a
 * spurious /年 (110 元/吨/年) is reported here (JX0401), where it is read without it.
 */
public final class CostProducts {
  private final BudgetContext ctx;
  private final Unit yuan;
  private final Unit year;

  public CostProducts(BudgetContext ctx) {
    this.ctx = ctx;
    this.yuan = ctx.library().unit("元");
    this.year = ctx.library().unit("年");
  }

  /** A unit cost as it is used: its unit, and how to show it (110 元/吨 once /年 is dropped). */
  private record Priced(ProjectItem.Indicator indicator, Target.Quantity target, Unit unit, String shown) {}

  public void run() {
    if (ctx.framework() == null) {
      return;
    }
    for (ProjectFile pf : ctx.ruledProjects()) {
      FundingTable funding = ctx.resolution().funding(pf.project());
      List<Priced> costs = costs(pf);
      if (funding == null || !ctx.lines(pf).whole()) {
        continue; // cost × quantity against the funds reads every cost and quantity line
      }
      // A template with one amount column has no 实施期 total to compare with.
      boolean term = ctx.profile() == null || ctx.profile().hasColumn("term");
      List<CostProduct> products = new ArrayList<>();
      for (Column column : term ? List.of(Column.ANNUAL, Column.TERM) : List.of(Column.ANNUAL)) {
        products(pf, column, costs, products);
      }
      ctx.resolution().products(pf.project(), products);
    }
  }

  /** The unit costs of a project, with JX0401 for a price per unit per year. */
  private List<Priced> costs(ProjectFile pf) {
    List<Priced> out = new ArrayList<>();
    for (ProjectItem item : ctx.lines(pf).items()) {
      if (item instanceof ProjectItem.Indicator i && i.target() instanceof Target.Quantity q && role(i) == Roles.COST) {
        Unit unit = ctx.resolution().unit(q.unit());
        if (unit == null || unit.dimension().power(base(yuan)) != 1 || unit.dimension().powers().size() < 2) {
          continue;
        }
        String shown = written(pf.file(), q);
        if (isGoodsPerYear(unit)) {
          ctx.report(Diagnostic.of(DiagnosticCode.UNIT_PRICE_PER_YEAR, pf.file(), q.unit().span(), q.unit().spelling(), i.name().text()));
          unit = unit.times(year);
          shown = q.numberText() + " " + q.unit().spelling().replaceFirst("/年$", "");
        }
        out.add(new Priced(i, q, unit, shown));
      }
    }
    return out;
  }

  /**
   * The most price × quantity pairs looked at per column: a real form has a few of each; a pasted
   * or generated one with thousands would otherwise cost their product in time and memory.
   */
  private static final int MAX_PAIRS = 10_000;

  private void products(ProjectFile pf, Column column, List<Priced> costs, List<CostProduct> out) {
    // In a one-year project the two columns are the same year, so a price or quantity written in
    // one column prices the other too (the seed's 垃圾焚烧 form prices only its 实施期 column).
    boolean oneYear = ctx.isOneYear(pf.project());
    Rational years = ctx.periodYears(pf.project());
    // A yearly amount is taken over the period only when the period ends (not 经常性).
    Rational termYears = years == null || ctx.isOpenEnded(pf.project()) ? null : years;
    List<ProjectItem.Indicator> quantities = new ArrayList<>();
    for (ProjectItem item : pf.project().items()) {
      if (item instanceof ProjectItem.Indicator i && (oneYear || covers(i, column)) && role(i) == Roles.QUANTITY
          && i.target() instanceof Target.Quantity q && ctx.resolution().unit(q.unit()) != null) {
        quantities.add(i);
      }
    }
    int looked = 0;
    for (Priced cost : costs) {
      if (!oneYear && !covers(cost.indicator, column)) {
        continue;
      }
      Stated days = stated(pf, column, oneYear, timeOf(cost));
      for (ProjectItem.Indicator i : quantities) {
        if (++looked > MAX_PAIRS) {
          break;
        }
        Target.Quantity q = (Target.Quantity) i.target();
        Unit qu = ctx.resolution().unit(q.unit());
        Rational amount = days != null && perTime(cost.unit.times(qu))
            ? priced(cost, q, qu).times(days.amount()).dividedBy(yuan.scale())
            : spend(cost, q, qu, column, termYears);
        if (amount == null) {
          continue;
        }
        boolean perYear = days == null && !cost.unit.times(qu).dimension().equals(yuan.dimension());
        Arg shown = !perYear ? ctx.money(amount) : column == Column.ANNUAL || years == null || years.compareTo(Rational.ONE) == 0
            ? Arg.key("amount.perYear", ctx.money(amount))
            : Arg.key("amount.overYears", ctx.money(amount), BudgetContext.number(years));
        out.add(new CostProduct(cost.indicator, cost.target, i, q, column, amount, shown,
            days == null ? cost.shown : cost.shown + " × " + days.written()));
      }
    }
  }

  /** A duration the form itself states (数量.供餐天数 200 天), in the base unit of time, as written. */
  private record Stated(Rational amount, String written) {}

  /**
   * The duration a price per day (or month) runs for, when the form states one: a quantity in the
   * same unit of time under the 数量 role in this column (供餐天数 200 天 for a price per 天). Without one, a price per unit of time
   * is taken over the year or the period, as before. 时效 lines (完成时间 ≤ 30 天) are limits, not
   * the days paid for, and are not used.
   */
  private Stated stated(ProjectFile pf, Column column, boolean oneYear, Unit per) {
    if (per == null) {
      return null;
    }
    for (ProjectItem item : pf.project().items()) {
      if (item instanceof ProjectItem.Indicator i && (oneYear || covers(i, column)) && role(i) == Roles.QUANTITY
          && i.target() instanceof Target.Quantity q) {
        Unit unit = ctx.resolution().unit(q.unit());
        if (unit != null && unit.dimension().equals(year.dimension()) && unit.scale().compareTo(per.scale()) == 0) {
          return new Stated(Rational.of(q.value()).times(unit.scale()), written(pf.file(), q));
        }
      }
    }
    return null;
  }

  /**
   * The unit of time a price is per (天 in 5 元/人/天), or null: a price per 年 is taken over the
   * year as before, so only a price per day or month looks for the days or months the form states.
   */
  private Unit timeOf(Priced cost) {
    for (org.jixiao.syntax.UnitExpr.Factor f : cost.target.unit().factors()) {
      Unit unit = f.exponent() < 0 ? ctx.library().unit(f.name()) : null;
      if (unit != null && unit.dimension().equals(year.dimension()) && unit.scale().compareTo(year.scale()) != 0) {
        return unit;
      }
    }
    return null;
  }

  /** True when a price times a quantity is money per unit of time (元/天). */
  private boolean perTime(Unit product) {
    return product.dimension().equals(yuan.dimension().dividedBy(year.dimension()));
  }

  /** A price times a quantity in base units (money, or money per base unit of time). */
  private static Rational priced(Priced cost, Target.Quantity q, Unit qu) {
    return Rational.of(cost.target.value()).times(Rational.of(q.value())).times(cost.unit.times(qu).scale());
  }

  /**
   * What a cost times a quantity comes to in 元 for one column, or null when the units do not
   * multiply out to money (or money per year).
   */
  private Rational spend(Priced cost, Target.Quantity q, Unit qu, Column column, Rational termYears) {
    Unit product = cost.unit.times(qu);
    Rational value = priced(cost, q, qu);
    if (product.dimension().equals(yuan.dimension())) {
      return value.dividedBy(yuan.scale());
    }
    if (perTime(product)) {
      Rational perYear = value.times(year.scale()).dividedBy(yuan.scale());
      if (column == Column.ANNUAL) {
        return perYear;
      }
      return termYears == null ? null : perYear.times(termYears);
    }
    return null;
  }

  private static String written(SourceFile file, Target.Quantity q) {
    return org.jixiao.syntax.CanonicalText.quantity(q);
  }

  private Roles role(ProjectItem.Indicator i) {
    IndicatorFramework.Category c = ctx.resolution().category(i);
    return c == null ? Roles.OTHER : Roles.of(c);
  }

  private static boolean covers(ProjectItem.Indicator i, Column column) {
    return column == Column.ANNUAL ? i.column().coversAnnual() : i.column().coversTerm();
  }

  /**
   * 元/吨/年: money per quantity of goods per year, which is almost always a unit price with a
   * spurious /年. Money per person per month (a subsidy rate) is a real rate and is left alone.
   */
  private boolean isGoodsPerYear(Unit unit) {
    java.util.Map<String, Integer> powers = unit.dimension().powers();
    if (powers.size() != 3 || unit.dimension().power(base(year)) != -1) {
      return false;
    }
    for (String goods : ctx.profile() == null ? java.util.Set.<String>of() : ctx.profile().words("goods")) {
      if (unit.dimension().power(goods) == -1) {
        return true;
      }
    }
    return false;
  }

  private static String base(Unit unit) {
    return unit.dimension().powers().keySet().iterator().next();
  }
}
