package org.jixiao.syntax;

import org.jixiao.source.Span;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The 指标值 of an indicator: a number with a unit, a qualitative value, or a date. */
public sealed interface Target extends Node {

  /** The comparison written before the value, or {@link Comparator#EQ} when none was. */
  Comparator comparator();

  /** True when the comparator was written out rather than implied. */
  boolean explicitComparator();

  /** {@code >= 407097 人/年}, {@code 100%}. The unit is null when none was written. */
  record Quantity(
      Comparator comparator,
      boolean explicitComparator,
      BigDecimal value,
      String numberText,
      UnitExpr unit,
      Span span)
      implements Target {}

  /** {@code "有效保障"}, {@code 及时发放}: text graded by a person, not measured. */
  record Qualitative(Comparator comparator, boolean explicitComparator, String text, Span span)
      implements Target {}

  /** {@code <= 2026-12-31}, {@code 2026年12月}: a deadline. */
  record Deadline(
      Comparator comparator,
      boolean explicitComparator,
      LocalDate date,
      DatePrecision precision,
      Span span)
      implements Target {}

  /** How much of a date was written: {@code 2026-12} means the whole month. */
  enum DatePrecision {
    YEAR,
    MONTH,
    DAY
  }
}
