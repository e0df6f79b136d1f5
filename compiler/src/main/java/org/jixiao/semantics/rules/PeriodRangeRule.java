package org.jixiao.semantics.rules;

import java.util.List;
import java.time.LocalDate;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.units.PeriodRanges;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.syntax.ProjectItem;

/** A 项目期 range runs forwards and overlaps the budget year that funds it. */
final class PeriodRangeRule implements ProjectRule {
  @Override
  public boolean needsEveryLine() {
    return false; // the period line alone
  }

  @Override
  public void check(ProjectFile pf, List<ProjectItem.Indicator> indicators, BudgetContext ctx) {
    for (ProjectItem item : ctx.lines(pf).items()) {
      if (!(item instanceof ProjectItem.PeriodRange r)) {
        continue;
      }
      LocalDate first = PeriodRanges.first(r);
      LocalDate last = PeriodRanges.last(r);
      String from = org.jixiao.syntax.CanonicalText.date(r.from().date(), r.from().precision());
      String to = org.jixiao.syntax.CanonicalText.date(r.to().date(), r.to().precision());
      if (last.isBefore(first)) {
        ctx.report(Diagnostic.of(DiagnosticCode.PERIOD_ENDS_BEFORE_START, pf.file(), r.to().span(), from, to));
      } else if (ctx.budget() != null
          && (last.getYear() < ctx.budget().year() || first.getYear() > ctx.budget().year())) {
        ctx.report(Diagnostic.of(DiagnosticCode.PERIOD_MISSES_BUDGET_YEAR, pf.file(), r.from().span().union(r.to().span()),
            from, to, String.valueOf(ctx.budget().year())));
      }
    }
  }
}
