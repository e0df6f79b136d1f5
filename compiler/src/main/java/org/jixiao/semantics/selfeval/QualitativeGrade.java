package org.jixiao.semantics.selfeval;

import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.SelfEvalScore;
import org.jixiao.semantics.units.Rational;
import org.jixiao.syntax.Target;

/**
 * A qualitative indicator's actual is one of the profile's completion grades (JX1005), and its
 * score lies in that grade's band of the weight (JX1006).
 */
final class QualitativeGrade implements SelfEvalRule {
  private static final Rational HUNDRED = Rational.of(100, 1);

  @Override
  public boolean needsEveryLine() {
    return false;
  }

  @Override
  public void check(ProjectFile pf, SelfEvalScore score, BudgetContext ctx) {
    for (SelfEvalScore.Line l : score.lines()) {
      if (l.indicator() == null || l.kind() != SelfEvalScore.Kind.QUALITATIVE || l.actual().value() == null) {
        continue;
      }
      if (l.band() == null) {
        List<String> grades = ctx.profile().scores("band").stream().map(b -> b.label()).toList();
        String written = l.actual().value() instanceof Target.Qualitative q ? q.text() : pf.file().slice(l.actual().value().span());
        ctx.report(Diagnostic.of(DiagnosticCode.SELFEVAL_UNKNOWN_GRADE_WORDS, pf.file(), l.actual().value().span(),
            Points.name(l.actual()), written, String.join("、", grades)));
        continue;
      }
      var written = l.actual().score();
      if (written == null || l.weight() == null) {
        continue;
      }
      Rational low = l.weight().times(Rational.of(l.band().low())).dividedBy(HUNDRED);
      Rational high = l.weight().times(Rational.of(l.band().high())).dividedBy(HUNDRED);
      Rational value = Rational.of(written.value());
      if (value.compareTo(low) < 0 || value.compareTo(high) > 0) {
        ctx.report(Diagnostic.of(DiagnosticCode.SELFEVAL_SCORE_OUTSIDE_BAND, pf.file(), written.span(),
            Points.name(l.actual()), l.band().label(), Points.shown(low), Points.shown(high), written.written(),
            l.band().low().stripTrailingZeros().toPlainString(), l.band().high().stripTrailingZeros().toPlainString()));
      }
    }
  }
}
