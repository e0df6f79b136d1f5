package org.jixiao.syntax;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A text with no character outside the Basic Multilingual Plane (every form we have seen) as
 * ANTLR's character stream, over the string itself: there a code point index is a char index, so
 * {@code CharStreams.fromString}'s copy of the text into a buffer of its own is not needed, and
 * the lexer can read the characters straight from the string ({@link #text}).
 */
final class TextCharStream implements CharStream {
  private final String text;
  private final String sourceName;
  private int p;

  private TextCharStream(String text, String sourceName) {
    this.text = text;
    this.sourceName = sourceName;
  }

  /** The stream of the text: this one for BMP-only text, ANTLR's own otherwise. */
  static CharStream of(String text, String sourceName) {
    return of(text, sourceName, text.length() == text.codePointCount(0, text.length()));
  }

  /** As {@link #of(String, String)}, told whether the text is BMP-only (the parser knows it already). */
  static CharStream of(String text, String sourceName, boolean bmpOnly) {
    return bmpOnly ? new TextCharStream(text, sourceName) : org.antlr.v4.runtime.CharStreams.fromString(text, sourceName);
  }

  String text() {
    return text;
  }

  /**
   * The value of the string token at [start, stop] straight from the text, one copy instead of the
   * token's text and then its unquoted copy; null when it is not a plain one: it escapes something,
   * or it does not start with {@code "} here (the token scan made it of a text in Chinese quotes
   * and gave it a text of its own). As {@link Quoting#unquote} of the token's text otherwise.
   */
  String unquoted(int start, int stop) {
    return unquoted(start, stop, false);
  }

  /**
   * As {@link #unquoted(int, int)}; {@code plain} when the lexer saw no backslash in the string
   * ({@link FastLexer.LexedToken#plainString}), which then need not be looked for again.
   */
  String unquoted(int start, int stop, boolean plain) {
    if (start < 0 || stop >= text.length() || stop < start || text.charAt(start) != '"') {
      return null;
    }
    int end = stop > start && text.charAt(stop) == '"' ? stop : stop + 1;
    if (!plain) {
      for (int i = start + 1; i < end; i++) {
        if (text.charAt(i) == '\\') {
          return null;
        }
      }
    }
    return text.substring(start + 1, end);
  }

  @Override
  public String getText(Interval interval) {
    int start = Math.min(interval.a, text.length());
    int stop = Math.min(interval.b, text.length() - 1);
    return stop < start ? "" : text.substring(start, stop + 1);
  }

  @Override
  public void consume() {
    if (p >= text.length()) {
      throw new IllegalStateException("cannot consume EOF");
    }
    p++;
  }

  @Override
  public int LA(int i) {
    if (i == 0) {
      return 0;
    }
    int at = i > 0 ? p + i - 1 : p + i;
    return at < 0 || at >= text.length() ? IntStream.EOF : text.charAt(at);
  }

  @Override
  public int mark() {
    return -1;
  }

  @Override
  public void release(int marker) {}

  @Override
  public int index() {
    return p;
  }

  @Override
  public void seek(int index) {
    p = Math.max(0, Math.min(index, text.length()));
  }

  @Override
  public int size() {
    return text.length();
  }

  @Override
  public String getSourceName() {
    return sourceName == null || sourceName.isEmpty() ? IntStream.UNKNOWN_SOURCE_NAME : sourceName;
  }

  @Override
  public String toString() {
    return text;
  }
}
