package org.jixiao.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jixiao.corpus.CorpusGenerator;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.diag.Severity;
import org.jixiao.driver.CheckRun;
import org.jixiao.driver.SourceReader;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.SourceParser;

/**
 * Throughput of the front end on a large generated budget: (a) parse only, read and {@link
 * SourceParser#parse} of every file; (b) full check, {@link CheckRun#check} on the folder. Prints
 * plain text: the median, min and max of the measured rounds in forms/s and MB/s, the corpus size,
 * and the peak heap of each phase.
 *
 * <p>A plain harness rather than JMH: each round is seconds long, so timer resolution and
 * dead-code elimination do not matter (every round's result is used), and it needs no annotation
 * processor in the build. It is not a test: nothing runs it during {@code mvn verify}. Run it with
 * {@code bench/run}; arguments: {@code [forms=10000] [warmup=3] [rounds=5] [seed=2026] [phases]
 * [corpus=generated|templates]}: {@code templates} copies every template's example ({@link
 * TemplateCorpus}) instead of generating 山西 forms.
 *
 * <p>Each round also records the CPU time of the thread doing the work, and of the whole process
 * (worker threads, GC and JIT included: the fair clock once work is spread over cores). On a
 * machine shared with other jobs, wall-clock rounds vary with the load while CPU-time figures stay
 * comparable between runs.
 *
 * <p>Peak heap is the sum of each heap pool's peak since the phase began (pool peaks are reset
 * after a full GC first), so it includes garbage not yet collected: it is what the phase needed
 * with this JVM's heap settings, an upper bound on what it retained.
 */
