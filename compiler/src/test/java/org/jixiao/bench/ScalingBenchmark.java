package org.jixiao.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jixiao.corpus.CorpusGenerator;
import org.jixiao.driver.CheckRun;

/**
 * Issue 10: is the check of one budget linear in its number of projects? One budget of N
 * projects, for N from 1,000 to 16,000 (doubling), in three shapes: generated realistic forms, one
 * file each (as offices keep them; a file is at most 4 MB); one file of N empty projects; and one
 * file of N empty projects that all have the same name (every one a duplicate, the worst case for
 * diagnostics). Prints the median CPU time of the measuring thread per shape and N,
 * the cost per project, and its ratio to the cost at the smallest N: flat means linear.
 *
 * <p>{@code bench/scaling [max=16000] [rounds=3] [seed=2026]}. Not a test: nothing asserts a time.
 */
public final class ScalingBenchmark {
  private ScalingBenchmark() {}

  public static void main(String[] args) throws IOException {
    int max = args.length > 0 ? Integer.parseInt(args[0]) : 16_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 2026;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.out.printf(Locale.ROOT, "one budget of N projects; median CPU of the checking thread over %d rounds (after one warm-up), seed %d%n",
        rounds, seed);
    for (String shape : List.of("generated", "empty", "same-named")) {
      double base = 0;
      for (int n = 1_000; n <= max; n *= 2) {
        Path dir = Files.createTempDirectory("jixiao-scaling");
        try {
          Files.writeString(dir.resolve(CorpusGenerator.BUDGET_FILE), new CorpusGenerator(seed).budget(), StandardCharsets.UTF_8);
          long bytes = write(dir, shape, n, seed);
          check(dir, n);
          long[] cpu = new long[rounds];
          for (int r = 0; r < rounds; r++) {
            long start = threads.getCurrentThreadCpuTime();
            check(dir, n);
            cpu[r] = threads.getCurrentThreadCpuTime() - start;
          }
          Arrays.sort(cpu);
          double median = cpu[rounds / 2] / 1e6;
          double perProject = median * 1000 / n;
          base = n == 1_000 ? perProject : base;
          System.out.printf(Locale.ROOT, "  %-10s N=%6d  %7.0f KB  %8.0f ms  %7.1f µs/project  x%.2f%n", shape, n,
              bytes / 1024.0, median, perProject, perProject / base);
        } finally {
          try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
              Files.delete(p);
            }
          }
        }
      }
    }
  }

  /** The projects of one shape into the budget folder; returns their size in bytes. */
  private static long write(Path dir, String shape, int n, long seed) throws IOException {
    if (shape.equals("generated")) {
      return new CorpusGenerator(seed).writeBudget(dir, n);
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(shape.equals("empty") ? "project 项目" + i + " {\n}\n" : "project 同名项目 {\n}\n");
    }
    Path file = dir.resolve("projects.jx");
    Files.writeString(file, b, StandardCharsets.UTF_8);
    return Files.size(file);
  }

  private static void check(Path dir, int n) {
    CheckRun run = CheckRun.check(List.of(dir), dir);
    if (run.projectCount() != n) {
      throw new IllegalStateException("expected " + n + " projects, got " + run.projectCount());
    }
  }
}
