package org.jixiao.semantics.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jixiao.semantics.library.Stdlib;
import org.jixiao.semantics.units.Unit;
import org.jixiao.source.Span;
import org.jixiao.syntax.Comparator;
import org.jixiao.syntax.Target;
import org.jixiao.syntax.UnitExpr;

/**
 * A mandated target holds a written one exactly when the written one is at least as strict: a
 * floor may only rise, a ceiling only fall, an exact value stays, and the comparison is in base
 * units whatever unit each side is written in.
 */
class TargetStrictnessProperties {
  private static final Unit PERCENT = Stdlib.library().unit("%");
  private static final Unit YUAN = Stdlib.library().unit("元");
  private static final Unit WAN_YUAN = Stdlib.library().unit("万元");

  private static Target.Quantity quantity(Comparator c, long value, String unit) {
    UnitExpr expr = new UnitExpr(List.of(new UnitExpr.Factor(unit, 1, Span.NONE)), unit, Span.NONE);
    return new Target.Quantity(c, c != Comparator.EQ, BigDecimal.valueOf(value), String.valueOf(value), expr, Span.NONE);
  }

  @Provide
  Arbitrary<Comparator> comparators() {
    return Arbitraries.of(Comparator.values());
  }

  @Property
  void everyTargetHoldsItself(@ForAll("comparators") Comparator c, @ForAll @IntRange(min = 0, max = 200) int v,
      @ForAll @IntRange(min = 0, max = 3000) int days) {
    Target.Quantity q = quantity(c, v, "%");
    assertThat(TargetStrictness.holds(q, PERCENT, q, PERCENT)).isTrue();
    Target.Deadline d = new Target.Deadline(c, true, LocalDate.of(2026, 1, 1).plusDays(days), Target.DatePrecision.DAY, Span.NONE);
    assertThat(TargetStrictness.holds(d, null, d, null)).isTrue();
  }

  @Property
  void aFloorMayOnlyRiseAndACeilingOnlyFall(@ForAll @IntRange(min = 0, max = 200) int locked,
      @ForAll @IntRange(min = 0, max = 200) int written) {
    assertThat(TargetStrictness.holds(quantity(Comparator.GE, locked, "%"), PERCENT,
        quantity(Comparator.GE, written, "%"), PERCENT)).isEqualTo(written >= locked);
    assertThat(TargetStrictness.holds(quantity(Comparator.LE, locked, "%"), PERCENT,
        quantity(Comparator.LE, written, "%"), PERCENT)).isEqualTo(written <= locked);
    // An exact value written under a floor holds when it is on the floor's side; a ceiling never holds a floor.
    assertThat(TargetStrictness.holds(quantity(Comparator.GE, locked, "%"), PERCENT,
        quantity(Comparator.EQ, written, "%"), PERCENT)).isEqualTo(written >= locked);
    assertThat(TargetStrictness.holds(quantity(Comparator.GE, locked, "%"), PERCENT,
        quantity(Comparator.LE, written, "%"), PERCENT)).isFalse();
    assertThat(TargetStrictness.holds(quantity(Comparator.EQ, locked, "%"), PERCENT,
        quantity(Comparator.EQ, written, "%"), PERCENT)).isEqualTo(written == locked);
  }

  @Property
  void amountsCompareInBaseUnits(@ForAll @IntRange(min = 0, max = 30000) int yuan) {
    // <= 1 万元 locked; <= yuan 元 written: as strict exactly when yuan <= 10000.
    assertThat(TargetStrictness.holds(quantity(Comparator.LE, 1, "万元"), WAN_YUAN,
        quantity(Comparator.LE, yuan, "元"), YUAN)).isEqualTo(yuan <= 10000);
    // Another dimension never holds, whatever the number.
    assertThat(TargetStrictness.holds(quantity(Comparator.LE, 1, "万元"), WAN_YUAN,
        quantity(Comparator.LE, yuan, "%"), PERCENT)).isFalse();
  }

  @Property
  void anotherKindOfTargetNeverHolds(@ForAll("comparators") Comparator c, @ForAll @IntRange(min = 0, max = 100) int v) {
    Target.Qualitative text = new Target.Qualitative(c, true, "及时", Span.NONE);
    assertThat(TargetStrictness.holds(quantity(c, v, "%"), PERCENT, text, null)).isFalse();
    assertThat(TargetStrictness.holds(text, null, quantity(c, v, "%"), PERCENT)).isFalse();
    assertThat(TargetStrictness.holds(text, null, new Target.Qualitative(c, true, "不及时", Span.NONE), null)).isFalse();
  }
}
