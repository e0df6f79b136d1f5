package org.jixiao.tables;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.SelfEvalScore;
import org.jixiao.semantics.units.Rational;
import org.jixiao.syntax.SelfEvaluation;
import org.jixiao.syntax.Target;
import java.util.function.Function;

/** The 自评 of a {@link ProjectView}, from the scores {@code SelfEvalScores} computed once: nothing is recomputed here. */
final class SelfEvalViews {
  private SelfEvalViews() {}

  /** The self-evaluation of a project; {@code shown} prints a target or an actual as the form does. */
  static ProjectView.SelfEvaluation of(ProjectFile pf, BudgetContext ctx, Function<Target, String> shown) {
    SelfEvalScore s = ctx.resolution().selfEvaluation(pf.project());
    if (s == null) {
      return null;
    }
    List<ProjectView.Actual> actuals = new ArrayList<>();
    // The 总分 row's 分值: the weights the lines and 预算执行率 carry, added for the form to print.
    Rational weights = Rational.ZERO;
    for (SelfEvalScore.Line l : s.lines()) {
      SelfEvaluation.Actual a = l.actual();
      String category = l.category() == null ? null : l.category().name();
      String name = a.path().get(a.path().size() - 1).text();
      String target = l.indicator() == null ? null : shown.apply(ctx.resolution().currentTarget(l.indicator()));
      String actual = shown.apply(a.value());
      String level = l.category() == null ? null : l.category().level();
      actuals.add(new ProjectView.Actual(level, category, name, target, actual, number(l.weight()), number(l.computed()),
          number(l.counted()), a.score() == null ? null : a.score().written(), a.reason() == null ? null : a.reason().value()));
      if (l.weight() != null) {
        weights = weights.plus(l.weight());
      }
    }
    ProjectView.Execution execution = null;
    List<ProjectView.StageFunds> funds = List.of();
    SelfEvalScore.Execution x = s.execution();
    if (x != null) {
      SelfEvaluation.Execution line = s.evaluation().execution();
      weights = weights.plus(x.weight());
      List<StageFundsViews.Written> written = x.rows().stream()
          .map(r -> new StageFundsViews.Written(r.source(), r.start(), r.budget(), r.executed())).toList();
      funds = StageFundsViews.of(ctx, written, new StageFundsViews.Written(null, x.start(), x.budget(), x.executed()));
      execution = new ProjectView.Execution(ProjectViews.yuan(x.start()).toPlainString(),
          ProjectViews.yuan(x.budget()).toPlainString(), ProjectViews.yuan(x.executed()).toPlainString(),
          number(x.rate()), number(x.weight()), number(x.score()),
          line == null || line.rate() == null ? null : line.rate().written(),
          line == null || line.score() == null ? null : line.score().written());
    }
    SelfEvaluation.Total total = s.evaluation().total();
    SelfEvaluation e = s.evaluation();
    return new ProjectView.SelfEvaluation(funds, e.achieved() == null ? null : e.achieved().value(), actuals, execution,
        number(s.total()), s.grade(), total == null ? null : total.score().written(),
        total == null || total.grade() == null ? null : total.grade().text(), number(weights));
  }

  /** An exact decimal, or 12 places for one that does not end (2/3 → 0.666666666667); null for none. */
  private static String number(Rational r) {
    return r == null ? null : ProjectViews.decimal(r);
  }
}
