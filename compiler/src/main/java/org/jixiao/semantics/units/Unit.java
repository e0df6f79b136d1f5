package org.jixiao.semantics.units;

/**
 * A unit of measure: how many base units it is ({@code scale}) and of which dimension. 万元 is
 * 10000 × 货币; 元/人/月 is 12 × 货币·人数⁻¹·时间⁻¹ (per 月 is 12 per 年).
 */
public record Unit(Rational scale, Dimension dimension) {
  public static final Unit ONE = new Unit(Rational.ONE, Dimension.NONE);

  public Unit times(Unit other) {
    return new Unit(scale.times(other.scale), dimension.times(other.dimension));
  }

  public Unit dividedBy(Unit other) {
    return new Unit(scale.dividedBy(other.scale), dimension.dividedBy(other.dimension));
  }

  public Unit pow(int exponent) {
    return new Unit(scale.pow(exponent), dimension.pow(exponent));
  }

  /** {@code value} of this unit expressed in {@code target} (same dimension): 1 万元 is 10000 元. */
  public Rational amountIn(java.math.BigDecimal value, Unit target) {
    return Rational.of(value).times(scale).dividedBy(target.scale);
  }

  public boolean sameDimension(Unit other) {
    return dimension.equals(other.dimension);
  }
}
