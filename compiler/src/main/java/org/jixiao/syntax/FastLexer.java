package org.jixiao.syntax;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;
import org.jixiao.grammar.JixiaoLexer;

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
 * with several spellings are listed in {@link Spellings}, in the grammar's words.
 */
final class FastLexer implements TokenSource {
  private final CharStream input;
  private final Pair<TokenSource, CharStream> source;
  private TokenFactory<?> factory = CommonTokenFactory.DEFAULT;
  private int line = 1;
  private int column;

  /** The text itself when the stream is over a string ({@link TextCharStream}), else null. */
  private final String text;
  /** Where the token being scanned starts, when {@link #text} is read directly. */
  private int at;
  /** Whether the string just scanned holds a backslash. */
  private boolean escapes;

  FastLexer(CharStream input) {
    this.input = input;
    this.source = new Pair<>(this, input);
    this.text = input instanceof TextCharStream stream ? stream.text() : null;
  }

  /**
   * The code point {@code i} places ahead ({@code i >= 1}), as {@code input.LA(i)}: from the
   * string itself when there is one, for a fifth of a parse went into the stream's look-ups.
   */
  private int la(int i) {
    if (text != null) {
      int index = at + i - 1;
      return index < text.length() ? text.charAt(index) : IntStream.EOF;
    }
    return input.LA(i);
  }

  @Override
  public Token nextToken() {
    int start = input.index();
    at = start;
    int startLine = line;
    int startColumn = column;
    int c = la(1);
    if (c == IntStream.EOF) {
      return factory.create(source, Token.EOF, null, Token.DEFAULT_CHANNEL, start, start - 1, line, column);
    }
    int type;
    int channel = Token.DEFAULT_CHANNEL;
    int length;
    boolean plain = false;
    if (c == '"') {
      length = string();
      type = length > 0 ? JixiaoLexer.STRING : JixiaoLexer.UNTERMINATED_STRING;
      length = Math.abs(length);
      plain = !escapes;
    } else if (c == '#') {
      length = toLineEnd();
      type = JixiaoLexer.COMMENT;
      channel = JixiaoLexer.COMMENTS;
    } else if (isSpace(c)) {
      length = spaces();
      type = JixiaoLexer.WS;
      channel = Token.HIDDEN_CHANNEL;
    } else if (c == '\uFEFF') {
      length = 1;
      type = JixiaoLexer.BOM;
      channel = Token.HIDDEN_CHANNEL;
    } else if (c == '\r' || c == '\n') {
      length = c == '\r' && la(2) == '\n' ? 2 : 1;
      type = JixiaoLexer.NL;
    } else {
      long best = longest();
      length = (int) (best >>> 32);
      type = (int) best;
    }
    if (type == JixiaoLexer.NL) {
      for (int i = 0; i < length; i++) {
        consume();
      }
    } else {
      // Only a line end holds '\n' (no other token may), so the rest move the column alone.
      column += length;
      input.seek(start + length);
    }
    if (factory == CommonTokenFactory.DEFAULT) {
      // The default factory's token, with what the scan saw: one pass over a string, not two.
      return new LexedToken(source, type, channel, start, input.index() - 1, startLine, startColumn, plain);
    }
    return factory.create(source, type, null, channel, start, input.index() - 1, startLine, startColumn);
  }

  /**
   * A token as {@link CommonTokenFactory#DEFAULT} makes it, and for a string whether it holds no
   * backslash ({@link #plainString}): then its value is the text between its quotes, read without
   * scanning it again for escapes ({@link TextCharStream#unquoted}).
   */
  static final class LexedToken extends CommonToken {
    private final boolean plainString;

    LexedToken(Pair<TokenSource, CharStream> source, int type, int channel, int start, int stop, int line,
        int column, boolean plainString) {
      super(source, type, channel, start, stop);
      setLine(line);
      setCharPositionInLine(column);
      this.plainString = plainString;
    }

    /** True for a string (terminated or not) the lexer saw no backslash in. */
    boolean plainString() {
      return plainString;
    }
  }

  /**
   * The longest of the literal spellings, DATE, TIME, NUMBER and NAME at this position (ties to
   * the earlier rule), else BAD_CHAR: its length in the high half, its token type in the low.
   */
  private long longest() {
    long best = pack(1, JixiaoLexer.BAD_CHAR);
    int first = la(1);
    // Most tokens start with a character no spelling starts with (a Chinese name): no map look-up,
    // and no boxing of the code point to ask.
    Spellings.Literal[] candidates = Spellings.startingWith(first);
    if (candidates != null) {
      for (Spellings.Literal literal : candidates) {
        if (matches(literal.codePoints())) {
          best = pack(literal.codePoints().length, literal.type());
          break; // sorted longest first, then by type: the first that matches is the one
        }
      }
    }
    if (isDigit(first)) {
      best = better(best, date(), JixiaoLexer.DATE);
      best = better(best, time(), JixiaoLexer.TIME);
      best = better(best, number(), JixiaoLexer.NUMBER);
    }
    return better(best, name(), JixiaoLexer.NAME);
  }

