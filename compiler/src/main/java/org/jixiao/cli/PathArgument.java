package org.jixiao.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jixiao.diag.Arg;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.Hint;
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
    // U+FFFD is what the JVM made of bytes it could not decode: the name as typed is lost, and a
    // path spelt with it would only be "not found".
    if (value.indexOf('\uFFFD') >= 0 && !windows()) {
      throw new Unrepresentable(diagnostic(value), value);
    }
    try {
      return PathText.path(value);
    } catch (InvalidPathException e) {
      throw new Unrepresentable(diagnostic(value), value);
    }
  }

  static Diagnostic diagnostic(String value) {
    Diagnostic d = Diagnostic.of(DiagnosticCode.PATH_NOT_REPRESENTABLE, null, Span.NONE,
        new Arg.Text(value), new Arg.Text(PathText.NATIVE.name()));
    // The general hint (a UTF-8 locale) is the fix only where the locale is what failed.
    if (windows()) {
      return d.withHint(Hint.of("JX0009.windows"));
    }
    return PathText.NATIVE.equals(java.nio.charset.StandardCharsets.UTF_8) ? d.withHint(Hint.of("JX0009.notUtf8")) : d;
  }

  private static boolean windows() {
    return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
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
