package org.jixiao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jixiao.corpus.CorpusGenerator;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.driver.BudgetCompiler;
import org.jixiao.driver.BudgetInput;
import org.jixiao.driver.BudgetSession;
import org.jixiao.driver.Workspace;

/**
 * Issue 11: how long an editor waits for diagnostics after a keystroke in a budget of N forms.
 * A session checks the budget once; then each round types one character into a random place of a
 * random form's unsaved buffer (or deletes the one typed before, as someone correcting does) and
 * checks again. The yardstick, in the same run and interleaved: a check from scratch of the same
 * folder after the same edit (what every check cost before the session). Prints p50/p95/max wall
 * time of both and their ratio.
 *
 * <p>{@code bench/keystroke [forms=100] [keystrokes=400] [seed=2026]}. Not a test: nothing asserts a time.
 */
public final class KeystrokeBenchmark {
  private static final String TYPED = "1 人数。甲\"";

  private KeystrokeBenchmark() {}

  public static void main(String[] args) throws IOException {
    int forms = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int keystrokes = args.length > 1 ? Integer.parseInt(args[1]) : 400;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 2026;
    Path dir = Files.createTempDirectory("jixiao-keystroke").resolve("budget");
    long bytes = new CorpusGenerator(seed).writeBudget(dir, forms);
    Workspace workspace = new Workspace(dir);
    BudgetInput input = workspace.budgets(List.of(dir), new DiagnosticSink()).get(0);
    BudgetSession session = new BudgetSession(workspace);
    Random random = new Random(seed);
    List<Path> files = input.files().stream().filter(p -> !p.getFileName().toString().equals(CorpusGenerator.BUDGET_FILE)).toList();
    String[] texts = new String[files.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = Files.readString(files.get(i));
    }
    session.compile(input);
    int warmUp = Math.max(50, keystrokes / 4);
    long[] incremental = new long[keystrokes];
    long[] scratch = new long[keystrokes];
    int[] lastAt = new int[texts.length];
    Arrays.fill(lastAt, -1);
    for (int k = -warmUp; k < keystrokes; k++) {
      int f = random.nextInt(texts.length);
      String text = texts[f];
      if (lastAt[f] >= 0) { // delete what was typed here before
        text = text.substring(0, lastAt[f]) + text.substring(lastAt[f] + 1);
        lastAt[f] = -1;
      } else {
        int at = 1 + random.nextInt(text.length() - 1);
        text = text.substring(0, at) + TYPED.charAt(random.nextInt(TYPED.length())) + text.substring(at);
        lastAt[f] = at;
      }
      texts[f] = text;
      session.overlay(files.get(f), text);
      long start = System.nanoTime();
      session.compile(input);
      long took = System.nanoTime() - start;
      Files.writeString(files.get(f), text); // the yardstick reads the same text from disk
      long startScratch = System.nanoTime();
      new BudgetCompiler(new Workspace(dir)).compile(input);
      long tookScratch = System.nanoTime() - startScratch;
      if (k >= 0) {
        incremental[k] = took;
        scratch[k] = tookScratch;
      }
    }
    Arrays.sort(incremental);
    Arrays.sort(scratch);
    System.out.printf(Locale.ROOT, "a budget of %d generated forms (%.0f KB), %d keystrokes after %d warm-up, seed %d; wall time per re-check%n",
        forms, bytes / 1024.0, keystrokes, warmUp, seed);
    print("session (kept parse, library, analyses)", incremental);
    print("from scratch (the yardstick)", scratch);
    System.out.printf(Locale.ROOT, "  ratio p50 %.1fx, p95 %.1fx faster%n", (double) at(scratch, 0.5) / at(incremental, 0.5),
        (double) at(scratch, 0.95) / at(incremental, 0.95));
  }

  private static void print(String what, long[] sorted) {
    System.out.printf(Locale.ROOT, "  %-42s p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms%n", what, at(sorted, 0.5) / 1e6,
        at(sorted, 0.95) / 1e6, sorted[sorted.length - 1] / 1e6);
  }

  private static long at(long[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
  }
}
