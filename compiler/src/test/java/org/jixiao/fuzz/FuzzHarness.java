package org.jixiao.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jixiao.testing.TempTrees;

/**
 * The fuzzing campaign: mutated example and generated budget folders through {@link Oracles}, the
 * first input of each new failure signature minimised ({@link Minimizer}) and saved. Input
 * {@code i} of seed {@code s} is the same bytes on every run, whatever the thread count.
 *
 * <p>{@code bench/fuzz INPUTS SEED [OUT]} runs it (and {@code bench/fuzz replay FOLDER} re-runs a saved input) from a clone; OUT defaults to {@code
 * compiler/target/fuzz}. Properties: {@code fuzz.threads} (1), {@code fuzz.timeout} (seconds
 * before a runaway command is stopped, 10), {@code fuzz.minimize} (seconds per signature, 60).
 * Exit code 1 when any failure was found.
 */
public final class FuzzHarness {
  /** One signature: how often it was seen, and its minimised example. */
  public static final class Found {
    public final String signature;
    public final Oracles.Failure failure;
    public FuzzInput example;
    public Path saved;
    public int count;

    Found(String signature, Oracles.Failure failure, FuzzInput example) {
      this.signature = signature;
      this.failure = failure;
      this.example = example;
    }
  }

  /** The end of a campaign. */
  public record Summary(long inputs, double seconds, long seed, Map<String, Found> failures, String slowest, long slowestNanos) {
    public String text() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "fuzz: %d inputs in %.1f s, %.1f inputs/s, seed %d%n", inputs, seconds, inputs / seconds, seed));
      b.append(String.format(Locale.ROOT, "failures: %d signatures, %d inputs%n", failures.size(),
          failures.values().stream().mapToInt(f -> f.count).sum()));
      for (Found f : failures.values()) {
        b.append(String.format(Locale.ROOT, "  %6d  %s%n          %s%n          example: %s%n", f.count, f.signature,
            f.failure.detail().lines().findFirst().orElse(""), f.saved == null ? "(not saved)" : f.saved));
      }
      b.append("time per command (s):");
      Oracles.TIME.forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s %.1f", k, v.sum() / 1e9)));
      b.append('\n');
      b.append(String.format(Locale.ROOT, "slowest input: %.3f s, %s%n", slowestNanos / 1e9, slowest));
      return b.toString();
    }
  }

  private final Seeds seeds;
  private final Mutators mutators;
  private final long seed;
  private final Path out;
  private final int threads;
  private final long timeoutNanos;
  private final long minimizeSeconds;
  private final Map<String, Found> found = new TreeMap<>();
  private final AtomicLong done = new AtomicLong();
  private volatile String slowest = "";
  private volatile long slowestNanos;
  private final List<Oracles.Watch> watches = new ArrayList<>();

  public FuzzHarness(Seeds seeds, long seed, Path out, int threads, long timeoutSeconds, long minimizeSeconds) {
    this.seeds = seeds;
    this.mutators = new Mutators(seeds);
    this.seed = seed;
    this.out = out;
    this.threads = threads;
    this.timeoutNanos = timeoutSeconds * 1_000_000_000L;
    this.minimizeSeconds = minimizeSeconds;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: FuzzHarness INPUTS SEED [OUT-FOLDER]");
      System.exit(2);
    }
    if (args[0].equals("replay")) {
      System.exit(replay(Path.of(args[1])));
    }
    Path repo = Path.of(System.getProperty("jixiao.repo", "."));
    Path out = args.length > 2 ? Path.of(args[2]) : repo.resolve("compiler/target/fuzz");
    FuzzHarness harness = new FuzzHarness(Seeds.load(repo, 60, Boolean.getBoolean("fuzz.singleForms")), Long.parseLong(args[1]), out,
        Integer.getInteger("fuzz.threads", 1), Long.getLong("fuzz.timeout", 10), Long.getLong("fuzz.minimize", 60));
    Summary summary = harness.run(Long.parseLong(args[0]), System.err);
    System.out.print(summary.text());
    System.exit(summary.failures().isEmpty() ? 0 : 1);
  }

  /** Runs the oracles on a saved folder ({@code bench/fuzz replay OUT/SIGNATURE/FOLDER}) and prints every failure. */
  static int replay(Path folder) throws IOException {
    Path scratch = Files.createTempDirectory(scratchRoot(), "jixiao-fuzz-replay-");
    Oracles.Outcome outcome = Oracles.run(FuzzInput.read(folder), scratch, new Oracles.Watch());
    TempTrees.delete(scratch);
    for (Oracles.Failure f : outcome.failures()) {
      System.out.println(f.signature() + "\n" + f.detail() + "\n");
    }
    System.out.printf(Locale.ROOT, "%d failures; slowest command %s %.3f s%n", outcome.failures().size(),
        outcome.slowestPhase(), outcome.slowestNanos() / 1e9);
    return outcome.failures().isEmpty() ? 0 : 1;
  }

  /** Input {@code index} of the campaign seeded {@code seed}. */
  public FuzzInput input(long index) {
    Random random = new Random(seed * 0x9E3779B97F4A7C15L + index);
    FuzzInput input = mutators.next(random);
    return new FuzzInput(input.folder(), input.files(), "#" + index + " " + input.origin());
  }

  public Summary run(long inputs, PrintStream progress) throws InterruptedException {
    long start = System.nanoTime();
    AtomicLong next = new AtomicLong();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Path scratch = scratchRoot().resolve("jixiao-fuzz-" + ProcessHandle.current().pid() + "-" + t);
      Thread worker = new Thread(() -> work(next, inputs, scratch), "fuzz-" + t);
      workers.add(worker);
      worker.start();
    }
    Thread watchdog = new Thread(this::watch, "fuzz-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    long lastReport = System.nanoTime();
    for (Thread w : workers) {
      while (w.isAlive()) {
        w.join(500);
        if (System.nanoTime() - lastReport > 5_000_000_000L) {
          lastReport = System.nanoTime();
          double s = (lastReport - start) / 1e9;
          synchronized (found) {
            progress.printf(Locale.ROOT, "fuzz: %d/%d inputs, %.0f s, %.1f inputs/s, %d signatures%n",
                done.get(), inputs, s, done.get() / s, found.size());
          }
        }
      }
    }
    watchdog.interrupt();
    return new Summary(done.get(), (System.nanoTime() - start) / 1e9, seed, found, slowest, slowestNanos);
  }

  private static Path scratchRoot() {
    Path shm = Path.of("/dev/shm");
    return Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
  }

  private void work(AtomicLong next, long inputs, Path scratch) {
    Oracles.Watch watch = new Oracles.Watch();
    synchronized (watches) {
      watches.add(watch);
    }
    watch.hardNanos = timeoutNanos;
    try {
      for (long i = next.getAndIncrement(); i < inputs; i = next.getAndIncrement()) {
        FuzzInput input = input(i);
        Oracles.Outcome outcome = runOnce(input, scratch, watch);
        if (outcome.failures().stream().anyMatch(f -> f.signature().startsWith("slow:"))) {
          outcome = confirmSlow(outcome, runOnce(input, scratch, watch));
        }
        if (outcome.slowestNanos() > slowestNanos) {
          slowestNanos = outcome.slowestNanos();
          slowest = outcome.slowestPhase() + ", " + input.size() + " bytes, " + input.origin();
          save("slowest", input, outcome.slowestPhase() + " " + outcome.slowestNanos() / 1e9 + " s");
        }
        for (Oracles.Failure f : outcome.failures()) {
          record(f, input, scratch, watch);
        }
        done.incrementAndGet();
      }
    } finally {
      TempTrees.delete(scratch);
    }
  }

  private static Oracles.Outcome runOnce(FuzzInput input, Path scratch, Oracles.Watch watch) {
    try {
      return Oracles.run(input, scratch, watch);
    } catch (ThreadDeath late) {
      return new Oracles.Outcome(List.of(new Oracles.Failure("hang:" + watch.phase + "@" + Oracles.frame(watch.sample), "stopped")), "?", 0);
    }
  }

  /** A slow command counts only when it is slow twice (not a GC pause or the JIT warming up). */
  private static Oracles.Outcome confirmSlow(Oracles.Outcome first, Oracles.Outcome second) {
    List<Oracles.Failure> kept = new ArrayList<>();
    for (Oracles.Failure f : first.failures()) {
      if (!f.signature().startsWith("slow:") || second.has(f.signature())) {
        kept.add(f);
      }
    }
    return new Oracles.Outcome(kept, first.slowestPhase(), Math.min(first.slowestNanos(), second.slowestNanos()));
  }

  private void record(Oracles.Failure f, FuzzInput input, Path scratch, Oracles.Watch watch) {
    Found entry;
    synchronized (found) {
      entry = found.get(f.signature());
      if (entry != null) {
        entry.count++;
        return;
      }
      entry = new Found(f.signature(), f, input);
      entry.count = 1;
      found.put(f.signature(), entry);
    }
    long hard = watch.hardNanos;
    watch.hardNanos = Math.min(hard, 3_000_000_000L);
    FuzzInput small = minimizeSeconds <= 0 ? input
        : Minimizer.minimize(input, c -> Oracles.run(c, scratch, watch).has(f.signature()), minimizeSeconds, 2000);
    watch.hardNanos = hard;
    synchronized (found) {
      entry.example = small;
      entry.saved = save(f.signature(), small, f.signature() + "\n" + f.detail());
    }
  }

  private Path save(String signature, FuzzInput input, String note) {
    try {
      Path dir = out.resolve(signature.replaceAll("[^A-Za-z0-9._+-]", "_"));
      TempTrees.delete(dir);
      Files.createDirectories(dir);
      Path folder = input.write(dir);
      Files.writeString(dir.resolve("README.txt"), note + "\n\norigin: " + input.origin() + "\n", StandardCharsets.UTF_8);
      return folder;
    } catch (IOException e) {
      return null;
    }
  }

  /** Samples the stack of a command past its time budget; stops one past the hard timeout. */
  @SuppressWarnings({"deprecation", "removal"})
  private void watch() {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        return;
      }
      List<Oracles.Watch> all;
      synchronized (watches) {
        all = List.copyOf(watches);
      }
      for (Oracles.Watch w : all) {
        synchronized (w) {
          long started = w.started;
          long elapsed = System.nanoTime() - started;
          if (started != 0 && elapsed > Oracles.LIMIT_NANOS / 2 && w.sample == null) {
            w.sample = w.thread.getStackTrace();
          }
          if (started != 0 && elapsed > w.hardNanos && !w.killed) {
            w.killed = true;
            w.thread.stop();
          }
        }
      }
    }
  }
}
