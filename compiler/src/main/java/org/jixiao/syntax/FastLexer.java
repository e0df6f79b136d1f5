package org.jixiao.syntax;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Token;
import org.jixiao.grammar.JixiaoLexer;

/**
 * The generated lexer, with strings and comments scanned by hand. ANTLR's lexer caches its
 * state-machine edges only for ASCII input, so every Chinese character of a long narrative took
 * the slow path: three quarters of a check's time went to lexing strings. The tokens are the ones
 * the grammar defines (STRING, UNTERMINATED_STRING, COMMENT); {@code FastLexerProperties} checks
 * that both lexers agree.
 */
final class FastLexer extends JixiaoLexer {
  FastLexer(CharStream input) {
    super(input);
  }

  @Override
  public Token nextToken() {
    int c = _input.LA(1);
    if (c == '"') {
      return string();
    } else if (c == '#') {
      return comment();
    }
    return super.nextToken();
  }

  /** STRING : '"' (ESCAPE | ~["\\\r\n])* '"'; without the closing quote, UNTERMINATED_STRING. */
  private Token string() {
    int start = _input.index();
    _input.consume();
    int type = UNTERMINATED_STRING;
    while (true) {
      int c = _input.LA(1);
      if (c == IntStream.EOF || c == '\n' || c == '\r') {
        break;
      }
      if (c == '\\') {
        int next = _input.LA(2);
        if (next == IntStream.EOF || next == '\n' || next == '\r') {
          break; // a backslash at the end of a line escapes nothing; the grammar stops here too
        }
        _input.consume();
        _input.consume();
        continue;
      }
      _input.consume();
      if (c == '"') {
        type = STRING;
        break;
      }
    }
    return token(type, Token.DEFAULT_CHANNEL, start);
  }

  /** COMMENT : '#' ~[\r\n]* -> channel(COMMENTS). */
  private Token comment() {
    int start = _input.index();
    while (_input.LA(1) != IntStream.EOF && _input.LA(1) != '\n' && _input.LA(1) != '\r') {
      _input.consume();
    }
    return token(COMMENT, COMMENTS, start);
  }

  private Token token(int type, int channel, int start) {
    Token t = getTokenFactory().create(_tokenFactorySourcePair, type, null, channel, start, _input.index() - 1, getLine(), getCharPositionInLine());
    _token = t;
    return t;
  }
}
