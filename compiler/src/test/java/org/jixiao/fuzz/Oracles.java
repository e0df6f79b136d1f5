package org.jixiao.fuzz;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jixiao.cli.BuildRunner;
import org.jixiao.cli.CheckRunner;
import org.jixiao.cli.FmtRunner;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.Messages;
import org.jixiao.diag.Severity;
import org.jixiao.diag.TextRenderer;
import org.jixiao.driver.CheckRun;
import org.jixiao.driver.CompiledBudget;
import org.jixiao.format.Formatter;
import org.jixiao.syntax.SourceUnit;
import org.jixiao.testing.TempTrees;

/**
 * Runs one input in-process through what the commands do (check with the CLI's {@link CheckRun}
 * and both renderers, build with all three backends, fmt in place) and returns every broken
 * promise as a {@link Failure} with a signature: the oracle, and the exception class and top
 * frame, the diagnostic code, or the phase and frame where time went.
 */
public final class Oracles {
  /** Each command's wall-time budget. */
  public static final long LIMIT_NANOS = 1_000_000_000L;
  private static final Messages ZH = new Messages(Messages.Language.ZH);
  private static final Messages EN = new Messages(Messages.Language.EN);
  private static final List<String> FORMATS = List.of("json", "xlsx", "html");
  private static final List<String> NO_XLSX = List.of("json", "html");
  /** Every how many clean inputs the workbook is written and read back (the slowest backend): {@code fuzz.xlsxEvery}. */
  private static final int XLSX_EVERY = Integer.getInteger("fuzz.xlsxEvery", 1);
  private static final java.util.concurrent.atomic.AtomicLong CLEAN = new java.util.concurrent.atomic.AtomicLong();

  /** A broken promise; {@code signature} groups failures that are the same bug. */
  public record Failure(String signature, String detail) {}

  /** What one input did: its failures and the slowest command's time. */
  public record Outcome(List<Failure> failures, String slowestPhase, long slowestNanos) {
    public boolean has(String signature) {
      return failures.stream().anyMatch(f -> Minimizer.same(f.signature(), signature));
    }
  }

  /** What the watchdog sees of the command running now: it samples the stack and stops a runaway. */
  public static final class Watch {
    volatile long started;
    volatile String phase = "idle";
    volatile StackTraceElement[] sample;
    volatile boolean killed;
    volatile long hardNanos = Long.MAX_VALUE;
    final Thread thread = Thread.currentThread();
  }

  /** Wall time spent in each command, over all inputs of this JVM. */
  public static final Map<String, java.util.concurrent.atomic.LongAdder> TIME = new java.util.concurrent.ConcurrentSkipListMap<>();

  private final Path scratch;
  private final Watch watch;
  private final List<Failure> failures = new ArrayList<>();
  private String slowestPhase = "";
  private long slowestNanos;

  private Oracles(Path scratch, Watch watch) {
    this.scratch = scratch;
    this.watch = watch;
  }

  /** Runs {@code input} in {@code scratch} (emptied first). */
  public static Outcome run(FuzzInput input, Path scratch, Watch watch) {
    Oracles o = new Oracles(scratch, watch);
    watch.killed = false;
    Thread.interrupted(); // a stopped command leaves the flag set, and channels then refuse to open
    try {
      o.all(input);
    } catch (ThreadDeath stopped) {
      o.failures.add(new Failure("hang:" + watch.phase + "@" + frame(watch.sample), "stopped after the hard timeout"));
    } catch (Throwable t) {
      o.failures.add(new Failure("exception:harness:" + t.getClass().getSimpleName() + "@" + frame(t.getStackTrace()), trace(t)));
    } finally {
      synchronized (watch) {
        watch.started = 0;
      }
    }
    return new Outcome(List.copyOf(o.failures), o.slowestPhase, o.slowestNanos);
  }

