package org.jixiao.tables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jixiao.semantics.units.Rational;
import org.jixiao.syntax.Amount;

/** Numbers as the views hold them: money in 元 to two decimals, other figures exact where finite. */
final class Amounts {
  private Amounts() {}

  /** A cell in 元 with what was written: a figure, or "-" for an amount written as none. */
  static ProjectView.Amount of(Amount written, Rational yuan) {
    if (written instanceof Amount.Money m) {
      return new ProjectView.Amount(yuan(yuan), m.numberText(), m.unit() == null ? null : m.unit().spelling(), false);
    }
    return new ProjectView.Amount(yuan(Rational.ZERO), "-", null, true);
  }

  /** A cell the form leaves out (a source with no row): 0, not blank. */
  static ProjectView.Amount zero() {
    return derived(Rational.ZERO);
  }

  /** An amount nobody wrote: a sum. */
  static ProjectView.Amount derived(Rational yuan) {
    return new ProjectView.Amount(yuan(yuan), null, null, false);
  }

  static BigDecimal yuan(Rational r) {
    BigDecimal exact = r.toDecimalExact();
    BigDecimal value = exact != null ? exact : new BigDecimal(r.numerator()).divide(new BigDecimal(r.denominator()), 2, RoundingMode.HALF_EVEN);
    return value.setScale(2, RoundingMode.HALF_EVEN);
  }

  /** Exact when the decimal is finite, else 12 places: 1/12 年 is 0.083333333333. */
  static String decimal(Rational r) {
    BigDecimal exact = r.toDecimalExact();
    return exact != null ? plain(exact)
        : new BigDecimal(r.numerator()).divide(new BigDecimal(r.denominator()), 12, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** {@link #decimal}, null for none: the figures of the later forms, where a figure may be missing. */
  static String decimalText(Rational r) {
    return r == null ? null : decimal(r);
  }

  /** An amount in 元 as the JSON writes it (two decimals), null for none. */
  static String yuanText(Rational r) {
    return r == null ? null : yuan(r).toPlainString();
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
  }
}
