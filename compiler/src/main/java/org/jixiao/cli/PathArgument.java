package org.jixiao.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jixiao.diag.Arg;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.Messages;
import org.jixiao.diag.TextRenderer;
import org.jixiao.source.PathText;
import org.jixiao.source.Span;
import picocli.CommandLine;

/**
 * Turns a command line argument into a path whatever the locale (see {@link PathText}); a name no
 * path can have becomes JX0009, a usage error (exit 2) that says to use a UTF-8 locale, instead of
 * picocli's "cannot convert" and the JVM's exception text.
 */
final class PathArgument implements CommandLine.ITypeConverter<Path> {
  /** Thrown by the converter; {@link Main} prints its diagnostic in the reader's language. */
  static final class Unrepresentable extends CommandLine.TypeConversionException {
    private static final long serialVersionUID = 1L;
    final transient Diagnostic diagnostic;

    Unrepresentable(Diagnostic diagnostic, String text) {
      super(text);
      this.diagnostic = diagnostic;
    }
  }

  @Override
  public Path convert(String value) {
    try {
      return PathText.path(value);
    } catch (InvalidPathException e) {
      throw new Unrepresentable(diagnostic(value), value);
    }
  }

  static Diagnostic diagnostic(String value) {
    return Diagnostic.of(DiagnosticCode.PATH_NOT_REPRESENTABLE, null, Span.NONE,
        new Arg.Text(value), new Arg.Text(PathText.NATIVE.name()));
  }

  /** The diagnostic behind a usage error, when it is one of ours. */
  static Diagnostic of(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof Unrepresentable u) {
        return u.diagnostic;
      }
      if (t instanceof InvalidPathException invalid) {
        return diagnostic(invalid.getInput());
      }
    }
    return null;
  }

  static String render(Diagnostic d, Messages messages) {
    return new TextRenderer(messages).render(d);
  }
}
