package org.jixiao.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.jixiao.diag.Messages;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.resolve.FundingTable;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.Amount;
import org.jixiao.syntax.Column;
import org.jixiao.syntax.Decl;
import org.jixiao.syntax.ProjectItem;

/**
 * What the checker computed, shown where it helps reading a funds block: an amount written in
 * another money unit (万元) in 元, and each column's sum of its sources after the block's brace.
 */
final class InlayHints {
  private final Documents.Checked checked;
  private final Messages messages;
  private final BudgetContext ctx;

  InlayHints(Documents.Checked checked, Messages messages) {
    this.checked = checked;
    this.messages = messages;
    this.ctx = checked.budget().context();
  }

  List<InlayHint> in(int start, int end) {
    List<InlayHint> out = new ArrayList<>();
    if (ctx == null) {
      return out;
    }
    SourceFile file = checked.file();
    for (Decl decl : checked.unit().declarations()) {
      if (!(decl instanceof Decl.Project p) || p.span().end() < start || p.span().start() > end) {
        continue;
      }
      ProjectItem.Funds funds = p.first(ProjectItem.Funds.class);
      FundingTable table = ctx.resolution().funding(p);
      if (funds == null || table == null) {
        continue;
      }
      List<String> sums = new ArrayList<>();
      for (Column column : List.of(Column.TERM, Column.ANNUAL)) {
        if (!table.has(column) || !ctx.hasStage(column)) {
          continue;
        }
        FundingTable.ColumnFunds cf = table.column(column);
        sums.add(messages.get("lsp.inlay.sum", ctx.stageLabel(column), messages.render(ctx.money(cf.sum()))));
        for (FundingTable.Cell cell : cf.sources()) {
          if (cell.amount() instanceof Amount.Money m && m.unit() != null && cell.yuan() != null
              && !"元".equals(m.unit().spelling())) {
            out.add(hint(file, m.span().end(), "= " + messages.render(BudgetContext.yuan(cell.yuan()))));
          }
        }
      }
      int brace = file.text().indexOf('{', funds.span().start());
      if (!sums.isEmpty() && brace >= 0 && brace < funds.span().end()) {
        out.add(hint(file, brace + 1, String.join(messages.get("lsp.inlay.separator"), sums)));
      }
    }
    return out;
  }

  private static InlayHint hint(SourceFile file, int offset, String text) {
    InlayHint hint = new InlayHint(Positions.position(file, offset), Either.forLeft(text));
    hint.setKind(InlayHintKind.Parameter);
    hint.setPaddingLeft(true);
    return hint;
  }
}
