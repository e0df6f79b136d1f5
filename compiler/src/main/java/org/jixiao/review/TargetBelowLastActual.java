package org.jixiao.review;

import java.util.List;
import org.jixiao.diag.Arg;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.syntax.CanonicalText;
import org.jixiao.syntax.Comparator;
import org.jixiao.syntax.ProjectItem;

/**
 * 适当性: a 正向 target (≥) below what the project actually did last year is set too low (目标过低,
 * JX1101); a target of 100% where last year's actual fell short of it may not be feasible (JX1102).
 */
final class TargetBelowLastActual implements ReviewRule {
  @Override
  public void check(YearPair pair, List<Diagnostic> out) {
    for (ProjectItem.Indicator i : YearPair.annual(pair.current(), pair.now())) {
      ProjectItem.Indicator last = pair.lastYear(i);
      var target = YearPair.base(i, pair.now());
      var actual = last == null ? null : pair.lastActual(last);
      if (target == null || actual == null || !YearPair.unit(i, pair.now()).sameDimension(YearPair.unit(last, pair.before()))) {
        continue;
      }
      Comparator c = i.target().comparator();
      boolean percent = i.target() instanceof org.jixiao.syntax.Target.Quantity q && q.unit() != null
          && q.unit().spelling().equals("%");
      String shown = CanonicalText.target(i.target());
      if (percent && target.compareTo(org.jixiao.semantics.units.Rational.ONE) == 0 && actual.compareTo(target) < 0) {
        out.add(Diagnostic.of(DiagnosticCode.REVIEW_FULL_TARGET_AFTER_SHORTFALL, pair.current().file(), i.target().span(),
            Arg.text(i.name().text()), Arg.text(shown), Arg.text(actualText(pair, last))));
      } else if ((c == Comparator.GE || c == Comparator.GT) && target.compareTo(actual) < 0) {
        out.add(Diagnostic.of(DiagnosticCode.REVIEW_TARGET_BELOW_LAST_ACTUAL, pair.current().file(), i.target().span(),
            Arg.text(i.name().text()), Arg.text(shown), Arg.text(actualText(pair, last))));
      }
    }
  }

  private static String actualText(YearPair pair, ProjectItem.Indicator last) {
    var score = pair.before().resolution().selfEvaluation(pair.previous().project());
    for (var l : score.lines()) {
      if (l.indicator() == last && l.actual().value() != null) {
        return pair.previous().file().slice(l.actual().value().span());
      }
    }
    return "";
  }
}
