package org.jixiao.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Hint;
import org.jixiao.diag.Messages;
import org.jixiao.diag.Severity;
import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;
import org.jixiao.syntax.Decl;
import org.jixiao.syntax.Node;
import org.jixiao.syntax.ProjectItem;

/**
 * Quick fixes from the diagnostics under the caret: the spelling a "did you mean" hint names put
 * in place of the one written ({@code 数普.} → {@code 数量.}), a line rewritten as the lexer's hint
 * says, the fixes a rule's finding spells out ({@link RuleFixes}), and, for a warning, an {@code
 * allow} clause at the end of its statement with a reason to fill in (an error cannot be allowed).
 */
final class CodeActions {
  /**
   * Hints whose text is the diagnostic's whole line as it should be, written by the lexer's scan
   * with the rest of the line kept as it is (a comment too): Chinese quotes made ASCII, a closing
   * “ made ", a full-width ＃ made #. Other "请改为" hints are rebuilt from tokens and may leave
   * a comment out, so they are not offered as edits.
   */
  private static final java.util.Set<String> LINE_FIXES = java.util.Set.of("hint.writeInstead", "hint.closingQuote", "hint.fullWidthHash");

  private final Documents.Checked checked;
  private final Messages messages;
  private final DiagnosticsConverter converter;

  CodeActions(Documents.Checked checked, Messages messages, DiagnosticsConverter converter) {
    this.checked = checked;
    this.messages = messages;
    this.converter = converter;
    this.fixes = new RuleFixes(checked, messages);
  }

  private final RuleFixes fixes;

  List<Either<Command, CodeAction>> in(int start, int end) {
    SourceFile file = checked.file();
    List<Either<Command, CodeAction>> out = new ArrayList<>();
    for (Diagnostic d : checked.budget().diagnostics()) {
      if (d.file() != file || d.span().end() < start || d.span().start() > end) {
        continue;
      }
      for (Hint hint : d.hints()) {
        boolean suggestion = hint.key().equals("hint.didYouMean") || hint.key().equals("hint.didYouMeanLong");
        if (suggestion && !hint.args().isEmpty() && d.span().end() > d.span().start()) {
          out.add(Either.forRight(action(messages.get("lsp.action.replace", hint.args().get(0)), d,
              new TextEdit(Positions.range(file, d.span()), hint.args().get(0)), true)));
        }
      }
      for (Hint hint : d.hints()) {
        if (LINE_FIXES.contains(hint.key()) && hint.typed().size() == 1 && hint.typed().get(0) instanceof org.jixiao.diag.Arg.Text t
            && file.line(d.span().start()) == file.line(Math.max(d.span().start(), d.span().end() - 1))) {
          Span line = strippedLine(file, file.line(d.span().start()));
          out.add(Either.forRight(action(messages.get("lsp.action.rewriteLine", t.value()), d,
              new TextEdit(Positions.range(file, line), t.value()), true)));
        }
      }
      RuleFixes.Fix fix = fixes.of(d);
      if (fix != null) {
        out.add(Either.forRight(action(fix.title(), d, fix.edit(), true)));
      }
      if (d.severity() == Severity.WARNING) {
        Node statement = statement(d.span());
        if (statement != null) {
          Span at = new Span(statement.span().end(), statement.span().end());
          out.add(Either.forRight(action(messages.get("lsp.action.allow", d.code().code()), d,
              new TextEdit(Positions.range(file, at), " allow " + d.code().code() + " \"" + messages.get("lsp.action.allowReason") + "\""),
              false)));
        }
      }
    }
    return out;
  }

  /** The line's text without its leading and trailing white space, as the lexer's scan strips it. */
  private static Span strippedLine(SourceFile file, int line) {
    int start = file.lineStart(line);
    String text = file.lineText(line);
    int from = 0;
    while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    int to = text.length();
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return new Span(start + from, start + to);
  }

  /** The project item (one statement) holding the span, if it has no allow yet. */
  private Node statement(Span span) {
    for (Decl decl : checked.unit().declarations()) {
      if (decl instanceof Decl.Project p && p.span().contains(span)) {
        for (ProjectItem item : p.items()) {
          if (item.span().contains(span)) {
            boolean allowed = p.allows().stream().anyMatch(a -> a.scope().equals(item.span()));
            return allowed ? null : item;
          }
        }
      }
    }
    return null;
  }

  private CodeAction action(String title, Diagnostic d, TextEdit edit, boolean preferred) {
    CodeAction action = new CodeAction(title);
    action.setKind(CodeActionKind.QuickFix);
    action.setDiagnostics(List.of(converter.convert(d, checked.uri())));
    action.setEdit(new WorkspaceEdit(Map.of(checked.uri(), List.of(edit))));
    action.setIsPreferred(preferred);
    return action;
  }
}
