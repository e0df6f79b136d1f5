package org.jixiao.syntax;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.DecisionState;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.jixiao.grammar.JixiaoParser;

/**
 * ANTLR's prediction, with one decision taken at once: in {@code amount : NUMBER unitExpr?}, a
 * name after the number is its unit. ANTLR reaches the same choice, but only after looking to the
 * end of the enclosing block: in {@code 市县 0 元} the {@code 元} could also be a second, glued
 * amount ({@code moneyGlued : NAME (SLASH unitTerm)*}), and both readings stay viable row after
 * row, so a funds block of n rows cost n² tokens of look-ahead (5,000 rows: 0.4 s).
 *
 * <p>Why this is ANTLR's own answer, not a new one. Take the run of tokens after the number, a
 * name then pairs of an operator ({@code /} or {@code ·}) and a name or {@code %}: the unit reading
 * takes all of it as the unit; the glued reading takes all of it as the next amount, or dies at
 * a {@code ·} right after the name. Wherever {@code amount} stands, what may follow the k-th
 * amount of a line includes all that may follow the (k+1)-th (a funds row has at most two, a costs
 * or self-evaluation row any number, a ceiling one, which the glued reading cannot have). So past
 * the run the unit reading is alive whenever the glued one is: ANTLR, given two viable
 * alternatives, takes the first, the unit; and where both die at the same token, both have left
 * {@code amount}, and ANTLR's recovery takes the first that did, again the unit. That holds with
 * SLL and with full LL prediction, so both stages use it, and a file with a syntax error parses
 * as fast as one without.
 *
 * <p>The one place the two readings differ is a run that breaks off (an operator with no name
 * after it: {@code 5 元 /} then a line end): the unit reading dies inside {@code amount}, the glued
 * one outside, and ANTLR's recovery then takes the glued one. There the decision is ANTLR's own,
 * which looks only as far as the break (in the LL stage; the SLL stage fails there either way).
 * {@code GreedyUnitProperties} holds that trees and
 * diagnostics are the same as with ANTLR's prediction throughout.
 */
final class GreedyUnitSimulator extends ParserATNSimulator {
  /** The decision of {@code unitExpr?} after the number of an amount, found in the ATN by its shape. */
  static final int UNIT_AFTER_NUMBER = unitAfterNumber(JixiaoParser._ATN);

  /** True for the LL stage: the unit at once only after a whole run, else ANTLR's prediction. */
  private final boolean wholeRunsOnly;

  /**
   * {@code wholeRunsOnly} false for the SLL stage, which fails on a run that breaks off whichever
   * reading it takes (neither parses), so the name is taken as the unit at once, with no look at
   * the run: this decision is one of the parse's hottest calls.
   */
  GreedyUnitSimulator(JixiaoParser parser, boolean wholeRunsOnly) {
    super(parser, parser.getATN(), parser.getInterpreter().decisionToDFA, parser.getInterpreter().getSharedContextCache());
    this.wholeRunsOnly = wholeRunsOnly;
  }

  @Override
  public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
    if (decision == UNIT_AFTER_NUMBER && input.LA(1) == JixiaoParser.NAME && (!wholeRunsOnly || wholeRun(input))) {
      return 1; // enter unitExpr
    }
    return super.adaptivePredict(input, decision, outerContext);
  }

  /**
   * Whether the run after the name is whole: every operator ({@code /}, {@code ·}) followed by a
   * name or {@code %}. Reads only the run (it ends at the first other token).
   */
  static boolean wholeRun(TokenStream input) {
    for (int i = 2;; i += 2) {
      int operator = input.LA(i);
      if (operator != JixiaoParser.SLASH && operator != JixiaoParser.TIMES) {
        return true;
      }
      int atom = input.LA(i + 1);
      if (atom != JixiaoParser.NAME && atom != JixiaoParser.PERCENT) {
        return false;
      }
    }
  }

  /** The one decision in rule {@code amount} of two alternatives whose first calls {@code unitExpr}. */
  static int unitAfterNumber(ATN atn) {
    int found = -1;
    for (DecisionState state : atn.decisionToState) {
      if (state.ruleIndex == JixiaoParser.RULE_amount && state.getNumberOfTransitions() == 2
          && callsUnitExpr(state.transition(0).target, 4) && !callsUnitExpr(state.transition(1).target, 4)) {
        if (found >= 0) {
          throw new IllegalStateException("two decisions look like amount's unitExpr?: " + found + ", " + state.decision);
        }
        found = state.decision;
      }
    }
    if (found < 0) {
      throw new IllegalStateException("no decision of amount's unitExpr? in the grammar");
    }
    return found;
  }

  /** Whether {@code unitExpr} is called within {@code steps} epsilon steps of {@code state}. */
  private static boolean callsUnitExpr(ATNState state, int steps) {
    if (steps == 0) {
      return false;
    }
    for (Transition t : state.getTransitions()) {
      if (t instanceof RuleTransition call && call.target.ruleIndex == JixiaoParser.RULE_unitExpr) {
        return true;
      }
      if (t.isEpsilon() && !(t instanceof RuleTransition) && callsUnitExpr(t.target, steps - 1)) {
        return true;
      }
    }
    return false;
  }
}
