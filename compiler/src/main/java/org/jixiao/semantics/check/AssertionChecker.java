package org.jixiao.semantics.check;

import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.semantics.resolve.FundingTable;
import org.jixiao.semantics.resolve.NameResolver;
import org.jixiao.semantics.units.Measure;
import org.jixiao.semantics.units.Rational;
import org.jixiao.semantics.units.Unit;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.Hint;
import org.jixiao.syntax.Column;
import org.jixiao.syntax.Expr;
import org.jixiao.syntax.Name;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.Target;

/**
 * {@code check} lines: a form's own assertions, like a Beancount balance assertion. Both sides are
 * computed exactly with their units; on failure every operand is printed with its value and unit.
 */
public final class AssertionChecker {
  private final BudgetContext ctx;

  public AssertionChecker(BudgetContext ctx) {
    this.ctx = ctx;
  }

  /** Signals that an operand could not be computed; its diagnostic has been reported. */
  private static final class Unevaluable extends Exception {
    private static final long serialVersionUID = 1L;

    Unevaluable() {
      super(null, null, false, false);
    }
  }

  public void run() {
    for (ProjectFile pf : ctx.ruledProjects()) {
      if (!ctx.lines(pf).whole()) {
        continue; // a check line reads other lines, and one of them may be cut short
      }
      for (ProjectItem item : pf.project().items()) {
        if (item instanceof ProjectItem.Check c) {
          check(pf, c);
        }
      }
    }
  }

  private void check(ProjectFile pf, ProjectItem.Check c) {
    List<String> operands = new ArrayList<>();
    Measure left;
    Measure right;
    try {
      left = eval(pf, c.left(), operands);
      right = eval(pf, c.right(), operands);
    } catch (Unevaluable e) {
      return;
    }
    SourceFile file = pf.file();
    if (!left.unit().sameDimension(right.unit())) {
      ctx.report(Diagnostic.of(DiagnosticCode.CHECK_DIMENSIONS_DIFFER, file, c.span(),
          ctx.library().spell(left.unit().dimension()), ctx.library().spell(right.unit().dimension()))
          .withHint(Hint.of("hint.operands", String.join("；", operands))));
      return;
    }
    int order = left.base().compareTo(right.base());
    boolean holds = switch (c.comparator()) {
      case GE -> order >= 0;
      case LE -> order <= 0;
      case GT -> order > 0;
      case LT -> order < 0;
      case EQ -> order == 0;
    };
    if (!holds) {
      ctx.report(Diagnostic.of(DiagnosticCode.CHECK_FAILED, file, c.span(),
          side(left), org.jixiao.diag.Arg.text(c.comparator().symbol()), side(right))
          .withHint(Hint.of("hint.operands", String.join("；", operands))));
    }
  }

  /** One side of a check in base units; money in the form's unit (万元 on a 万元 form). */
  private org.jixiao.diag.Arg side(Measure m) {
    if (m.unit().sameDimension(ctx.library().unit("元"))) {
      return ctx.money(m.in(ctx.library().unit("元")));
    }
    return org.jixiao.diag.Arg.text((Measure.format(m.base()) + " " + ctx.library().spell(m.unit().dimension())).strip());
  }

  private Measure eval(ProjectFile pf, Expr e, List<String> operands) throws Unevaluable {
    SourceFile file = pf.file();
    if (e instanceof Expr.NumberLiteral n) {
      Unit unit = n.unit() == null ? Unit.ONE : ctx.resolution().unit(n.unit());
      if (unit == null) {
        throw new Unevaluable();
      }
      return new Measure(Rational.of(n.value()), unit, n.unit() == null ? "" : n.unit().spelling());
    }
    if (e instanceof Expr.FundsRef f) {
      return funds(pf, f, operands);
    }
    if (e instanceof Expr.IndicatorRef ref) {
      return indicator(pf, ref, operands);
    }
    Expr.Binary b = (Expr.Binary) e;
    Measure l = eval(pf, b.left(), operands);
    Measure r = eval(pf, b.right(), operands);
    switch (b.operator()) {
      case '*':
        return l.times(r);
      case '/':
        if (r.value().signum() == 0) {
          ctx.report(Diagnostic.of(DiagnosticCode.CHECK_DIVIDES_BY_ZERO, file, b.right().span(), file.slice(b.right().span())));
          throw new Unevaluable();
        }
        return l.dividedBy(r);
      default:
        if (!l.unit().sameDimension(r.unit())) {
          ctx.report(Diagnostic.of(DiagnosticCode.CHECK_DIMENSIONS_DIFFER, file, b.span(),
              ctx.library().spell(l.unit().dimension()), ctx.library().spell(r.unit().dimension())));
          throw new Unevaluable();
        }
        Rational rightInLeft = r.in(l.unit());
        return new Measure(b.operator() == '+' ? l.value().plus(rightInLeft) : l.value().minus(rightInLeft), l.unit(), l.spelling());
    }
  }

