package org.jixiao.semantics.selfeval;

import java.util.List;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.SelfEvalScore;

/** The entry point of the self-evaluation checks: each rule over each project's scored self-evaluation. */
public final class SelfEvalRules {
  private static final List<SelfEvalRule> RULES = List.of(new WeightKnown(), new ScoreWithinWeight(), new ScoreAsComputed(),
      new QualitativeGrade(), new ExecutionFigures(), new TotalAndGrade(), new LevelWeights(), new EveryIndicatorEvaluated(),
      new FundsAsBudgeted(), new WeightsTotal());

  private SelfEvalRules() {}

  public static void run(BudgetContext ctx) {
    for (ProjectFile pf : ctx.ruledProjects()) {
      SelfEvalScore score = ctx.resolution().selfEvaluation(pf.project());
      if (score == null) {
        continue;
      }
      boolean whole = ctx.lines(pf).whole();
      for (SelfEvalRule rule : RULES) {
        if (whole || !rule.needsEveryLine()) {
          rule.check(pf, score, ctx);
        }
      }
    }
  }
}
