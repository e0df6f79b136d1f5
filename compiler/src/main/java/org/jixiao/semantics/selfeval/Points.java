package org.jixiao.semantics.selfeval;

import org.jixiao.semantics.scoring.ScoreFormulas;
import org.jixiao.semantics.units.Rational;
import org.jixiao.syntax.SelfEvaluation;

/** Scores and rates as a message shows them: to two decimals, trailing zeros dropped (18.57, 20). */
final class Points {
  private Points() {}

  static String shown(Rational r) {
    return ScoreFormulas.shown(r, 2).stripTrailingZeros().toPlainString();
  }

  /** A rate as a percentage (0.9997 → 99.97). */
  static String percent(Rational rate) {
    return shown(rate.times(Rational.of(100, 1)));
  }

  /** True when a written figure is the exact one rounded to the decimals it was written with. */
  static boolean matches(SelfEvaluation.Figure written, Rational exact) {
    return ScoreFormulas.writtenAs(written.value(), exact);
  }

  static String name(SelfEvaluation.Actual a) {
    return a.path().get(a.path().size() - 1).text();
  }
}
