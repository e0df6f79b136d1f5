package org.jixiao.semantics.units;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact fraction, always in lowest terms with a positive denominator. Unit scales need it: a
 * 月 is 1/12 年 and a 日 is 1/365 年, which no decimal holds exactly.
 */
public record Rational(BigInteger numerator, BigInteger denominator) implements Comparable<Rational> {
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);
  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);

  public Rational {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("denominator is zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    // Most amounts are whole (denominator 1): no gcd to take (the gcd of every construction showed
    // in profiles of a one-form check).
    BigInteger gcd = denominator.equals(BigInteger.ONE) ? BigInteger.ONE : numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
  }

  public static Rational of(long numerator, long denominator) {
    return new Rational(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  public static Rational of(BigDecimal value) {
    if (value.scale() <= 0) {
      return new Rational(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return new Rational(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  public Rational times(Rational other) {
    // Scales are mostly 1 (元, 人, 年): the product is the other factor, with no multiplication to do.
    if (other.isOne()) {
      return this;
    }
    if (isOne()) {
      return other;
    }
    return new Rational(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  private boolean isOne() {
    return numerator.equals(BigInteger.ONE) && denominator.equals(BigInteger.ONE);
  }

  public Rational dividedBy(Rational other) {
    return new Rational(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  public Rational plus(Rational other) {
    return new Rational(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  public Rational minus(Rational other) {
    return plus(other.negate());
  }

  public Rational negate() {
    return new Rational(numerator.negate(), denominator);
  }

  public Rational pow(int exponent) {
    if (exponent >= 0) {
      return new Rational(numerator.pow(exponent), denominator.pow(exponent));
    }
    return new Rational(denominator.pow(-exponent), numerator.pow(-exponent));
  }

  public int signum() {
    return numerator.signum();
  }

  /** The exact decimal, or null when the fraction has no finite decimal form (1/3). */
  public BigDecimal toDecimalExact() {
    try {
      return new BigDecimal(numerator).divide(new BigDecimal(denominator)).stripTrailingZeros();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  @Override
  public int compareTo(Rational other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
  }
}
