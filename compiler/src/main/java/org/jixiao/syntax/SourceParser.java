package org.jixiao.syntax;

import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.grammar.JixiaoLexer;
import org.jixiao.grammar.JixiaoParser;

/**
 * Parses one file into a {@link SourceUnit}. This is the only way into the syntax tree: no ANTLR
 * type is visible past this package.
 *
 * <p>Parsing is two-stage, as in Trino and Pkl's ANTLR era: SLL prediction first, which is fast
 * and enough for every valid file, and full LL with error recovery only when SLL fails. Problems
 * ANTLR would report badly (stray characters, unterminated strings, unbalanced braces, runaway
 * nesting) are found by a scan over the tokens before parsing ({@link TokenScan}), and reported
 * once, in the reader's language.
 */
public final class SourceParser {
  /** Deeper nesting than this is never a real form; refusing it bounds the parser's stack. */
  static final int MAX_NESTING = 32;
  /**
   * Operators (+ - × /) on one line: a check or a unit needs a few dozen at most; the parser and
   * the checks nest one level per operator, so a pasted run of thousands would end in a stack
   * overflow, and a long unit chain in minutes of work, before any other limit is reached.
   */
  static final int MAX_OPERATORS_PER_LINE = 256;

  private SourceParser() {}

  public static SourceUnit parse(SourceFile file, DiagnosticSink sink) {
    return parse(file, sink, true);
  }

  /**
   * {@code greedyUnits} false: ANTLR's own prediction throughout, without {@link
   * GreedyUnitSimulator}, for the tests that compare the two.
   */
  static SourceUnit parse(SourceFile file, DiagnosticSink sink, boolean greedyUnits) {
    TokenOffsets offsets = new TokenOffsets(file.text());
    FastLexer lexer = new FastLexer(TextCharStream.of(file.text(), file.displayName(), offsets.bmpOnly()));
    Lexed lexed = Lexed.lex(lexer, file.text().length());
    CommonTokenStream tokens = lexed.stream(lexer);

    TokenScan scan = TokenScan.run(file, lexed.all, offsets, sink);
    if (scan.tooDeep) {
      return new SourceUnit(file, List.of(), comments(lexed, offsets, file));
    }
    // The scan may have moved tokens off the parser's channel: the SLL stage reads the channel as it
    // left it, the tokens on it as the lexer gathered them when the scan moved none.
    ParserTokens onChannel = scan.movedTokens ? new ParserTokens(lexed.all, lexer)
        : new ParserTokens(lexed.onChannel, lexed.onChannelCount, lexer);
    JixiaoParser parser = new JixiaoParser(onChannel);
    parser.removeErrorListeners();
    ParserATNSimulator antlrs = parser.getInterpreter();
    if (greedyUnits) {
      parser.setInterpreter(new GreedyUnitSimulator(parser, false));
    }
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    JixiaoParser.FileContext tree;
    try {
      tree = parser.file();
    } catch (ParseCancellationException slow) {
      tokens.seek(0); // the scan may have moved tokens off the parser's channel, the first among them
      parser.setInputStream(tokens); // the full stream: the hints of syntax errors read hidden tokens too
      // Full LL prediction (GreedyUnitSimulator's choice after a whole run is LL's too), errors
      // recovered from by line.
      parser.setInterpreter(greedyUnits ? new GreedyUnitSimulator(parser, true) : antlrs);
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      parser.setErrorHandler(new LineErrorStrategy());
      parser.addErrorListener(new SyntaxErrorReporter(file, offsets, sink, scan.reportedTokens));
      tree = parser.file();
    }
    List<Decl> decls = new AstBuilder(file, offsets, sink).file(tree);
    return new SourceUnit(file, decls, comments(lexed, offsets, file));
  }

  /** The comments, gathered by the lexer (the scan moves none off their channel). */
  private static List<Comment> comments(Lexed lexed, TokenOffsets offsets, SourceFile file) {
    List<Comment> out = new ArrayList<>(lexed.comments.size());
    for (Token t : lexed.comments) {
      Span span = offsets.of(t);
      out.add(new Comment(file.slice(span), span));
    }
    return out;
  }

  /**
   * Every token of a file, numbered as a {@code CommonTokenStream} numbers them, and as they are
   * made, the parser's (those on the default channel, and EOF) and the comments: one pass over
   * them instead of one for the stream, one for the parser's and one for the comments.
   */
  static final class Lexed {
    final List<Token> all;
    final List<Token> comments = new ArrayList<>();
    Token[] onChannel;
    int onChannelCount;

    private Lexed(int textLength) {
      // About one token per three characters, white space included: room for all of them at
      // once instead of growing the list from ten, copy after copy.
      all = new ArrayList<>(textLength / 3 + 16);
      onChannel = new Token[textLength / 6 + 16];
    }

    static Lexed lex(FastLexer lexer, int textLength) {
      Lexed out = new Lexed(textLength);
      Token t;
      do {
        t = lexer.nextToken();
        ((org.antlr.v4.runtime.WritableToken) t).setTokenIndex(out.all.size());
        out.all.add(t);
        int channel = t.getChannel();
        if (channel == Token.DEFAULT_CHANNEL || t.getType() == Token.EOF) {
          if (out.onChannelCount == out.onChannel.length) {
            out.onChannel = java.util.Arrays.copyOf(out.onChannel, out.onChannelCount * 2);
          }
          out.onChannel[out.onChannelCount++] = t;
        } else if (channel == JixiaoLexer.COMMENTS) {
          out.comments.add(t);
        }
      } while (t.getType() != Token.EOF);
      return out;
    }

    /** The full stream over these tokens, as {@code fill()} would have left it: for the LL stage. */
    CommonTokenStream stream(FastLexer lexer) {
      return new CommonTokenStream(lexer) {
        {
          this.tokens = all;
          this.fetchedEOF = true;
        }
      };
    }
  }
}
