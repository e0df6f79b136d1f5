package org.jixiao.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.jixiao.grammar.JixiaoLexer;

/**
 * How the lexer reads a word or a stretch of source, for the formatter: a bare word or a quoted one,
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
    FastLexer lexer = new FastLexer(TextCharStream.of(text, "")); // over the string itself, no copy
    Token first = lexer.nextToken();
    return first.getType() == JixiaoLexer.NAME && lexer.nextToken().getType() == Token.EOF;
  }

  /** True when {@code text} begins with a comparator or range the grammar spells in words (不低于, 至). */
  public static boolean startsWithComparatorWord(String text) {
    return Spellings.startsWithWordSpelling(text);
  }

  /** True when {@code text} is exactly one keyword or comparator word ({@code rule}, {@code 不低于}). */
  public static boolean oneKeyword(String text) {
    if (text.isEmpty()) {
      return false;
    }
    FastLexer lexer = new FastLexer(TextCharStream.of(text, "")); // over the string itself, no copy
    int type = lexer.nextToken().getType();
    String literal = type > 0 ? org.jixiao.grammar.JixiaoParser.VOCABULARY.getLiteralName(type) : null;
    boolean keyword = literal != null && Character.isLetter(literal.codePointAt(1)); // 'budget', 'rule'
    boolean word = type == JixiaoLexer.GE || type == JixiaoLexer.LE || type == JixiaoLexer.GT || type == JixiaoLexer.LT
        || type == JixiaoLexer.EQ || type == JixiaoLexer.RANGE; // spelt in words too: 不低于, 等于, 至
    return (keyword || word) && lexer.nextToken().getType() == Token.EOF;
  }

  /**
   * The quoted strings of a stretch of source, by the lexer's own rules (the formatter prints a
   * text's strings as they were split; a scan of its own once ended a comment where the lexer does
   * not, at a lone CR, and dropped the string after it): the [start, end) character offsets in {@code source} of
   * each string between start and end.
   */
  public static List<int[]> strings(String source, int start, int end) {
    String slice = source.substring(start, end);
    FastLexer lexer = new FastLexer(CharStreams.fromString(slice));
    List<int[]> out = new ArrayList<>();
    int codePoints = 0;
    int chars = 0;
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      if (t.getType() == JixiaoLexer.STRING || t.getType() == JixiaoLexer.UNTERMINATED_STRING) {
        chars = slice.offsetByCodePoints(chars, t.getStartIndex() - codePoints);
        codePoints = t.getStartIndex();
        int length = t.getText().length();
        out.add(new int[] {start + chars, start + chars + length});
      }
    }
    return out;
  }
}
