package org.jixiao.syntax;

import java.time.LocalDate;
import java.util.List;
import org.jixiao.source.Span;

/**
 * A mid-year monitoring snapshot (运行监控) of a project, as its {@code monitor DATE} block writes it:
 * the sources' 全年预算数 and 执行数 so far, and per indicator (named by its path in the target) its
 * 完成值 so far, its 全年预计完成 and the cause of a deviation.
 */
public record Monitoring(LocalDate date, Span dateSpan, List<FundsRow> funds, UnitExpr fundsUnit, List<Actual> actuals, Span span)
    implements Node {
  public Monitoring {
    funds = List.copyOf(funds);
    actuals = List.copyOf(actuals);
  }

  /** A source's 全年预算数 and its 执行数 so far. */
  public record FundsRow(Name source, Amount budget, Amount executed, Span span) implements Node {}

  /** An indicator so far: its 完成值, its 全年预计完成 (null when not written), the cause's class and text. */
  public record Actual(List<Name> path, Target value, Target forecast, Name cause, Text reason, Span span) implements Node {
    public Actual {
      path = List.copyOf(path);
    }
  }
}
