package org.jixiao.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jixiao.diag.Messages;
import org.jixiao.semantics.AnalysedProjects;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.CheckedBudget;
import org.jixiao.semantics.ProjectDigest;
import org.jixiao.semantics.resolve.BudgetFunds;

/**
 * A checked budget's forms as its outputs read them: each project to be written (a build of one
 * file writes that file's), its {@link ProjectSummary} for the budget's summaries, made once for
 * every project, and the money totals of those projects. A project's whole {@link ProjectView} is
 * made when asked: a build asks {@link #view} once per project as it writes it, so it never holds
 * every view of a large budget; the diff asks for {@link #projects}, made once and kept.
 */
public final class BudgetTables {
  private final CheckedBudget budget;
  private final List<ProjectSummary> summaries;
  private final FundsTotals totals;
  /** The index of each project written among the budget's; null for views made by hand. */
  private final List<Integer> written;
  private final ProjectViews views;
  private List<ProjectView> projects;

  /**
   * Views made by hand (tests), with their totals.
   *
   * @param budget null for projects made by hand in tests
   */
  public BudgetTables(CheckedBudget budget, List<ProjectView> projects, FundsTotals totals) {
    this.budget = budget;
    this.projects = List.copyOf(projects);
    this.summaries = this.projects.stream().map(ProjectSummary::of).toList();
    this.totals = totals;
    this.written = null;
    this.views = null;
  }

  private BudgetTables(CheckedBudget budget, List<Integer> written, Messages messages, FundsTotals totals) {
    this.budget = budget;
    this.written = List.copyOf(written);
    this.views = new ProjectViews(messages);
    ProjectSummaries summaryOf = new ProjectSummaries(budget, messages);
    AnalysedProjects all = budget.projects();
    // In order, on every core: a streamed check's projects are parsed and analysed again here.
    this.summaries = IntStream.range(0, this.written.size()).parallel()
        .mapToObj(k -> summaryOf.of(all.analysed(this.written.get(k)), all.digests().get(this.written.get(k))))
        .toList();
    this.totals = totals;
  }

  public static BudgetTables of(CheckedBudget budget, Messages messages) {
    BudgetContext ctx = budget.context();
    List<ProjectDigest> all = budget.projects().digests();
    List<Integer> written = new ArrayList<>();
    List<ProjectDigest> writtenDigests = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (budget.reported().contains(all.get(i).file().path())) {
        written.add(i);
        writtenDigests.add(all.get(i));
      }
    }
    // The whole budget's totals were added up by resolution; a build of part of it adds up its part.
    BudgetFunds funds = written.size() == all.size() && ctx.resolution().budgetFunds() != null
        ? ctx.resolution().budgetFunds()
        : BudgetFunds.of(writtenDigests, ctx.profile());
    return new BudgetTables(budget, written, messages, FundsTotals.of(funds));
  }

  /** The checked budget; null for projects made by hand in tests. */
  public CheckedBudget budget() {
    return budget;
  }

  /** Each project to be written, in order: what the summaries read of it. */
  public List<ProjectSummary> summaries() {
    return summaries;
  }

  /** The money totals of those projects, added up once by the checker. */
  public FundsTotals totals() {
    return totals;
  }

  /** How many projects are written. */
  public int size() {
    return summaries.size();
  }

  /**
   * The view of project {@code index}, made now and not kept (the build's one pass over the
   * projects); safe to call from several threads at once.
   */
  public ProjectView view(int index) {
    if (written == null) {
      return projects.get(index);
    }
    return views.of(budget.projects().analysed(written.get(index)), summaries.get(index));
  }

  /** Every project's view, made on first ask and kept (the diff compares them all). */
  public synchronized List<ProjectView> projects() {
    if (projects == null) {
      List<ProjectView> all = new ArrayList<>(written.size());
      for (int i = 0; i < written.size(); i++) {
        all.add(view(i));
      }
      projects = List.copyOf(all);
    }
    return projects;
  }
}
