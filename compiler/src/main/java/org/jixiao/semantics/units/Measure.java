package org.jixiao.semantics.units;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact amount with a unit, for arithmetic across units: 200750 吨/年 × 110 元/吨 = 22,082,500
 * 元/年. {@code spelling} is the unit as the user wrote it (or as derived), for messages.
 */
public record Measure(Rational value, Unit unit, String spelling) {

  public Measure times(Measure other) {
    return new Measure(value.times(other.value), unit.times(other.unit), derived(spelling, "×", other.spelling));
  }

  public Measure dividedBy(Measure other) {
    return new Measure(value.dividedBy(other.value), unit.dividedBy(other.unit), derived(spelling, "/", other.spelling));
  }

  /** The amount in base units (元, 人, 年, …): value × scale. */
  public Rational base() {
    return value.times(unit.scale());
  }

  /** This measure expressed in another unit of the same dimension. */
  public Rational in(Unit target) {
    return base().dividedBy(target.scale());
  }

  private static String derived(String a, String op, String b) {
    return a + op + b;
  }

  /** A decimal for people: exact when finite, else rounded to 4 places; grouped by thousands. */
  public static String format(Rational r) {
    BigDecimal exact = r.toDecimalExact();
    BigDecimal shown = exact != null ? exact : new BigDecimal(r.numerator()).divide(new BigDecimal(r.denominator()), 4, RoundingMode.HALF_EVEN);
    return group(shown.stripTrailingZeros().toPlainString());
  }

  /** Thousands separators in a plain decimal: 58372000.5 → 58,372,000.5. */
  public static String group(String plain) {
    return org.jixiao.syntax.Normalize.grouped(plain);
  }

  @Override
  public String toString() {
    return format(value) + " " + spelling;
  }
}
