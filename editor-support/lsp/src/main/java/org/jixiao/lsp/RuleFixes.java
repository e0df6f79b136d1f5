package org.jixiao.lsp;

import org.eclipse.lsp4j.TextEdit;
import org.jixiao.diag.Arg;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.Messages;
import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;
import org.jixiao.syntax.Comparator;
import org.jixiao.syntax.Decl;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.syntax.Target;

/**
 * Quick fixes that a rule's finding spells out, beyond the hints' own text: a cost written with a
 * floor made a ceiling ({@code >= 200000 元/人} → {@code <= 200000 元/人}, JX0603), and a required
 * field added as the line the hint gives (JX0303). Each is a title and one edit, or null.
 */
final class RuleFixes {
  /** A fix: what the editor's menu says, and the edit. */
  record Fix(String title, TextEdit edit) {}

  private final Documents.Checked checked;
  private final Messages messages;

  RuleFixes(Documents.Checked checked, Messages messages) {
    this.checked = checked;
    this.messages = messages;
  }

  Fix of(Diagnostic d) {
    if (d.code() == DiagnosticCode.COST_WITH_AT_LEAST) {
      return costAtMost(d);
    } else if (d.code() == DiagnosticCode.REQUIRED_FIELD_MISSING) {
      return missingField(d);
    }
    return null;
  }

  /**
   * The comparator of the cost's target, as written ({@code >=}, {@code ≥}, {@code 不低于}: what
   * comes before the number), made the ceiling: ≥ becomes {@code <=}, > becomes {@code <}.
   */
  private Fix costAtMost(Diagnostic d) {
    Target.Quantity target = quantityAt(d.span());
    if (target == null || !(target.comparator() == Comparator.GE || target.comparator() == Comparator.GT)) {
      return null;
    }
    SourceFile file = checked.file();
    String text = file.slice(target.span());
    int number = 0;
    while (number < text.length() && !Character.isDigit(text.charAt(number)) && text.charAt(number) != '-'
        && text.charAt(number) != '+' && text.charAt(number) != '.') {
      number++;
    }
    String written = text.substring(0, number).strip();
    if (written.isEmpty() || number == text.length()) {
      return null;
    }
    int start = target.span().start() + text.indexOf(written);
    String ceiling = target.comparator() == Comparator.GE ? "<=" : "<";
    return new Fix(messages.get("lsp.action.costAtMost", written, ceiling),
        new TextEdit(Positions.range(file, new Span(start, start + written.length())), ceiling));
  }

  private Target.Quantity quantityAt(Span span) {
    for (Decl decl : checked.unit().declarations()) {
      if (decl instanceof Decl.Project p && p.span().contains(span)) {
        for (ProjectItem item : p.items()) {
          if (item instanceof ProjectItem.Indicator i && i.target() instanceof Target.Quantity q && q.span().equals(span)) {
            return q;
          }
        }
      }
    }
    return null;
  }

  /**
   * The line the hint gives ({@code filed 2025-12-22 18:10:34}, {@code basis "……"}), added before
   * the project's closing brace; {@code jixiao fmt} puts it in its place. Only a project's own
   * field: a missing part of an indicator goes on the indicator's line, not a new one.
   */
  private Fix missingField(Diagnostic d) {
    if (d.args().size() < 4 || !(d.args().get(0) instanceof Arg.Text owner) || !owner.value().startsWith("project ")
        || !(d.args().get(3) instanceof Arg.Text example)) {
      return null;
    }
    SourceFile file = checked.file();
    for (Decl decl : checked.unit().declarations()) {
      if (decl instanceof Decl.Project p && p.name().span().equals(d.span())) {
        int close = p.span().end() - 1;
        if (close < 0 || file.text().charAt(close) != '}') {
          return null;
        }
        int lineStart = file.lineStart(file.line(close));
        String before = file.text().substring(lineStart, close);
        // The brace alone on its line: the new line goes above it. After an item on the same line: a line break first.
        Span at = before.isBlank() ? new Span(lineStart, lineStart) : new Span(close, close);
        String line = "  " + example.value() + "\n";
        return new Fix(messages.get("lsp.action.addField", example.value()),
            new TextEdit(Positions.range(file, at), before.isBlank() ? line : "\n" + line));
      }
    }
    return null;
  }
}