  private void all(FuzzInput input) throws IOException {
    TempTrees.delete(scratch);
    Path dir = input.write(scratch);
    CheckRun run = phase("check", () -> check(dir));
    if (run == null) {
      return;
    }
    boolean clean = run.count(Severity.ERROR) == 0;
    List<String> formats = !clean || CLEAN.incrementAndGet() % XLSX_EVERY == 0 ? FORMATS : NO_XLSX;
    Map<String, String> json = clean ? phase("build", () -> build(dir, scratch.resolve("out"), formats)) : null;
    List<String> before = keys(run);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Integer exit = phase("fmt", () -> new FmtRunner(List.of(dir), false, ZH, new PrintWriter(out), new PrintWriter(err), scratch).run());
    if (exit == null) {
      return;
    }
    boolean changed = false;
    for (String name : input.names()) {
      String was = input.text(name);
      String now = new String(Files.readAllBytes(dir.resolve(name)), StandardCharsets.UTF_8);
      changed |= !now.equals(was);
      if (now.isBlank() && !was.isBlank()) {
        failures.add(new Failure("fmt-erased", name));
      }
    }
    if (err.toString().contains(REFUSED)) {
      failures.add(new Failure("fmt-refused", firstLine(err.toString(), REFUSED)));
    }
    if (exit != 0 && err.toString().isBlank()) {
      failures.add(new Failure("fmt-silent-refusal", "exit " + exit + " with nothing on stderr"));
    }
    for (CompiledBudget b : run.budgets()) {
      for (SourceUnit unit : b.units()) {
        if (unparsed(b, unit) && !err.toString().contains(unit.file().displayName())) {
          failures.add(new Failure("fmt-silent-refusal", unit.file().displayName() + " has syntax errors, fmt said nothing"));
        }
      }
    }
    if (!changed) {
      return;
    }
    CheckRun again = phase("fmt-recheck", () -> CheckRun.check(List.of(dir), scratch));
    if (again == null) {
      return;
    }
    compareDiagnostics(before, keys(again));
    if (clean && again.count(Severity.ERROR) == 0) {
      Map<String, String> after = phase("fmt-rebuild", () -> build(dir, scratch.resolve("out2"), List.of("json")));
      if (json != null && after != null && !meaning(after).equals(meaning(json))) {
        String file = json.keySet().stream().filter(k -> !meaning(json.get(k)).equals(meaning(after.get(k)))).findFirst().orElse("?");
        String difference = firstDifference(meaning(json.get(file)), meaning(after.get(file)));
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("\"([^\"]+)\"\\s*:").matcher(difference);
        failures.add(new Failure("fmt-meaning:json:" + (key.find() ? key.group(1) : "?"), file + ": " + difference));
      }
    }
    idempotent(again);
  }

  /** The words of fmt's refusal (message fmt.refused): its guard caught a formatter bug. */
  private static final String REFUSED = ZH.get("fmt.refused", "").replace("“”", "");

  private static String firstLine(String text, String containing) {
    for (String line : text.split("\n")) {
      if (line.contains(containing)) {
        return line;
      }
    }
    return "";
  }

  private CheckRun check(Path dir) {
    CheckRun run = CheckRun.check(List.of(dir), scratch);
    for (Messages m : List.of(ZH, EN)) {
      TextRenderer renderer = new TextRenderer(m);
      run.diagnostics().forEach(renderer::render);
      CheckRunner.json(run, m);
    }
    Map<String, Integer> perFile = new TreeMap<>();
    for (Diagnostic d : run.diagnostics()) {
      if (d.code() == DiagnosticCode.INTERNAL_ERROR) {
        String arg = d.argKeys().isEmpty() ? "" : d.argKeys().get(0);
        failures.add(new Failure("JX9999:" + arg.replaceAll(":.*", "").strip(), d.argKeys().toString()));
      }
      if (d.file() != null) {
        perFile.merge(d.file().displayName(), 1, Integer::sum);
        if (d.span().end() > d.file().text().length()) {
          failures.add(new Failure("span-outside:" + d.code().code(), d.span() + " in a file of " + d.file().text().length()));
        }
      }
    }
    perFile.forEach((file, n) -> {
      if (n > 101) {
        failures.add(new Failure("too-many-diagnostics", file + ": " + n));
      }
    });
    return run;
  }

