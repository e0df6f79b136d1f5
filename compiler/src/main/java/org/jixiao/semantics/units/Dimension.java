package org.jixiao.semantics.units;

import java.util.Map;
import java.util.TreeMap;

/**
 * A dimension as a product of base dimensions with integer powers: 元/人/年 is {货币: 1, 人数: -1,
 * 时间: -1}. The empty product is dimensionless (a pure number, such as %). Base dimensions are
 * kept sorted so that equal dimensions are equal objects and print the same way everywhere.
 */
public record Dimension(Map<String, Integer> powers) {
  public static final Dimension NONE = new Dimension(Map.of());

  public Dimension {
    TreeMap<String, Integer> copy = new TreeMap<>();
    powers.forEach(
        (base, power) -> {
          if (power != 0) {
            copy.put(base, power);
          }
        });
    powers = java.util.Collections.unmodifiableMap(copy);
  }

  public static Dimension base(String name) {
    return new Dimension(Map.of(name, 1));
  }

  public Dimension times(Dimension other) {
    TreeMap<String, Integer> sum = new TreeMap<>(powers);
    other.powers.forEach((base, power) -> sum.merge(base, power, Integer::sum));
    return new Dimension(sum);
  }

  public Dimension pow(int exponent) {
    TreeMap<String, Integer> scaled = new TreeMap<>();
    powers.forEach((base, power) -> scaled.put(base, power * exponent));
    return new Dimension(scaled);
  }

  public Dimension dividedBy(Dimension other) {
    return times(other.pow(-1));
  }

  public boolean isNone() {
    return powers.isEmpty();
  }

  /** The power of one base dimension (0 when absent). */
  public int power(String base) {
    return powers.getOrDefault(base, 0);
  }

  @Override
  public String toString() {
    if (powers.isEmpty()) {
      return "1";
    }
    StringBuilder b = new StringBuilder();
    powers.forEach(
        (base, power) -> {
          if (b.length() > 0) {
            b.append('·');
          }
          b.append(base);
          if (power != 1) {
            b.append('^').append(power);
          }
        });
    return b.toString();
  }
}
