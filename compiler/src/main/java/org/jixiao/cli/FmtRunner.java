package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.diag.TextRenderer;
import org.jixiao.driver.CheckRun;
import org.jixiao.driver.CompiledBudget;
import org.jixiao.format.FormatGuard;
import org.jixiao.format.Formatter;
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
        // A tree the parser did not build whole (a syntax error, or an internal error such as a stack
        // overflow on a 100,000-term sum) is never printed: fmt would write what it did not read.
        List<Diagnostic> syntax = budget.diagnostics().stream()
            .filter(d -> d.file() == unit.file() && (d.code().code().startsWith("JX02") || d.code().code().startsWith("JX99")))
            .toList();
        if (!syntax.isEmpty()) {
          syntax.forEach(d -> err.print(renderer.render(d)));
          err.print(messages.get("fmt.syntax", unit.file().displayName()) + "\n");
          failed = true;
          continue;
        }
        String formatted = Formatter.format(unit, budget.context() == null ? null : budget.context().frameworkOrder());
        if (formatted.equals(unit.file().text())) {
          continue;
        }
        if (formatted.isBlank()) {
          // Nothing but byte-order marks and blank lines: nothing to format, and nothing to write.
          // A file with content is never formatted to nothing.
          if (!Formatter.blank(unit.file().text())) {
            err.print(messages.get("fmt.refused", unit.file().displayName()) + "\n");
            failed = true;
          }
          continue;
        }
        if (!FormatGuard.sameMeaning(unit, formatted)) {
          // Last guard: a formatter bug costs a refusal, never a word of the file.
          err.print(messages.get("fmt.refused", unit.file().displayName()) + "\n");
          failed = true;
          continue;
        }
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
    Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".jixiao-fmt-", ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
