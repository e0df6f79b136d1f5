package org.jixiao.diff;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * What changed between two versions of a budget repository, in the terms a reviewer at the finance
 * bureau uses: budget by budget (a region's budget of a year, one folder), which project's money
 * moved, from which source, by how much; which targets got weaker; which warnings the change adds
 * or fixes. Reformatting, moving blocks or reordering indicators change nothing here, because both
 * sides are compared by meaning.
 *
 * @param budgets the budgets that changed, in the order of their region, year and folder
 */
public record BudgetDiff(List<BudgetChange> budgets) {
  public BudgetDiff {
    budgets = List.copyOf(budgets);
  }

  @JsonProperty("empty")
  public boolean isEmpty() {
    return budgets.isEmpty();
  }

  /** Every budget's projects, in order (for readers that look at one budget, and for tests). */
  @JsonIgnore
  public List<ProjectDiff> projects() {
    return budgets.stream().flatMap(b -> b.projects().stream()).toList();
  }

  /** Every budget's diagnostic changes, in order. */
  @JsonIgnore
  public List<DiagnosticChange> diagnostics() {
    return budgets.stream().flatMap(b -> b.diagnostics().stream()).toList();
  }

  public enum Status {
    ADDED,
    REMOVED,
    CHANGED
  }

  /**
   * One budget's changes. {@code before} or {@code after} is null for a budget that is only on
   * one side; their years differ when a year is compared with the next ({@code jixiao diff
   * budgets/2025 budgets/2026}). {@code name} is how the renderers name the budget, in the diff's
   * language ({@code 阳泉市 2025年度 → 2026年度}). Department and budget totals are this budget's
   * own: two regions' money is never added together.
   */
  public record BudgetChange(
      String name, Status status, BudgetSide before, BudgetSide after, List<FieldChange> fields,
      List<ProjectDiff> projects, List<MoneyChange> departments, List<MoneyChange> totals,
      List<DiagnosticChange> diagnostics) {
    public BudgetChange {
      fields = List.copyOf(fields);
      projects = List.copyOf(projects);
      departments = List.copyOf(departments);
      totals = List.copyOf(totals);
      diagnostics = List.copyOf(diagnostics);
    }

    @JsonIgnore
    public boolean isEmpty() {
      return status == Status.CHANGED && fields.isEmpty() && projects.isEmpty() && departments.isEmpty()
          && totals.isEmpty() && diagnostics.isEmpty();
    }
  }

  /**
   * A budget as declared ({@code budget 阳泉市 2026}) and the folder it is in; region and year are
   * null for a folder without a budget declaration.
   */
  public record BudgetSide(String region, Integer year, String folder) {}

  /** One project's changes; an added or removed project lists its money as changes from or to 0. */
  public record ProjectDiff(
      String name, String department, Status status, List<MoneyChange> funds, List<IndicatorChange> indicators,
      List<FieldChange> fields) {}

  /** An amount that moved: a source in one column, a column total, or a department's total. */
  public record MoneyChange(String what, String column, BigDecimal before, BigDecimal after, BigDecimal delta, String percent) {}

  public enum IndicatorKind {
    ADDED,
    REMOVED,
    RENAMED,
    TIGHTENED,
    LOOSENED,
    CHANGED,
    UNIT_CHANGED
  }

  /** A change to one indicator in one column. Targets are shown as the official form prints them. */
  public record IndicatorChange(
      IndicatorKind kind, String column, String category, String nameBefore, String nameAfter, String before, String after) {}

  /** Any other field of the form: attribute, period, department, a narrative text, a goal. */
  public record FieldChange(String field, String before, String after) {}

  /**
   * A diagnostic that the change adds (new) or fixes (gone). It is matched by project, code and
   * {@code args} (their {@code Arg.key()}), never by {@code message}, which is only its text in the
   * diff's language; {@code args} are written as ArgJson writes them, so that a program need not
   * parse {@code message}.
   */
  public record DiagnosticChange(
      boolean added, String code, String severity, String project, String message, List<org.jixiao.diag.Arg> args) {}
}
