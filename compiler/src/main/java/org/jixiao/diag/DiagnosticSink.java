package org.jixiao.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects diagnostics for one file. It keeps at most {@link #MAX_PER_FILE}, so that a file with a
 * million errors costs bounded memory and prints a readable report; what was dropped is counted.
 */
public final class DiagnosticSink {
  public static final int MAX_PER_FILE = 100;

  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private int dropped;
  private int droppedErrors;

  public void report(Diagnostic diagnostic) {
    if (diagnostics.size() < MAX_PER_FILE) {
      diagnostics.add(diagnostic);
    } else {
      dropped++;
      if (diagnostic.severity() == Severity.ERROR) {
        droppedErrors++;
      }
    }
  }

  public int dropped() {
    return dropped;
  }

  /** How many of the dropped diagnostics were errors: they still make the check fail. */
  public int droppedErrors() {
    return droppedErrors;
  }

  /** Each diagnostic kept, in the order reported (no sorting: for lookups). */
  public void forEach(java.util.function.Consumer<Diagnostic> action) {
    diagnostics.forEach(action);
  }

  public boolean has(DiagnosticCode code) {
    return diagnostics.stream().anyMatch(d -> d.code() == code);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** The diagnostics in a deterministic order: by position, then by code. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(diagnostics);
    copy.sort(ORDER);
    return copy;
  }

  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing((Diagnostic d) -> d.file() == null ? "" : d.file().displayName())
          .thenComparingInt(d -> d.span().start())
          .thenComparingInt(d -> d.span().end())
          .thenComparing(Diagnostic::code)
          .thenComparing(d -> String.join("\u0000", d.argKeys()));
}
