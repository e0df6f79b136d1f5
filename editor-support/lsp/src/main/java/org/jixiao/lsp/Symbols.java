package org.jixiao.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;
import org.jixiao.syntax.CanonicalText;
import org.jixiao.syntax.Decl;
import org.jixiao.syntax.Name;
import org.jixiao.syntax.ProjectItem;

/** The outline of a file (budget, projects, their indicators) and the blocks an editor can fold. */
final class Symbols {
  private final Documents.Checked checked;

  Symbols(Documents.Checked checked) {
    this.checked = checked;
  }

  List<Either<SymbolInformation, DocumentSymbol>> document() {
    SourceFile file = checked.file();
    List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
    for (Decl decl : checked.unit().declarations()) {
      if (decl instanceof Decl.Budget b) {
        out.add(Either.forRight(new DocumentSymbol("budget " + b.region().text() + " " + b.year(), SymbolKind.Namespace,
            Positions.range(file, b.span()), Positions.range(file, b.region().span()))));
      } else if (decl instanceof Decl.Project p) {
        DocumentSymbol project = new DocumentSymbol(p.name().text(), SymbolKind.Class, Positions.range(file, p.span()),
            Positions.range(file, p.name().span()));
        List<DocumentSymbol> children = new ArrayList<>();
        for (ProjectItem item : p.items()) {
          if (item instanceof ProjectItem.Indicator i && !i.path().isEmpty()) {
            String name = String.join(".", i.path().stream().map(Name::text).toList());
            Span selection = i.path().get(0).span().union(i.path().get(i.path().size() - 1).span());
            DocumentSymbol s = new DocumentSymbol(name, SymbolKind.Field, Positions.range(file, i.span()), Positions.range(file, selection));
            s.setDetail(i.target() == null ? "" : CanonicalText.target(i.target()));
            children.add(s);
          } else if (item instanceof ProjectItem.Funds f) {
            children.add(new DocumentSymbol("funds", SymbolKind.Struct, Positions.range(file, f.span()), Positions.range(file, f.span())));
          }
        }
        project.setChildren(children);
        out.add(Either.forRight(project));
      }
    }
    return out;
  }

  List<FoldingRange> folding() {
    SourceFile file = checked.file();
    List<FoldingRange> out = new ArrayList<>();
    for (Decl decl : checked.unit().declarations()) {
      fold(file, decl.span(), out);
      if (decl instanceof Decl.Project p) {
        for (ProjectItem item : p.items()) {
          if (item instanceof ProjectItem.Funds || item instanceof ProjectItem.Costs) {
            fold(file, item.span(), out);
          }
        }
      }
    }
    return out;
  }

  private static void fold(SourceFile file, Span span, List<FoldingRange> out) {
    int first = file.line(span.start()) - 1;
    int last = file.line(Math.max(span.start(), span.end() - 1)) - 1;
    if (last > first) {
      out.add(new FoldingRange(first, last));
    }
  }
}