  private Measure funds(ProjectFile pf, Expr.FundsRef f, List<String> operands) throws Unevaluable {
    FundingTable table = ctx.resolution().funding(pf.project());
    if (table == null) {
      throw new Unevaluable();
    }
    FundingTable.ColumnFunds column = table.column(f.column());
    Rational value;
    if (f.source() == null || NameResolver.isTotal(f.source(), ctx.profile())) {
      value = column.total();
    } else {
      RuleProfile.FundingSource source = ctx.profile() == null ? null : ctx.profile().source(f.source().key());
      if (source == null) {
        ctx.report(Diagnostic.of(DiagnosticCode.UNKNOWN_FUNDING_SOURCE, pf.file(), f.source().span(), f.source().text()));
        throw new Unevaluable();
      }
      value = column.amount(source.key());
    }
    Unit yuan = ctx.library().unit("元");
    // In the form's money unit (万元 on a 万元 form): figures and unit names read the same in any language.
    org.jixiao.diag.Arg.Money shown = ctx.money(value);
    operands.add(pf.file().slice(f.span()) + " = " + shown.figure() + " " + shown.unit());
    return new Measure(value, yuan, "元");
  }

  private Measure indicator(ProjectFile pf, Expr.IndicatorRef ref, List<String> operands) throws Unevaluable {
    if (ctx.framework() == null) {
      throw new Unevaluable(); // no profile or framework, and that is reported: categories are unknowable
    }
    ProjectItem.Indicator found = find(pf, ref.path());
    SourceFile file = pf.file();
    if (found == null && namedButUnresolved(pf, ref.path())) {
      throw new Unevaluable(); // the indicator is there; its unknown category is reported on its line
    }
    if (found == null || !(found.target() instanceof Target.Quantity q) || q.unit() == null) {
      ctx.report(Diagnostic.of(DiagnosticCode.CHECK_OPERAND_UNKNOWN, file, ref.span(), file.slice(ref.span())));
      throw new Unevaluable();
    }
    Unit unit = ctx.resolution().unit(q.unit());
    if (unit == null) {
      throw new Unevaluable();
    }
    operands.add(file.slice(ref.span()) + " = " + Measure.format(Rational.of(q.value())) + " " + q.unit().spelling());
    return new Measure(Rational.of(q.value()), unit, q.unit().spelling());
  }

  /** True when an indicator of that name is in the project but its category could not be resolved. */
  private boolean namedButUnresolved(ProjectFile pf, List<Name> path) {
    String name = path.get(path.size() - 1).key();
    for (ProjectItem item : pf.project().items()) {
      if (item instanceof ProjectItem.Indicator i && i.name().key().equals(name) && ctx.resolution().category(i) == null) {
        return true;
      }
    }
    return false;
  }

  /** The indicator a path names: its category (any spelling) and name; the annual line first. */
  private ProjectItem.Indicator find(ProjectFile pf, List<Name> path) {
    if (path.size() < 2 || ctx.framework() == null) {
      return null;
    }
    IndicatorFramework.Category category = ctx.framework().category(path.get(path.size() - 2).key());
    String name = path.get(path.size() - 1).key();
    ProjectItem.Indicator fallback = null;
    for (ProjectItem item : pf.project().items()) {
      if (item instanceof ProjectItem.Indicator i && ctx.resolution().category(i) == category
          && i.name().key().equals(name)) {
        if (i.column() != Column.TERM) {
          return i;
        }
        fallback = i;
      }
    }
    return fallback;
  }
}
