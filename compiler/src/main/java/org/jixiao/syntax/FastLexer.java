package org.jixiao.syntax;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.Pair;
import org.jixiao.grammar.JixiaoLexer;
import org.jixiao.grammar.JixiaoParser;

/**
 * The tokens of {@code JixiaoLexer.g4}, scanned by hand. Two reasons: ANTLR's lexer caches its
 * state-machine edges only for ASCII, so every Chinese character took its slow path (three
 * quarters of a check's time, before strings were scanned here); and the generated lexer's class
 * deserialises its state machine, with the Unicode letter tables, at first use, which was a tenth
 * of a one-form check's start-up. The grammar stays the definition: {@code FastLexerProperties}
 * holds that this lexer gives exactly the generated lexer's tokens (types, channels, positions,
 * lines and columns), on random, pieced-together and real text and for every code point.
 *
 * <p>The rule is the generated lexer's: the longest match wins, and of equally long ones the rule
 * defined first (the lower token type). Keywords come from the grammar's vocabulary; the tokens
 * with several spellings are listed in {@link #SPELLINGS}, in the grammar's words.
 */
final class FastLexer implements TokenSource {
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

  private record Literal(int[] codePoints, int type) {}

  private final CharStream input;
  private final Pair<TokenSource, CharStream> source;
  private TokenFactory<?> factory = CommonTokenFactory.DEFAULT;
  private int line = 1;
  private int column;

  FastLexer(CharStream input) {
    this.input = input;
    this.source = new Pair<>(this, input);
  }

  @Override
  public Token nextToken() {
    int start = input.index();
    int startLine = line;
    int startColumn = column;
    int c = input.LA(1);
    if (c == IntStream.EOF) {
      return factory.create(source, Token.EOF, null, Token.DEFAULT_CHANNEL, start, start - 1, line, column);
    }
    int type;
    int channel = Token.DEFAULT_CHANNEL;
    int length;
    if (c == '"') {
      length = string();
      type = length > 0 ? JixiaoLexer.STRING : JixiaoLexer.UNTERMINATED_STRING;
      length = Math.abs(length);
    } else if (c == '#') {
      length = runWhile(1, x -> x != '\n' && x != '\r');
      type = JixiaoLexer.COMMENT;
      channel = JixiaoLexer.COMMENTS;
    } else if (isSpace(c)) {
      length = runWhile(1, FastLexer::isSpace);
      type = JixiaoLexer.WS;
      channel = Token.HIDDEN_CHANNEL;
    } else if (c == '\uFEFF') {
      length = 1;
      type = JixiaoLexer.BOM;
      channel = Token.HIDDEN_CHANNEL;
    } else if (c == '\r' || c == '\n') {
      length = c == '\r' && input.LA(2) == '\n' ? 2 : 1;
      type = JixiaoLexer.NL;
    } else {
      long best = longest();
      length = (int) (best >>> 32);
      type = (int) best;
    }
    for (int i = 0; i < length; i++) {
      consume();
    }
    return factory.create(source, type, null, channel, start, input.index() - 1, startLine, startColumn);
  }

  /**
   * The longest of the literal spellings, DATE, TIME, NUMBER and NAME at this position (ties to
   * the earlier rule), else BAD_CHAR: its length in the high half, its token type in the low.
   */
  private long longest() {
    int bestLength = 1;
    int bestType = JixiaoLexer.BAD_CHAR;
    Literal[] candidates = LITERALS.get(input.LA(1));
    if (candidates != null) {
      for (Literal literal : candidates) {
        if (matches(literal.codePoints)) {
          bestLength = literal.codePoints.length;
          bestType = literal.type;
          break; // sorted longest first, then by type: the first that matches is the one
        }
      }
    }
    int[][] scanned = {{date(), JixiaoLexer.DATE}, {time(), JixiaoLexer.TIME}, {number(), JixiaoLexer.NUMBER},
        {name(), JixiaoLexer.NAME}};
    for (int[] candidate : scanned) {
      int length = candidate[0];
      int type = candidate[1];
      boolean better = length > bestLength
          || (length == bestLength && length > 0 && (bestType == JixiaoLexer.BAD_CHAR || type < bestType));
      if (better) {
        bestLength = length;
        bestType = type;
      }
    }
    return ((long) bestLength << 32) | bestType;
  }

