package org.jixiao.semantics.selfeval;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.semantics.resolve.SelfEvalScore;
import org.jixiao.semantics.units.Rational;
import org.jixiao.syntax.Normalize;

/**
 * The weights under each 一级 the profile gives a self-evaluation weight add up to it (JX1013:
 * 产出 50, 效益 30, 满意度 10 under 财预〔2020〕10号). Reported at the first line of the level. A
 * template whose target form has its own 分值 column (重庆, 内蒙古) gives each indicator its weight
 * there, within the totals of its own {@code weight} lines, checked on the target form: its
 * self-evaluation takes those weights, and the 10号 levels do not apply.
 */
final class LevelWeights implements SelfEvalRule {
  @Override
  public boolean needsEveryLine() {
    return true;
  }

  @Override
  public void check(ProjectFile pf, SelfEvalScore score, BudgetContext ctx) {
    var weights = ctx.profile().field("weight");
    if (weights != null && weights.present()) {
      return;
    }
    Map<IndicatorFramework.Level, Rational> sums = new LinkedHashMap<>();
    Map<IndicatorFramework.Level, SelfEvalScore.Line> first = new LinkedHashMap<>();
    for (SelfEvalScore.Line l : score.lines()) {
      if (l.category() == null) {
        continue;
      }
      if (l.weight() == null) {
        return; // a weight missing is reported on its line; the sums would only echo it
      }
      IndicatorFramework.Level level = ctx.framework().levelOf(l.category());
      sums.merge(level, l.weight(), Rational::plus);
      first.putIfAbsent(level, l);
    }
    String execution = ctx.profile().scores("execution").stream().map(r -> r.low().stripTrailingZeros().toPlainString())
        .reduce((a, b) -> b).orElse("0");
    for (RuleProfile.ScoreRule rule : ctx.profile().scores("level")) {
      IndicatorFramework.Level level = ctx.framework().level(Normalize.key(rule.label()));
      if (level == null || !first.containsKey(level)) {
        continue;
      }
      Rational sum = sums.get(level);
      if (sum.compareTo(Rational.of(rule.low())) != 0) {
        ctx.report(Diagnostic.of(DiagnosticCode.SELFEVAL_LEVEL_WEIGHTS, pf.file(), first.get(level).actual().span(),
            level.name(), Points.shown(sum), rule.low().stripTrailingZeros().toPlainString(), execution));
      }
    }
  }
}
