package org.jixiao.syntax;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.grammar.JixiaoParser.AllowClauseContext;
import org.jixiao.grammar.JixiaoParser.SelfevalFundsRowContext;
import org.jixiao.source.Span;

/**
 * What the self-evaluation's and the monitoring's blocks share: a funds row of a fixed number of
 * amounts (三 for 自评, 二 for 监控), and the allows of their lines, scoped to each line.
 */
record LifecycleRows(AstContext context, LiteralBuilder literals) {
  /** A funds row's source and amounts; null (and {@code code} reported) when it has not {@code count} of them. */
  record Row(Name source, List<Amount> amounts, Span span) {}

  Row row(SelfevalFundsRowContext row, int count, DiagnosticCode code) {
    Name source = literals.name(row.name());
    List<Amount> amounts = new ArrayList<>();
    for (var a : row.amount()) {
      Amount built = literals.amount(a);
      if (built == null) {
        return null;
      }
      amounts.add(built);
    }
    if (source == null) {
      return null;
    }
    if (amounts.size() != count) {
      context.report(code, context.span(row), String.valueOf(amounts.size()));
      return null;
    }
    return new Row(source, amounts, context.span(row));
  }

  void allows(List<AllowClauseContext> clauses, Span scope, List<Allow> allows) {
    for (AllowClauseContext clause : clauses) {
      Allow allow = literals.allow(clause, scope);
      if (allow != null) {
        allows.add(allow);
      }
    }
  }
}
