package org.jixiao.semantics;

import org.jixiao.semantics.library.Library;
import org.jixiao.semantics.library.Stdlib;
import org.jixiao.semantics.units.Measure;
import org.jixiao.semantics.units.Rational;
import org.jixiao.semantics.units.Unit;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of the unit algebra over the stdlib's units: exact, associative, invertible. */
class UnitProperties {
  private static final Library LIBRARY = Stdlib.library();
  private static final List<String> NAMES =
      List.of("元", "万元", "亿元", "人", "名", "人次", "万人次", "年", "月", "日", "季度", "吨", "千克", "立方米",
          "方", "万方", "公里", "万公里", "米", "平方米", "亩", "%", "个", "次", "套", "类", "项");

  @Provide
  Arbitrary<Unit> units() {
    Arbitrary<Unit> one = Arbitraries.of(NAMES).map(LIBRARY::unit);
    return one.list().ofMinSize(1).ofMaxSize(4).flatMap(list ->
        Arbitraries.integers().between(-2, 2).list().ofSize(list.size()).map(exponents -> {
          Unit u = Unit.ONE;
          for (int i = 0; i < list.size(); i++) {
            u = u.times(list.get(i).pow(exponents.get(i)));
          }
          return u;
        }));
  }

  @Provide
  Arbitrary<List<org.jixiao.syntax.UnitExpr.Factor>> factors() {
    List<String> words = new java.util.ArrayList<>(NAMES);
    words.addAll(List.of("不是单位", "万不是")); // unknown, the second after a known prefix
    return net.jqwik.api.Combinators.combine(Arbitraries.of(words), Arbitraries.integers().between(-2, 2))
        .as((name, exponent) -> new org.jixiao.syntax.UnitExpr.Factor(name, exponent, org.jixiao.source.Span.NONE))
        .list().ofMinSize(1).ofMaxSize(4);
  }

  /**
   * {@link Library#product} keeps each spelling's product: asked twice, it gives what the words
   * multiplied in order give, null when one is unknown.
   */
  @Property(tries = 2000)
  void productIsTheWordsMultipliedInOrder(@ForAll("factors") List<org.jixiao.syntax.UnitExpr.Factor> factors) {
    Unit expected = Unit.ONE;
    for (org.jixiao.syntax.UnitExpr.Factor f : factors) {
      Unit u = LIBRARY.unit(f.name());
      if (u == null) {
        expected = null;
        break;
      }
      expected = expected.times(u.pow(f.exponent()));
    }
    assertThat(LIBRARY.product(factors)).isEqualTo(expected);
    assertThat(LIBRARY.product(factors)).isEqualTo(expected);
  }

  @Property
  void unitTimesItsInverseIsDimensionlessOne(@ForAll("units") Unit u) {
    Unit product = u.times(u.pow(-1));
    assertThat(product.dimension().isNone()).isTrue();
    assertThat(product.scale()).isEqualTo(Rational.ONE);
  }

  @Property
  void multiplicationIsAssociativeAndCommutative(
      @ForAll("units") Unit a, @ForAll("units") Unit b, @ForAll("units") Unit c) {
    assertThat(a.times(b).times(c)).isEqualTo(a.times(b.times(c)));
    assertThat(a.times(b)).isEqualTo(b.times(a));
  }

  @Property
  void divisionUndoesMultiplication(@ForAll("units") Unit a, @ForAll("units") Unit b) {
    assertThat(a.times(b).dividedBy(b)).isEqualTo(a);
  }

  @Property
  void conversionRoundTripsExactly(
      @ForAll("units") Unit a, @ForAll @IntRange(min = -4, max = 4) int power,
      @ForAll("amounts") BigDecimal amount) {
    // Any unit of the same dimension: a scaled by a power of ten or by 12 (月 ↔ 年).
    Unit b = new Unit(a.scale().times(Rational.of(12, 1).pow(power)).times(Rational.of(10_000, 1)), a.dimension());
    Measure m = new Measure(Rational.of(amount), a, "a");
    Rational inB = m.in(b);
    assertThat(new Measure(inB, b, "b").in(a)).isEqualTo(Rational.of(amount));
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-1e12"), new BigDecimal("1e12")).ofScale(4);
  }

  @Property
  void prefixedUnitsAreTheirScale(@ForAll("baseUnits") String name) {
    Unit base = LIBRARY.unit(name);
    assertThat(LIBRARY.unit("万" + name)).isEqualTo(new Unit(base.scale().times(Rational.of(10_000, 1)), base.dimension()));
  }

  @Provide
  Arbitrary<String> baseUnits() {
    return Arbitraries.of("人次", "公里", "方", "张", "吨", "平方米");
  }

  @Property(tries = 1)
  void knownFacts() {
    assertThat(LIBRARY.unit("年")).isEqualTo(LIBRARY.unit("月").pow(1).times(new Unit(Rational.of(12, 1), org.jixiao.semantics.units.Dimension.NONE)));
    Unit perDay = LIBRARY.unit("吨").dividedBy(LIBRARY.unit("日"));
    Unit perYear = LIBRARY.unit("吨").dividedBy(LIBRARY.unit("年"));
    // 550 吨/日 = 200750 吨/年, as the seed's 垃圾焚烧 form computes.
    assertThat(new Measure(Rational.of(550, 1), perDay, "吨/日").in(perYear)).isEqualTo(Rational.of(200_750, 1));
    assertThat(LIBRARY.unit("人").sameDimension(LIBRARY.unit("人次"))).isFalse();
    assertThat(LIBRARY.unit("万元")).isEqualTo(new Unit(Rational.of(10_000, 1), LIBRARY.unit("元").dimension()));
  }
}
