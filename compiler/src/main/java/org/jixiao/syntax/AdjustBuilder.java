package org.jixiao.syntax;

import static org.jixiao.syntax.AstContext.real;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.antlr.v4.runtime.Token;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.grammar.JixiaoParser.AdjustFundsContext;
import org.jixiao.grammar.JixiaoParser.AdjustIndicatorContext;
import org.jixiao.grammar.JixiaoParser.AdjustLineContext;
import org.jixiao.grammar.JixiaoParser.AdjustUnknownContext;
import org.jixiao.grammar.JixiaoParser.AdjustmentContext;
import org.jixiao.grammar.JixiaoParser.AllowClauseContext;
import org.jixiao.grammar.JixiaoParser.FundsBlockContext;
import org.jixiao.source.Span;

/**
 * The {@code adjust DATE "理由"} block of a project into its {@link Adjustment}; its lines' allows
 * into the project's. Funds rows are read as the target's are ({@code rows}), so an adjustment's
 * amounts take every spelling the funds block takes.
 */
record AdjustBuilder(
    AstContext context, LiteralBuilder literals, TargetBuilder targets,
    BiFunction<FundsBlockContext, List<Allow>, List<FundsRow>> rows) {
  ProjectItem.AdjustmentBlock build(AdjustmentContext c, Span span, List<Allow> allows) {
    Token date = real(c.DATE());
    java.time.LocalDate day = date == null ? null : literals.isoDate(date);
    if (c.adjustBlock() == null || day == null) {
      return null;
    }
    Text reason = c.text() == null ? null : literals.text(c.text());
    List<FundsRow> funds = new ArrayList<>();
    UnitExpr unit = null;
    Span fundsSpan = null;
    List<Adjustment.Indicator> indicators = new ArrayList<>();
    for (AdjustLineContext line : c.adjustBlock().adjustLine()) {
      Span at = context.span(line);
      if (line instanceof AdjustFundsContext f && f.fundsBlock() != null) {
        unit = f.unitExpr() == null ? null : literals.unitExpr(f.unitExpr());
        funds.addAll(rows.apply(f.fundsBlock(), allows));
        fundsSpan = at;
        allows(f.allowClause(), at, allows);
      } else if (line instanceof AdjustIndicatorContext i) {
        List<Name> path = i.path() == null ? null : literals.path(i.path());
        Target target = i.target() == null ? null : targets.target(i.target());
        if (path != null && target != null) {
          indicators.add(new Adjustment.Indicator(BudgetAndProjectBuilder.column(i.column()), path, target, at));
          allows(i.allowClause(), at, allows);
        }
      } else if (line instanceof AdjustUnknownContext u) {
        Name word = literals.unknownWord(u.unknownStatement());
        if (word != null) {
          context.report(DiagnosticCode.UNKNOWN_KEYWORD, word.span(), word.text());
        }
      }
    }
    return new ProjectItem.AdjustmentBlock(
        new Adjustment(day, context.span(date), reason, funds, unit, fundsSpan, indicators, span), span);
  }

  private void allows(List<AllowClauseContext> clauses, Span scope, List<Allow> allows) {
    new LifecycleRows(context, literals).allows(clauses, scope, allows);
  }
}
