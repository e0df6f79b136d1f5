package org.jixiao.tables;

import static org.jixiao.tables.Amounts.decimalText;
import static org.jixiao.tables.Amounts.yuanText;

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
    for (SelfEvalScore.Line l : s.lines()) {
      SelfEvaluation.Actual a = l.actual();
      String category = l.category() == null ? null : l.category().name();
      String name = a.path().get(a.path().size() - 1).text();
      String target = l.indicator() == null ? null : shown.apply(ctx.resolution().currentTarget(l.indicator()));
      String actual = shown.apply(a.value());
      String level = l.category() == null ? null : l.category().level();
      actuals.add(new ProjectView.Actual(level, category, name, target, actual, decimalText(l.weight()), decimalText(l.computed()),
          decimalText(l.counted()), a.score() == null ? null : a.score().written(), a.reason() == null ? null : a.reason().value()));
    }
    ProjectView.Execution execution = null;
    List<ProjectView.StageFunds> funds = List.of();
    SelfEvalScore.Execution x = s.execution();
    if (x != null) {
      SelfEvaluation.Execution line = s.evaluation().execution();
      List<StageFundsViews.Written> written = x.rows().stream()
          .map(r -> new StageFundsViews.Written(r.source(), r.start(), r.budget(), r.executed())).toList();
      funds = StageFundsViews.of(ctx, written, new StageFundsViews.Written(null, x.start(), x.budget(), x.executed()));
      execution = new ProjectView.Execution(yuanText(x.start()),
          yuanText(x.budget()), yuanText(x.executed()),
          decimalText(x.rate()), decimalText(x.weight()), decimalText(x.score()),
          line == null || line.rate() == null ? null : line.rate().written(),
          line == null || line.score() == null ? null : line.score().written());
    }
    SelfEvaluation.Total total = s.evaluation().total();
    SelfEvaluation e = s.evaluation();
    return new ProjectView.SelfEvaluation(funds, e.achieved() == null ? null : e.achieved().value(), actuals, execution,
        decimalText(s.total()), s.grade(), total == null ? null : total.score().written(),
        total == null || total.grade() == null ? null : total.grade().text(), decimalText(s.weights()));
  }

}
