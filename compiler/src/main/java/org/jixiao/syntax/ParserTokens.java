package org.jixiao.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The tokens the parser reads (those on the default channel), for the SLL stage, as an array: a
 * {@code CommonTokenStream} skips the hidden ones (white space, comments) on every step of the
 * parser and of its look-ahead, a twentieth of a parse. The tokens are the lexer's own objects,
 * not re-numbered, so the tree and the spans built from it are those of the full stream, and the
 * LL stage, when SLL fails, reads the full stream as before (its hints look at hidden tokens too).
 */
final class ParserTokens implements TokenStream {
  private final Token[] tokens;
  /** How many of {@link #tokens} are the stream's: the rest of the array is room never filled. */
  private final int n;
  private final TokenSource source;
  private int p;

  /** @param all every token, the last one EOF, as the lexer made them and the token scan left them */
  ParserTokens(List<Token> all, TokenSource source) {
    List<Token> onChannel = new ArrayList<>(all.size() / 2 + 1);
    for (Token t : all) {
      if (t.getChannel() == Token.DEFAULT_CHANNEL || t.getType() == Token.EOF) {
        onChannel.add(t);
      }
    }
    this.tokens = onChannel.toArray(Token[]::new);
    this.n = tokens.length;
    this.source = source;
  }

  /** The tokens on the default channel, the last one EOF, already gathered: the first {@code count} of {@code onChannel}. */
  ParserTokens(Token[] onChannel, int count, TokenSource source) {
    this.tokens = onChannel;
    this.n = count;
    this.source = source;
  }

  @Override
  public Token LT(int k) {
    if (k == 0) {
      return null;
    }
    int i = k > 0 ? p + k - 1 : p + k;
    if (i < 0) {
      return null;
    }
    return tokens[Math.min(i, n - 1)];
  }

  @Override
  public int LA(int i) {
    Token t = LT(i);
    return t == null ? 0 : t.getType();
  }

  @Override
  public void consume() {
    if (tokens[p].getType() == Token.EOF) {
      throw new IllegalStateException("cannot consume EOF");
    }
    p++;
  }

  @Override
  public Token get(int index) {
    return tokens[index];
  }

  @Override
  public int index() {
    return p;
  }

  @Override
  public void seek(int index) {
    p = Math.max(0, Math.min(index, n - 1));
  }

  @Override
  public int size() {
    return n;
  }

  @Override
  public int mark() {
    return -1;
  }

  @Override
  public void release(int marker) {}

  @Override
  public TokenSource getTokenSource() {
    return source;
  }

  @Override
  public String getSourceName() {
    return source.getSourceName();
  }

  @Override
  public String getText() {
    return getText(Interval.of(0, n - 1));
  }

  @Override
  public String getText(Interval interval) {
    StringBuilder b = new StringBuilder();
    for (int i = Math.max(0, interval.a); i <= interval.b && i < n; i++) {
      if (tokens[i].getType() != Token.EOF) {
        b.append(tokens[i].getText());
      }
    }
    return b.toString();
  }

  @Override
  public String getText(org.antlr.v4.runtime.RuleContext ctx) {
    return ctx.getText();
  }

  @Override
  public String getText(Token start, Token stop) {
    StringBuilder b = new StringBuilder();
    boolean in = false;
    for (int i = 0; i < n; i++) {
      Token t = tokens[i];
      in = in || t == start;
      if (in && t.getType() != Token.EOF) {
        b.append(t.getText());
      }
      if (t == stop) {
        break;
      }
    }
    return b.toString();
  }
}
