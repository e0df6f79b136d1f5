package org.jixiao.tables;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.SelfEvalScore;
import org.jixiao.semantics.units.Rational;
import org.jixiao.syntax.CanonicalText;
import org.jixiao.syntax.SelfEvaluation;

/** The 自评 of a {@link ProjectView}, from the scores {@code SelfEvalScores} computed once: nothing is recomputed here. */
final class SelfEvalViews {
  private SelfEvalViews() {}

  static ProjectView.SelfEvaluation of(ProjectFile pf, BudgetContext ctx) {
    SelfEvalScore s = ctx.resolution().selfEvaluation(pf.project());
    if (s == null) {
      return null;
    }
    List<ProjectView.Actual> actuals = new ArrayList<>();
    for (SelfEvalScore.Line l : s.lines()) {
      SelfEvaluation.Actual a = l.actual();
      String category = l.category() == null ? null : l.category().name();
      String name = a.path().get(a.path().size() - 1).text();
      String target = l.indicator() == null || l.indicator().target() == null ? null : CanonicalText.target(l.indicator().target());
      String actual = a.value() == null ? null
          : a.value() instanceof org.jixiao.syntax.Target.Qualitative q ? q.text() : pf.file().slice(a.value().span());
      actuals.add(new ProjectView.Actual(category, name, target, actual, number(l.weight()), number(l.computed()),
          a.score() == null ? null : a.score().written(), a.reason() == null ? null : a.reason().value()));
    }
    ProjectView.Execution execution = null;
    SelfEvalScore.Execution x = s.execution();
    if (x != null) {
      SelfEvaluation.Execution line = s.evaluation().execution();
      execution = new ProjectView.Execution(ProjectViews.yuan(x.budget()).toPlainString(), ProjectViews.yuan(x.executed()).toPlainString(),
          number(x.rate()), number(x.weight()), number(x.score()),
          line == null || line.rate() == null ? null : line.rate().written(),
          line == null || line.score() == null ? null : line.score().written());
    }
    SelfEvaluation.Total total = s.evaluation().total();
    return new ProjectView.SelfEvaluation(actuals, execution, number(s.total()), s.grade(),
        total == null ? null : total.score().written(), total == null || total.grade() == null ? null : total.grade().text());
  }

  /** An exact decimal, or 12 places for one that does not end (2/3 → 0.666666666667); null for none. */
  private static String number(Rational r) {
    return r == null ? null : ProjectViews.decimal(r);
  }
}
