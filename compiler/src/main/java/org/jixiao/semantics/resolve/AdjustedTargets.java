package org.jixiao.semantics.resolve;

import java.util.List;
import org.jixiao.semantics.units.Rational;
import org.jixiao.syntax.Adjustment;
import org.jixiao.syntax.FundsRow;
import org.jixiao.syntax.ProjectItem;

/**
 * A project's adjustments as {@link Adjustments} read them, once, in date order: for each, the
 * target indicators its lines name (with whether the new target differs from the one in force) and
 * the sources its funds rows change, each amount in 元 before and after.
 */
public record AdjustedTargets(List<Change> changes) {
  public AdjustedTargets {
    changes = List.copyOf(changes);
  }

  /** A source's 年度 amount in 元 after every adjustment; {@code target} (the target form's) when none changed it. */
  public Rational annualAfter(String source, Rational target) {
    Rational inForce = target;
    for (Change c : changes) {
      for (FundsChange f : c.funds()) {
        if (f.source().equals(source) && f.after() != null) {
          inForce = f.after();
        }
      }
    }
    return inForce;
  }

  /** One adjustment: what it changes. */
  public record Change(Adjustment adjustment, List<IndicatorChange> indicators, List<FundsChange> funds) {
    public Change {
      indicators = List.copyOf(indicators);
      funds = List.copyOf(funds);
    }

    /** True when some indicator's target is new. */
    public boolean changesATarget() {
      return indicators.stream().anyMatch(IndicatorChange::changed);
    }

    /** True when some source's amount is new. */
    public boolean changesFunds() {
      return funds.stream().anyMatch(FundsChange::changed);
    }
  }

  /**
   * An indicator line: the target's indicator it names (null when none), the target in force before
   * it (the target form's, or an earlier adjustment's; null without an indicator) and whether the
   * line's target is new.
   */
  public record IndicatorChange(
      Adjustment.Indicator line, ProjectItem.Indicator indicator, org.jixiao.syntax.Target before, boolean changed) {}

  /**
   * A funds row: the source's key, its 年度 amount in 元 before (in force until this adjustment; 0
   * when the target has no such row) and after; null where an amount's unit is not money.
   */
  public record FundsChange(FundsRow row, String source, Rational before, Rational after) {
    public boolean changed() {
      return before != null && after != null && before.compareTo(after) != 0;
    }
  }
}
