package org.jixiao.syntax;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.jixiao.grammar.JixiaoLexer;
import org.jixiao.grammar.JixiaoParser;

/**
 * ANTLR's recovery, kept to one line. A form has one item per line, and the line being typed is
 * the one that is wrong; the others must read as written.
 *
 * <ul>
 *   <li>A line that stops short ({@code indicator 数普.}, then a newline): the default strategy
 *       would delete the newline as a stray token and read the next line's {@code indicator} as
 *       the name it wanted, so a correct line would get an error too. Never deleting a newline
 *       makes the parser conjure the missing token, or resynchronise, at the end of the broken
 *       line. A newline before an opening brace is still deleted: that is a block's brace written
 *       on the next line ({@code project 人才工作经费}, then <code>{</code>).
 *   <li>A line of a block (a project's items, a funds block's rows, a profile's lines) that no
 *       line of it starts with ({@code >= 500 人}, a lone number): the parser cannot choose
 *       between another line and the closing brace, and the default strategy gives up on the
 *       whole block, and on the project around it. Such a line is reported and skipped instead.
 * </ul>
 */
final class LineErrorStrategy extends DefaultErrorStrategy {
  @Override
  protected Token singleTokenDeletion(Parser recognizer) {
    TokenStream input = recognizer.getInputStream();
    if (input.LA(1) == JixiaoLexer.NL && input.LA(2) != JixiaoLexer.LBRACE) {
      return null;
    }
    return super.singleTokenDeletion(recognizer);
  }

  @Override
  public void sync(Parser recognizer) throws RecognitionException {
    int lineRule = lineRule(recognizer.getContext());
    if (lineRule >= 0) {
      skipStrayLines(recognizer, lineRule);
      if (skipRestOfLine(recognizer)) {
        return;
      }
    }
    super.sync(recognizer);
  }

  /**
   * Tokens after a line's last item, in a block of lines ({@code fiscal 356. >=}): the first is
   * reported, the rest of the line skipped, and the block goes on with its next line. ANTLR deletes
   * one stray token only; with two, at the first line of a block it gave up on the whole block,
   * and the block's other lines were read as the project's (an unknown keyword {@code other}, a
   * {@code goal} out of place, a missing goal).
   */
  private boolean skipRestOfLine(Parser recognizer) {
    TokenStream input = recognizer.getInputStream();
    int next = input.LA(1);
    if (inErrorRecoveryMode(recognizer) || next == Token.EOF || next == JixiaoLexer.NL || next == JixiaoLexer.RBRACE
        || isLineBreak(input.LT(-1)) || recognizer.getExpectedTokens().contains(next)) {
      return false;
    }
    reportUnwantedToken(recognizer);
    while (input.LA(1) != Token.EOF && input.LA(1) != JixiaoLexer.NL && input.LA(1) != JixiaoLexer.RBRACE) {
      recognizer.consume();
    }
    reportMatch(recognizer); // the line's end is what the block expects: recovered
    return true;
  }

  /** The rule of one line of a block of lines (a project's items, a funds block's rows…); -1 elsewhere. */
  private static int lineRule(org.antlr.v4.runtime.ParserRuleContext ctx) {
    if (ctx instanceof JixiaoParser.ProjectDeclContext) {
      return JixiaoParser.RULE_projectItem;
    } else if (ctx instanceof JixiaoParser.FundsBlockContext) {
      return JixiaoParser.RULE_fundsRow;
    } else if (ctx instanceof JixiaoParser.CostsBlockContext) {
      return JixiaoParser.RULE_costsLine;
    } else if (ctx instanceof JixiaoParser.BudgetDeclContext) {
      return JixiaoParser.RULE_budgetItem;
    } else if (ctx instanceof JixiaoParser.ProfileDeclContext) {
      return JixiaoParser.RULE_profileItem;
    } else if (ctx instanceof JixiaoParser.FrameworkDeclContext) {
      return JixiaoParser.RULE_levelDecl;
    } else if (ctx instanceof JixiaoParser.LayoutBlockContext) {
      return JixiaoParser.RULE_layoutLine;
    } else if (ctx instanceof JixiaoParser.SelfevalBlockContext) {
      return JixiaoParser.RULE_selfevalLine;
    } else if (ctx instanceof JixiaoParser.SelfevalFundsContext || ctx instanceof JixiaoParser.MonitorFundsContext) {
      return JixiaoParser.RULE_selfevalFundsRow;
    } else if (ctx instanceof JixiaoParser.MonitorBlockContext) {
      return JixiaoParser.RULE_monitorLine;
    } else if (ctx instanceof JixiaoParser.AdjustBlockContext) {
      return JixiaoParser.RULE_adjustLine;
    }
    return -1;
  }

  private static void skipStrayLines(Parser recognizer, int lineRule) {
    IntervalSet starts = recognizer.getATN().nextTokens(recognizer.getATN().ruleToStartState[lineRule]);
    TokenStream input = recognizer.getInputStream();
    while (true) {
      int k = 1;
      while (input.LA(k) == JixiaoLexer.NL) {
        k++;
      }
      int type = input.LA(k);
      boolean lineStart = k > 1 || isLineBreak(input.LT(-1));
      if (!lineStart || type == Token.EOF || type == JixiaoLexer.RBRACE || type == JixiaoLexer.LBRACE || starts.contains(type)) {
        return;
      }
      Token stray = input.LT(k);
      IntervalSet expected = new IntervalSet(starts);
      expected.add(JixiaoLexer.RBRACE);
      recognizer.notifyErrorListeners(stray, "stray line", new StrayLine(recognizer, expected));
      // The newlines before it and the line itself go; the newline after it ends the item before.
      while (input.LA(1) != Token.EOF && (input.LA(1) == JixiaoLexer.NL || input.index() < stray.getTokenIndex())) {
        recognizer.consume();
      }
      while (input.LA(1) != Token.EOF && input.LA(1) != JixiaoLexer.NL && input.LA(1) != JixiaoLexer.RBRACE) {
        recognizer.consume();
      }
    }
  }

  private static boolean isLineBreak(Token previous) {
    return previous != null && (previous.getType() == JixiaoLexer.NL || previous.getType() == JixiaoLexer.LBRACE);
  }

  /** A line no line of its block starts with; what may start one is its "expected". */
  static final class StrayLine extends RecognitionException {
    private final IntervalSet expected;

    StrayLine(Parser recognizer, IntervalSet expected) {
      super(recognizer, recognizer.getInputStream(), recognizer.getContext());
      this.expected = expected;
    }

    @Override
    public IntervalSet getExpectedTokens() {
      return expected;
    }
  }
}
