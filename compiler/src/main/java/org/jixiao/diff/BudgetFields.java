package org.jixiao.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jixiao.diag.Arg;
import org.jixiao.diag.Messages;
import org.jixiao.diff.BudgetDiff.FieldChange;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.CheckedBudget;
import org.jixiao.semantics.units.Rational;
import org.jixiao.semantics.units.Unit;
import org.jixiao.syntax.Amount;
import org.jixiao.syntax.BudgetItem;
import org.jixiao.syntax.Decl;
import org.jixiao.syntax.Normalize;

/**
 * What changed in a budget's own declaration ({@code budget.jx}): region, title, profile, and each
 * department's 预算控制数 (exact 元, so 4,300 万元 and 43,000,000 元 are the same). The year is not
 * a field: a budget of the same region and another year is that region's next budget, and the
 * diff's heading names both years; what changed from one year to the next is what is listed.
 */
final class BudgetFields {
  private final Messages messages;

  BudgetFields(Messages messages) {
    this.messages = messages;
  }

  /** A null side is a budget only on the other side: its declaration is new or gone as a whole. */
  List<FieldChange> changes(CheckedBudget before, CheckedBudget after) {
    Map<String, String[]> fields = new LinkedHashMap<>();
    for (int side = 0; side < 2; side++) {
      CheckedBudget b = side == 0 ? before : after;
      Decl.Budget decl = b == null || b.context() == null ? null : b.context().budget();
      if (decl == null) {
        continue;
      }
      put(fields, messages.get("diff.field.region"), side, decl.region().text());
      for (BudgetItem item : decl.items()) {
        if (item instanceof BudgetItem.Title t) {
          put(fields, messages.get("diff.field.title"), side, t.text().value());
        } else if (item instanceof BudgetItem.ProfileRef p) {
          put(fields, messages.get("diff.field.profile"), side, p.name().text());
        } else if (item instanceof BudgetItem.Ceiling c) {
          put(fields, messages.get("diff.field.ceiling", c.departmentCode()), side, ceiling(b.context(), c));
        }
      }
    }
    List<FieldChange> out = new ArrayList<>();
    if (before == null || after == null) {
      return out;
    }
    fields.forEach((label, v) -> {
      if (!Objects.equals(Normalize.key(v[0]), Normalize.key(v[1]))) {
        out.add(new FieldChange(label, v[0], v[1]));
      }
    });
    return out;
  }

  private static void put(Map<String, String[]> fields, String label, int side, String value) {
    fields.computeIfAbsent(label, k -> new String[] {"", ""})[side] = value == null ? "" : value;
  }

  /** The ceiling in 元 when its unit is known; as written otherwise (the check reports the unit). */
  private String ceiling(BudgetContext ctx, BudgetItem.Ceiling c) {
    if (!(c.amount() instanceof Amount.Money money)) {
      return "-";
    }
    Unit yuan = ctx.library() == null ? null : ctx.library().unit("元");
    Unit unit = money.unit() == null ? yuan : ctx.resolution().unit(money.unit());
    if (yuan == null || unit == null || !unit.sameDimension(yuan)) {
      return money.numberText() + (money.unit() == null ? "" : " " + money.unit().spelling());
    }
    Rational value = unit.amountIn(money.value(), yuan);
    BigDecimal exact = value.toDecimalExact();
    String plain = exact == null ? value.toString() : exact.stripTrailingZeros().toPlainString();
    return messages.get("diff.field.yuan", Arg.grouped(plain));
  }
}
