package org.jixiao.syntax;

import static org.jixiao.syntax.AstContext.real;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.grammar.JixiaoParser.AllowClauseContext;
import org.jixiao.grammar.JixiaoParser.SelfevalScoreContext;
import org.jixiao.grammar.JixiaoParser.SelfEvaluationContext;
import org.jixiao.grammar.JixiaoParser.SelfevalActualContext;
import org.jixiao.grammar.JixiaoParser.SelfevalExecutionContext;
import org.jixiao.grammar.JixiaoParser.SelfevalFundsContext;
import org.jixiao.grammar.JixiaoParser.SelfevalFundsRowContext;
import org.jixiao.grammar.JixiaoParser.SelfevalGoalContext;
import org.jixiao.grammar.JixiaoParser.SelfevalLineContext;
import org.jixiao.grammar.JixiaoParser.SelfevalPartContext;
import org.jixiao.grammar.JixiaoParser.SelfevalRateContext;
import org.jixiao.grammar.JixiaoParser.SelfevalReasonContext;
import org.jixiao.grammar.JixiaoParser.SelfevalTotalContext;
import org.jixiao.grammar.JixiaoParser.SelfevalUnknownContext;
import org.jixiao.grammar.JixiaoParser.SelfevalWeightContext;
import org.jixiao.source.Span;

/** The {@code selfeval} block of a project into its {@link SelfEvaluation}; its lines' allows into the project's. */
record SelfEvalBuilder(AstContext context, LiteralBuilder literals, TargetBuilder targets) {
  ProjectItem.SelfEvaluationBlock build(SelfEvaluationContext c, Span span, List<Allow> allows) {
    if (c.selfevalBlock() == null) {
      return null;
    }
    List<SelfEvaluation.FundsRow> funds = new ArrayList<>();
    UnitExpr unit = null;
    List<SelfEvaluation.Actual> actuals = new ArrayList<>();
    SelfEvaluation.Execution execution = null;
    SelfEvaluation.Total total = null;
    Text achieved = null;
    for (SelfevalLineContext line : c.selfevalBlock().selfevalLine()) {
      Span at = context.span(line);
      if (line instanceof SelfevalFundsContext f) {
        unit = f.unitExpr() == null ? null : literals.unitExpr(f.unitExpr());
        for (SelfevalFundsRowContext row : f.selfevalFundsRow()) {
          SelfEvaluation.FundsRow built = fundsRow(row);
          if (built != null) {
            funds.add(built);
            allows(row.allowClause(), built.span(), allows);
          }
        }
        allows(f.allowClause(), at, allows);
      } else if (line instanceof SelfevalActualContext a) {
        SelfEvaluation.Actual built = actual(a, at);
        if (built != null) {
          actuals.add(built);
          allows(a.allowClause(), at, allows);
        }
      } else if (line instanceof SelfevalExecutionContext e) {
        Parts parts = parts(e.selfevalPart());
        execution = new SelfEvaluation.Execution(parts.rate, parts.score, at);
        allows(e.allowClause(), at, allows);
      } else if (line instanceof SelfevalTotalContext t) {
        SelfEvaluation.Figure score = figure(real(t.NUMBER()));
        Name grade = t.name() == null ? null : literals.name(t.name());
        if (score != null) {
          total = new SelfEvaluation.Total(score, grade, at);
        }
        allows(t.allowClause(), at, allows);
      } else if (line instanceof SelfevalGoalContext g) {
        achieved = literals.text(g.text());
        allows(g.allowClause(), at, allows);
      } else if (line instanceof SelfevalUnknownContext u) {
        Name word = literals.unknownWord(u.unknownStatement());
        if (word != null) {
          context.report(DiagnosticCode.UNKNOWN_KEYWORD, word.span(), word.text());
        }
      }
    }
    return new ProjectItem.SelfEvaluationBlock(new SelfEvaluation(funds, unit, actuals, execution, total, achieved, span), span);
  }

  private SelfEvaluation.FundsRow fundsRow(SelfevalFundsRowContext row) {
    LifecycleRows.Row r = rows().row(row, 3, DiagnosticCode.SELFEVAL_FUNDS_ROW);
    return r == null ? null : new SelfEvaluation.FundsRow(r.source(), r.amounts().get(0), r.amounts().get(1), r.amounts().get(2), r.span());
  }

  private LifecycleRows rows() {
    return new LifecycleRows(context, literals);
  }

  private SelfEvaluation.Actual actual(SelfevalActualContext a, Span at) {
    List<Name> path = a.path() == null ? null : literals.path(a.path());
    if (path == null) {
      return null;
    }
    Target value = a.target() == null ? null : targets.target(a.target());
    if (a.target() != null && value == null) {
      return null;
    }
    Parts parts = parts(a.selfevalPart());
    return new SelfEvaluation.Actual(path, value, parts.weight, parts.score, parts.reason, at);
  }

  /** The parts after an actual or the 预算执行率 line; a part written twice keeps the last. */
  private static final class Parts {
    SelfEvaluation.Figure score;
    SelfEvaluation.Figure weight;
    SelfEvaluation.Figure rate;
    Text reason;
  }

  private Parts parts(List<SelfevalPartContext> written) {
    Parts p = new Parts();
    for (SelfevalPartContext part : written) {
      if (part instanceof SelfevalScoreContext s) {
        p.score = figure(real(s.NUMBER()));
      } else if (part instanceof SelfevalWeightContext w) {
        p.weight = figure(real(w.NUMBER()));
      } else if (part instanceof SelfevalRateContext r) {
        p.rate = figure(real(r.NUMBER()));
      } else if (part instanceof SelfevalReasonContext r) {
        p.reason = literals.text(r.text());
      }
    }
    return p;
  }

  private SelfEvaluation.Figure figure(Token t) {
    if (t == null) {
      return null;
    }
    BigDecimal value = literals.number(t);
    return value == null ? null : new SelfEvaluation.Figure(value, t.getText(), context.span(t));
  }

  private void allows(List<AllowClauseContext> clauses, Span scope, List<Allow> allows) {
    rows().allows(clauses, scope, allows);
  }

}
