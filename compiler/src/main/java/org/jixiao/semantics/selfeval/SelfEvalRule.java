package org.jixiao.semantics.selfeval;

import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.SelfEvalScore;

/** One check of a self-evaluation: a written figure against the one {@code SelfEvalScores} computed, or a line missing. */
interface SelfEvalRule {
  /** True when the rule reads every line (a sum, a missing line): it waits for a form without a syntax error. */
  boolean needsEveryLine();

  void check(ProjectFile pf, SelfEvalScore score, BudgetContext ctx);
}
