package org.jixiao.semantics.monitor;

import org.jixiao.semantics.scoring.ScoreFormulas;
import org.jixiao.semantics.units.Rational;

/** A share as a message shows it: a percentage to two decimals, trailing zeros dropped (52.3). */
final class Points {
  private Points() {}

  static String percent(Rational share) {
    return ScoreFormulas.shown(share.times(Rational.of(100, 1)), 2).stripTrailingZeros().toPlainString();
  }
}
