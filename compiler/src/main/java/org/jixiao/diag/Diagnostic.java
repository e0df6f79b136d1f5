package org.jixiao.diag;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;

/**
 * One problem found in the user's files. The message is not stored as text: it is rendered from
 * {@code code} and the typed {@code args} (amounts, numbers, the user's text, phrases of ours) in
 * the reader's language when printed.
 *
 * @param file the file the span points into; null only for problems with no file (a missing path)
 */
public record Diagnostic(
    DiagnosticCode code,
    Severity severity,
    SourceFile file,
    Span span,
    List<Arg> args,
    List<Hint> hints) {

  public Diagnostic {
    args = List.copyOf(args);
    hints = List.copyOf(hints);
  }

  public static Diagnostic of(DiagnosticCode code, SourceFile file, Span span) {
    return new Diagnostic(code, code.defaultSeverity(), file, span, List.of(), List.of());
  }

  /** Plain text arguments, the common case; an argument written {@code @column.term} is that phrase. */
  public static Diagnostic of(DiagnosticCode code, SourceFile file, Span span, String... args) {
    List<Arg> typed = new ArrayList<>(args.length);
    for (String a : args) {
      typed.add(Arg.of(a));
    }
    return new Diagnostic(code, code.defaultSeverity(), file, span, typed, List.of());
  }

  /** Typed arguments: an amount of money, a count, a phrase with its own arguments. */
  public static Diagnostic of(DiagnosticCode code, SourceFile file, Span span, Arg... args) {
    return new Diagnostic(code, code.defaultSeverity(), file, span, List.of(args), List.of());
  }

  /** The arguments' stable keys (see {@link Arg#key()}), for sorting, matching and test output. */
  public List<String> argKeys() {
    return args.stream().map(Arg::key).toList();
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
