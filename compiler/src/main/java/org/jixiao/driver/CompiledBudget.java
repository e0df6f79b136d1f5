package org.jixiao.driver;

import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.syntax.SourceUnit;

/**
 * One budget folder after checking: its parsed files, the shared context of the passes (library,
 * profile, side tables), and its diagnostics in deterministic order. {@code context} is null when
 * no file could be parsed. {@code units} are the parsed files' trees; a streamed check keeps only
 * those of the files declaring the budget or library parts, and {@code projects} gives each
 * project's tree again when asked.
 */
public record CompiledBudget(
    BudgetInput input, List<SourceUnit> units, BudgetContext context, List<Diagnostic> diagnostics,
    java.util.Map<org.jixiao.source.SourceFile, List<Diagnostic>> parseProblems,
    java.util.Set<org.jixiao.source.SourceFile> notWhole, org.jixiao.semantics.AnalysedProjects projects) {
  public CompiledBudget {
    units = List.copyOf(units);
    diagnostics = List.copyOf(diagnostics);
  }

  /**
   * What reading and parsing the unit's file reported, whatever the rules found after: a file's
   * shown diagnostics are its first 100 by position, and a syntax error at its end may not be
   * among them, yet it still means the tree is not whole.
   */
  public List<Diagnostic> parseProblems(SourceUnit unit) {
    return parseProblems.getOrDefault(unit.file(), List.of());
  }

  /** True when the parser did not build the unit's tree whole (a syntax or internal error, shown or not). */
  public boolean notWhole(SourceUnit unit) {
    return notWhole.contains(unit.file());
  }

  /** What the backends read: the context, the diagnostics, the files to write, the folder's name. */
  public org.jixiao.semantics.CheckedBudget checked() {
    return new org.jixiao.semantics.CheckedBudget(context, diagnostics, java.util.Set.copyOf(input.reported()),
        input.displayName(), input.folder(), projects);
  }

  public int projectCount() {
    return context == null ? 0 : context.digests().size();
  }
}
