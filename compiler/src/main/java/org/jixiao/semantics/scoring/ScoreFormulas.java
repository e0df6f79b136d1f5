package org.jixiao.semantics.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jixiao.semantics.units.Rational;

/**
 * The self-evaluation's formulas (财预〔2020〕10号, as budget systems configure them), exact: every
 * score a rational number of points, rounded only where a written figure is compared with it.
 * Pure functions of their arguments; the profile's numbers (weights, bands, grades) are passed in.
 */
public final class ScoreFormulas {
  private ScoreFormulas() {}

  /** Which way a quantitative indicator is better: 正向 (≥, more is better), 反向 (≤), or an exact target (=). */
  public enum Direction { POSITIVE, NEGATIVE, EQUAL }

  private static final Rational TWO = Rational.of(2, 1);

  /**
   * A quantitative indicator's score out of {@code weight}:
   * <ul>
   *   <li>正向: the full weight once the actual reaches the target, else weight × actual / target
   *       (never below 0);
   *   <li>反向: the full weight while the actual stays at or under the target, weight × (1 − (actual −
   *       target) / target) between the target and twice it, 0 from twice the target;
   *   <li>=: as 正向; with a target of 0, the full weight for an actual of 0 or less, else 0.
   * </ul>
   * Target and actual are in the same unit (base units). A 正向 target of 0 is met by any actual ≥ 0;
   * a 反向 target of 0 only by an actual ≤ 0.
   */
  public static Rational quantitative(Direction direction, Rational target, Rational actual, Rational weight) {
    switch (direction) {
      case NEGATIVE -> {
        if (actual.compareTo(target) <= 0) {
          return weight;
        }
        if (target.signum() <= 0 || actual.compareTo(target.times(TWO)) >= 0) {
          return Rational.ZERO;
        }
        return weight.times(Rational.ONE.minus(actual.minus(target).dividedBy(target)));
      }
      case EQUAL -> {
        if (target.signum() == 0) {
          return actual.signum() <= 0 ? weight : Rational.ZERO;
        }
        return positive(target, actual, weight);
      }
      default -> {
        return positive(target, actual, weight);
      }
    }
  }

  private static Rational positive(Rational target, Rational actual, Rational weight) {
    if (actual.compareTo(target) >= 0) {
      return weight;
    }
    if (target.signum() <= 0 || actual.signum() <= 0) {
      return Rational.ZERO;
    }
    return weight.times(actual.dividedBy(target));
  }

  /** 预算执行率: 执行数 ÷ 全年预算数; null when the year's budget is 0 (no rate to speak of). */
  public static Rational executionRate(Rational executed, Rational budget) {
    return budget.signum() == 0 ? null : executed.dividedBy(budget);
  }

  /** 预算执行率's score: weight × the rate, at most the full weight (over 100% is no extra credit), never below 0. */
  public static Rational executionScore(Rational rate, Rational weight) {
    if (rate.compareTo(Rational.ONE) >= 0) {
      return weight;
    }
    return rate.signum() <= 0 ? Rational.ZERO : weight.times(rate);
  }

  /** A grade's threshold: its name and the lowest total that earns it. */
  public record GradeFloor(String grade, Rational floor) {}

  /** The grade of a total: the one with the highest floor at or under it; null when none is. */
  public static String grade(Rational total, List<GradeFloor> floors) {
    GradeFloor best = null;
    for (GradeFloor f : floors) {
      if (f.floor().compareTo(total) <= 0 && (best == null || f.floor().compareTo(best.floor()) > 0)) {
        best = f;
      }
    }
    return best == null ? null : best.grade();
  }

  /**
   * True when a written figure is the exact value as a form prints it: compared at two decimals
   * (the forms' precision), or at more where the figure is written with more. 18.57 for 18.5714…
   * and 99.97 for 99.9714… are right; 5 for 4.75 and 28.6 for 28.5714… are not.
   */
  public static boolean writtenAs(BigDecimal written, Rational exact) {
    int scale = Math.max(FORM_DECIMALS, written.scale());
    return shown(exact, scale).compareTo(written.setScale(scale, RoundingMode.HALF_UP)) == 0;
  }

  /** The decimals a form prints scores and rates with. */
  public static final int FORM_DECIMALS = 2;

  /** The exact value as a form would print it: to {@code decimals} places, half up, trailing zeros kept. */
  public static BigDecimal shown(Rational exact, int decimals) {
    return new BigDecimal(exact.numerator()).divide(new BigDecimal(exact.denominator()), decimals, RoundingMode.HALF_UP);
  }
}
