package org.jixiao.backend;

import org.jixiao.tables.ProjectView;
import java.util.List;
import org.jixiao.diag.Messages;
import org.jixiao.tables.BudgetTables;
import org.jixiao.tables.FundsTotals;

/**
 * What every backend draws from: one checked budget (without errors), its projects as the form
 * shows them, its title and year, and the language of any text jixiao adds itself.
 *
 * @param name the budget's output folder name, unique within one build
 */
public record BuildInput(
    String name, BudgetTables tables, List<String> fileNames, String title, int year, Messages messages) {
  public BuildInput {
    fileNames = List.copyOf(fileNames);
  }

  /** The checked budget; null for projects made by hand in tests. */
  public org.jixiao.semantics.CheckedBudget budget() {
    return tables.budget();
  }

  /**
   * Every project to write, as the form shows it, made at once and kept: for tests and callers
   * that want them all. The backends read {@link #view} once per project instead.
   */
  public List<ProjectView> projects() {
    return tables.projects();
  }

  /** What the summaries read of each project to write, in order. */
  public List<org.jixiao.tables.ProjectSummary> summaries() {
    return tables.summaries();
  }

  /** The number of projects to write. */
  public int size() {
    return tables.size();
  }

  /** Project {@code index}'s view, made when asked and not kept (see {@link org.jixiao.tables.BudgetTables#view}). */
  public ProjectView view(int index) {
    return tables.view(index);
  }

  /** The money totals of those projects, added up once by the checker. */
  public FundsTotals totals() {
    return tables.totals();
  }

  /**
   * The stdlib profile a form is drawn with when the budget has none (a budget built without
   * checking, as in tests): the seed form's. A profile's name, as {@code profile 山西} is written in
   * a budget, not text for a reader; its labels, columns, money unit and title are the stdlib's data.
   */
  static final String DEFAULT_PROFILE = "山西";

  /**
   * The profile and the layout it names (the stdlib's default when none), for drawing each form.
   * The profile is never null: the default profile stands in for a missing one.
   */
  public FormContext formContext() {
    org.jixiao.semantics.library.RuleProfile profile = profile();
    String layoutName = profile.layoutName() == null ? org.jixiao.semantics.library.RuleProfile.DEFAULT_LAYOUT : profile.layoutName();
    org.jixiao.layout.LayoutSpec layout = library().layout(layoutName);
    if (layout == null) {
      layout = org.jixiao.semantics.library.Stdlib.library().layout(org.jixiao.semantics.library.RuleProfile.DEFAULT_LAYOUT);
    }
    return new FormContext(layout, profile, title, region(), year);
  }

  /**
   * The context of a later form ({@code selfeval} 自评表, {@code monitor} 监控表) in the layout the
   * profile names for it ({@code layout 自评表 for selfeval}); null when the profile prints none.
   */
  public FormContext laterFormContext(String form) {
    org.jixiao.semantics.library.RuleProfile profile = profile();
    String layoutName = profile.layoutName(form);
    org.jixiao.layout.LayoutSpec layout = layoutName == null ? null : library().layout(layoutName);
    return layout == null ? null : new FormContext(layout, profile, title, region(), year);
  }

  private org.jixiao.semantics.library.RuleProfile profile() {
    var ctx = budget() == null ? null : budget().context();
    return ctx == null || ctx.profile() == null ? defaultProfile() : ctx.profile();
  }

  private org.jixiao.semantics.library.Library library() {
    var ctx = budget() == null ? null : budget().context();
    return ctx == null ? org.jixiao.semantics.library.Stdlib.library() : ctx.library();
  }

  private String region() {
    var ctx = budget() == null ? null : budget().context();
    return ctx == null || ctx.budget() == null ? "" : ctx.budget().region().text();
  }

  /**
   * The form's title: the budget's own {@code title}, else the profile's title pattern for the
   * budget's region and year, else the default profile's (the stdlib's 通用 gives every profile
   * that extends it {@code {region}项目支出绩效目标表}; a folder's profile that extends nothing may
   * have none).
   */
  public static String titleOf(org.jixiao.syntax.Decl.Budget decl, org.jixiao.semantics.library.RuleProfile profile) {
    for (org.jixiao.syntax.BudgetItem item : decl.items()) {
      if (item instanceof org.jixiao.syntax.BudgetItem.Title t) {
        return t.text().value();
      }
    }
    org.jixiao.semantics.library.RuleProfile titled = profile != null && profile.titlePattern() != null ? profile : defaultProfile();
    return titled.formTitle(decl.region().text(), decl.year());
  }

  private static org.jixiao.semantics.library.RuleProfile defaultProfile() {
    return org.jixiao.semantics.library.Stdlib.library().profile(DEFAULT_PROFILE);
  }

}
