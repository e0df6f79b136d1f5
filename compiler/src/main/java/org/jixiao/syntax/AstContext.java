package org.jixiao.syntax;

import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.DiagnosticSink;

/**
 * What the parts of {@link AstBuilder} share while they build one file: the file, its token
 * offsets and the sink for what building finds. Spans and the test for a real token live here
 * because every part needs them.
 */
record AstContext(SourceFile file, TokenOffsets offsets, DiagnosticSink sink) {

  void report(DiagnosticCode code, Span span, String... args) {
    sink.report(Diagnostic.of(code, file, span, args));
  }

  Span span(Token t) {
    return offsets.of(t);
  }

  Span span(ParserRuleContext ctx) {
    Token start = ctx.start;
    Token stop = ctx.stop;
    if (start == null || start.getType() == Token.EOF) {
      int end = file.text().length();
      return new Span(end, end);
    }
    if (stop != null && stop.getType() == Token.EOF) {
      stop = null;
    }
    return offsets.of(start, stop);
  }

  /** The token, or null when it is absent or was conjured up by ANTLR's error recovery. */
  static Token real(Token t) {
    return t == null || t.getTokenIndex() < 0 || t.getType() == Token.EOF ? null : t;
  }

  static Token real(TerminalNode node) {
    return node == null ? null : real(node.getSymbol());
  }

  static <T> void addIfPresent(List<T> list, T item) {
    if (item != null) {
      list.add(item);
    }
  }
}
