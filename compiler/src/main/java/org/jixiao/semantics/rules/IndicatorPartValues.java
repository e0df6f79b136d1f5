package org.jixiao.semantics.rules;

import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.syntax.Name;
import org.jixiao.syntax.ProjectItem;

/** 指标性质 and 指标值类型 take the values their field lists (正向/反向; 定量/定性/…). */
final class IndicatorPartValues implements ProjectRule {
  @Override
  public boolean needsEveryLine() {
    return false; // one line at a time
  }

  @Override
  public void check(ProjectFile pf, List<ProjectItem.Indicator> indicators, BudgetContext ctx) {
    for (ProjectItem.Indicator i : indicators) {
      value(pf, ctx, "direction", i.parts().direction());
      value(pf, ctx, "kind", i.parts().kind());
    }
  }

  private static void value(ProjectFile pf, BudgetContext ctx, String key, Name written) {
    List<String> allowed = Indicators.values(ctx.profile(), key);
    if (written == null || allowed.isEmpty() || allowed.contains(written.text())) {
      return;
    }
    ctx.report(Diagnostic.of(DiagnosticCode.DIRECTION_OR_KIND_NOT_ALLOWED, pf.file(), written.span(), written.text(),
        Indicators.label(ctx.profile(), key), String.join("、", allowed)));
  }
}
