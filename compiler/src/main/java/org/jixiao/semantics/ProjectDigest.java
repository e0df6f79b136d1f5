package org.jixiao.semantics;

import java.util.List;
import org.jixiao.semantics.resolve.BudgetFunds;
import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;
import org.jixiao.syntax.Allow;
import org.jixiao.syntax.Decl;
import org.jixiao.syntax.ProjectItem;

/**
 * What the budget-wide passes read of one analysed project (duplicate names, the totals and
 * ceilings, which allows were used), made once at the end of its analysis. Small and free of its
 * tree, so that a streamed check can let the tree go as soon as the project is analysed; a check
 * that keeps the trees reads the same digests, so both find the same.
 *
 * @param indexInFile the project's place among the projects of its file (0 for the first)
 * @param department null when the project writes no 主管部门
 * @param money the project's funds added up per column and source (zero when they could not be read)
 * @param allows its {@code allow} clauses (small nodes: code, reason, spans)
 * @param whole false when a rule pass failed on it: what its allows silence is not known
 * @param unresolved true when a name its checks needed was unknown (JX01xx), or it has no profile
 * @param linesWhole false when a syntax error left lines the rules could not read
 * @param shown true when its file's diagnostics are shown (its form rules ran)
 */
public record ProjectDigest(
    SourceFile file,
    int indexInFile,
    Span span,
    String nameText,
    String nameKey,
    Span nameSpan,
    Department department,
    BudgetFunds.ProjectMoney money,
    List<Allow> allows,
    boolean whole,
    boolean unresolved,
    boolean linesWhole,
    boolean shown) {
  public ProjectDigest {
    allows = List.copyOf(allows);
  }

  /** A 主管部门 as written: its code (null where the template has none) and its name. */
  public record Department(String code, String name) {}

  static ProjectDigest of(ProjectFile pf, int indexInFile, BudgetFunds.ProjectMoney money, boolean whole,
      boolean unresolved, boolean linesWhole, boolean shown) {
    Decl.Project p = pf.project();
    ProjectItem.Department d = p.first(ProjectItem.Department.class);
    return new ProjectDigest(pf.file(), indexInFile, p.span(), p.name().text(), p.name().key(), p.name().span(),
        d == null ? null : new Department(d.code(), d.name().value()), money, p.allows(), whole, unresolved, linesWhole,
        shown);
  }
}
