package org.jixiao.diff;

import org.jixiao.semantics.CheckedBudget;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jixiao.tables.BudgetTables;
import org.jixiao.tables.ProjectView;
import org.jixiao.diag.Messages;
import org.jixiao.diff.BudgetDiff.FieldChange;
import org.jixiao.diff.BudgetDiff.IndicatorChange;
import org.jixiao.diff.BudgetDiff.IndicatorKind;
import org.jixiao.diff.BudgetDiff.MoneyChange;
import org.jixiao.diff.BudgetDiff.ProjectDiff;
import org.jixiao.diff.BudgetDiff.Status;

/**
 * Compares two checked versions of a budget by meaning; the one entry point of the diff. Projects
 * are matched by department and name, or as renamed ({@link ProjectMatching}); then their money
 * ({@link MoneyDiffer}), indicators ({@link IndicatorDiffer}) and other fields ({@link
 * FieldDiffer}) are compared, and the diagnostics of both sides ({@link DiagnosticDiffer}).
 *
 * <p>The labels in the diff (合计, the field names) are in the language of {@code messages}; render
 * the diff with the same {@link Messages}.
 */
public final class Differ {
  /** Column keys in the diff: machine-readable; the renderers print 实施期, 年度, 两栏. */
  static final String TERM = "term";
  static final String ANNUAL = "annual";
  static final String BOTH = "both";

  private final Messages messages;
  private final MoneyDiffer money;
  private final FieldDiffer fields;
  private final DiagnosticDiffer diagnostics;

  public Differ(Messages messages) {
    this.messages = messages;
    this.money = new MoneyDiffer(messages);
    this.fields = new FieldDiffer(messages);
    this.diagnostics = new DiagnosticDiffer(messages);
  }

  public BudgetDiff diff(List<CheckedBudget> before, List<CheckedBudget> after) {
    List<BudgetTables> old = tables(before);
    List<BudgetTables> now = tables(after);
    ProjectMatching match = ProjectMatching.of(old, now);
    List<ProjectDiff> projects = new ArrayList<>();
    for (Map.Entry<String, ProjectView> e : match.old.entrySet()) {
      ProjectView n = match.partner(e.getKey());
      ProjectDiff d = n == null ? whole(e.getValue(), Status.REMOVED) : changed(e.getValue(), n);
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
    return new BudgetDiff(projects, money.departments(old, now), money.totals(old, now),
        diagnostics.changes(before, after, match.newNames()));
  }

  /** Each budget's forms and totals, built once for the whole comparison. */
  private List<BudgetTables> tables(List<CheckedBudget> run) {
    List<BudgetTables> out = new ArrayList<>();
    for (CheckedBudget b : run) {
      if (b.context() != null) {
        out.add(BudgetTables.of(b, messages));
      }
    }
    return out;
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
  private ProjectDiff changed(ProjectView before, ProjectView after) {
    List<MoneyChange> funds = money.funds(before, after);
    List<IndicatorChange> indicators = IndicatorDiffer.changes(before, after);
    List<FieldChange> changedFields = fields.changes(before, after);
    if (funds.isEmpty() && indicators.isEmpty() && changedFields.isEmpty()) {
      return null;
    }
    return new ProjectDiff(after.name(), ProjectMatching.department(after), Status.CHANGED, funds, indicators, changedFields);
  }
}
