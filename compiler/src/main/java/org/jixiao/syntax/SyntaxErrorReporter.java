package org.jixiao.syntax;

import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;
import java.util.HashSet;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.jixiao.diag.Arg;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.diag.Hint;

/**
 * Turns ANTLR's syntax errors into JX0201 diagnostics, in the reader's language: what was found,
 * and what to write instead ({@link SyntaxHints}) or else what was expected ({@link TokenLabels}),
 * never the grammar's token names. One error per line: what follows a first error on the same
 * line is almost always its echo.
 */
final class SyntaxErrorReporter extends BaseErrorListener {
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
    Diagnostic d = Diagnostic.of(DiagnosticCode.UNEXPECTED_TOKEN, file, span, TokenLabels.describe(token));
    if (recognizer instanceof Parser parser) {
      IntervalSet expected = expected(parser, e);
      SyntaxHints.Fix fix = null;
      if (parser.getInputStream() instanceof BufferedTokenStream stream) {
        fix = new SyntaxHints(file, offsets, stream.getTokens()).specific(token, expected);
      }
      Arg labels = expected == null ? null : TokenLabels.expected(expected);
      if (fix != null) {
        d = fix.at().getTokenIndex() == token.getTokenIndex() ? d
            : Diagnostic.of(DiagnosticCode.UNEXPECTED_TOKEN, file, offsets.of(fix.at()), TokenLabels.describe(fix.at()));
        d = d.withHint(fix.hint());
      } else if (e instanceof LineErrorStrategy.StrayLine) {
        d = d.withHint(Hint.of("hint.strayLine")); // "expected" would list every keyword
      } else if (labels != null) {
        d = d.withHint(Hint.typed("hint.expected", labels));
      }
    }
    sink.report(d);
  }

  private Span eofSpan() {
    int end = file.text().length();
    return new Span(end, end);
  }

  private static IntervalSet expected(Parser parser, RecognitionException e) {
    try {
      return e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
    } catch (RuntimeException ignored) {
      return null;
    }
  }
}
