package org.jixiao.backend;

import org.jixiao.layout.LayoutSpec;
import org.jixiao.semantics.library.RuleProfile;

/**
 * What a form's layout needs beyond the project: the layout itself, the profile whose labels,
 * columns and money unit it prints (never null: {@link BuildInput#formContext} stands the stdlib's
 * default in for a missing one, so every word the form prints is the profile's data), and the
 * budget's title, region and year.
 */
public record FormContext(LayoutSpec layout, RuleProfile profile, String title, String region, int year) {
  public FormContext {
    java.util.Objects.requireNonNull(profile, "profile");
  }

  /** A layout text with its placeholders filled: {year}, {region}, {money}. */
  String fill(String pattern) {
    return pattern.replace("{year}", String.valueOf(year)).replace("{region}", region)
        .replace("{money}", profile.moneyUnit());
  }

  /**
   * An amount of 元 as the form prints it: in the profile's money unit, with its decimals, or more
   * where the exact amount needs them (never rounded).
   */
  Grid.Value money(java.math.BigDecimal yuanAmount) {
    org.jixiao.semantics.units.Rational scale = profile.moneyScale();
    java.math.BigDecimal yuan = yuanAmount.multiply(new java.math.BigDecimal(scale.denominator()));
    java.math.BigDecimal unit = new java.math.BigDecimal(scale.numerator());
    java.math.BigDecimal value;
    try {
      value = yuan.divide(unit);
    } catch (ArithmeticException e) {
      // A money unit that is no power of ten (a folder's own): 8 places is below the 分 of any such unit.
      value = yuan.divide(unit, 8, java.math.RoundingMode.HALF_EVEN);
    }
    int needed = Math.max(0, value.stripTrailingZeros().scale());
    return new Grid.Value.Money(value, Math.max(profile.decimals(), needed));
  }

  /** The label the template prints for a field. */
  String label(String key) {
    return profile.label(key, key);
  }

  /** True when the template has the stage (term, annual) and, for funds, the column. */
  boolean hasStage(String stage) {
    return !stage.equals("term") || profile.hasTerm();
  }
}
