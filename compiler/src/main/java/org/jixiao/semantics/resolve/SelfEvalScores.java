package org.jixiao.semantics.resolve;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.Hint;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.semantics.library.Suggest;
import org.jixiao.semantics.scoring.ScoreFormulas;
import org.jixiao.semantics.units.Rational;
import org.jixiao.semantics.units.Unit;
import org.jixiao.syntax.Column;
import org.jixiao.syntax.Comparator;
import org.jixiao.syntax.Name;
import org.jixiao.syntax.Normalize;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.syntax.SelfEvaluation;
import org.jixiao.syntax.Target;

/**
 * The self-evaluation of each project, scored once and kept in {@link Resolution#selfEvaluation}:
 * each actual line is matched with the target's 年度 indicator it names (by category and name,
 * never retyped), and scored by the profile's rules ({@link ScoreFormulas}); the funds rows give
 * the 预算执行率; the scores add up to the total and its grade. What cannot be resolved is reported
 * here: an actual that names no indicator of the target (JX1001), an actual in a unit of another
 * kind than its target's (JX1002), a funds row of an unknown source.
 */
public final class SelfEvalScores {
  private final BudgetContext ctx;

  public SelfEvalScores(BudgetContext ctx) {
    this.ctx = ctx;
  }

  public void run() {
    if (ctx.framework() == null || ctx.profile() == null) {
      return;
    }
    for (ProjectFile pf : ctx.ruledProjects()) {
      ProjectItem.SelfEvaluationBlock block = ctx.lines(pf).first(ProjectItem.SelfEvaluationBlock.class);
      if (block != null) {
        ctx.resolution().selfEvaluation(pf.project(), score(pf, block.evaluation(), ctx.lines(pf).items()));
      }
    }
  }

  private SelfEvalScore score(ProjectFile pf, SelfEvaluation e, List<ProjectItem> items) {
    NamedIndicators annual = NamedIndicators.annual(ctx, items);
    List<SelfEvalScore.Line> lines = new ArrayList<>();
    for (SelfEvaluation.Actual a : e.actuals()) {
      lines.add(line(pf, a, find(pf, a, annual)));
    }
    List<ProjectItem.Indicator> unevaluated = annual.unnamed();
    SelfEvalScore.Execution execution = execution(pf, e);
    Rational total = execution == null || execution.score() == null ? null : execution.score();
    for (SelfEvalScore.Line l : lines) {
      total = total == null || l.counted() == null ? null : total.plus(l.counted());
    }
    List<ScoreFormulas.GradeFloor> floors = ctx.profile().scores("grade").stream()
        .map(r -> new ScoreFormulas.GradeFloor(r.label(), Rational.of(r.low()))).toList();
    String grade = total == null ? null : ScoreFormulas.grade(total, floors);
    return new SelfEvalScore(e, lines, unevaluated, execution, total, grade);
  }

  /** The target's indicator an actual names: same category (any of its spellings) and same name; JX1001 when none. */
  private ProjectItem.Indicator find(ProjectFile pf, SelfEvaluation.Actual a, NamedIndicators annual) {
    List<Name> path = a.path();
    ProjectItem.Indicator found = annual.find(path, Column.BOTH);
    if (found != null) {
      return found;
    }
    if (!ctx.lines(pf).whole()) {
      return null; // the line it names may be the one with a syntax error (being typed): that error is all it costs
    }
    List<String> known = annual.candidates().stream().map(i -> shortOf(ctx.resolution().category(i)) + "." + i.name().text()).toList();
    Diagnostic d = Diagnostic.of(DiagnosticCode.SELFEVAL_UNKNOWN_INDICATOR, pf.file(), spanOf(path), written(path));
    String suggestion = Suggest.closest(written(path), known);
    ctx.report(suggestion == null ? d : d.withHint(Hint.of("hint.didYouMean", suggestion)));
    return null;
  }

  private static String shortOf(IndicatorFramework.Category c) {
    return c.shortName() != null ? c.shortName() : c.name();
  }

  private static String written(List<Name> path) {
    return String.join(".", path.stream().map(Name::text).toList());
  }

  private static org.jixiao.source.Span spanOf(List<Name> path) {
    return path.get(0).span().union(path.get(path.size() - 1).span());
  }

  private SelfEvalScore.Line line(ProjectFile pf, SelfEvaluation.Actual a, ProjectItem.Indicator target) {
    IndicatorFramework.Category category = target == null ? null : ctx.resolution().category(target);
    Rational weight = a.weight() != null ? Rational.of(a.weight().value())
        : target != null && target.parts().weight() != null ? Rational.of(target.parts().weight().value()) : null;
    Rational written = a.score() == null ? null : Rational.of(a.score().value());
    Target current = target == null ? null : ctx.resolution().currentTarget(target);
    if (target == null || current == null) {
      return new SelfEvalScore.Line(a, target, category, weight, SelfEvalScore.Kind.QUALITATIVE, null, null, null, written);
    }
    ScoreFormulas.Direction direction = direction(target);
    if (current instanceof Target.Quantity q) {
      Rational computed = quantity(pf, a, q, direction, weight);
      return new SelfEvalScore.Line(a, target, category, weight, SelfEvalScore.Kind.QUANTITY, direction, computed, null,
          computed != null ? computed : written);
    }
    if (current instanceof Target.Deadline d) {
      Rational computed = deadline(d, a, weight);
      return new SelfEvalScore.Line(a, target, category, weight, SelfEvalScore.Kind.DEADLINE, direction, computed, null,
          computed != null ? computed : written);
    }
    RuleProfile.ScoreRule band = a.value() instanceof Target.Qualitative t ? band(t.text()) : null;
    return new SelfEvalScore.Line(a, target, category, weight, SelfEvalScore.Kind.QUALITATIVE, direction, null, band, written);
  }

