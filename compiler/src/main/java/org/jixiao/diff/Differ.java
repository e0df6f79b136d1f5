package org.jixiao.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jixiao.diag.Messages;
import org.jixiao.diff.BudgetDiff.BudgetChange;
import org.jixiao.diff.BudgetDiff.FieldChange;
import org.jixiao.diff.BudgetDiff.IndicatorChange;
import org.jixiao.diff.BudgetDiff.IndicatorKind;
import org.jixiao.diff.BudgetDiff.MoneyChange;
import org.jixiao.diff.BudgetDiff.ProjectDiff;
import org.jixiao.diff.BudgetDiff.Status;
import org.jixiao.semantics.CheckedBudget;
import org.jixiao.tables.BudgetTables;
import org.jixiao.tables.ProjectView;

/**
 * Compares two checked versions of a budget repository by meaning; the one entry point of the
 * diff. Budgets are paired by region, year and folder ({@link BudgetMatching}: a folder is one
 * budget); within each pair, projects are matched by department and name, or as renamed ({@link
 * ProjectMatching}); then their money ({@link MoneyDiffer}), indicators ({@link IndicatorDiffer})
 * and other fields ({@link FieldDiffer}) are compared, the budget's declaration ({@link
 * BudgetFields}) and the diagnostics of both sides ({@link DiagnosticDiffer}).
 *
 * <p>The labels in the diff (合计, the field names, the budgets' names) are in the language of
 * {@code messages}; render the diff with the same {@link Messages}.
 */
public final class Differ {
  /** Column keys in the diff: machine-readable; the renderers print 实施期, 年度, 两栏. */
  static final String TERM = "term";
  static final String ANNUAL = "annual";
  static final String BOTH = "both";

  /**
   * One side of a comparison: its checked budgets, and the folder it was given as (as the
   * budgets' display names show it; "" when they are shown from the repository's root), so that
   * {@code old/budgets/2026} and {@code new/budgets/2026} are the same folder.
   */
  public record Side(List<CheckedBudget> budgets, String root) {
    public Side {
      budgets = List.copyOf(budgets);
      root = root == null ? "" : root;
    }
  }

  private final Messages messages;
  private final MoneyDiffer money;
  private final FieldDiffer fields;
  private final BudgetFields declarations;
  private final DiagnosticDiffer diagnostics;

  public Differ(Messages messages) {
    this.messages = messages;
    this.money = new MoneyDiffer(messages);
    this.fields = new FieldDiffer(messages);
    this.declarations = new BudgetFields(messages);
    this.diagnostics = new DiagnosticDiffer(messages);
  }

  /** Two sides whose budgets are named from the same place (two revisions, or one root). */
  public BudgetDiff diff(List<CheckedBudget> before, List<CheckedBudget> after) {
    return diff(new Side(before, ""), new Side(after, ""));
  }

  public BudgetDiff diff(Side before, Side after) {
    List<BudgetMatching.Version> old = BudgetMatching.versions(before.budgets(), before.root(), messages);
    List<BudgetMatching.Version> now = BudgetMatching.versions(after.budgets(), after.root(), messages);
    List<BudgetChange> out = new ArrayList<>();
    for (BudgetMatching.Pair pair : BudgetMatching.pairs(old, now)) {
      BudgetChange change = budget(pair);
      if (!change.isEmpty()) {
        out.add(change);
      }
    }
    return new BudgetDiff(out);
  }

  /** One budget's changes: its declaration, projects, totals and diagnostics. */
  private BudgetChange budget(BudgetMatching.Pair pair) {
    BudgetTables old = pair.before() == null ? null : pair.before().tables();
    BudgetTables now = pair.after() == null ? null : pair.after().tables();
    ProjectMatching match = ProjectMatching.of(old, now);
    List<ProjectDiff> projects = new ArrayList<>();
    for (Map.Entry<String, ProjectView> e : match.old.entrySet()) {
      ProjectView n = match.partner(e.getKey());
      ProjectDiff d = n == null ? whole(e.getValue(), Status.REMOVED) : changed(e.getValue(), n, pair.yearShift());
      if (d != null) {
        projects.add(d);
      }
    }
    for (Map.Entry<String, ProjectView> e : match.now.entrySet()) {
      if (match.isAdded(e.getKey())) {
        projects.add(whole(e.getValue(), Status.ADDED));
      }
    }
    projects.sort(Comparator.comparing(ProjectDiff::department).thenComparing(ProjectDiff::name));
    Status status = pair.before() == null ? Status.ADDED : pair.after() == null ? Status.REMOVED : Status.CHANGED;
    return new BudgetChange(name(pair), status,
        pair.before() == null ? null : pair.before().side(), pair.after() == null ? null : pair.after().side(),
        declarations.changes(checked(pair.before()), checked(pair.after())), projects,
        money.departments(old, now), money.totals(old, now),
        diagnostics.changes(checked(pair.before()), checked(pair.after()), match.newNames()));
  }

  private static CheckedBudget checked(BudgetMatching.Version v) {
    return v == null ? null : v.checked();
  }

  /** 阳泉市 2026年度; 阳泉市 2025年度 → 2026年度 for two years; the folder for an undeclared budget. */
  private String name(BudgetMatching.Pair pair) {
    BudgetMatching.Version b = pair.before();
    BudgetMatching.Version a = pair.after();
    if (b != null && a != null && b.region() != null && a.region() != null && b.region().equals(a.region())
        && !b.year().equals(a.year())) {
      return messages.get("diff.budget.years", a.region(), String.valueOf(b.year()), String.valueOf(a.year()));
    }
    String before = b == null ? null : name(b);
    String after = a == null ? null : name(a);
    return before == null ? after : after == null || after.equals(before) ? before : before + " → " + after;
  }

  private String name(BudgetMatching.Version v) {
    return v.region() == null ? v.side().folder() : messages.get("diff.budget.name", v.region(), String.valueOf(v.year()));
  }

  /** One money change, as the diff computes it (for tests that build a diff's mirror image). */
  MoneyChange money(String what, String column, BigDecimal before, BigDecimal after) {
    return money.change(what, column, before, after);
  }

  /** A project that is only on one side: all its money and indicators are added or removed. */
  private ProjectDiff whole(ProjectView p, Status status) {
    boolean added = status == Status.ADDED;
    List<MoneyChange> funds = added ? money.funds(null, p) : money.funds(p, null);
    List<IndicatorChange> indicators = IndicatorDiffer.whole(p, added ? IndicatorKind.ADDED : IndicatorKind.REMOVED);
    return new ProjectDiff(p.name(), ProjectMatching.department(p), status, funds, indicators, List.of());
  }

  /** A project on both sides, or null when nothing of it changed. */
  private ProjectDiff changed(ProjectView before, ProjectView after, int yearShift) {
    List<MoneyChange> funds = money.funds(before, after);
    List<IndicatorChange> indicators = IndicatorDiffer.changes(before, after, yearShift);
    List<FieldChange> changedFields = fields.changes(before, after, yearShift);
    if (funds.isEmpty() && indicators.isEmpty() && changedFields.isEmpty()) {
      return null;
    }
    return new ProjectDiff(after.name(), ProjectMatching.department(after), Status.CHANGED, funds, indicators, changedFields);
  }
}
