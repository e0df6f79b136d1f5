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
    CommonTokenStream tokens = new CommonTokenStream(lexer) {
      {
        // About one token per three characters, white space included: room for all of them at
        // once instead of growing the list from a hundred, copy after copy.
        this.tokens = new ArrayList<>(file.text().length() / 3 + 16);
      }
    };
    tokens.fill();

    TokenScan scan = TokenScan.run(file, tokens.getTokens(), offsets, sink);
    if (scan.tooDeep) {
      return new SourceUnit(file, List.of(), comments(tokens.getTokens(), offsets, file));
    }
    // The scan may have moved tokens off the parser's channel: the SLL stage reads the channel as it left it.
    JixiaoParser parser = new JixiaoParser(new ParserTokens(tokens.getTokens(), lexer));
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
    return new SourceUnit(file, decls, comments(tokens.getTokens(), offsets, file));
  }

  private static List<Comment> comments(List<Token> tokens, TokenOffsets offsets, SourceFile file) {
    List<Comment> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.getChannel() == JixiaoLexer.COMMENTS) {
        Span span = offsets.of(t);
        out.add(new Comment(file.slice(span), span));
      }
    }
    return out;
  }
}
