package org.jixiao.syntax;

import static org.jixiao.syntax.AstContext.real;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.grammar.JixiaoParser.AllowClauseContext;
import org.jixiao.grammar.JixiaoParser.MonitorActualContext;
import org.jixiao.grammar.JixiaoParser.MonitorForecastContext;
import org.jixiao.grammar.JixiaoParser.MonitorFundsContext;
import org.jixiao.grammar.JixiaoParser.MonitorLineContext;
import org.jixiao.grammar.JixiaoParser.MonitorPartContext;
import org.jixiao.grammar.JixiaoParser.MonitorReasonContext;
import org.jixiao.grammar.JixiaoParser.MonitorUnknownContext;
import org.jixiao.grammar.JixiaoParser.MonitoringContext;
import org.jixiao.grammar.JixiaoParser.SelfevalFundsRowContext;
import org.jixiao.source.Span;

/** The {@code monitor DATE} block of a project into its {@link Monitoring}; its lines' allows into the project's. */
record MonitorBuilder(AstContext context, LiteralBuilder literals, TargetBuilder targets) {
  ProjectItem.MonitoringBlock build(MonitoringContext c, Span span, List<Allow> allows) {
    Token date = real(c.DATE());
    java.time.LocalDate day = date == null ? null : literals.isoDate(date);
    if (c.monitorBlock() == null || day == null) {
      return null;
    }
    List<Monitoring.FundsRow> funds = new ArrayList<>();
    UnitExpr unit = null;
    List<Monitoring.Actual> actuals = new ArrayList<>();
    for (MonitorLineContext line : c.monitorBlock().monitorLine()) {
      Span at = context.span(line);
      if (line instanceof MonitorFundsContext f) {
        unit = f.unitExpr() == null ? null : literals.unitExpr(f.unitExpr());
        for (SelfevalFundsRowContext row : f.selfevalFundsRow()) {
          Monitoring.FundsRow built = row(row);
          if (built != null) {
            funds.add(built);
            allows(row.allowClause(), built.span(), allows);
          }
        }
      } else if (line instanceof MonitorActualContext a) {
        List<Name> path = a.path() == null ? null : literals.path(a.path());
        Target value = a.target() == null ? null : targets.target(a.target());
        if (path == null || (a.target() != null && value == null)) {
          continue;
        }
        Target forecast = null;
        Name cause = null;
        Text reason = null;
        for (MonitorPartContext part : a.monitorPart()) {
          if (part instanceof MonitorForecastContext fc && fc.target() != null) {
            forecast = targets.target(fc.target());
          } else if (part instanceof MonitorReasonContext r) {
            cause = literals.name(r.name());
            reason = r.text() == null ? null : literals.text(r.text());
          }
        }
        actuals.add(new Monitoring.Actual(path, value, forecast, cause, reason, at));
        allows(a.allowClause(), at, allows);
      } else if (line instanceof MonitorUnknownContext u) {
        Name word = literals.unknownWord(u.unknownStatement());
        if (word != null) {
          context.report(DiagnosticCode.UNKNOWN_KEYWORD, word.span(), word.text());
        }
      }
    }
    return new ProjectItem.MonitoringBlock(new Monitoring(day, context.span(date), funds, unit, actuals, span), span);
  }

  private Monitoring.FundsRow row(SelfevalFundsRowContext row) {
    LifecycleRows.Row r = rows().row(row, 2, DiagnosticCode.MONITOR_FUNDS_ROW);
    return r == null ? null : new Monitoring.FundsRow(r.source(), r.amounts().get(0), r.amounts().get(1), r.span());
  }

  private LifecycleRows rows() {
    return new LifecycleRows(context, literals);
  }

  private void allows(List<AllowClauseContext> clauses, Span scope, List<Allow> allows) {
    rows().allows(clauses, scope, allows);
  }
}
