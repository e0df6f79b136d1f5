package org.jixiao.semantics.resolve;

import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.units.Rational;
import org.jixiao.semantics.units.Unit;
import org.jixiao.syntax.Amount;
import org.jixiao.syntax.Name;

/**
 * Amounts of the self-evaluation's and the monitoring's funds rows in 元: each in its own unit, else
 * in the block's ({@code funds 万元 {…}}), else in 元. Shared so that both forms read an amount the
 * same way the target's funds table does.
 */
final class LifecycleAmounts {
  private final BudgetContext ctx;
  private final Unit yuan;
  private final Unit block;

  /** The amounts of one funds block, whose unit is {@code blockUnit} (null: 元). */
  LifecycleAmounts(BudgetContext ctx, org.jixiao.syntax.UnitExpr blockUnit) {
    this.ctx = ctx;
    this.yuan = ctx.library().unit("元");
    this.block = blockUnit == null ? yuan : ctx.resolution().unit(blockUnit);
  }

  /** An amount in 元 (a blank cell is 0); null when its unit is unknown or not money. */
  Rational yuan(Amount amount) {
    if (amount instanceof Amount.Blank) {
      return Rational.ZERO;
    }
    if (block == null) {
      return null;
    }
    Amount.Money m = (Amount.Money) amount;
    Unit unit = m.unit() == null ? block : ctx.resolution().unit(m.unit());
    return unit == null || !unit.sameDimension(yuan) ? null : unit.amountIn(m.value(), yuan);
  }

  /** True when a row names the total (年度资金总额) rather than a source. */
  boolean total(Name source) {
    return NameResolver.isTotal(source, ctx.profile());
  }
}
