package org.jixiao.tables;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.Messages;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.CheckedBudget;
import org.jixiao.semantics.ProjectFile;
import org.jixiao.semantics.resolve.BudgetFunds;

/**
 * A checked budget's forms as its outputs read them, built once: each project to be written (a
 * build of one file writes that file's) as a {@link ProjectView}, and the money totals of those
 * projects. The backends draw these; the diff compares them.
 *
 * @param budget null for projects made by hand in tests
 */
public record BudgetTables(CheckedBudget budget, List<ProjectView> projects, FundsTotals totals) {
  public BudgetTables {
    projects = List.copyOf(projects);
  }

  public static BudgetTables of(CheckedBudget budget, Messages messages) {
    BudgetContext ctx = budget.context();
    List<ProjectFile> written = new ArrayList<>();
    for (ProjectFile pf : ctx.projects()) {
      if (budget.reported().contains(pf.file().path())) {
        written.add(pf);
      }
    }
    ProjectViews views = new ProjectViews(budget, messages);
    List<ProjectView> projects = written.stream().map(views::of).toList();
    // The whole budget's totals were added up by resolution; a build of part of it adds up its part.
    BudgetFunds funds = written.size() == ctx.projects().size() && ctx.resolution().budgetFunds() != null
        ? ctx.resolution().budgetFunds()
        : BudgetFunds.of(written, ctx.resolution(), ctx.profile());
    return new BudgetTables(budget, projects, FundsTotals.of(funds));
  }
}
