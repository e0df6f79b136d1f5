package org.jixiao.semantics.selfeval;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.SelfEvalScore;

/** The written 总分 is the sum of the scores (JX1011), and its grade the one the total earns (JX1012). */
final class TotalAndGrade implements SelfEvalRule {
  @Override
  public boolean needsEveryLine() {
    return true; // a sum of every line
  }

  /**
   * True when the total is the sum of the scores as written (each written right, to its two
   * decimals): a form adds up the figures it prints, which may differ from the exact sum by a cent.
   */
  private static boolean sumOfWritten(SelfEvalScore score, org.jixiao.syntax.SelfEvaluation.Figure total) {
    var execution = score.evaluation().execution();
    if (execution == null || execution.score() == null || score.execution() == null || score.execution().score() == null
        || !Points.matches(execution.score(), score.execution().score())) {
      return false;
    }
    java.math.BigDecimal sum = execution.score().value();
    for (SelfEvalScore.Line l : score.lines()) {
      var written = l.actual().score();
      if (written == null || (l.computed() != null && !Points.matches(written, l.computed()))) {
        return false;
      }
      sum = sum.add(written.value());
    }
    return sum.compareTo(total.value()) == 0;
  }

  @Override
  public void check(ProjectFile pf, SelfEvalScore score, BudgetContext ctx) {
    var total = score.evaluation().total();
    if (total == null || score.total() == null) {
      return;
    }
    if (!Points.matches(total.score(), score.total()) && !sumOfWritten(score, total.score())) {
      ctx.report(Diagnostic.of(DiagnosticCode.SELFEVAL_TOTAL_WRONG, pf.file(), total.score().span(), total.score().written(),
          Points.shown(score.total())));
    }
    if (total.grade() != null && score.grade() != null && !total.grade().text().equals(score.grade())) {
      List<String> floors = new ArrayList<>();
      ctx.profile().scores("grade").forEach(g -> floors.add(g.label() + " ≥ " + g.low().stripTrailingZeros().toPlainString()));
      ctx.report(Diagnostic.of(DiagnosticCode.SELFEVAL_GRADE_WRONG, pf.file(), total.grade().span(), Points.shown(score.total()),
          score.grade(), total.grade().text(), String.join("，", floors)));
    }
  }
}
