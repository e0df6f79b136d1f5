package org.jixiao.syntax;

import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.grammar.JixiaoLexer;
import org.jixiao.grammar.JixiaoParser;

/**
 * Parses one file into a {@link SourceUnit}. This is the only way into the syntax tree: no ANTLR
 * type is visible past this package.
 *
 * <p>Parsing is two-stage, as in Trino and Pkl's ANTLR era: SLL prediction first, which is fast
 * and enough for every valid file, and full LL with error recovery only when SLL fails. Problems
 * ANTLR would report badly (stray characters, unterminated strings, unbalanced braces, runaway
 * nesting) are found by a scan over the tokens before parsing, and reported once, in Chinese.
 */
public final class SourceParser {
  /** Deeper nesting than this is never a real form; refusing it bounds the parser's stack. */
  static final int MAX_NESTING = 32;

  private SourceParser() {}

  public static SourceUnit parse(SourceFile file, DiagnosticSink sink) {
    TokenOffsets offsets = new TokenOffsets(file.text());
    JixiaoLexer lexer = new FastLexer(CharStreams.fromString(file.text(), file.displayName()));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();

    TokenScan scan = scanTokens(file, tokens.getTokens(), offsets, sink);
    if (scan.tooDeep) {
      return new SourceUnit(file, List.of(), comments(tokens.getTokens(), offsets, file));
    }

    JixiaoParser parser = new JixiaoParser(tokens);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    JixiaoParser.FileContext tree;
    try {
      tree = parser.file();
    } catch (ParseCancellationException slow) {
      tokens.seek(0);
      parser.reset();
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.addErrorListener(new SyntaxErrorReporter(file, offsets, sink, scan.reportedTokens));
      tree = parser.file();
    }
    List<Decl> decls = new AstBuilder(file, offsets, sink).file(tree);
    return new SourceUnit(file, decls, comments(tokens.getTokens(), offsets, file));
  }

  /** What the scan found: whether to parse at all, and which tokens already have a diagnostic. */
  private static final class TokenScan {
    boolean tooDeep;
    final java.util.Set<Integer> reportedTokens = new java.util.HashSet<>();
  }

  private static TokenScan scanTokens(
      SourceFile file, List<Token> tokens, TokenOffsets offsets, DiagnosticSink sink) {
    TokenScan scan = new TokenScan();
    Deque<Token> openBraces = new ArrayDeque<>();
    int parenDepth = 0;
    for (Token t : tokens) {
      switch (t.getType()) {
        case JixiaoLexer.BOM -> {
          if (t.getStartIndex() == 0) {
            sink.report(Diagnostic.of(DiagnosticCode.BYTE_ORDER_MARK_IGNORED, file, offsets.of(t)));
          } else {
            sink.report(Diagnostic.of(DiagnosticCode.UNKNOWN_CHARACTER, file, offsets.of(t), "U+FEFF"));
          }
        }
        case JixiaoLexer.BAD_CHAR -> {
          scan.reportedTokens.add(t.getTokenIndex());
          sink.report(
              Diagnostic.of(DiagnosticCode.UNKNOWN_CHARACTER, file, offsets.of(t), describeChar(t.getText())));
        }
        case JixiaoLexer.UNTERMINATED_STRING -> {
          scan.reportedTokens.add(t.getTokenIndex());
          sink.report(Diagnostic.of(DiagnosticCode.UNTERMINATED_STRING, file, offsets.of(t)));
        }
        case JixiaoLexer.LBRACE -> {
          openBraces.push(t);
          if (openBraces.size() > MAX_NESTING && !scan.tooDeep) {
            scan.tooDeep = true;
            sink.report(
                Diagnostic.of(
                    DiagnosticCode.NESTING_TOO_DEEP, file, offsets.of(t), String.valueOf(MAX_NESTING)));
          }
        }
        case JixiaoLexer.RBRACE -> {
          if (openBraces.isEmpty()) {
            scan.reportedTokens.add(t.getTokenIndex());
            sink.report(Diagnostic.of(DiagnosticCode.UNMATCHED_CLOSING_BRACE, file, offsets.of(t)));
          } else {
            openBraces.pop();
          }
        }
        case JixiaoLexer.LPAREN -> {
          parenDepth++;
          if (parenDepth > MAX_NESTING && !scan.tooDeep) {
            scan.tooDeep = true;
            sink.report(
                Diagnostic.of(
                    DiagnosticCode.NESTING_TOO_DEEP, file, offsets.of(t), String.valueOf(MAX_NESTING)));
          }
        }
        case JixiaoLexer.RPAREN -> parenDepth = Math.max(0, parenDepth - 1);
        default -> {}
      }
    }
    if (!scan.tooDeep) {
      List<Token> unclosed = new ArrayList<>(openBraces);
      java.util.Collections.reverse(unclosed);
      for (Token open : unclosed) {
        sink.report(Diagnostic.of(DiagnosticCode.UNCLOSED_BRACE, file, offsets.of(open)));
      }
      if (!unclosed.isEmpty()) {
        scan.reportedTokens.add(tokens.get(tokens.size() - 1).getTokenIndex()); // EOF
      }
    }
    return scan;
  }

  static String describeChar(String text) {
    int cp = text.codePointAt(0);
    String code = String.format(java.util.Locale.ROOT, "U+%04X", cp);
    return Character.isISOControl(cp) || Character.isWhitespace(cp) ? code : text + " " + code;
  }

  private static List<Comment> comments(List<Token> tokens, TokenOffsets offsets, SourceFile file) {
    List<Comment> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.getChannel() == JixiaoLexer.COMMENTS) {
        Span span = offsets.of(t);
        out.add(new Comment(file.slice(span), span));
      }
    }
    return out;
  }
}
