package org.jixiao.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects diagnostics for one file. It keeps at most {@link #MAX_PER_FILE}, so that a file with a
 * million errors costs bounded memory and prints a readable report; what was dropped is counted.
 * The ones kept are the first {@link #MAX_PER_FILE} in {@link #ORDER} (by position), whatever order
 * the passes reported them in: a budget checked project by project, or again after an edit with
 * some projects' findings read from a cache, keeps the same ones as a check of the whole folder.
 */
public final class DiagnosticSink {
  public static final int MAX_PER_FILE = 100;

  /** The kept diagnostics, the last in {@link #ORDER} at the head, to be dropped first. */
  private final java.util.PriorityQueue<Diagnostic> diagnostics = new java.util.PriorityQueue<>(ORDER.reversed());
  private int dropped;
  private int droppedErrors;
  /** The codes of every error reported, kept or dropped: whether there was one is never capped away. */
  private final java.util.EnumSet<DiagnosticCode> errorCodes = java.util.EnumSet.noneOf(DiagnosticCode.class);

  public void report(Diagnostic diagnostic) {
    if (diagnostic.severity() == Severity.ERROR) {
      errorCodes.add(diagnostic.code());
    }
    diagnostics.add(diagnostic);
    if (diagnostics.size() > MAX_PER_FILE) {
      Diagnostic last = diagnostics.poll();
      dropped++;
      if (last.severity() == Severity.ERROR) {
        droppedErrors++;
      }
    }
  }

  /** Everything {@code other} kept and counted as dropped, as if it had been reported here. */
  public void absorb(DiagnosticSink other) {
    other.diagnostics.forEach(this::report);
    dropped += other.dropped;
    droppedErrors += other.droppedErrors;
    errorCodes.addAll(other.errorCodes);
  }

  /** True when an error whose code {@code matches} was reported here, even one not kept. */
  public boolean reportedError(java.util.function.Predicate<DiagnosticCode> matches) {
    for (DiagnosticCode code : errorCodes) {
      if (matches.test(code)) {
        return true;
      }
    }
    return false;
  }

  public int dropped() {
    return dropped;
  }

  /** How many of the dropped diagnostics were errors: they still make the check fail. */
  public int droppedErrors() {
    return droppedErrors;
  }

  /** Each diagnostic kept, in no particular order (for lookups). */
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
