package org.jixiao.semantics.resolve;

import org.jixiao.semantics.library.IndicatorFramework;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.semantics.units.Unit;
import org.jixiao.syntax.FundsRow;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.syntax.UnitExpr;

/**
 * What name resolution found, kept beside the syntax tree rather than in it (CEL's side tables):
 * the tree stays immutable, and each later pass reads only the tables it needs. Keys are syntax
 * nodes by identity. Only the resolvers of this package write them (the setters are package
 * private): a check reads what resolution found, it never changes it.
 */
public final class Resolution {
  private final SideTable<ProjectItem.Indicator, IndicatorFramework.Category> categories = new SideTable<>();
  private final SideTable<UnitExpr, Unit> units = new SideTable<>();
  private final SideTable<FundsRow, RuleProfile.FundingSource> sources = new SideTable<>();
  private final SideTable<ProjectItem.Attribute, RuleProfile.AttributeValue> attributes = new SideTable<>();

  private final SideTable<org.jixiao.syntax.Decl.Project, FundingTable> funding = new SideTable<>();

  private BudgetFunds budgetFunds;
  private final SideTable<org.jixiao.syntax.Decl.Project, CostComposition> costs = new SideTable<>();
  private final SideTable<org.jixiao.syntax.Decl.Project, java.util.List<CostProduct>> products = new SideTable<>();
  private final SideTable<org.jixiao.syntax.Decl.Project, SelfEvalScore> selfEvaluations = new SideTable<>();
  private final SideTable<org.jixiao.syntax.Decl.Project, MonitorProgress> monitorings = new SideTable<>();
  private final SideTable<org.jixiao.syntax.Decl.Project, AdjustedTargets> adjustments = new SideTable<>();
  /** Each adjusted indicator's targets in date order, each from its adjustment's date. */
  private final SideTable<ProjectItem.Indicator, java.util.List<Dated>> adjusted = new SideTable<>();

  /** A target in force from a date. */
  private record Dated(java.time.LocalDate from, org.jixiao.syntax.Target target) {}

  /**
   * One project's tables into the budget's: each project is resolved in a context of its own
   * ({@code BudgetContext.forProject}), and the budget's tables are the union. Nodes are keys by
   * identity, so no project's entry can replace another's. Each table joins what it was given
   * when it is first read ({@link SideTable}).
   */
  public void include(Resolution project) {
    categories.include(project.categories);
    units.include(project.units);
    sources.include(project.sources);
    attributes.include(project.attributes);
    funding.include(project.funding);
    costs.include(project.costs);
    products.include(project.products);
    selfEvaluations.include(project.selfEvaluations);
    monitorings.include(project.monitorings);
    adjustments.include(project.adjustments);
    adjusted.include(project.adjusted);
  }

  void adjustments(org.jixiao.syntax.Decl.Project project, AdjustedTargets read) {
    adjustments.put(project, read);
  }

  /** The project's adjustments as read (see {@link Adjustments}); null when it has none. */
  public AdjustedTargets adjustments(org.jixiao.syntax.Decl.Project project) {
    return adjustments.get(project);
  }

  /** Records an adjustment's new target, from its date; adjustments are recorded in date order. */
  void adjustTarget(ProjectItem.Indicator indicator, java.time.LocalDate from, org.jixiao.syntax.Target target) {
    adjusted.computeIfAbsent(indicator, k -> new java.util.ArrayList<>()).add(new Dated(from, target));
  }

  /**
   * The target in force at the end of the year: the latest adjustment's new target, else the
   * target form's. The self-evaluation is measured against it.
   */
  public org.jixiao.syntax.Target currentTarget(ProjectItem.Indicator indicator) {
    java.util.List<Dated> list = adjusted.get(indicator);
    return list == null ? indicator.target() : list.get(list.size() - 1).target();
  }

  /** The target in force on a day: a monitoring snapshot is measured against the target of its date. */
  public org.jixiao.syntax.Target targetOn(ProjectItem.Indicator indicator, java.time.LocalDate day) {
    org.jixiao.syntax.Target inForce = indicator.target();
    for (Dated d : adjusted.getOrDefault(indicator, java.util.List.of())) {
      if (!d.from().isAfter(day)) {
        inForce = d.target();
      }
    }
    return inForce;
  }

  void monitoring(org.jixiao.syntax.Decl.Project project, MonitorProgress progress) {
    monitorings.put(project, progress);
  }

  /** The project's monitoring snapshot as read (see {@link MonitorSnapshots}); null when it has none. */
  public MonitorProgress monitoring(org.jixiao.syntax.Decl.Project project) {
    return monitorings.get(project);
  }

  void selfEvaluation(org.jixiao.syntax.Decl.Project project, SelfEvalScore score) {
    selfEvaluations.put(project, score);
  }

  /** The project's self-evaluation as scored (see {@link SelfEvalScores}); null when it has none (or no profile). */
  public SelfEvalScore selfEvaluation(org.jixiao.syntax.Decl.Project project) {
    return selfEvaluations.get(project);
  }

  void products(org.jixiao.syntax.Decl.Project project, java.util.List<CostProduct> list) {
    products.put(project, java.util.List.copyOf(list));
  }

  /**
   * Each unit cost × quantity of the project, column by column (see {@link CostProducts}); empty
   * when it has no funds table, a syntax error, or no cost and quantity whose units multiply out.
   */
  public java.util.List<CostProduct> products(org.jixiao.syntax.Decl.Project project) {
    return products.getOrDefault(project, java.util.List.of());
  }

  void costs(org.jixiao.syntax.Decl.Project project, CostComposition table) {
    costs.put(project, table);
  }

  /** The project's 预算成本构成 in 元; null when it has none or its template prints none. */
  public CostComposition costs(org.jixiao.syntax.Decl.Project project) {
    return costs.get(project);
  }

  void budgetFunds(BudgetFunds totals) {
    this.budgetFunds = totals;
  }

  /** The whole budget's funds added up; null before {@link FundsResolver} has run. */
  public BudgetFunds budgetFunds() {
    return budgetFunds;
  }

  void funding(org.jixiao.syntax.Decl.Project project, FundingTable table) {
    funding.put(project, table);
  }

  /** The project's funding in 元; null when it has no funds block or an amount is not money. */
  public FundingTable funding(org.jixiao.syntax.Decl.Project project) {
    return funding.get(project);
  }

  void category(ProjectItem.Indicator indicator, IndicatorFramework.Category category) {
    categories.put(indicator, category);
  }

  /** The indicator's second-level category, or null when it could not be resolved. */
  public IndicatorFramework.Category category(ProjectItem.Indicator indicator) {
    return categories.get(indicator);
  }

  void unit(UnitExpr expr, Unit unit) {
    units.put(expr, unit);
  }

  /** The unit an expression denotes, or null when a part of it is unknown. */
  public Unit unit(UnitExpr expr) {
    return expr == null ? null : units.get(expr);
  }

  void source(FundsRow row, RuleProfile.FundingSource source) {
    sources.put(row, source);
  }

  /** The funding source of a row; null for the total row and for unknown sources. */
  public RuleProfile.FundingSource source(FundsRow row) {
    return sources.get(row);
  }

  void attribute(ProjectItem.Attribute item, RuleProfile.AttributeValue value) {
    attributes.put(item, value);
  }

  public RuleProfile.AttributeValue attribute(ProjectItem.Attribute item) {
    return attributes.get(item);
  }
}
