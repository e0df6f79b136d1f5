package org.jixiao.syntax;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.jixiao.grammar.JixiaoLexer;

/**
 * How the lexer reads a word, for the formatter's choice between a bare word and a quoted one:
 * decided by the lexer itself, so that its digits (full-width too), its letters (ANTLR's Unicode
 * tables) and its keywords are the formatter's.
 */
public final class LexedAs {
  private LexedAs() {}

  /** True when {@code text} is exactly one NAME token (so not a keyword, a number or two words). */
  public static boolean oneName(String text) {
    if (text.isEmpty()) {
      return false;
    }
    FastLexer lexer = new FastLexer(CharStreams.fromString(text));
    Token first = lexer.nextToken();
    return first.getType() == JixiaoLexer.NAME && lexer.nextToken().getType() == Token.EOF;
  }

  /** True when {@code text} is exactly one keyword or comparator word ({@code rule}, {@code 不低于}). */
  public static boolean oneKeyword(String text) {
    if (text.isEmpty()) {
      return false;
    }
    FastLexer lexer = new FastLexer(CharStreams.fromString(text));
    int type = lexer.nextToken().getType();
    String literal = type > 0 ? org.jixiao.grammar.JixiaoParser.VOCABULARY.getLiteralName(type) : null;
    boolean keyword = literal != null && Character.isLetter(literal.codePointAt(1)); // 'budget', 'rule'
    boolean word = type == JixiaoLexer.GE || type == JixiaoLexer.LE || type == JixiaoLexer.GT || type == JixiaoLexer.LT
        || type == JixiaoLexer.EQ || type == JixiaoLexer.RANGE; // spelt in words too: 不低于, 等于, 至
    return (keyword || word) && lexer.nextToken().getType() == Token.EOF;
  }
}
