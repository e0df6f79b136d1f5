package org.jixiao.syntax;

import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.diag.Hint;
import org.jixiao.grammar.JixiaoLexer;

/**
 * Turns ANTLR's syntax errors into JX0201 diagnostics, in the reader's language, with what was
 * expected. One error per line: what follows a first error on the same line is almost always its
 * echo.
 */
final class SyntaxErrorReporter extends BaseErrorListener {
  private static final int MAX_EXPECTED = 8;

  private final SourceFile file;
  private final TokenOffsets offsets;
  private final DiagnosticSink sink;
  private final Set<Integer> alreadyReported;
  private final Set<Integer> linesWithError = new HashSet<>();

  SyntaxErrorReporter(
      SourceFile file, TokenOffsets offsets, DiagnosticSink sink, Set<Integer> alreadyReported) {
    this.file = file;
    this.offsets = offsets;
    this.sink = sink;
    this.alreadyReported = alreadyReported;
  }

  @Override
  public void syntaxError(
      Recognizer<?, ?> recognizer,
      Object offendingSymbol,
      int line,
      int charPositionInLine,
      String msg,
      RecognitionException e) {
    if (!(offendingSymbol instanceof Token token)) {
      return;
    }
    if (alreadyReported.contains(token.getTokenIndex())) {
      return;
    }
    Span span = token.getType() == Token.EOF ? eofSpan() : offsets.of(token);
    int sourceLine = file.line(span.start());
    if (!linesWithError.add(sourceLine)) {
      return;
    }
    Diagnostic d = Diagnostic.of(DiagnosticCode.UNEXPECTED_TOKEN, file, span, describe(token));
    if (recognizer instanceof Parser parser) {
      String expected = expected(parser, e);
      if (!expected.isEmpty()) {
        d = d.withHint(Hint.of("hint.expected", expected));
      }
    }
    sink.report(d);
  }

  private Span eofSpan() {
    int end = file.text().length();
    return new Span(end, end);
  }

  static String describe(Token token) {
    return switch (token.getType()) {
      case Token.EOF -> "@token.EOF";
      case JixiaoLexer.NL -> "@token.NL";
      default -> "“" + token.getText() + "”";
    };
  }

  private static String expected(Parser parser, RecognitionException e) {
    IntervalSet set;
    try {
      set = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
    } catch (RuntimeException ignored) {
      return "";
    }
    List<Integer> types = set.toList();
    if (types.isEmpty() || types.size() > MAX_EXPECTED) {
      return "";
    }
    Vocabulary vocabulary = parser.getVocabulary();
    List<String> names = new ArrayList<>();
    for (int type : types) {
      String name = tokenName(type, vocabulary);
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return String.join("、", names);
  }

  private static String tokenName(int type, Vocabulary vocabulary) {
    return switch (type) {
      case Token.EOF -> "@token.EOF";
      case JixiaoLexer.NL -> "@token.NL";
      case JixiaoLexer.NAME -> "@token.NAME";
      case JixiaoLexer.NUMBER -> "@token.NUMBER";
      case JixiaoLexer.STRING -> "@token.STRING";
      case JixiaoLexer.DATE -> "@token.DATE";
      case JixiaoLexer.TIME -> "@token.TIME";
      case JixiaoLexer.LBRACE -> "“{”";
      case JixiaoLexer.RBRACE -> "“}”";
      case JixiaoLexer.LPAREN -> "“(”";
      case JixiaoLexer.RPAREN -> "“)”";
      case JixiaoLexer.DOT -> "“.”";
      case JixiaoLexer.SLASH -> "“/”";
      case JixiaoLexer.DASH -> "“-”";
      case JixiaoLexer.COLON -> "“:”";
      case JixiaoLexer.PERCENT -> "“%”";
      case JixiaoLexer.TIMES -> "“*”";
      case JixiaoLexer.PLUS -> "“+”";
      case JixiaoLexer.GE -> "“>=”";
      case JixiaoLexer.LE -> "“<=”";
      case JixiaoLexer.GT -> "“>”";
      case JixiaoLexer.LT -> "“<”";
      case JixiaoLexer.EQ -> "“=”";
      default -> {
        String literal = vocabulary.getLiteralName(type);
        yield literal != null ? "“" + literal.replace("'", "") + "”" : vocabulary.getSymbolicName(type);
      }
    };
  }
}
