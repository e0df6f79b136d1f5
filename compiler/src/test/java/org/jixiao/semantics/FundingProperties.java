package org.jixiao.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jixiao.diag.Diagnostic;
import org.jixiao.driver.CompiledBudget;

/**
 * A generated balanced form has no sum diagnostic; changing one amount yields exactly one, on the
 * changed amount's line (its row, or for a total its own cell).
 */
class FundingProperties {
  private static final List<String> SOURCES = List.of("central", "provincial", "local", "self", "other");
  private static final Set<String> SUM_CODES = Set.of("JX0501", "JX0502", "JX0503");

  /** A form's funds: per source the implementation-period and annual amounts, in 分. */
  record Funds(boolean oneYear, long[] term, long[] annual) {
    long total(long[] column) {
      long sum = 0;
      for (long v : column) {
        sum += v;
      }
      return sum;
    }
  }

  @Provide
  Arbitrary<Funds> balanced() {
    Arbitrary<long[]> amounts = Arbitraries.longs().between(0, 5_000_000_000L).array(long[].class).ofSize(5);
    return Combinators.combine(Arbitraries.of(true, false), amounts, Arbitraries.doubles().between(0, 1))
        .as((oneYear, term, share) -> {
          long[] annual = new long[5];
          for (int i = 0; i < 5; i++) {
            annual[i] = oneYear ? term[i] : (long) (term[i] * share);
          }
          return new Funds(oneYear, term, annual);
        });
  }

  static String yuan(long fen) {
    return fen / 100 + "." + String.format(java.util.Locale.ROOT, "%02d", fen % 100);
  }

  static String form(Funds f) {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      rows.append("    ").append(SOURCES.get(i)).append(' ').append(yuan(f.term[i])).append(' ')
          .append(yuan(f.annual[i])).append('\n');
    }
    rows.append("    total ").append(yuan(f.total(f.term))).append(' ').append(yuan(f.total(f.annual))).append('\n');
    String attribute = f.oneYear ? "  attribute 一次性\n  period 1 年\n" : "  attribute 跨年度\n  period 3 年\n";
    return "budget 阳泉市 2026 {\n  profile 山西\n}\nproject 测试项目 {\n"
        + "  department 005 \"中国共产党阳泉市委员会组织部\"\n  implementer \"中国共产党阳泉市委员会组织部\"\n"
        + attribute + "  funds {\n" + rows + "  }\n"
        + "  overview \"概况。\"\n  basis \"依据。\"\n  necessity \"必要性。\"\n  measures \"措施。\"\n  plan \"计划。\"\n"
        + "  goal \"目标。\"\n  indicator 数量.补助人数 >= 500 人\n  indicator 社会效益.效果 \"有效保障\"\n"
        + "  indicator 服务对象满意度.满意度 >= 95%\n  filed 2025-12-22 18:10:34\n}\n";
  }

  static List<Diagnostic> sumDiagnostics(String text) throws IOException {
    CompiledBudget result = org.jixiao.testing.Forms.compileAlone(text);
    List<Diagnostic> sums = new ArrayList<>();
    for (Diagnostic d : result.diagnostics()) {
      if (SUM_CODES.contains(d.code().code())) {
        sums.add(d);
      }
    }
    return sums;
  }

  @Property(tries = 60)
  void balancedFormHasNoSumDiagnostic(@ForAll("balanced") Funds funds) throws IOException {
    assertThat(sumDiagnostics(form(funds))).isEmpty();
  }

  @Property(tries = 120)
  void changingOneAmountYieldsExactlyOneOnIt(
      @ForAll("balanced") Funds funds,
      @ForAll("cells") int cell,
      @ForAll("deltas") long delta) throws IOException {
    String original = form(funds);
    // Cells 0-4 are the sources' term amounts, 5-9 their annual amounts, 10 and 11 the totals.
    long[] term = funds.term.clone();
    long[] annual = funds.annual.clone();
    String changedRow;
    String text;
    if (cell < 10) {
      long[] column = cell < 5 ? term : annual;
      int row = cell % 5;
      column[row] += delta;
      changedRow = "    " + SOURCES.get(row) + " ";
      Funds changed = new Funds(funds.oneYear, term, annual);
      // Keep the original totals: the form now disagrees with itself in exactly one cell.
      text = form(changed).replaceFirst("    total [^\\n]*", "    total " + yuan(funds.total(funds.term)) + " " + yuan(funds.total(funds.annual)));
    } else {
      changedRow = "    total ";
      long termTotal = funds.total(funds.term) + (cell == 10 ? delta : 0);
      long annualTotal = funds.total(funds.annual) + (cell == 11 ? delta : 0);
      text = original.replaceFirst("    total [^\\n]*", "    total " + yuan(termTotal) + " " + yuan(annualTotal));
    }
    List<Diagnostic> sums = sumDiagnostics(text);
    assertThat(sums).as(text).hasSize(1);
    Diagnostic d = sums.get(0);
    String line = d.file().lineText(d.line());
    assertThat(line).as("diagnostic %s on the changed line or its column's total", d.code())
        .satisfiesAnyOf(l -> assertThat(l).startsWith(changedRow), l -> assertThat(l).startsWith("    total "));
  }

  @Provide
  Arbitrary<Integer> cells() {
    return Arbitraries.integers().between(0, 11);
  }

  @Provide
  Arbitrary<Long> deltas() {
    return Arbitraries.longs().between(1, 1_000_000L);
  }
}
