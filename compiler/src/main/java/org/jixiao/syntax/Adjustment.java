package org.jixiao.syntax;

import java.time.LocalDate;
import java.util.List;
import org.jixiao.source.Span;

/**
 * An adjustment (调整) during the year, as its {@code adjust DATE "理由" { … }} block writes it: the new
 * amounts of the sources its funds rows name, and the new targets of the indicators it names by
 * their path in the target (never retyped). The target form keeps its values; the adjustment is
 * what the later forms are measured against.
 *
 * @param reason why the project was adjusted; null when not written
 * @param fundsSpan the funds line, where a finding about the funds points; null without one
 */
public record Adjustment(
    LocalDate date, Span dateSpan, Text reason, List<FundsRow> funds, UnitExpr fundsUnit, Span fundsSpan,
    List<Indicator> indicators, Span span)
    implements Node {
  public Adjustment {
    funds = List.copyOf(funds);
    indicators = List.copyOf(indicators);
  }

  /** The new target of one indicator: {@code indicator 数量.补助人数 >= 420000 人/年}. */
  public record Indicator(Column column, List<Name> path, Target target, Span span) implements Node {
    public Indicator {
      path = List.copyOf(path);
    }
  }
}