  private Map<String, String> build(Path dir, Path out, List<String> formats) throws IOException {
    StringWriter err = new StringWriter();
    int exit = new BuildRunner(List.of(dir), out, formats, ZH, new PrintWriter(java.io.Writer.nullWriter()), new PrintWriter(err), scratch).run();
    if (exit != 0) {
      failures.add(new Failure("build-exit:" + exit, err.toString()));
      return null;
    }
    long t = System.nanoTime();
    Map<String, String> json = Outputs.inspect(scratch, dir, out, failures);
    TIME.computeIfAbsent("inspect-outputs", k -> new java.util.concurrent.atomic.LongAdder()).add(System.nanoTime() - t);
    return json;
  }

  /**
   * A JSON output without its "written" fields (the source's own spelling of a target, a period
   * or a filing date: ≥ or >=, a bare or a quoted word, which fmt makes canonical on purpose) and
   * its diagnostics' line, column and rendered text (which move or quote the source as fmt lays it
   * out; the diagnostics themselves are compared by code and arguments); every value is kept.
   */
  private static String meaning(String json) {
    return json == null ? null : json.replaceAll("(?m)^\\s*\"(written|line|column|message|hint)\" : .*$\\R", "");
  }

  private static Map<String, String> meaning(Map<String, String> outputs) {
    Map<String, String> out = new java.util.TreeMap<>();
    outputs.forEach((k, v) -> out.put(k, meaning(v)));
    return out;
  }

