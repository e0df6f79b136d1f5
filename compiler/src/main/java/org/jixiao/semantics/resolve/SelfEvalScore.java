package org.jixiao.semantics.resolve;

import java.util.List;
import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.semantics.scoring.ScoreFormulas;
import org.jixiao.semantics.units.Rational;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.syntax.SelfEvaluation;

/**
 * A project's self-evaluation as {@link SelfEvalScores} computed it, once: each actual line with
 * the target indicator it names and its score, the 预算执行率, the total and its grade. The checks
 * compare what the office wrote with it; the backends print it.
 *
 * @param unevaluated the target's 年度 indicators no actual line names
 * @param total the computed 总分: null while a score is missing (a qualitative line without one)
 * @param grade the grade of the computed total, by the profile's floors; null without a total
 */
public record SelfEvalScore(
    SelfEvaluation evaluation, List<Line> lines, List<ProjectItem.Indicator> unevaluated, Execution execution,
    Rational total, String grade) {
  public SelfEvalScore {
    lines = List.copyOf(lines);
    unevaluated = List.copyOf(unevaluated);
  }

  /**
   * The 总分 row's 分值: the weights the lines and 预算执行率 carry, added (a line without a weight
   * adds nothing: it is reported on its line, JX1008).
   */
  public Rational weights() {
    Rational sum = execution == null ? Rational.ZERO : execution.weight();
    for (Line l : lines) {
      if (l.weight() != null) {
        sum = sum.plus(l.weight());
      }
    }
    return sum;
  }

  /** How a line is scored: by formula (a quantity), by date (a deadline), or by the office within a band (qualitative). */
  public enum Kind { QUANTITY, DEADLINE, QUALITATIVE }

  /**
   * One actual line: the target indicator it names (null when none), that indicator's category,
   * its weight (null when neither line gives one), how it is scored, its direction, the computed
   * score (null when only the office can give it: a qualitative line, a deadline missed, a weight
   * or a comparable actual missing), the qualitative band its words name (null when none), and
   * {@code counted}: the score the total adds (the computed one, else the written one).
   */
  public record Line(
      SelfEvaluation.Actual actual, ProjectItem.Indicator indicator, IndicatorFramework.Category category,
      Rational weight, Kind kind, ScoreFormulas.Direction direction, Rational computed,
      RuleProfile.ScoreRule band, Rational counted) {}

  /**
   * 预算执行率: each source's amounts, the 年初预算数, 全年预算数 and 全年执行数 of the sources (in 元),
   * the rate (null when the budget is 0), the weight the profile gives it and the score.
   */
  public record Execution(
      List<FundsRow> rows, Rational start, Rational budget, Rational executed, Rational rate, Rational weight,
      Rational score) {
    public Execution {
      rows = List.copyOf(rows);
    }
  }

  /** A source's 年初预算数, 全年预算数 and 全年执行数, in 元. */
  public record FundsRow(org.jixiao.syntax.Name source, Rational start, Rational budget, Rational executed) {}
}
