package org.jixiao.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jixiao.backend.WorkbookSource;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.syntax.Decl;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.syntax.Quoting;
import org.jixiao.syntax.SourceUnit;

/**
 * A workbook's explained warnings put back as {@code allow} lines, where the check of the imported
 * text reports them: each explained warning is matched with a warning of the same code and the
 * same message (or, the message being in another language, the only one of its code), and its
 * {@code allow} goes at the end of the line the warning is on: after the project's name for a
 * warning on it, else after the item (field, text, funds block, indicator) that holds it.
 */
final class AllowPlacement {
  private AllowPlacement() {}

  /** The text with an {@code allow} for each explained warning the check found; what is placed is removed from {@code allowed}. */
  static String place(String text, SourceUnit unit, List<Diagnostic> found, List<WorkbookSource.Allowed> allowed, Messages messages) {
    List<int[]> edits = new ArrayList<>(); // offset, index into allowed
    List<Diagnostic> mine = found.stream().filter(d -> d.file() != null && d.file().equals(unit.file())).toList();
    List<Diagnostic> used = new ArrayList<>();
    List<WorkbookSource.Allowed> placed = new ArrayList<>();
    for (int a = 0; a < allowed.size(); a++) {
      WorkbookSource.Allowed want = allowed.get(a);
      Diagnostic match = mine.stream().filter(d -> !used.contains(d) && d.code().code().equals(want.code())
          && messages.message(d).equals(want.message())).findFirst().orElse(null);
      if (match == null) {
        List<Diagnostic> sameCode = mine.stream().filter(d -> !used.contains(d) && d.code().code().equals(want.code())).toList();
        match = sameCode.size() == 1 ? sameCode.get(0) : null;
      }
      int at = match == null ? -1 : end(unit, match.span().start());
      if (at >= 0) {
        used.add(match);
        placed.add(want);
        edits.add(new int[] {at, a});
      }
    }
    edits.sort(Comparator.comparingInt((int[] e) -> e[0]).reversed().thenComparing(e -> -e[1]));
    StringBuilder out = new StringBuilder(text);
    for (int[] e : edits) {
      WorkbookSource.Allowed a = allowed.get(e[1]);
      out.insert(e[0], " allow " + a.code() + " " + Quoting.quote(a.reason()));
    }
    allowed.removeAll(placed);
    return out.toString();
  }

  /** Where a warning's {@code allow} goes: the end of its project's name, or of the innermost item that holds it. */
  private static int end(SourceUnit unit, int offset) {
    for (Decl decl : unit.declarations()) {
      if (decl instanceof Decl.Project p && p.span().start() <= offset && offset <= p.span().end()) {
        if (offset <= p.name().span().end()) {
          return p.name().span().end();
        }
        ProjectItem in = null;
        for (ProjectItem item : p.items()) {
          if (item.span().start() <= offset && offset <= item.span().end()
              && (in == null || item.span().length() < in.span().length())) {
            in = item;
          }
        }
        return in == null ? -1 : in.span().end();
      }
    }
    return -1;
  }
}
