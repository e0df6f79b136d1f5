package org.jixiao.syntax;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.jixiao.diag.Arg;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.diag.Hint;
import org.jixiao.grammar.JixiaoLexer;
import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;

/**
 * The scan over the tokens before parsing: what ANTLR would report badly (stray characters,
 * unterminated strings, unbalanced braces, runaway nesting) is reported here, once, in the reader's
 * language. Two slips from word processors are mended so that they cost one diagnostic, not one
 * per character: a text in Chinese quotes “…” becomes the string it was meant to be (JX0210), and
 * a comment started with the full-width ＃ is skipped to the end of its line (JX0205, with the
 * line as it should be written).
 */
final class TokenScan {
  /** Whether to parse at all: nesting or a line of operators past the limit is never a real form. */
  boolean tooDeep;
  /** Tokens that already have a diagnostic: the parser's error on them would be an echo. */
  final Set<Integer> reportedTokens = new HashSet<>();
  /** Whether the scan moved any token off the parser's channel (a mended slip's). */
  boolean movedTokens;

  private final SourceFile file;
  private final List<Token> tokens;
  private final TokenOffsets offsets;
  private final DiagnosticSink sink;

  private TokenScan(SourceFile file, List<Token> tokens, TokenOffsets offsets, DiagnosticSink sink) {
    this.file = file;
    this.tokens = tokens;
    this.offsets = offsets;
    this.sink = sink;
  }

  static TokenScan run(SourceFile file, List<Token> tokens, TokenOffsets offsets, DiagnosticSink sink) {
    TokenScan scan = new TokenScan(file, tokens, offsets, sink);
    scan.scan();
    return scan;
  }

