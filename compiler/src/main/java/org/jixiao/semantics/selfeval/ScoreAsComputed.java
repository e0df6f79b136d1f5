package org.jixiao.semantics.selfeval;

import org.jixiao.diag.Arg;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.SelfEvalScore;

/**
 * A score the formulas give is written as they give it (JX1004), rounded to the decimals it is
 * written with; a score only the office can give (a qualitative indicator, a deadline missed) is
 * written at all (JX1007).
 */
final class ScoreAsComputed implements SelfEvalRule {
  @Override
  public boolean needsEveryLine() {
    return false;
  }

  @Override
  public void check(ProjectFile pf, SelfEvalScore score, BudgetContext ctx) {
    for (SelfEvalScore.Line l : score.lines()) {
      var written = l.actual().score();
      if (l.computed() != null && written != null && !Points.matches(written, l.computed())) {
        ctx.report(Diagnostic.of(DiagnosticCode.SELFEVAL_SCORE_WRONG, pf.file(), written.span(),
            Arg.text(Points.name(l.actual())), Arg.text(written.written()), Arg.text(Points.shown(l.computed())),
            Arg.key(formula(l))));
      } else if (l.computed() == null && written == null && l.indicator() != null && l.weight() != null
          && l.kind() != SelfEvalScore.Kind.QUANTITY) {
        ctx.report(Diagnostic.of(DiagnosticCode.SELFEVAL_SCORE_MISSING, pf.file(), l.actual().span(), Points.name(l.actual())));
      }
    }
  }

  /** The message that says how the score is computed: by kind and direction. */
  private static String formula(SelfEvalScore.Line l) {
    if (l.kind() == SelfEvalScore.Kind.DEADLINE) {
      return "selfeval.formula.deadline";
    }
    return switch (l.direction()) {
      case NEGATIVE -> "selfeval.formula.negative";
      case EQUAL -> "selfeval.formula.equal";
      default -> "selfeval.formula.positive";
    };
  }
}
