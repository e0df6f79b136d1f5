package org.jixiao.syntax;

import org.jixiao.source.Span;
import java.math.BigDecimal;
import java.util.List;

/** An arithmetic expression in a {@code check} line. */
public sealed interface Expr extends Node {

  record Binary(Expr left, char operator, Expr right, Span span) implements Expr {}

  record NumberLiteral(BigDecimal value, String numberText, UnitExpr unit, Span span)
      implements Expr {}

  /** {@code funds.annual} (the column total) or {@code funds.term.local} (one source). */
  record FundsRef(Column column, Name source, Span span) implements Expr {}

  /** An indicator's target, by its path: {@code 数量.焚烧垃圾吨数}. */
  record IndicatorRef(List<Name> path, Span span) implements Expr {
    public IndicatorRef {
      path = List.copyOf(path);
    }
  }
}
