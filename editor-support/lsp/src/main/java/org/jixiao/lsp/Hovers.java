package org.jixiao.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.Messages;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.semantics.resolve.FundingTable;
import org.jixiao.semantics.units.Measure;
import org.jixiao.semantics.units.Unit;
import org.jixiao.syntax.Allow;
import org.jixiao.syntax.Column;
import org.jixiao.syntax.Decl;
import org.jixiao.syntax.Name;
import org.jixiao.syntax.Node;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.syntax.UnitExpr;

/**
 * What the caret's word means, from the budget's last check: an indicator's category (its full
 * name, its 一级, its role in the rules), a unit in base units with its dimension, a funds block's
 * totals by column and source, a cost's or quantity's unit cost × quantity against the funds, an
 * allowed code's rule.
 */
final class Hovers {
  private final Documents.Checked checked;
  private final Messages messages;
  private final BudgetContext ctx;

  Hovers(Documents.Checked checked, Messages messages) {
    this.checked = checked;
    this.messages = messages;
    this.ctx = checked.budget().context();
  }

  Hover at(int offset) {
    if (ctx == null) {
      return null;
    }
    List<Node> path = NodesAt.at(checked.unit(), offset);
    Node innermost = path.isEmpty() ? null : path.get(path.size() - 1);
    String text = null;
    Allow allow = NodesAt.innermost(path, Allow.class);
    UnitExpr unit = NodesAt.innermost(path, UnitExpr.class);
    ProjectItem.Indicator indicator = NodesAt.innermost(path, ProjectItem.Indicator.class);
    if (allow != null && innermost == allow.code()) {
      text = rule(allow.code().text());
    } else if (unit != null) {
      text = unit(unit);
    } else if (indicator != null && innermost instanceof Name n && indicator.path().indexOf(n) >= 0
        && indicator.path().indexOf(n) < indicator.path().size() - 1) {
      text = category(indicator);
    } else if (indicator != null && (innermost instanceof org.jixiao.syntax.Target || innermost == indicator.name())) {
      text = products(NodesAt.innermost(path, Decl.Project.class), indicator);
    } else if (NodesAt.innermost(path, ProjectItem.Funds.class) != null) {
      text = funds(NodesAt.innermost(path, Decl.Project.class));
    }
    return text == null ? null : new Hover(new MarkupContent(MarkupKind.MARKDOWN, text), Positions.range(checked.file(), innermost.span()));
  }

  private String rule(String code) {
    return DiagnosticCode.byCode(code).map(c -> "**" + c.code() + "** " + messages.template(c.code() + ".message")
        + (messages.has(c.code() + ".hint") ? "\n\n" + messages.template(c.code() + ".hint") : "")).orElse(null);
  }

  private String unit(UnitExpr expr) {
    Unit unit = ctx.resolution().unit(expr);
    if (unit == null) {
      return null;
    }
    String base = ctx.library().spell(unit.dimension());
    return messages.get("lsp.hover.unit", expr.spelling(), Measure.format(unit.scale()), base == null ? "" : base,
        unit.dimension().toString());
  }

  private String category(ProjectItem.Indicator indicator) {
    IndicatorFramework.Category c = ctx.resolution().category(indicator);
    if (c == null) {
      return null;
    }
    return messages.get("lsp.hover.category", c.name(), c.level(), c.role() == null || !messages.has("role." + c.role().key()) ? "-" : messages.get("role." + c.role().key()));
  }

  private String funds(Decl.Project project) {
    FundingTable table = project == null ? null : ctx.resolution().funding(project);
    if (table == null) {
      return null;
    }
    List<String> lines = new ArrayList<>();
    for (Column column : List.of(Column.TERM, Column.ANNUAL)) {
      if (!table.has(column) || !ctx.hasStage(column)) {
        continue;
      }
      FundingTable.ColumnFunds funds = table.column(column);
      StringBuilder line = new StringBuilder(messages.get("lsp.hover.fundsTotal", ctx.stageLabel(column),
          messages.render(ctx.money(funds.total()))));
      for (FundingTable.Cell cell : funds.sources()) {
        if (cell.source() != null && cell.yuan() != null) {
          line.append("\n- ").append(messages.get("lsp.hover.fundsSource", cell.source().label(), messages.render(ctx.money(cell.yuan()))));
        }
      }
      lines.add(line.toString());
    }
    return lines.isEmpty() ? null : String.join("\n\n", lines);
  }

  /** The unit cost × quantity arithmetic an indicator (its cost or its quantity) takes part in, against the funds. */
  private String products(Decl.Project project, ProjectItem.Indicator indicator) {
    FundingTable table = project == null ? null : ctx.resolution().funding(project);
    if (table == null) {
      return null;
    }
    List<String> lines = new ArrayList<>();
    for (org.jixiao.semantics.resolve.CostProduct p : ctx.resolution().products(project)) {
      if ((p.cost() == indicator || p.quantityLine() == indicator) && lines.size() < MAX_PRODUCTS) {
        String stage = ctx.stageLabel(p.column());
        lines.add("- " + messages.get("lsp.hover.product", stage, p.price(), org.jixiao.syntax.CanonicalText.quantity(p.quantity()),
            messages.render(p.shown()), messages.render(ctx.money(table.column(p.column()).total()))));
      }
    }
    return lines.isEmpty() ? null : messages.get("lsp.hover.products") + "\n" + String.join("\n", lines);
  }

  /** A form with many costs and quantities pairs them all; a hover shows the first few. */
  private static final int MAX_PRODUCTS = 8;
}
