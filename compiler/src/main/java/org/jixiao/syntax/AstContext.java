package org.jixiao.syntax;

import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;
import java.util.ArrayList;
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

  /**
   * The children of {@code ctx} that are {@code type}, in order: what a generated list accessor
   * ({@code ctx.string()}, {@code ctx.allowClause()}) returns. The accessors walk the children
   * with a reflective type test on every call, and the builder's hottest lines called several per
   * context, a good part of building the tree; the builder now reads each list once, here, and
   * looks at the children directly where it can. Small on purpose, so that it is inlined and the
   * test is a plain {@code instanceof}.
   */
  static <T> List<T> children(ParserRuleContext ctx, Class<T> type) {
    List<org.antlr.v4.runtime.tree.ParseTree> all = ctx.children;
    if (all == null) {
      return List.of();
    }
    List<T> out = null;
    for (int i = 0, n = all.size(); i < n; i++) {
      Object child = all.get(i);
      if (type.isInstance(child)) {
        if (out == null) {
          out = new ArrayList<>(4);
        }
        out.add(type.cast(child));
      }
    }
    return out == null ? List.of() : out;
  }

  static <T> void addIfPresent(List<T> list, T item) {
    if (item != null) {
      list.add(item);
    }
  }
}