  /** 正向 or 反向 by the indicator's 指标性质 when it has one (the profile lists 正向 first), else by its comparator. */
  private ScoreFormulas.Direction direction(ProjectItem.Indicator i) {
    var field = ctx.profile().field("direction");
    List<String> values = field == null ? List.of() : field.values();
    if (i.parts().direction() != null && values.size() >= 2) {
      String d = i.parts().direction().text();
      if (d.equals(values.get(0))) {
        return ScoreFormulas.Direction.POSITIVE;
      } else if (d.equals(values.get(1))) {
        return ScoreFormulas.Direction.NEGATIVE;
      }
    }
    Comparator c = ctx.resolution().currentTarget(i).comparator();
    return c == Comparator.LE || c == Comparator.LT ? ScoreFormulas.Direction.NEGATIVE
        : c == Comparator.EQ ? ScoreFormulas.Direction.EQUAL : ScoreFormulas.Direction.POSITIVE;
  }

  /** A quantity's score, both in base units; null (and JX1002) for an actual of another kind of unit. */
  private Rational quantity(ProjectFile pf, SelfEvaluation.Actual a, Target.Quantity q, ScoreFormulas.Direction direction,
      Rational weight) {
    if (!(a.value() instanceof Target.Quantity actual)) {
      if (a.value() != null) {
        ctx.report(Diagnostic.of(DiagnosticCode.SELFEVAL_ACTUAL_UNIT, pf.file(), a.value().span(),
            a.path().get(a.path().size() - 1).text(), pf.file().slice(a.value().span()), pf.file().slice(q.span())));
      }
      return null;
    }
    Unit targetUnit = q.unit() == null ? Unit.ONE : ctx.resolution().unit(q.unit());
    Unit actualUnit = actual.unit() == null ? Unit.ONE : ctx.resolution().unit(actual.unit());
    if (targetUnit == null || actualUnit == null) {
      return null; // an unknown unit is reported where it is written
    }
    if (!targetUnit.sameDimension(actualUnit)) {
      ctx.report(Diagnostic.of(DiagnosticCode.SELFEVAL_ACTUAL_UNIT, pf.file(), actual.span(),
          a.path().get(a.path().size() - 1).text(), pf.file().slice(actual.span()), pf.file().slice(q.span())));
      return null;
    }
    if (weight == null) {
      return null;
    }
    Rational t = Rational.of(q.value()).times(targetUnit.scale());
    Rational v = Rational.of(actual.value()).times(actualUnit.scale());
    return ScoreFormulas.quantitative(direction, t, v, weight);
  }

  /** A deadline met is the full weight; one missed, or an actual that is no date, only the office can score. */
  private static Rational deadline(Target.Deadline d, SelfEvaluation.Actual a, Rational weight) {
    if (weight == null || !(a.value() instanceof Target.Deadline done)) {
      return null;
    }
    boolean met = switch (d.comparator()) {
      case LE -> !done.date().isAfter(d.date());
      case LT -> done.date().isBefore(d.date());
      case GE -> !done.date().isBefore(d.date());
      case GT -> done.date().isAfter(d.date());
      case EQ -> done.date().equals(d.date());
    };
    return met ? weight : null;
  }

  private RuleProfile.ScoreRule band(String words) {
    String key = Normalize.key(words);
    return ctx.profile().scores("band").stream().filter(b -> Normalize.key(b.label()).equals(key)).findFirst().orElse(null);
  }

  /**
   * 预算执行率 from the funds rows: the sources' 全年执行数 over their 全年预算数 (the total row alone
   * when no source is written). Each source's amounts in 元 are kept for the form to print.
   */
  private SelfEvalScore.Execution execution(ProjectFile pf, SelfEvaluation e) {
    List<RuleProfile.ScoreRule> weights = ctx.profile().scores("execution");
    if (e.funds().isEmpty() || weights.isEmpty()) {
      return null;
    }
    LifecycleAmounts amounts = new LifecycleAmounts(ctx, e.fundsUnit());
    List<SelfEvalScore.FundsRow> rows = new ArrayList<>();
    SelfEvalScore.FundsRow total = null;
    Rational start = Rational.ZERO;
    Rational budget = Rational.ZERO;
    Rational executed = Rational.ZERO;
    for (SelfEvaluation.FundsRow row : e.funds()) {
      Rational s = amounts.yuan(row.start());
      Rational b = amounts.yuan(row.budget());
      Rational x = amounts.yuan(row.executed());
      if (s == null || b == null || x == null) {
        return null;
      }
      SelfEvalScore.FundsRow kept = new SelfEvalScore.FundsRow(row.source(), s, b, x);
      if (amounts.total(row.source())) {
        total = kept;
      } else {
        rows.add(kept);
        start = start.plus(s);
        budget = budget.plus(b);
        executed = executed.plus(x);
      }
    }
    if (rows.isEmpty() && total != null) {
      start = total.start();
      budget = total.budget();
      executed = total.executed();
    }
    Rational weight = Rational.of(weights.get(weights.size() - 1).low());
    Rational rate = ScoreFormulas.executionRate(executed, budget);
    Rational score = rate == null ? null : ScoreFormulas.executionScore(rate, weight);
    return new SelfEvalScore.Execution(rows, start, budget, executed, rate, weight, score);
  }
}
