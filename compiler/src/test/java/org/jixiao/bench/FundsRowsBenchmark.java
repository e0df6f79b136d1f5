package org.jixiao.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.SourceParser;

/**
 * Parse time of one project whose funds block has 100, 1,000, 5,000 and 10,000 rows (issue 14, from issue
 * 10's note: the grammar's ambiguity between a unit after a number and a glued second amount made
 * prediction look to the end of the block, so the parse was quadratic in rows). Rows alternate the
 * shapes a pasted table gives: {@code 市县 0 元}, grouped numbers, glued {@code 5万元}. Prints the median
 * of the rounds per size and the time per row, then the same for the block with a syntax error in
 * its last row, which the LL stage (error recovery) parses whole. Run with {@code BENCH_MAIN=org.jixiao.bench.FundsRowsBenchmark bench/run
 * [rounds=5]}.
 */
public final class FundsRowsBenchmark {
  private FundsRowsBenchmark() {}

  static String project(int rows) {
    StringBuilder b = new StringBuilder("project 大表 {\n  funds {\n");
    for (int i = 0; i < rows; i++) {
      switch (i % 4) {
        case 0 -> b.append("    市县").append(i).append(" 0 元\n");
        case 1 -> b.append("    来源").append(i).append(" 58,372,000  58,372,000\n");
        case 2 -> b.append("    资金").append(i).append(" 5万元 3万元\n");
        default -> b.append("    其他").append(i).append(" 12 万元 12 万元\n");
      }
    }
    return b.append("  }\n}\n").toString();
  }

  /** The block with a third amount in its last row: SLL fails at the end, and LL parses it all. */
  static String broken(int rows) {
    return project(rows).replace("\n  }\n}", " 元 元\n  }\n}");
  }

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    System.out.printf(Locale.ROOT, "funds block parse (SourceParser.parse of one project), %d rounds, medians%n", rounds);
    for (int warm = 0; warm < 3; warm++) {
      parse(project(1000), false);
      parse(broken(1000), true);
    }
    for (boolean broken : new boolean[] {false, true}) {
      System.out.println(broken ? "with a syntax error in the last row (LL stage):" : "valid (SLL stage):");
      for (int rows : new int[] {100, 1000, 5000, 10000}) {
        String text = broken ? broken(rows) : project(rows);
        List<Double> times = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
          long start = System.nanoTime();
          parse(text, broken);
          times.add((System.nanoTime() - start) / 1e6);
        }
        double median = ParseCheckBenchmark.median(times);
        System.out.printf(Locale.ROOT, "  %5d rows: %9.2f ms  (%.1f µs per row)%n", rows, median, median * 1000 / rows);
      }
    }
  }

  private static void parse(String text, boolean broken) {
    DiagnosticSink sink = new DiagnosticSink();
    SourceParser.parse(new SourceFile(java.nio.file.Path.of("big.jx"), "big.jx", text), sink);
    if (sink.hasErrors() != broken) {
      throw new IllegalStateException((broken ? "no syntax error: " : "") + sink.sorted());
    }
  }
}
