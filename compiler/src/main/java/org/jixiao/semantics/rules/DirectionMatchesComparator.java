package org.jixiao.semantics.rules;

import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.syntax.Comparator;
import org.jixiao.syntax.ProjectItem;

/**
 * 指标性质 against the comparator: the direction field lists the positive value first (正向: more
 * is better, so the target is a floor, ≥) and the negative second (反向: a ceiling, ≤). An
 * explicit comparator pointing the other way is reported; = is neutral.
 */
final class DirectionMatchesComparator implements ProjectRule {
  @Override
  public boolean needsEveryLine() {
    return false; // one line at a time
  }

  @Override
  public void check(ProjectFile pf, List<ProjectItem.Indicator> indicators, BudgetContext ctx) {
    List<String> values = Indicators.values(ctx.profile(), "direction");
    if (values.size() < 2) {
      return;
    }
    for (ProjectItem.Indicator i : indicators) {
      if (i.parts().direction() == null || i.target() == null || !i.target().explicitComparator()) {
        continue;
      }
      Comparator c = i.target().comparator();
      boolean floor = c == Comparator.GE || c == Comparator.GT;
      boolean ceiling = c == Comparator.LE || c == Comparator.LT;
      String direction = i.parts().direction().text();
      boolean positive = direction.equals(values.get(0));
      boolean negative = direction.equals(values.get(1));
      if ((positive && ceiling) || (negative && floor)) {
        ctx.report(Diagnostic.of(DiagnosticCode.DIRECTION_CONTRADICTS_COMPARATOR, pf.file(),
            i.parts().direction().span(), i.name().text(), direction,
            org.jixiao.syntax.CanonicalText.target(i.target())));
      }
    }
  }
}
