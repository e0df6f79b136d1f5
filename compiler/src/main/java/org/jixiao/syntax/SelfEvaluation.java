package org.jixiao.syntax;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.source.Span;

/**
 * The self-evaluation (自评) of a project after its year, as its {@code selfeval} block writes it.
 * Its indicators are named by their path in the target and never retyped; what the office wrote
 * (actuals, scores, rates, the total and its grade) is kept as written, so that the checker can
 * compare each written figure with the one it computes. {@code achieved} is the 实际完成情况 of the
 * year's goal ({@code goal "…"}), null when not written.
 */
public record SelfEvaluation(
    List<FundsRow> funds, UnitExpr fundsUnit, List<Actual> actuals, Execution execution, Total total, Text achieved,
    Span span)
    implements Node {
  public SelfEvaluation {
    funds = List.copyOf(funds);
    actuals = List.copyOf(actuals);
  }

  /** A written number with its span: a score, a weight, a rate in percent. */
  public record Figure(BigDecimal value, String written, Span span) implements Node {}

  /** A source's 年初预算数, 全年预算数 and 全年执行数 ({@code -} for a blank cell: null here). */
  public record FundsRow(Name source, Amount start, Amount budget, Amount executed, Span span) implements Node {}

  /**
   * An indicator's 实际完成值 ({@code actual 数量.补助人数 407000 人}) and what the form writes beside
   * it: its 分值 when the target gives none, its 得分, its 偏差原因及改进措施. {@code value} is null
   * when no actual was written; {@code path} names the target's indicator.
   */
  public record Actual(List<Name> path, Target value, Figure weight, Figure score, Text reason, Span span)
      implements Node {
    public Actual {
      path = List.copyOf(path);
    }
  }

  /** The 预算执行率 line: its written rate (in percent) and score; either may be missing. */
  public record Execution(Figure rate, Figure score, Span span) implements Node {}

  /** The written 总分 and its grade (优, 良, 中, 差). */
  public record Total(Figure score, Name grade, Span span) implements Node {}
}
