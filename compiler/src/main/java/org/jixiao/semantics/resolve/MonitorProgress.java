package org.jixiao.semantics.resolve;

import java.util.List;
import org.jixiao.semantics.units.Rational;
import org.jixiao.syntax.Monitoring;
import org.jixiao.syntax.ProjectItem;

/**
 * A project's monitoring snapshot as {@link MonitorSnapshots} read it, once: each monitored
 * indicator with its target and deviation, and the budget's execution against the time elapsed.
 *
 * @param elapsed the share of the budget year gone by on the snapshot's date (day of year ÷ days)
 */
public record MonitorProgress(Monitoring monitoring, List<Line> lines, Execution execution, Rational elapsed) {
  public MonitorProgress {
    lines = List.copyOf(lines);
  }

  /**
   * A monitored indicator: the target's indicator it names (null when none), the 偏离度 of its
   * 全年预计完成 by direction ((forecast − target) ÷ target, negative when behind; null when it cannot
   * be computed) and whether that is past the profile's threshold.
   */
  public record Line(Monitoring.Actual actual, ProjectItem.Indicator indicator, Rational deviation, boolean offTrack) {}

  /**
   * Each source's amounts, the sources' 全年预算数 and 执行数 so far (元), the execution rate, and the
   * light its lag behind the time earns (null: none).
   */
  public record Execution(
      List<FundsRow> rows, Rational budget, Rational executed, Rational rate, String light, Rational lightFloor) {
    public Execution {
      rows = List.copyOf(rows);
    }
  }

  /** A source's 全年预算数 and 执行数 so far, in 元. */
  public record FundsRow(org.jixiao.syntax.Name source, Rational budget, Rational executed) {}
}
