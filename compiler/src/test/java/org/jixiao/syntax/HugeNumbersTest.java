package org.jixiao.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * A number of a million digits is refused with JX0211 before it is read: reading it exactly takes
 * seconds, and every later sum with it longer. Each place a number is read is covered: an amount,
 * a number glued to its unit, a percentage.
 */
class HugeNumbersTest {
  private static DiagnosticSink parse(String project) {
    DiagnosticSink sink = new DiagnosticSink();
    SourceParser.parse(SourceFile.ofString("huge.jx", "project 项目 {\n" + project + "\n}\n"), sink);
    return sink;
  }

  @Test
  void aMillionDigitsAreRefusedUnread() {
    String digits = "9".repeat(1_000_000);
    assertThat(parse("  funds {\n    local " + digits + "\n  }").has(DiagnosticCode.NUMBER_TOO_LONG)).isTrue();
    assertThat(parse("  indicator 数量.人数 >= " + digits + "人").has(DiagnosticCode.NUMBER_TOO_LONG)).isTrue();
    assertThat(parse("  indicator 质量.合格率 不低于" + digits + "%").has(DiagnosticCode.NUMBER_TOO_LONG)).isTrue();
    assertThat(parse("  indicator 数量.人数 >= " + "9".repeat(36) + " 人").has(DiagnosticCode.NUMBER_TOO_LONG)).isFalse();
  }

  /** A unit of 200 parts (元/元/元…) is refused (JX0212): longer chains cost minutes of arithmetic. */
  @Test
  void aUnitOfTwoHundredPartsIsRefused() {
    String chain = "元" + "/元".repeat(200);
    assertThat(parse("  indicator 成本.单价 <= 5 " + chain).has(DiagnosticCode.UNIT_TOO_LONG)).isTrue();
    assertThat(parse("  indicator 成本.单价 <= 5" + chain).has(DiagnosticCode.UNIT_TOO_LONG)).isTrue();
    assertThat(parse("  funds " + chain + " {\n    local 5\n  }").has(DiagnosticCode.UNIT_TOO_LONG)).isTrue();
    assertThat(parse("  indicator 成本.单价 <= 5 元/人/月").has(DiagnosticCode.UNIT_TOO_LONG)).isFalse();
  }

  /**
   * Issue 10: a hundred thousand operators on one line (a pasted sum, product or unit chain) are
   * refused before the parse (JX0213): the parser and the checks nest one level per operator, so
   * they ended in a stack overflow, and the chain took minutes to parse.
   */
  @Test
  void aLineOfAHundredThousandOperatorsIsRefusedUnparsed() {
    String sum = String.join(" + ", java.util.Collections.nCopies(100_000, "1 人"));
    String product = String.join(" * ", java.util.Collections.nCopies(100_000, "2"));
    String chain = "元" + "/元".repeat(100_000);
    for (String line : new String[] {"  check " + sum + " >= 1 人", "  check " + product + " >= 1",
        "  indicator 成本.单价 <= 5 " + chain}) {
      DiagnosticSink sink = parse(line);
      assertThat(sink.has(DiagnosticCode.LINE_TOO_LONG)).isTrue();
      assertThat(sink.sorted()).hasSize(1);
    }
    assertThat(parse("  check " + String.join(" + ", java.util.Collections.nCopies(200, "1 人")) + " >= 1 人")
        .has(DiagnosticCode.LINE_TOO_LONG)).isFalse();
  }
}
