package org.jixiao.diag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of diagnostic argument, rendered in both languages. */
class ArgTest {
  private static final Messages ZH = new Messages(Messages.Language.ZH);
  private static final Messages EN = new Messages(Messages.Language.EN);
  private static final BigDecimal WAN = new BigDecimal("10000");

  private static Arg.Money wan(String yuan, int decimals) {
    return Arg.Money.of(new BigDecimal(yuan), "万元", WAN, decimals);
  }

  @Test
  void textIsTheUsersOwnInBothLanguages() {
    Arg text = Arg.text("市县（区）财政资金");
    assertThat(ZH.render(text)).isEqualTo("市县（区）财政资金");
    assertThat(EN.render(text)).isEqualTo("市县（区）财政资金");
    // A user's text that looks like one of our keys is still the user's text.
    assertThat(EN.render(Arg.text("@column.term"))).isEqualTo("@column.term");
  }

  @Test
  void keyIsLookedUpInTheReadersLanguage() {
    assertThat(ZH.render(Arg.key("column.term"))).isEqualTo("实施期");
    assertThat(EN.render(Arg.key("column.term"))).isEqualTo("implementation-period");
    assertThat(EN.render(Arg.key("no.suchKey"))).isEqualTo("@no.suchKey");
  }

  @Test
  void keyWithArgumentsRendersThemToo() {
    Arg perYear = Arg.key("amount.perYear", wan("22082500", 2));
    assertThat(ZH.render(perYear)).isEqualTo("2,208.25 万元/年");
    assertThat(EN.render(perYear)).isEqualTo("2,208.25 万元/年");
    Arg overYears = Arg.key("amount.overYears", Arg.Money.yuan(new BigDecimal("300000")), Arg.count(3));
    assertThat(ZH.render(overYears)).isEqualTo("300,000 元（3 年合计）");
    assertThat(EN.render(overYears)).isEqualTo("300,000 元 (over 3 years)");
  }

  @Test
  void moneyPrintsInItsUnitWithTheFormsDecimalsAndNeverRounds() {
    Arg.Money yuan = Arg.Money.yuan(new BigDecimal("58372000.00"));
    assertThat(ZH.render(yuan)).isEqualTo("58,372,000 元");
    assertThat(EN.render(yuan)).isEqualTo("58,372,000 元");
    assertThat(ZH.render(wan("2500000", 2))).isEqualTo("250.00 万元");
    assertThat(ZH.render(wan("1234567", 2))).isEqualTo("123.4567 万元");
    assertThat(ZH.render(wan("1234567.89", 2))).isEqualTo("123.456789 万元");
    assertThat(ZH.render(wan("35001234", 4))).isEqualTo("3,500.1234 万元");
    assertThat(ZH.render(wan("-1200000", 2))).isEqualTo("-120.00 万元");
    assertThat(ZH.render(wan("0", 2))).isEqualTo("0.00 万元");
    assertThat(ZH.render(Arg.Money.of(new BigDecimal("200000.005"), "元", BigDecimal.ONE, 2)))
        .isEqualTo("200,000.005 元");
    assertThat(ZH.render(Arg.Money.of(new BigDecimal("12345"), "千元", new BigDecimal("1E+3"), 0))).isEqualTo("12.345 千元");
  }

  @Test
  void moneyKeyIsTheExactYuanWhateverTheUnit() {
    assertThat(wan("2500000.00", 2).key()).isEqualTo("2500000");
    assertThat(Arg.Money.yuan(new BigDecimal("2500000")).key()).isEqualTo("2500000");
    assertThat(wan("0.00", 2).key()).isEqualTo("0");
  }

  @Test
  void aMoneyUnitMustBeAPowerOfTenOfYuan() {
    assertThatThrownBy(() -> Arg.Money.of(BigDecimal.ONE, "三元", new BigDecimal("3"), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Arg.Money.of(BigDecimal.ONE, "角", new BigDecimal("0.1"), 1).exponent()).isEqualTo(-1);
  }

  @Test
  void numberAndUnitNameArePlain() {
    assertThat(ZH.render(Arg.number(new BigDecimal("1.50")))).isEqualTo("1.5");
    assertThat(EN.render(Arg.count(12000))).isEqualTo("12000");
    assertThat(ZH.render(Arg.unit("元/吨"))).isEqualTo("元/吨");
    assertThat(EN.render(Arg.unit("万元"))).isEqualTo("万元");
  }

  @Test
  void termsAreFiguresInTheirUnitJoinedByPlus() {
    Arg terms = new Arg.Terms(List.of(new Arg.Term("中央补助", wan("3000000", 2)), new Arg.Term("其他资金", wan("0", 2))));
    assertThat(ZH.render(terms)).isEqualTo("中央补助 300.00 + 其他资金 0.00");
    assertThat(EN.render(terms)).isEqualTo("中央补助 300.00 + 其他资金 0.00");
    assertThat(EN.render(new Arg.Terms(List.of()))).isEqualTo("0");
  }

  @Test
  void aWholeMessageSaysTheFormsUnitInBothLanguages() {
    Diagnostic d = Diagnostic.of(DiagnosticCode.FUNDS_TOTAL_NOT_SUM_OF_SOURCES, null, new org.jixiao.source.Span(0, 0),
        Arg.key("column.annual"), wan("52000000", 2), wan("50000000", 2),
        new Arg.Terms(List.of(new Arg.Term("中央补助", wan("30000000", 2)), new Arg.Term("省级财政", wan("20000000", 2)))),
        wan("2000000", 2));
    assertThat(ZH.message(d)).isEqualTo("年度资金合计 5,200.00 万元与各来源之和 5,000.00 万元不符（差 200.00 万元）");
    assertThat(EN.message(d))
        .isEqualTo("The annual total 5,200.00 万元 is not the sum of its sources, 5,000.00 万元 (off by 200.00 万元).");
    assertThat(EN.hints(d)).containsExactly("Sources: 中央补助 3,000.00 + 省级财政 2,000.00. Correct the total or one of the sources.");
  }

  @Test
  void plainStringArgumentsAreTextOrOurPhrase() {
    assertThat(Arg.of("@column.term")).isEqualTo(Arg.key("column.term"));
    assertThat(Arg.of("补助 @column.term")).isEqualTo(Arg.text("补助 @column.term"));
    Diagnostic d = Diagnostic.of(DiagnosticCode.COLUMN_WITHOUT_INDICATORS, null, new org.jixiao.source.Span(0, 0), "@column.annual");
    assertThat(d.args()).containsExactly(Arg.key("column.annual"));
    assertThat(EN.message(d)).isEqualTo("The annual column has no indicators at all.");
  }

  @Test
  void moneyMessagesNeverWriteTheUnitThemselves() {
    for (String code : List.of("JX0501", "JX0502", "JX0503", "JX0504", "JX0506", "JX0510", "JX0511", "JX0512", "JX0801")) {
      assertThat(ZH.template(code + ".message")).as(code).doesNotContain("元");
      assertThat(EN.template(code + ".message")).as(code).doesNotContain("元");
    }
  }
}
