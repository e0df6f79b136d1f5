package org.jixiao.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.semantics.AnalysedProjects;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.CheckedBudget;
import org.jixiao.semantics.ProjectDigest;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.semantics.resolve.FundingTable;
import org.jixiao.syntax.Column;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.source.SourceFile;

/**
 * Makes the {@link ProjectSummary} of each project of a checked budget: the part of its view that
 * the budget's summaries read, made for every project before any view ({@link BudgetTables}).
 * The budget's warnings and silenced ones are grouped by file once, here, so that summaries can
 * be made on several threads at once: they only read.
 */
final class ProjectSummaries {
  private final CheckedBudget budget;
  private final Messages messages;
  /** Warnings by file, grouped once: a budget of thousands of forms has thousands of them. */
  private final Map<SourceFile, List<Diagnostic>> warningsByFile = new java.util.IdentityHashMap<>();
  /** Silenced warnings by file, likewise. */
  private final Map<SourceFile, List<BudgetContext.Silenced>> silencedByFile = new java.util.IdentityHashMap<>();

  ProjectSummaries(CheckedBudget budget, Messages messages) {
    this.budget = budget;
    this.messages = messages;
    for (Diagnostic d : budget.diagnostics()) {
      if (d.severity() == org.jixiao.diag.Severity.WARNING && d.file() != null) {
        warningsByFile.computeIfAbsent(d.file(), f -> new ArrayList<>()).add(d);
      }
    }
    for (BudgetContext.Silenced s : budget.context().silenced()) {
      silencedByFile.computeIfAbsent(s.diagnostic().file(), f -> new ArrayList<>()).add(s);
    }
  }

  /** The summary of a project, with its tree and tables. */
  ProjectSummary of(AnalysedProjects.Analysed analysed, ProjectDigest digest) {
    ProjectFile pf = analysed.project();
    BudgetContext ctx = analysed.context();
    String departmentCode = "";
    String departmentName = "";
    ProjectView.Attribute attribute = null;
    List<String> emptyRows = new ArrayList<>();
    for (ProjectItem item : FrameworkOrder.of(pf.project().items(), ctx)) {
      if (item instanceof ProjectItem.Department d) {
        departmentCode = d.code() == null ? "" : d.code();
        departmentName = d.name().value();
      } else if (item instanceof ProjectItem.Attribute a) {
        RuleProfile.AttributeValue v = ctx.resolution().attribute(a);
        attribute = new ProjectView.Attribute(v == null ? a.value().text() : v.key(), v == null ? a.value().text() : v.label(), a.value().text());
      } else if (item instanceof ProjectItem.Indicator i && i.emptyRow()) {
        IndicatorFramework.Category c = ctx.resolution().category(i);
        emptyRows.add(c == null ? i.category().text() : c.name());
      }
    }
    FundingTable table = ctx.resolution().funding(pf.project());
    return new ProjectSummary(pf.project().name().text(), fileInFolder(pf), departmentCode, departmentName, attribute,
        fundsRows(table, ctx.profile()), total(table), warnings(digest), silenced(digest), emptyRows,
        ctx.resolution().selfEvaluation(pf.project()) != null, ctx.resolution().monitoring(pf.project()) != null);
  }

  /**
   * The project's file relative to its budget folder, '/'-separated: the same whichever folder the
   * command ran in (the display name is relative to that).
   */
  private String fileInFolder(ProjectFile pf) {
    java.nio.file.Path folder = budget.folder() == null ? null : budget.folder().toAbsolutePath().normalize();
    java.nio.file.Path file = pf.file().path() == null ? null : pf.file().path().toAbsolutePath().normalize();
    if (folder == null || file == null || !file.startsWith(folder) || file.equals(folder)) {
      return pf.file().displayName();
    }
    List<String> parts = new ArrayList<>();
    folder.relativize(file).forEach(part -> parts.add(org.jixiao.source.PathText.text(part)));
    return String.join("/", parts);
  }

  private static List<ProjectView.FundsRow> fundsRows(FundingTable table, RuleProfile profile) {
    List<ProjectView.FundsRow> rows = new ArrayList<>();
    if (profile == null) {
      return rows;
    }
    for (RuleProfile.FundingSource source : profile.sources()) {
      FundingTable.Cell term = table == null ? null : table.column(Column.TERM).cell(source.key());
      FundingTable.Cell annual = table == null ? null : table.column(Column.ANNUAL).cell(source.key());
      rows.add(new ProjectView.FundsRow(source.key(), source.label(), amount(term), amount(annual)));
    }
    return rows;
  }

  private static ProjectView.FundsTotal total(FundingTable table) {
    if (table == null) {
      return new ProjectView.FundsTotal(Amounts.zero(), Amounts.zero());
    }
    return new ProjectView.FundsTotal(totalAmount(table.column(Column.TERM)), totalAmount(table.column(Column.ANNUAL)));
  }

  private static ProjectView.Amount totalAmount(FundingTable.ColumnFunds column) {
    return column.writtenTotal() != null ? amount(column.writtenTotal()) : Amounts.derived(column.total());
  }

  /** A cell in 元; a source with no row on the form is 0, shown as written "" (not blank). */
  private static ProjectView.Amount amount(FundingTable.Cell cell) {
    return cell == null ? Amounts.zero() : Amounts.of(cell.amount(), cell.yuan());
  }

  private int warnings(ProjectDigest pf) {
    int count = 0;
    for (Diagnostic d : warningsByFile.getOrDefault(pf.file(), List.of())) {
      if (pf.span().contains(d.span())) {
        count++;
      }
    }
    return count;
  }

  private List<ProjectView.Silenced> silenced(ProjectDigest pf) {
    List<ProjectView.Silenced> out = new ArrayList<>();
    for (BudgetContext.Silenced s : silencedByFile.getOrDefault(pf.file(), List.of())) {
      Diagnostic d = s.diagnostic();
      if (d.file() == pf.file() && pf.span().contains(d.span())) {
        out.add(new ProjectView.Silenced(d.code().code(), d.line(), messages.message(d), d.args(), s.reason()));
      }
    }
    out.sort(java.util.Comparator.comparingInt(ProjectView.Silenced::line).thenComparing(ProjectView.Silenced::code));
    return out;
  }
}