  private boolean matches(int[] codePoints) {
    for (int i = 0; i < codePoints.length; i++) {
      if (input.LA(i + 1) != codePoints[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * STRING : '"' (ESCAPE | ~["\\\r\n])* '"'; UNTERMINATED_STRING without the closing quote.
   * The length, negative when unterminated. A backslash before the end of the line escapes
   * nothing and ends an unterminated string, as in the grammar.
   */
  private int string() {
    int i = 2;
    while (true) {
      int c = input.LA(i);
      if (c == IntStream.EOF || c == '\n' || c == '\r') {
        return -(i - 1);
      }
      if (c == '\\') {
        int next = input.LA(i + 1);
        if (next == IntStream.EOF || next == '\n' || next == '\r') {
          return -(i - 1);
        }
        i += 2;
      } else if (c == '"') {
        return i;
      } else {
        i++;
      }
    }
  }

  /** DATE : DIGIT DIGIT DIGIT DIGIT DASH_CHAR DIGIT DIGIT? (DASH_CHAR DIGIT DIGIT?)?; 0 if none. */
  private int date() {
    for (int i = 1; i <= 4; i++) {
      if (!isDigit(input.LA(i))) {
        return 0;
      }
    }
    if (!isDateDash(input.LA(5)) || !isDigit(input.LA(6))) {
      return 0;
    }
    int length = isDigit(input.LA(7)) ? 7 : 6;
    if (isDateDash(input.LA(length + 1)) && isDigit(input.LA(length + 2))) {
      length += 2;
      if (isDigit(input.LA(length + 1))) {
        length++;
      }
    }
    return length;
  }

  /** TIME : DIGIT DIGIT? COLON_CHAR DIGIT DIGIT (COLON_CHAR DIGIT DIGIT)?; 0 if none. */
  private int time() {
    if (!isDigit(input.LA(1))) {
      return 0;
    }
    int colon = isDigit(input.LA(2)) && isTimeColon(input.LA(3)) ? 3 : isTimeColon(input.LA(2)) ? 2 : 0;
    if (colon == 0 || !isDigit(input.LA(colon + 1)) || !isDigit(input.LA(colon + 2))) {
      return 0;
    }
    int length = colon + 2;
    if (isTimeColon(input.LA(length + 1)) && isDigit(input.LA(length + 2)) && isDigit(input.LA(length + 3))) {
      length += 3;
    }
    return length;
  }

  /** NUMBER : DIGIT (DIGIT | GROUP_SEP)* (DECIMAL_POINT DIGIT+)?; 0 if none. */
  private int number() {
    if (!isDigit(input.LA(1))) {
      return 0;
    }
    int length = runWhile(1, x -> isDigit(x) || x == ',' || x == '，' || x == '_');
    if ((input.LA(length + 1) == '.' || input.LA(length + 1) == '．') && isDigit(input.LA(length + 2))) {
      length = runWhile(length + 2, FastLexer::isDigit);
    }
    return length;
  }

  /** NAME : DIGIT* ID_START ID_PART*; 0 if none. */
  private int name() {
    int digits = runWhile(0, FastLexer::isDigit);
    if (!isIdStart(input.LA(digits + 1))) {
      return 0;
    }
    return runWhile(digits + 1, FastLexer::isIdPart);
  }

  /** The length from here after {@code from} code points and then as many as {@code part} takes. */
  private int runWhile(int from, java.util.function.IntPredicate part) {
    int length = from;
    while (true) {
      int c = input.LA(length + 1);
      if (c == IntStream.EOF || !part.test(c)) {
        return length;
      }
      length++;
    }
  }

  private void consume() {
    if (input.LA(1) == '\n') {
      line++;
      column = 0;
    } else {
      column++;
    }
    input.consume();
  }

  static boolean isDigit(int c) {
    return (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');
  }

  private static boolean isDateDash(int c) {
    return c == '-' || c == '－';
  }

  private static boolean isTimeColon(int c) {
    return c == ':' || c == '：';
  }

  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
  }

  /** ID_START : [\p{L}\p{Nl}_] | [㎡㎞㎏℃°µ], by ANTLR's Unicode tables ({@link Letters}). */
  static boolean isIdStart(int c) {
    return c >= 0 && Letters.isIdStart(c);
  }

  /** ID_PART : ID_START | DIGIT | [²³]. */
  private static boolean isIdPart(int c) {
    return isIdStart(c) || isDigit(c) || c == '²' || c == '³';
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

  @Override
  public int getLine() {
    return line;
  }

  @Override
  public int getCharPositionInLine() {
    return column;
  }

  @Override
  public CharStream getInputStream() {
    return input;
  }

  @Override
  public String getSourceName() {
    return input.getSourceName();
  }

  @Override
  public void setTokenFactory(TokenFactory<?> factory) {
    this.factory = factory;
  }

  @Override
  public TokenFactory<?> getTokenFactory() {
    return factory;
  }
}
