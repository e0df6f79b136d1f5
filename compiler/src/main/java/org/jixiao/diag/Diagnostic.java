package org.jixiao.diag;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;

/**
 * One problem found in the user's files. The message is not stored as text: it is rendered from
 * {@code code} and {@code args} in the reader's language when printed.
 *
 * @param file the file the span points into; null only for problems with no file (a missing path)
 */
public record Diagnostic(
    DiagnosticCode code,
    Severity severity,
    SourceFile file,
    Span span,
    List<String> args,
    List<Hint> hints) {

  public Diagnostic {
    args = List.copyOf(args);
    hints = List.copyOf(hints);
  }

  public static Diagnostic of(DiagnosticCode code, SourceFile file, Span span, String... args) {
    return new Diagnostic(code, code.defaultSeverity(), file, span, List.of(args), List.of());
  }

  public Diagnostic withHint(Hint hint) {
    List<Hint> more = new ArrayList<>(hints);
    more.add(hint);
    return new Diagnostic(code, severity, file, span, args, more);
  }

  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(code, newSeverity, file, span, args, hints);
  }

  public int line() {
    return file == null ? 0 : file.line(span.start());
  }

  public int column() {
    return file == null ? 0 : file.column(span.start());
  }
}
