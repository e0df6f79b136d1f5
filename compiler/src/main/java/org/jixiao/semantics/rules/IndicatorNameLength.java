package org.jixiao.semantics.rules;

import java.util.List;
import java.math.BigDecimal;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.syntax.ProjectItem;

/** A 三级 name no longer than the template allows ({@code limit name 30}), in characters. */
final class IndicatorNameLength implements ProjectRule {
  @Override
  public boolean needsEveryLine() {
    return false; // one line at a time
  }

  @Override
  public void check(ProjectFile pf, List<ProjectItem.Indicator> indicators, BudgetContext ctx) {
    BigDecimal limit = ctx.profile().limit("name");
    if (limit == null) {
      return;
    }
    for (ProjectItem.Indicator i : indicators) {
      String name = i.name().text();
      int length = name.codePointCount(0, name.length());
      if (BigDecimal.valueOf(length).compareTo(limit) > 0) {
        ctx.report(Diagnostic.of(DiagnosticCode.INDICATOR_NAME_TOO_LONG, pf.file(), i.name().span(), name,
            String.valueOf(length), limit.toPlainString()));
      }
    }
  }
}