  private static long pack(int length, int type) {
    return ((long) length << 32) | type;
  }

  /** The longer of the two matches; of equally long ones, the earlier rule (a real one before BAD_CHAR). */
  private static long better(long best, int length, int type) {
    int bestLength = (int) (best >>> 32);
    int bestType = (int) best;
    boolean better = length > bestLength
        || (length == bestLength && length > 0 && (bestType == JixiaoLexer.BAD_CHAR || type < bestType));
    return better ? pack(length, type) : best;
  }

  private boolean matches(int[] codePoints) {
    for (int i = 0; i < codePoints.length; i++) {
      if (la(i + 1) != codePoints[i]) {
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
    escapes = false;
    if (text != null) {
      return stringInText();
    }
    int i = 2;
    while (true) {
      int c = la(i);
      if (c == IntStream.EOF || c == '\n' || c == '\r') {
        return -(i - 1);
      }
      if (c == '\\') {
        escapes = true;
        int next = la(i + 1);
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

  /** {@link #string} over the text itself: a string is most of a form's characters. */
  private int stringInText() {
    String t = text;
    int n = t.length();
    int i = at + 1;
    while (true) {
      if (i >= n) {
        return -(i - at);
      }
      char c = t.charAt(i);
      if (c == '"') {
        return i - at + 1;
      } else if (c == '\n' || c == '\r') {
        return -(i - at);
      } else if (c == '\\') {
        escapes = true;
        if (i + 1 >= n || t.charAt(i + 1) == '\n' || t.charAt(i + 1) == '\r') {
          return -(i - at);
        }
        i += 2;
      } else {
        i++;
      }
    }
  }

  /** DATE : DIGIT DIGIT DIGIT DIGIT DASH_CHAR DIGIT DIGIT? (DASH_CHAR DIGIT DIGIT?)?; 0 if none. */
  private int date() {
    for (int i = 1; i <= 4; i++) {
      if (!isDigit(la(i))) {
        return 0;
      }
    }
    if (!isDateDash(la(5)) || !isDigit(la(6))) {
      return 0;
    }
    int length = isDigit(la(7)) ? 7 : 6;
    if (isDateDash(la(length + 1)) && isDigit(la(length + 2))) {
      length += 2;
      if (isDigit(la(length + 1))) {
        length++;
      }
    }
    return length;
  }

  /** TIME : DIGIT DIGIT? COLON_CHAR DIGIT DIGIT (COLON_CHAR DIGIT DIGIT)?; 0 if none. */
  private int time() {
    if (!isDigit(la(1))) {
      return 0;
    }
    int colon = isDigit(la(2)) && isTimeColon(la(3)) ? 3 : isTimeColon(la(2)) ? 2 : 0;
    if (colon == 0 || !isDigit(la(colon + 1)) || !isDigit(la(colon + 2))) {
      return 0;
    }
    int length = colon + 2;
    if (isTimeColon(la(length + 1)) && isDigit(la(length + 2)) && isDigit(la(length + 3))) {
      length += 3;
    }
    return length;
  }

  /** NUMBER : DIGIT (DIGIT | GROUP_SEP)* (DECIMAL_POINT DIGIT+)?; 0 if none. */
  private int number() {
    if (!isDigit(la(1))) {
      return 0;
    }
    int length = 1;
    for (int c = la(2); isDigit(c) || c == ',' || c == '，' || c == '_'; c = la(length + 1)) {
      length++;
    }
    if ((la(length + 1) == '.' || la(length + 1) == '．') && isDigit(la(length + 2))) {
      length += 2;
      while (isDigit(la(length + 1))) {
        length++;
      }
    }
    return length;
  }

  /** NAME : DIGIT* ID_START ID_PART*; 0 if none. */
  private int name() {
    int digits = 0;
    while (isDigit(la(digits + 1))) {
      digits++;
    }
    if (!isIdStart(la(digits + 1))) {
      return 0;
    }
    int length = digits + 1;
    while (isIdPart(la(length + 1))) {
      length++;
    }
    return length;
  }

  // The scans below are loops of their own, not one loop taking a predicate: that call, made for
  // every character, did not inline and cost a twentieth of a parse in white space alone.

  /** COMMENT : '#' ~[\r\n]*; the length of the comment starting here. */
  private int toLineEnd() {
    int length = 1;
    for (int c = la(2); c != IntStream.EOF && c != '\n' && c != '\r'; c = la(length + 1)) {
      length++;
    }
    return length;
  }

  /** WS : [ \t\u3000\u00A0]+; the length of the run starting here. */
  private int spaces() {
    int length = 1;
    while (isSpace(la(length + 1))) {
      length++;
    }
    return length;
  }

  private void consume() {
    at = input.index();
    if (la(1) == '\n') {
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
