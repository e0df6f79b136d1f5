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

  /** A unit of a thousand parts (元/元/元…) is refused (JX0212): such chains cost minutes of arithmetic. */
  @Test
  void aUnitOfAThousandPartsIsRefused() {
    String chain = "元" + "/元".repeat(1_000);
    assertThat(parse("  indicator 成本.单价 <= 5 " + chain).has(DiagnosticCode.UNIT_TOO_LONG)).isTrue();
    assertThat(parse("  indicator 成本.单价 <= 5" + chain).has(DiagnosticCode.UNIT_TOO_LONG)).isTrue();
    assertThat(parse("  funds " + chain + " {\n    local 5\n  }").has(DiagnosticCode.UNIT_TOO_LONG)).isTrue();
    assertThat(parse("  indicator 成本.单价 <= 5 元/人/月").has(DiagnosticCode.UNIT_TOO_LONG)).isFalse();
  }
}
