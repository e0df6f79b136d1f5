package org.jixiao.driver;

import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.format.FormatGuard;
import org.jixiao.format.Formatter;
import org.jixiao.syntax.SourceUnit;

/**
 * What {@code jixiao fmt} does with one checked file, decided in one place so that an editor's
 * "format document" gives exactly the command's text: a file the parser did not build whole is
 * not formatted (fmt would write what it did not read), a file the guard finds changed in meaning
 * is refused, a blank one is left alone.
 */
public final class Formatting {
  private Formatting() {}

  /** The outcome for one file. */
  public sealed interface Outcome {}

  /** Already canonical, or blank: nothing to write. */
  public record Unchanged() implements Outcome {}

  /** The canonical text. */
  public record Formatted(String text) implements Outcome {}

  /** Not built whole: the syntax (or internal) errors that stop it. */
  public record NotParsed(List<Diagnostic> errors) implements Outcome {}

  /** The formatter's output would not mean the same: refused (a formatter bug, never the user's). */
  public record Refused() implements Outcome {}

  public static Outcome of(CompiledBudget budget, SourceUnit unit) {
    if (budget.notWhole(unit)) {
      return new NotParsed(budget.parseProblems(unit).stream()
          .filter(d -> d.code().code().startsWith("JX02") || d.code().code().startsWith("JX99")).toList());
    }
    String formatted = Formatter.format(unit, budget.context() == null ? null : budget.context().frameworkOrder());
    if (formatted.equals(unit.file().text())) {
      return new Unchanged();
    }
    if (formatted.isBlank()) {
      // Nothing but byte-order marks and blank lines: nothing to format. A file with content is
      // never formatted to nothing.
      return Formatter.blank(unit.file().text()) ? new Unchanged() : new Refused();
    }
    return FormatGuard.sameMeaning(unit, formatted) ? new Formatted(formatted) : new Refused();
  }
}
