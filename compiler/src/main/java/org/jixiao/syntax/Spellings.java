package org.jixiao.syntax;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.antlr.v4.runtime.Vocabulary;
import org.jixiao.grammar.JixiaoLexer;
import org.jixiao.grammar.JixiaoParser;

/**
 * The fixed spellings of {@code JixiaoLexer.g4}'s tokens, for {@link FastLexer}: the keywords and
 * punctuation of the grammar's vocabulary, and the tokens it spells more than one way, listed
 * here in the grammar's words. Kept apart from the scanner so that each stays a readable size.
 */
final class Spellings {
  private Spellings() {}

  /** The tokens the grammar spells more than one way (its vocabulary has no literal for them). */
  private static final Object[][] SPELLINGS = {
    {JixiaoLexer.GE, ">=", "≥", "＞＝", ">＝", "＞=", "⩾", "大于等于", "不低于", "不少于", "不小于", "不早于"},
    {JixiaoLexer.LE, "<=", "≤", "＜＝", "<＝", "＜=", "⩽", "小于等于", "不高于", "不超过", "不多于", "不大于", "不晚于", "不迟于"},
    {JixiaoLexer.GT, ">", "＞", "大于", "高于", "晚于", "迟于"},
    {JixiaoLexer.LT, "<", "＜", "小于", "低于", "早于"},
    {JixiaoLexer.EQ, "=", "＝", "等于"},
    {JixiaoLexer.LBRACE, "{", "｛"},
    {JixiaoLexer.RBRACE, "}", "｝"},
    {JixiaoLexer.LPAREN, "(", "（"},
    {JixiaoLexer.RPAREN, ")", "）"},
    {JixiaoLexer.DOT, ".", "．"},
    {JixiaoLexer.SLASH, "/", "／"},
    {JixiaoLexer.TIMES, "*", "×", "＊", "·", "・"},
    {JixiaoLexer.PLUS, "+", "＋"},
    {JixiaoLexer.DASH, "-", "－", "—", "–"},
    {JixiaoLexer.COLON, ":", "："},
    {JixiaoLexer.RANGE, "..", "~", "～", "至"},
    {JixiaoLexer.PERCENT, "%", "％", "‰"},
  };

  /**
   * True when {@code text} begins with a comparator or range spelt in words ({@code 不低于}, {@code 至}):
   * a name written so is quoted by the formatter, so that a reader never takes its start for the comparator.
   */
  static boolean startsWithWordSpelling(String text) {
    for (Object[] spellings : SPELLINGS) {
      for (int i = 1; i < spellings.length; i++) {
        String spelling = (String) spellings[i];
        if (Character.isLetter(spelling.codePointAt(0)) && text.startsWith(spelling)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The fixed spellings by their first code point, longest first, then by token type. */
  private static final java.util.Map<Integer, Literal[]> LITERALS = literals();
  /** The first code points of {@link #LITERALS}, to ask the map only when it can answer. */
  private static final java.util.BitSet LITERAL_STARTS = new java.util.BitSet();

  static {
    LITERALS.keySet().forEach(LITERAL_STARTS::set);
  }

  record Literal(int[] codePoints, int type) {}

  /**
   * The spellings that start with {@code codePoint}, longest first, then by token type; null when
   * none does. Most tokens start with a character no spelling starts with (a Chinese name): then
   * there is no map look-up, and no boxing of the code point to ask.
   */
  static Literal[] startingWith(int codePoint) {
    return codePoint >= 0 && LITERAL_STARTS.get(codePoint) ? LITERALS.get(codePoint) : null;
  }

  private static java.util.Map<Integer, Literal[]> literals() {
    List<Literal> all = new ArrayList<>();
    Vocabulary vocabulary = JixiaoParser.VOCABULARY;
    for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
      String literal = vocabulary.getLiteralName(type);
      if (literal != null) {
        all.add(new Literal(literal.substring(1, literal.length() - 1).codePoints().toArray(), type));
      }
    }
    for (Object[] spellings : SPELLINGS) {
      for (int i = 1; i < spellings.length; i++) {
        all.add(new Literal(((String) spellings[i]).codePoints().toArray(), (Integer) spellings[0]));
      }
    }
    all.sort(Comparator.<Literal>comparingInt(l -> -l.codePoints.length).thenComparingInt(Literal::type));
    java.util.Map<Integer, List<Literal>> byFirst = new java.util.HashMap<>();
    for (Literal literal : all) {
      byFirst.computeIfAbsent(literal.codePoints[0], k -> new ArrayList<>()).add(literal);
    }
    java.util.Map<Integer, Literal[]> out = new java.util.HashMap<>();
    byFirst.forEach((first, list) -> out.put(first, list.toArray(Literal[]::new)));
    return out;
  }
}
