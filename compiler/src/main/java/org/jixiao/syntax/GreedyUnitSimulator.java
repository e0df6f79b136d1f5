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
 * The SLL stage's prediction, with one decision taken at once: in {@code amount : NUMBER
 * unitExpr?}, a name after the number is its unit. ANTLR reaches the same choice, but only after
 * looking to the end of the enclosing block: in {@code 市县 0 元} the {@code 元} could also be a
 * second, glued amount ({@code moneyGlued : NAME}), and both readings stay viable row after row,
 * so a funds block of n rows cost n² tokens of look-ahead (5,000 rows: 0.4 s).
 *
 * <p>Why this is ANTLR's own answer, not a new one: wherever {@code amount} stands (a funds row,
 * a costs row, a ceiling), a glued amount {@code NAME (SLASH unitTerm)*} right after a number is
 * also a valid unit of that number, with the same tokens left to parse, so reading it as the unit
 * is viable whenever reading it as an amount is; ANTLR, given two viable alternatives, takes the
 * first, the unit. {@code GreedyUnitProperties} holds that the trees are the same. Only the SLL
 * stage uses it: when it fails, the LL stage with ANTLR's own prediction reports the errors, as
 * before.
 */
final class GreedyUnitSimulator extends ParserATNSimulator {
  /** The decision of {@code unitExpr?} after the number of an amount, found in the ATN by its shape. */
  static final int UNIT_AFTER_NUMBER = unitAfterNumber(JixiaoParser._ATN);

  GreedyUnitSimulator(JixiaoParser parser) {
    super(parser, parser.getATN(), parser.getInterpreter().decisionToDFA, parser.getInterpreter().getSharedContextCache());
  }

  @Override
  public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
    if (decision == UNIT_AFTER_NUMBER && input.LA(1) == JixiaoParser.NAME) {
      return 1; // enter unitExpr
    }
    return super.adaptivePredict(input, decision, outerContext);
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
