package org.jixiao.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.jixiao.grammar.JixiaoLexer;

/**
 * The quoted strings of a stretch of source, by the lexer's own rules: the formatter prints a
 * text's strings as they were split, and a scan of its own once ended a comment where the lexer
 * does not (at a lone CR), and so dropped the string after it.
 */
public final class QuotedStrings {
  private QuotedStrings() {}

  /** The [start, end) character offsets in {@code source} of each string between start and end. */
  public static List<int[]> in(String source, int start, int end) {
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
