package org.jixiao.syntax;

import static org.jixiao.syntax.AstContext.addIfPresent;
import static org.jixiao.syntax.AstContext.real;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jixiao.grammar.JixiaoParser.*;
import org.jixiao.source.Span;

/**
 * The 预算成本构成 block of a project: its header row of years and its cost rows, with the allow
 * clauses each line carries. Like the other builders, a line it cannot build is dropped (its
 * syntax error is already reported).
 */
record CostsBuilder(AstContext context, LiteralBuilder literals) {

  ProjectItem costs(CostsContext c, Span span, List<Allow> allows) {
    if (c.costsBlock() == null) {
      return null;
    }
    UnitExpr unit = c.unitExpr() == null ? null : literals.unitExpr(c.unitExpr());
    List<ProjectItem.CostYears> years = new ArrayList<>();
    List<ProjectItem.CostRow> rows = new ArrayList<>();
    for (CostsLineContext line : c.costsBlock().costsLine()) {
      Node built = null;
      List<AllowClauseContext> clauses = List.of();
      if (line instanceof CostsYearsContext y) {
        built = years(y);
        addIfPresent(years, (ProjectItem.CostYears) built);
        clauses = y.allowClause();
      } else if (line instanceof CostsRowContext r) {
        built = row(r);
        addIfPresent(rows, (ProjectItem.CostRow) built);
        clauses = r.allowClause();
      }
      for (AllowClauseContext clause : clauses) {
        if (built != null) {
          addIfPresent(allows, literals.allow(clause, built.span()));
        }
      }
    }
    return new ProjectItem.Costs(unit, years, rows, span);
  }

  private ProjectItem.CostYears years(CostsYearsContext y) {
    List<ProjectItem.CostYear> years = new ArrayList<>();
    for (TerminalNode n : y.NUMBER()) {
      Token t = real(n);
      BigDecimal value = t == null ? null : literals.number(t);
      if (value == null) {
        return null;
      }
      years.add(new ProjectItem.CostYear(value, context.span(t)));
    }
    return new ProjectItem.CostYears(years, context.span(y));
  }

  private ProjectItem.CostRow row(CostsRowContext r) {
    Name item = literals.name(r.name());
    if (item == null) {
      return null;
    }
    List<Amount> amounts = new ArrayList<>();
    for (AmountContext a : r.amount()) {
      Amount amount = literals.amount(a);
      if (amount == null) {
        return null;
      }
      amounts.add(amount);
    }
    return new ProjectItem.CostRow(item, amounts, context.span(r));
  }
}
