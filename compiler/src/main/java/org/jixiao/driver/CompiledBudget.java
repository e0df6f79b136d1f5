package org.jixiao.driver;

import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.syntax.SourceUnit;

/**
 * One budget folder after checking: its parsed files, the shared context of the passes (library,
 * profile, side tables), and its diagnostics in deterministic order. {@code context} is null when
 * no file could be parsed.
 */
public record CompiledBudget(
    BudgetInput input, List<SourceUnit> units, BudgetContext context, List<Diagnostic> diagnostics) {
  public CompiledBudget {
    units = List.copyOf(units);
    diagnostics = List.copyOf(diagnostics);
  }

  /** What the backends read: the context, the diagnostics, the files to write, the folder's name. */
  public org.jixiao.semantics.CheckedBudget checked() {
    return new org.jixiao.semantics.CheckedBudget(context, diagnostics, java.util.Set.copyOf(input.reported()),
        input.displayName(), input.folder());
  }

  public int projectCount() {
    return context == null ? 0 : context.projects().size();
  }
}
