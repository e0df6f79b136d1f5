package org.jixiao.syntax;

import org.jixiao.source.Span;
import java.util.List;

/**
 * A unit as written: {@code 元/人/月} is 元¹ 人⁻¹ 月⁻¹. Factors keep the order they were written in
 * and their own spans, so that an unknown one can be pointed at.
 */
public record UnitExpr(List<Factor> factors, String spelling, Span span) implements Node {
  public UnitExpr {
    factors = List.copyOf(factors);
  }

  /** One named unit raised to a power (±1 in practice). */
  public record Factor(String name, int exponent, Span span) implements Node {}
}
