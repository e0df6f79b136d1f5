package org.jixiao.syntax;

import org.jixiao.source.Span;
import java.math.BigDecimal;

/** One cell of the funding table. */
public sealed interface Amount extends Node {

  /** {@code 58,372,000} or {@code 5837.2 万元}; the unit is null when the block's unit applies. */
  record Money(BigDecimal value, String numberText, UnitExpr unit, Span span) implements Amount {}

  /** {@code -}: the cell is left empty on the form (not the same as 0). */
  record Blank(Span span) implements Amount {}
}
