package org.jixiao.format;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.Comment;
import org.jixiao.syntax.Decl;
import org.jixiao.syntax.SourceParser;
import org.jixiao.syntax.SourceUnit;

/**
 * fmt's promise, checked on every file it would write: the formatted text parses without a
 * problem to the same tree (indicators may move, as the framework orders them, and the allows
 * after them) with the same
 * comments. A formatter bug then costs a refusal, never a word of the user's file.
 */
public final class FormatGuard {
  private FormatGuard() {}

  /** True when {@code formatted} says what {@code original} said. */
  public static boolean sameMeaning(SourceUnit original, String formatted) {
    SourceFile file = SourceFile.ofString(original.file().displayName(), formatted);
    DiagnosticSink sink = new DiagnosticSink();
    SourceUnit again = SourceParser.parse(file, sink);
    if (sink.sorted().stream().anyMatch(d -> d.code().code().startsWith("JX02") || d.code().code().startsWith("JX99"))) {
      return false;
    }
    return canonical(original.declarations()).equals(canonical(again.declarations()))
        && comments(original).equals(comments(again));
  }

  /** Each declaration as text; a project's items sorted, since fmt may reorder its indicators. */
  private static List<String> canonical(List<Decl> decls) {
    List<String> out = new ArrayList<>();
    for (Decl decl : decls) {
      if (decl instanceof Decl.Project p) {
        List<String> items = new ArrayList<>();
        p.items().forEach(item -> items.add(TreeText.of(item)));
        items.sort(null);
        List<String> allows = new ArrayList<>(); // they move with the indicators they follow
        p.allows().forEach(a -> allows.add(TreeText.of(a)));
        allows.sort(null);
        out.add("project " + TreeText.of(p.name()) + " " + allows + " " + items);
      } else {
        out.add(TreeText.of(decl));
      }
    }
    return out;
  }

  private static List<String> comments(SourceUnit unit) {
    List<String> out = new ArrayList<>();
    for (Comment c : unit.comments()) {
      out.add(c.text().stripTrailing());
    }
    out.sort(null);
    return out;
  }
}
