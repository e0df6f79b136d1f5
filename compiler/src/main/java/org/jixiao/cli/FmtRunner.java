package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.diag.TextRenderer;
import org.jixiao.driver.CheckRun;
import org.jixiao.driver.CompiledBudget;
import org.jixiao.syntax.SourceUnit;

/** Runs {@code jixiao fmt}: formats every file that parses, in place and atomically. */
public final class FmtRunner {
  private final List<Path> paths;
  private final boolean check;
  private final Messages messages;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Path base;

  public FmtRunner(List<Path> paths, boolean check, Messages messages, PrintWriter out, PrintWriter err, Path base) {
    this.paths = paths;
    this.check = check;
    this.messages = messages;
    this.out = out;
    this.err = err;
    this.base = base;
  }

  private boolean color;

  /** Colour in the diagnostics it prints. */
  public FmtRunner color(boolean color) {
    this.color = color;
    return this;
  }

  public int run() {
    CheckRun run = CheckRun.check(paths, base);
    TextRenderer renderer = new TextRenderer(messages, color);
    boolean failed = false;
    for (Diagnostic d : run.pathProblems()) {
      err.print(renderer.render(d));
      failed = true;
    }
    int changed = 0;
    for (CompiledBudget budget : run.budgets()) {
      for (Diagnostic d : budget.diagnostics()) {
        if (d.code().code().startsWith("JX00") && d.severity() == org.jixiao.diag.Severity.ERROR) {
          err.print(renderer.render(d));
          failed = true;
        }
      }
      for (SourceUnit unit : budget.units()) {
        if (!budget.input().reported().contains(unit.file().path())) {
          continue;
        }
        org.jixiao.driver.Formatting.Outcome outcome = org.jixiao.driver.Formatting.of(budget, unit);
        if (outcome instanceof org.jixiao.driver.Formatting.NotParsed np) {
          np.errors().forEach(d -> err.print(renderer.render(d)));
          err.print(messages.get("fmt.syntax", unit.file().displayName()) + "\n");
          failed = true;
          continue;
        }
        if (outcome instanceof org.jixiao.driver.Formatting.Refused) {
          // A formatter bug costs a refusal, never a word of the file.
          err.print(messages.get("fmt.refused", unit.file().displayName()) + "\n");
          failed = true;
          continue;
        }
        if (!(outcome instanceof org.jixiao.driver.Formatting.Formatted f)) {
          continue;
        }
        String formatted = f.text();
        changed++;
        if (check) {
          out.print(unit.file().displayName() + "\n");
        } else {
          try {
            write(unit.file().path(), formatted);
            out.print(messages.get("fmt.written", unit.file().displayName()) + "\n");
          } catch (IOException e) {
            err.print(messages.get("fmt.failed", unit.file().displayName(), String.valueOf(e.getMessage())) + "\n");
            failed = true;
          }
        }
      }
    }
    out.flush();
    err.flush();
    return failed || (check && changed > 0) ? Main.EXIT_DIAGNOSTICS : Main.EXIT_OK;
  }

  /** Replaces a file whole: written beside it first, then moved over it in one step. */
  static void write(Path file, String text) throws IOException {
    org.jixiao.source.WholeFile.replace(file, text.getBytes(StandardCharsets.UTF_8), false);
  }

}
