package org.jixiao.diff;

import java.math.BigDecimal;
import java.util.List;

/**
 * What changed between two versions of a budget, in the terms a reviewer at the finance bureau
 * uses: which project's money moved, from which source, by how much; which targets got weaker;
 * which warnings the change adds or fixes. Reformatting, moving blocks or reordering indicators
 * change nothing here, because both sides are compared by meaning.
 */
public record BudgetDiff(
    List<ProjectDiff> projects, List<MoneyChange> departments, List<MoneyChange> totals, List<DiagnosticChange> diagnostics) {

  public boolean isEmpty() {
    return projects.isEmpty() && departments.isEmpty() && totals.isEmpty() && diagnostics.isEmpty();
  }

  public enum Status {
    ADDED,
    REMOVED,
    CHANGED
  }

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

  /** A diagnostic that the change adds (new) or fixes (gone). */
  /** {@code args} as the check reported them (ArgJson in the JSON), so that a program need not parse {@code message}. */
  public record DiagnosticChange(
      boolean added, String code, String severity, String project, String message, List<org.jixiao.diag.Arg> args) {}
}
