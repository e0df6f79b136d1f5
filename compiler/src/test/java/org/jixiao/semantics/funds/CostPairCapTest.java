package org.jixiao.semantics.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.driver.CheckRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: a form with hundreds of prices and quantities is checked over at most 10,000 price ×
 * quantity pairs per column (its N² pairs once cost minutes and gigabytes). The pair over the funds
 * is found among the first pairs, and not past the cap: the cap is where the checker stops.
 */
class CostPairCapTest {
  @TempDir Path dir;

  private static final int N = 200; // 40,000 pairs

  /** N prices and N quantities; the one pair over the funds is the first, or the last. */
  private static String form(boolean bigPairFirst) {
    StringBuilder b = new StringBuilder("project 大表 {\n  department 005 \"阳泉市某局\"\n  implementer \"阳泉市某局\"\n"
        + "  attribute 一次性\n  period 1 年\n  funds {\n    local 200,000\n  }\n");
    for (int i = 1; i <= N; i++) {
      boolean big = bigPairFirst ? i == 1 : i == N;
      b.append("  indicator 成本.单价").append(i).append(" <= ").append(big ? "10000" : "1").append(" 元/人\n");
    }
    for (int i = 1; i <= N; i++) {
      boolean big = bigPairFirst ? i == 1 : i == N;
      b.append("  indicator 数量.人数").append(i).append(" >= ").append(big ? "1000" : "1").append(" 人\n");
    }
    return b.append("}\n").toString();
  }

  private boolean exceedsFunds(boolean bigPairFirst) throws IOException {
    Path budget = Files.createDirectories(dir.resolve(bigPairFirst ? "first" : "last"));
    Files.writeString(budget.resolve("budget.jx"), "budget 阳泉市 2026 {\n  profile 山西\n}\n");
    Files.writeString(budget.resolve("form.jx"), form(bigPairFirst));
    CheckRun run = CheckRun.check(List.of(budget), dir);
    return run.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.COST_EXCEEDS_FUNDS);
  }

  @Test
  void theFirstPairsAreCheckedAndThoseBeyondTheCapAreNot() throws IOException {
    assertThat(exceedsFunds(true)).as("10,000 元/人 × 1,000 人 > 200,000 元, as the first pair").isTrue();
    assertThat(exceedsFunds(false)).as("the same pair as the 40,000th").isFalse();
  }
}