  private void scan() {
    Deque<Token> openBraces = new ArrayDeque<>();
    int parenDepth = 0;
    int operatorsOnLine = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.getChannel() != Token.DEFAULT_CHANNEL && t.getType() != JixiaoLexer.BOM) {
        continue;
      }
      switch (t.getType()) {
        case JixiaoLexer.BOM -> {
          if (t.getStartIndex() == 0) {
            sink.report(Diagnostic.of(DiagnosticCode.BYTE_ORDER_MARK_IGNORED, file, offsets.of(t)));
          } else {
            sink.report(Diagnostic.of(DiagnosticCode.UNKNOWN_CHARACTER, file, offsets.of(t), "U+FEFF"));
          }
        }
        case JixiaoLexer.BAD_CHAR -> i = badChar(i);
        case JixiaoLexer.UNTERMINATED_STRING -> {
          reportedTokens.add(t.getTokenIndex());
          Diagnostic d = Diagnostic.of(DiagnosticCode.UNTERMINATED_STRING, file, offsets.of(t));
          int chineseClose = t.getText().lastIndexOf('”');
          if (chineseClose > 0) {
            String text = t.getText();
            String fixed = text.substring(0, chineseClose) + "\"" + text.substring(chineseClose + 1);
            d = d.withHint(Hint.typed("hint.closingQuote", Arg.text(lineWith(offsets.of(t), fixed))));
          }
          sink.report(d);
        }
        case JixiaoLexer.LBRACE -> {
          openBraces.push(t);
          if (openBraces.size() > SourceParser.MAX_NESTING && !tooDeep) {
            tooDeep = true;
            sink.report(Diagnostic.of(DiagnosticCode.NESTING_TOO_DEEP, file, offsets.of(t),
                String.valueOf(SourceParser.MAX_NESTING)));
          }
        }
        case JixiaoLexer.RBRACE -> {
          if (openBraces.isEmpty()) {
            reportedTokens.add(t.getTokenIndex());
            sink.report(Diagnostic.of(DiagnosticCode.UNMATCHED_CLOSING_BRACE, file, offsets.of(t)));
          } else {
            openBraces.pop();
          }
        }
        case JixiaoLexer.LPAREN -> {
          parenDepth++;
          if (parenDepth > SourceParser.MAX_NESTING && !tooDeep) {
            tooDeep = true;
            sink.report(Diagnostic.of(DiagnosticCode.NESTING_TOO_DEEP, file, offsets.of(t),
                String.valueOf(SourceParser.MAX_NESTING)));
          }
        }
        case JixiaoLexer.RPAREN -> parenDepth = Math.max(0, parenDepth - 1);
        case JixiaoLexer.NL -> operatorsOnLine = 0;
        case JixiaoLexer.PLUS, JixiaoLexer.DASH, JixiaoLexer.TIMES, JixiaoLexer.SLASH -> {
          operatorsOnLine++;
          if (operatorsOnLine > SourceParser.MAX_OPERATORS_PER_LINE && !tooDeep) {
            tooDeep = true;
            sink.report(Diagnostic.of(DiagnosticCode.LINE_TOO_LONG, file, offsets.of(t),
                String.valueOf(SourceParser.MAX_OPERATORS_PER_LINE)));
          }
        }
        default -> {}
      }
    }
    if (!tooDeep) {
      List<Token> unclosed = new ArrayList<>(openBraces);
      Collections.reverse(unclosed);
      for (Token open : unclosed) {
        sink.report(Diagnostic.of(DiagnosticCode.UNCLOSED_BRACE, file, offsets.of(open)));
      }
      if (!unclosed.isEmpty()) {
        reportedTokens.add(tokens.get(tokens.size() - 1).getTokenIndex()); // EOF
      }
    }
  }

  /** A character the lexer does not know; returns the index of the last token it accounted for. */
  private int badChar(int i) {
    Token t = tokens.get(i);
    reportedTokens.add(t.getTokenIndex());
    String text = t.getText();
    if (text.equals("“") || text.equals("＂")) {
      return chineseQuotes(i, text.equals("“") ? "”" : "＂");
    }
    Diagnostic d = Diagnostic.of(DiagnosticCode.UNKNOWN_CHARACTER, file, offsets.of(t), describeChar(text));
    if (text.equals("＃")) {
      // A comment meant: skip the rest of the line, so that it costs this one diagnostic.
      int end = lineEnd(i);
      hide(i, end);
      Span rest = offsets.of(t).union(offsets.of(tokens.get(end)));
      String comment = "#" + file.slice(rest).substring(1);
      d = d.withHint(Hint.typed("hint.fullWidthHash", Arg.text(lineWith(rest, comment))));
      sink.report(d);
      return end;
    }
    sink.report(d);
    return i;
  }

  /**
   * “全年发放人才补助。” as pasted from a word processor: one JX0210 with the line as it should be,
   * and the tokens from “ to ” (or to the end of the line) read as the one string they mean, so
   * that the line parses and nothing after it is an echo.
   */
  private int chineseQuotes(int open, String closing) {
    // The closing quote is the one that balances the opening: Chinese text quotes inside itself
    // (“落实“人到山西好风光”部署”). Unbalanced, the last closing quote of the line; none, the line's end.
    int lineEnd = lineEnd(open);
    int close = open;
    int lastClosing = -1;
    int depth = 0;
    for (int j = open; j <= lineEnd; j++) {
      Token t = tokens.get(j);
      if (t.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      close = j;
      if (t.getText().equals(closing) && j > open) {
        lastClosing = j;
        if (--depth == 0) {
          break;
        }
      } else if (t.getText().equals(tokens.get(open).getText())) {
        depth++;
      }
    }
    if (depth != 0 && lastClosing > 0) {
      close = lastClosing;
    }
    Span span = offsets.of(tokens.get(open)).union(offsets.of(tokens.get(close)));
    String written = file.slice(span);
    boolean closed = close > open && tokens.get(close).getText().equals(closing);
    String inner = written.substring(1, closed ? written.length() - 1 : written.length());
    String string = "\"" + inner.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    sink.report(Diagnostic.of(DiagnosticCode.TEXT_IN_CHINESE_QUOTES, file, span, Arg.text(written))
        .withHint(Hint.typed("hint.writeInstead", Arg.text(lineWith(span, string)))));
    CommonToken token = (CommonToken) tokens.get(open);
    token.setType(JixiaoLexer.STRING);
    token.setText(string);
    token.setStopIndex(tokens.get(close).getStopIndex());
    hide(open + 1, close);
    return close;
  }

  /** The index of the last token before the line end (or the end of the file) after {@code i}. */
  private int lineEnd(int i) {
    int j = i;
    while (j + 1 < tokens.size() && tokens.get(j + 1).getType() != JixiaoLexer.NL
        && tokens.get(j + 1).getType() != Token.EOF) {
      j++;
    }
    return j;
  }

  private void hide(int from, int to) {
    for (int j = from; j <= to; j++) {
      Token t = tokens.get(j);
      if (t instanceof CommonToken c && t.getChannel() == Token.DEFAULT_CHANNEL) {
        c.setChannel(Token.HIDDEN_CHANNEL);
        movedTokens = true;
        reportedTokens.add(t.getTokenIndex());
      }
    }
  }

  /** The source line holding {@code span} with that span written as {@code replacement}, trimmed. */
  private String lineWith(Span span, String replacement) {
    int line = file.line(span.start());
    int lineStart = file.lineStart(line);
    String text = file.lineText(line);
    int from = Math.min(span.start() - lineStart, text.length());
    int to = Math.min(Math.max(from, span.end() - lineStart), text.length());
    return (text.substring(0, from) + replacement + text.substring(to)).strip();
  }

  static String describeChar(String text) {
    int cp = text.codePointAt(0);
    String code = String.format(Locale.ROOT, "U+%04X", cp);
    return Character.isISOControl(cp) || Character.isWhitespace(cp) ? code : text + " " + code;
  }
}
