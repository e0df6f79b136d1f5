package org.jixiao.semantics.rules;

import java.util.List;
import java.math.BigDecimal;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.syntax.ProjectItem;

/**
 * The weights (分值) of the annual indicators against the template's totals: {@code weight 100}
 * for all of them, {@code weight 产出 40-50} for one first-level indicator. Only forms that write
 * weights are checked; a missing weight is its own diagnostic (JX0626).
 */
final class WeightTotals implements ProjectRule {
  @Override
  public boolean needsEveryLine() {
    return true; // adds up the weights of every line
  }

  @Override
  public void check(ProjectFile pf, List<ProjectItem.Indicator> indicators, BudgetContext ctx) {
    boolean anyWeight = indicators.stream().anyMatch(i -> i.parts().weight() != null);
    if (!anyWeight) {
      return;
    }
    for (RuleProfile.WeightRule rule : ctx.profile().weights()) {
      IndicatorFramework.Level level = null;
      if (rule.level() != null) {
        level = ctx.framework() == null ? null : ctx.framework().level(org.jixiao.syntax.Normalize.key(rule.level()));
        if (level == null) {
          continue; // the profile names a level its framework does not have: nothing to add up
        }
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (ProjectItem.Indicator i : indicators) {
        IndicatorFramework.Category c = ctx.resolution().category(i);
        boolean inLevel = level == null || (c != null && c.level().equals(level.name()));
        if (inLevel && i.column().coversAnnual() && i.parts().weight() != null) {
          sum = sum.add(i.parts().weight().value());
        }
      }
      if (sum.compareTo(rule.low()) < 0 || sum.compareTo(rule.high()) > 0) {
        String required = rule.low().compareTo(rule.high()) == 0
            ? rule.low().toPlainString()
            : rule.low().toPlainString() + "–" + rule.high().toPlainString();
        ctx.report(Diagnostic.of(DiagnosticCode.WEIGHTS_TOTAL_WRONG, pf.file(), pf.project().name().span(),
            level == null ? "@weights.all" : level.name(), sum.stripTrailingZeros().toPlainString(), required));
      }
    }
  }
}
