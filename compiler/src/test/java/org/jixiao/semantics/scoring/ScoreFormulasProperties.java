package org.jixiao.semantics.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jixiao.semantics.units.Rational;

/**
 * The self-evaluation's formulas over random targets, actuals and weights: a score is never above
 * its weight nor below 0; it rises with the actual for a 正向 indicator and falls for a 反向 one;
 * it is the full weight exactly when the target is met; and 预算执行率's score is capped at its weight.
 */
class ScoreFormulasProperties {
  @Provide
  Arbitrary<Rational> amounts() {
    // Two decimals, as forms write targets and actuals; 0 included.
    return Arbitraries.longs().between(0, 10_000_000).map(n -> Rational.of(n, 100));
  }

  @Provide
  Arbitrary<Rational> positive() {
    return Arbitraries.longs().between(1, 10_000_000).map(n -> Rational.of(n, 100));
  }

  @Provide
  Arbitrary<Rational> weights() {
    return Arbitraries.longs().between(1, 10_000).map(n -> Rational.of(n, 100));
  }

  @Property(tries = 500)
  void aScoreIsNeverAboveItsWeightNorBelowZero(@ForAll ScoreFormulas.Direction direction, @ForAll("amounts") Rational target,
      @ForAll("amounts") Rational actual, @ForAll("weights") Rational weight) {
    Rational score = ScoreFormulas.quantitative(direction, target, actual, weight);
    assertThat(score.compareTo(weight)).isLessThanOrEqualTo(0);
    assertThat(score.signum()).isGreaterThanOrEqualTo(0);
  }

  @Property(tries = 500)
  void aScoreMovesWithTheActualByDirection(@ForAll ScoreFormulas.Direction direction, @ForAll("positive") Rational target,
      @ForAll("amounts") Rational a, @ForAll("amounts") Rational b, @ForAll("weights") Rational weight) {
    Rational low = a.compareTo(b) <= 0 ? a : b;
    Rational high = a.compareTo(b) <= 0 ? b : a;
    int order = ScoreFormulas.quantitative(direction, target, low, weight)
        .compareTo(ScoreFormulas.quantitative(direction, target, high, weight));
    if (direction == ScoreFormulas.Direction.NEGATIVE) {
      assertThat(order).as("反向: a larger actual never scores more").isGreaterThanOrEqualTo(0);
    } else {
      assertThat(order).as("正向: a larger actual never scores less").isLessThanOrEqualTo(0);
    }
  }

  @Property(tries = 500)
  void aScoreIsFullExactlyWhenTheTargetIsMet(@ForAll ScoreFormulas.Direction direction, @ForAll("positive") Rational target,
      @ForAll("amounts") Rational actual, @ForAll("weights") Rational weight) {
    boolean met = direction == ScoreFormulas.Direction.NEGATIVE ? actual.compareTo(target) <= 0 : actual.compareTo(target) >= 0;
    assertThat(ScoreFormulas.quantitative(direction, target, actual, weight).equals(weight)).isEqualTo(met);
  }

  @Property(tries = 300)
  void anExecutionScoreIsCappedAtItsWeightAndRisesWithTheRate(@ForAll("positive") Rational budget,
      @ForAll("amounts") Rational a, @ForAll("amounts") Rational b, @ForAll("weights") Rational weight) {
    Rational sa = ScoreFormulas.executionScore(ScoreFormulas.executionRate(a, budget), weight);
    Rational sb = ScoreFormulas.executionScore(ScoreFormulas.executionRate(b, budget), weight);
    assertThat(sa.compareTo(weight)).isLessThanOrEqualTo(0);
    assertThat(Integer.signum(sa.compareTo(sb)) * Integer.signum(a.compareTo(b))).isGreaterThanOrEqualTo(0);
    assertThat(sa.equals(weight)).isEqualTo(a.compareTo(budget) >= 0);
  }

  @Property(tries = 300)
  void aFigureIsWrittenRightOnlyAsTheFormRoundsIt(@ForAll("amounts") Rational exact) {
    BigDecimal shown = ScoreFormulas.shown(exact, 2);
    assertThat(ScoreFormulas.writtenAs(shown, exact)).isTrue();
    assertThat(ScoreFormulas.writtenAs(shown.add(new BigDecimal("0.01")), exact)).isFalse();
  }
}
