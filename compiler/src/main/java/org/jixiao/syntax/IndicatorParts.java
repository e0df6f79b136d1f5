package org.jixiao.syntax;

import org.jixiao.source.Span;
import java.math.BigDecimal;

/**
 * The optional parts of an indicator line, for templates whose table has the column: {@code
 * weight 10} (分值), {@code direction 正向} (指标性质), {@code kind 定量} (指标值类型), {@code standard
 * "计划标准"} (绩效标准), {@code explain "…"} (指标解释), {@code scoring "…"} (评（扣）分标准), {@code
 * note "…"} (指标值说明). Each is null when not written.
 */
public record IndicatorParts(
    Weight weight, Name direction, Name kind, Text standard, Text explain, Text scoring, Text note, int repeated)
    implements Node {
  public static final IndicatorParts NONE = new IndicatorParts(null, null, null, null, null, null, null, 0);

  /**
   * {@code repeated}: how many parts were written again on the line (JX0302); the tree keeps the
   * last of each, so the formatter prints such a line as written rather than drop the others.
   */
  public IndicatorParts {}

  /** A weight as written: {@code 10}, {@code 2.5}. */
  public record Weight(BigDecimal value, String written, Span span) implements Node {}

  public boolean isEmpty() {
    return equals(NONE);
  }

  /** Not a source position of its own: each part has its span. */
  @Override
  public Span span() {
    return Span.NONE;
  }
}
