package org.jixiao.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** A money argument's figure is the exact amount: read back, it gives the 元 it was made from. */
class MoneyProperties {
  @Property
  void figureReadsBackToTheExactYuan(
      @ForAll @LongRange(min = -100_000_000_000L, max = 100_000_000_000L) long fen,
      @ForAll @IntRange(min = -1, max = 8) int exponent,
      @ForAll @IntRange(min = 0, max = 6) int decimals) {
    BigDecimal yuan = BigDecimal.valueOf(fen, 2);
    Arg.Money money = Arg.Money.of(yuan, "单位", BigDecimal.ONE.movePointRight(exponent), decimals);
    String figure = money.figure();
    BigDecimal back = new BigDecimal(figure.replace(",", "")).movePointRight(exponent);
    assertThat(back.compareTo(yuan)).as(figure).isZero();
    int point = figure.indexOf('.');
    assertThat(point < 0 ? 0 : figure.length() - point - 1).as(figure).isGreaterThanOrEqualTo(decimals);
    String integer = (point < 0 ? figure : figure.substring(0, point)).replace("-", "");
    assertThat(integer).as(figure).matches("\\d{1,3}(,\\d{3})*");
  }
}