  private static String firstDifference(String a, String b) {
    List<String> x = a == null ? List.of() : a.lines().toList();
    List<String> y = b == null ? List.of() : b.lines().toList();
    for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
      String l = i < x.size() ? x.get(i).strip() : "(end)";
      String r = i < y.size() ? y.get(i).strip() : "(end)";
      if (!l.equals(r)) {
        return "line " + (i + 1) + ": " + l + "  →  " + r;
      }
    }
    return "?";
  }

  /**
   * Code, severity, file and arguments of each diagnostic: what fmt must keep. Positions may move,
   * and an argument that quotes the source may lose spaces, full-width forms (NFKC), ≥ and ≤,
   * thousands separators or quotes, or have its date spelt 2026年2月 or 2026-02;
   * the BOM note (JX0004) goes with the BOM, which fmt drops on purpose.
   */
  private static List<String> keys(CheckRun run) {
    List<String> keys = new ArrayList<>();
    for (Diagnostic d : run.diagnostics()) {
      if (d.code() == DiagnosticCode.BYTE_ORDER_MARK_IGNORED) {
        continue;
      }
      List<String> normalised = new ArrayList<>();
      for (String arg : d.argKeys()) { // one by one: a separator must not join two arguments
        normalised.add(java.text.Normalizer.normalize(arg, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "")
            .replace("≥", ">=").replace("≤", "<=").replaceAll("(?<=[0-9]),(?=[0-9]{3})", "").replace("\"", "")
            .replaceAll("^(大于等于|不低于|不少于|不小于|不早于)", ">=").replaceAll("^(小于等于|不高于|不超过|不多于|不大于|不晚于|不迟于)", "<=")
            .replaceAll("([0-9]{4})年([0-9]{1,2})月(?:([0-9]{1,2})日)?", "$1-$2-$3").replaceAll("-$", "")
            .replaceAll("(?<=[0-9]{4}-)0(?=[0-9])", "").replaceAll("(?<=[0-9]{4}-[0-9]{1,2}-)0(?=[0-9])", ""));
      }
      String args = String.join("|", normalised);
      keys.add((d.file() == null ? "" : d.file().displayName()) + " " + d.code().code() + " " + d.severity() + " " + args);
    }
    keys.sort(null);
    return keys;
  }

  private void compareDiagnostics(List<String> before, List<String> after) {
    if (before.stream().anyMatch(k -> k.contains(" JX0006 ")) || after.stream().anyMatch(k -> k.contains(" JX0006 "))) {
      return; // capped at 100 per file: which ones are kept may move with the text
    }
    List<String> added = new ArrayList<>(after);
    before.forEach(added::remove);
    List<String> removed = new ArrayList<>(before);
    after.forEach(removed::remove);
    if (!added.isEmpty() || !removed.isEmpty()) {
      String first = !added.isEmpty() ? "+" + code(added.get(0)) : "-" + code(removed.get(0));
      failures.add(new Failure("fmt-meaning:diagnostics:" + first, "added " + added + "\nremoved " + removed));
    }
  }

  private static String code(String key) {
    return key.split(" ")[1];
  }

  private void idempotent(CheckRun again) {
    for (CompiledBudget b : again.budgets()) {
      for (SourceUnit unit : b.units()) {
        if (unparsed(b, unit)) {
          continue;
        }
        String twice = Formatter.format(unit, b.context() == null ? null : b.context().frameworkOrder());
        boolean nothingToFormat = twice.isBlank() && Formatter.blank(unit.file().text());
        if (!twice.equals(unit.file().text()) && !nothingToFormat) {
          failures.add(new Failure("fmt-idempotent", unit.file().displayName()));
        }
      }
    }
  }

  /** What fmt refuses: a file with a syntax or internal error. */
  /**
   * True when the parser did not build the unit's tree whole: from what parsing reported, not from
   * the file's shown diagnostics (its first 100 by position may not include a late syntax error).
   */
  private static boolean unparsed(CompiledBudget b, SourceUnit unit) {
    return b.notWhole(unit);
  }

  private interface Step<T> {
    T run() throws IOException;
  }

  /** Runs one command under the watch: its exceptions and its time become failures. */
  private <T> T phase(String name, Step<T> step) {
    watch.sample = null;
    watch.phase = name;
    long start = System.nanoTime();
    watch.started = start;
    try {
      return step.run();
    } catch (ThreadDeath d) {
      throw d;
    } catch (Throwable t) {
      failures.add(new Failure("exception:" + name + ":" + t.getClass().getSimpleName() + "@" + frame(t.getStackTrace()), trace(t)));
      return null;
    } finally {
      long nanos = System.nanoTime() - start;
      synchronized (watch) {
        watch.started = 0;
      }
      TIME.computeIfAbsent(name, k -> new java.util.concurrent.atomic.LongAdder()).add(nanos);
      if (nanos > slowestNanos) {
        slowestNanos = nanos;
        slowestPhase = name;
      }
      if (nanos > LIMIT_NANOS && !watch.killed) {
        failures.add(new Failure("slow:" + name + "@" + frame(watch.sample), String.format(java.util.Locale.ROOT, "%.2f s", nanos / 1e9)));
      }
    }
  }

  /** The innermost frame of jixiao's own code (not the harness's), else the top frame. */
  static String frame(StackTraceElement[] stack) {
    if (stack == null || stack.length == 0) {
      return "?";
    }
    for (StackTraceElement e : stack) {
      if (e.getClassName().startsWith("org.jixiao.") && !e.getClassName().startsWith("org.jixiao.fuzz.")) {
        return e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1) + "." + e.getMethodName();
      }
    }
    return stack[0].getClassName() + "." + stack[0].getMethodName();
  }

  static String trace(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    String s = w.toString();
    return s.length() > 4000 ? s.substring(0, 4000) + "\n..." : s;
  }

  /** Files under {@code dir}, relative name to text. */
  static Map<String, String> texts(Path dir, String suffix) throws IOException {
    Map<String, String> texts = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(suffix)).toList()) {
        texts.put(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return texts;
  }
}