public final class ParseCheckBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  /** CPU of every thread of the process: the measure once parse and checks run on several cores. */
  private static final com.sun.management.OperatingSystemMXBean PROCESS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private ParseCheckBenchmark() {}

  public static void main(String[] args) throws IOException {
    int requested = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 2026L;
    boolean templates = args.length > 5 && args[5].equals("templates");

    Path dir = Files.createTempDirectory("jixiao-bench-");
    try {
      long t0 = System.nanoTime();
      long bytes;
      final int forms;
      if (templates) {
        // Every template's clean example, copied up to about `forms` forms (TemplateCorpus).
        long[] written = TemplateCorpus.write(Path.of(System.getProperty("jixiao.repo", ".")).resolve("examples/templates"), dir, requested);
        forms = (int) written[0];
        bytes = written[1];
      } else {
        forms = requested;
        bytes = new CorpusGenerator(seed).writeBudget(dir, forms);
      }
      List<Path> files = sourceFiles(dir);
      System.out.printf(Locale.ROOT, "jixiao parse/check benchmark%n");
      System.out.printf(Locale.ROOT, "java %s, %d processors, max heap %.0f MB%n",
          System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() / 1e6);
      System.out.printf(Locale.ROOT, "corpus: %s, %d forms + budget.jx = %d files, %.2f MB (UTF-8), seed %d, generated in %.1f s%n",
          templates ? "every template's example, copied" : "generated 山西 forms", forms, files.size(), bytes / 1e6, seed,
          (System.nanoTime() - t0) / 1e9);
      System.out.printf(Locale.ROOT, "rounds: %d warm-up, %d measured; load average at start %.2f%n%n",
          warmup, rounds, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

      List<String> chosen = args.length > 4 ? List.of(args[4].split(","))
          : List.of("readtree-yardstick", "parse", "check", "check-names", "fmt", "diff", "build-json", "build-html",
              "build-xlsx", "build-all", "xlsx-backend", "sxssf-yardstick");
      Path other = Files.createTempDirectory("jixiao-bench-mutated-");
      Path out = Files.createTempDirectory("jixiao-bench-out-");
      try {
        CorpusGenerator mutated = new CorpusGenerator(seed).mutated(0.01);
        if (chosen.contains("diff") && templates) {
          throw new IllegalArgumentException("the diff phase needs the generated corpus (its mutated copy)");
        }
        if (chosen.contains("diff")) {
          mutated.writeBudget(other, forms);
        }
        java.util.Map<String, Phase> phases = new java.util.LinkedHashMap<>();
        phases.put("parse", new Phase("parse only (read + SourceParser.parse)", () -> parseAll(files, dir)));
        phases.put("check", new Phase("full check (CheckRun.check on the folder)", () -> checkFolder(dir, forms)));
        phases.put("check-names", new Phase("check without the form rules (names and structure only)", () -> checkWithoutRules(dir, forms)));
        phases.put("fmt", new Phase("jixiao fmt --check (check + format every file, write nothing)", () -> fmtCheck(dir)));
        phases.put("diff", new Phase("jixiao diff of two corpora differing in 1% of amounts (both checks + diff)", () -> diff(dir, other)));
        for (String format : List.of("json", "html", "xlsx")) {
          phases.put("build-" + format, new Phase("jixiao build --format " + format + " (check + write)", () -> build(dir, out, List.of(format))));
        }
        phases.put("build-all", new Phase("jixiao build --format json,html,xlsx (one check, all three written)",
            () -> build(dir, out, List.of("json", "html", "xlsx"))));
        XlsxPhases xlsx = new XlsxPhases(dir, out);
        phases.put("xlsx-backend", new Phase("the Excel backend alone (XlsxBackend.write of the checked budget)",
            xlsx::prepareInput, xlsx::backend));
        phases.put("sxssf-yardstick", new Phase("yardstick: bare POI SXSSF writing the same cells (no jixiao code)",
            xlsx::prepareWorkload, xlsx::yardstick));
        JsonYardstick json = new JsonYardstick(dir);
        phases.put("readtree-yardstick", new Phase("yardstick: Jackson readTree of the JSON build --format json writes (no jixiao code)",
            json::prepare, json::readAll));
        for (String name : chosen) {
          Phase phase = phases.get(name);
          if (phase == null) {
            throw new IllegalArgumentException("unknown phase " + name + "; known: " + phases.keySet());
          }
          phase.run(warmup, rounds);
          phase.print(forms, bytes);
          xlsx.release();
          json.release();
        }
        for (String name : List.of("parse", "check", "check-names")) {
          if (chosen.contains(name) && chosen.contains("readtree-yardstick")) {
            ratio(name, phases.get(name), phases.get("readtree-yardstick"), "readtree-yardstick");
          }
        }
        Phase yardstick = phases.get("sxssf-yardstick");
        for (String name : List.of("build-xlsx", "xlsx-backend")) {
          if (chosen.contains(name) && chosen.contains("sxssf-yardstick")) {
            ratio(name, phases.get(name), yardstick, "sxssf-yardstick");
          }
        }
      } finally {
        deleteTree(other);
        deleteTree(out);
      }
    } finally {
      deleteTree(dir);
    }
  }

  private static final org.jixiao.diag.Messages ZH = new org.jixiao.diag.Messages(org.jixiao.diag.Messages.Language.ZH);

  private static java.io.PrintWriter nowhere() {
    return new java.io.PrintWriter(java.io.Writer.nullWriter());
  }

  /** The checks of the language alone: parse, names, structure; none of the form rules. */
  private static long checkWithoutRules(Path dir, int forms) {
    org.jixiao.driver.Workspace workspace = new org.jixiao.driver.Workspace(dir);
    DiagnosticSink problems = new DiagnosticSink();
    long projects = 0;
    for (org.jixiao.driver.BudgetInput input : workspace.budgets(List.of(dir), problems)) {
      projects += new org.jixiao.driver.BudgetCompiler(workspace, false).compile(input).projectCount();
    }
    if (projects != forms) {
      throw new IllegalStateException("expected " + forms + " projects, got " + projects);
    }
    return projects;
  }

  private static long fmtCheck(Path dir) {
    int exit = new org.jixiao.cli.FmtRunner(List.of(dir), true, ZH, nowhere(), nowhere(), dir).run();
    return exit;
  }

  private static long diff(Path before, Path after) {
    CheckRun a = CheckRun.check(List.of(before), before);
    CheckRun b = CheckRun.check(List.of(after), after);
    org.jixiao.diff.BudgetDiff d = new org.jixiao.diff.Differ(ZH).diff(a.checked(), b.checked());
    if (d.projects().isEmpty()) {
      throw new IllegalStateException("the mutated corpus shows no change");
    }
    return d.projects().size();
  }

  private static long build(Path dir, Path out, List<String> formats) {
    try {
      deleteTree(out);
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    int exit = new org.jixiao.cli.BuildRunner(List.of(dir), out, formats, ZH, nowhere(), nowhere(), dir).run();
    if (exit != 0) {
      throw new IllegalStateException("build --format " + String.join(",", formats) + " exited " + exit);
    }
    return exit;
  }

  /** Reads and parses every file as the compiler does; returns the number of declarations. */
  private static long parseAll(List<Path> files, Path dir) {
    long declarations = 0;
    for (Path path : files) {
      DiagnosticSink sink = new DiagnosticSink();
      SourceFile file = SourceReader.read(path, dir.relativize(path).toString(), sink);
      declarations += SourceParser.parse(file, sink).declarations().size();
      if (sink.hasErrors()) {
        throw new IllegalStateException("generated file does not parse cleanly: " + path + " " + sink.sorted());
      }
    }
    return declarations;
  }

  private static long checkFolder(Path dir, int forms) {
    CheckRun run = CheckRun.check(List.of(dir), dir);
    if (run.count(Severity.ERROR) > 0 || run.projectCount() != forms) {
      throw new IllegalStateException(
          "check found " + run.count(Severity.ERROR) + " errors and " + run.projectCount() + " projects");
    }
    return run.projectCount();
  }

  /**
   * The ratio of a phase's median time to the yardstick's, from this run's rounds: wall, CPU of the
   * measuring thread, and CPU of the whole process (all threads: workers, GC, JIT), which is the
   * fair one once a phase works on several threads.
   */
  private static void ratio(String name, Phase phase, Phase yardstick, String yardstickName) {
    System.out.printf(Locale.ROOT, "ratio %s / %s: wall %.2f, cpu %.2f, process cpu %.2f (medians %.3f s / %.3f s wall)%n",
        name, yardstickName, median(phase.seconds) / median(yardstick.seconds),
        median(phase.cpuSeconds) / median(yardstick.cpuSeconds),
        median(phase.processSeconds) / median(yardstick.processSeconds), median(phase.seconds), median(yardstick.seconds));
  }

  static double median(List<Double> rounds) {
    double[] s = rounds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /** One measured operation, its per-round times and its peak heap. */
  private static final class Phase {
    final String name;
    final Runnable setup;
    final java.util.function.LongSupplier body;
    final List<Double> seconds = new ArrayList<>();
    final List<Double> cpuSeconds = new ArrayList<>();
    final List<Double> processSeconds = new ArrayList<>();
    long peakHeap;
    long sink; // results are summed so that no round's work can be optimised away

    Phase(String name, java.util.function.LongSupplier body) {
      this(name, () -> {}, body);
    }

    /** A phase whose {@code setup} (untimed, before the warm-up) makes what every round reads. */
    Phase(String name, Runnable setup, java.util.function.LongSupplier body) {
      this.name = name;
      this.setup = setup;
      this.body = body;
    }

    void run(int warmup, int rounds) {
      setup.run();
      for (int i = 0; i < warmup; i++) {
        sink += body.getAsLong();
      }
      for (int i = 0; i < rounds; i++) {
        resetPeaks();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long processStart = PROCESS.getProcessCpuTime();
        long start = System.nanoTime();
        sink += body.getAsLong();
        seconds.add((System.nanoTime() - start) / 1e9);
        cpuSeconds.add((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9);
        processSeconds.add((PROCESS.getProcessCpuTime() - processStart) / 1e9);
        peakHeap = Math.max(peakHeap, heapPeak());
      }
    }

    void print(int forms, long bytes) {
      System.out.printf(Locale.ROOT, "%s%n", name);
      rates("wall", seconds, forms, bytes);
      rates("cpu", cpuSeconds, forms, bytes);
      rates("proc", processSeconds, forms, bytes);
      System.out.printf(Locale.ROOT, "  peak heap %.0f MB; load average after the phase %.2f%n%n",
          peakHeap / 1e6, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      if (sink == 42) {
        System.out.println(); // never true in practice; keeps the results live
      }
    }
  }

  /** Median, min and max rates of the rounds; the fastest round gives the max rate. */
  private static void rates(String clock, List<Double> rounds, int forms, long bytes) {
    double[] s = rounds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double median = median(rounds);
    double min = s[0];
    double max = s[s.length - 1];
    System.out.printf(Locale.ROOT, "  %-4s round times (s): %s%n", clock, Arrays.toString(rounds.stream()
        .map(t -> String.format(Locale.ROOT, "%.3f", t)).toArray()));
    System.out.printf(Locale.ROOT, "  %-4s forms/s  median %7.0f   min %7.0f   max %7.0f%n",
        clock, forms / median, forms / max, forms / min);
    System.out.printf(Locale.ROOT, "  %-4s MB/s     median %7.2f   min %7.2f   max %7.2f%n",
        clock, bytes / 1e6 / median, bytes / 1e6 / max, bytes / 1e6 / min);
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long heapPeak() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static List<Path> sourceFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".jx")).sorted().toList();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
