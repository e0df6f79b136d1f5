package org.jixiao.driver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.diag.Severity;

/** The result of checking some paths: every budget, and the problems with the paths themselves. */
public record CheckRun(List<CompiledBudget> budgets, List<Diagnostic> pathProblems) {
  /** Each budget as the backends and diff read it. */
  public List<org.jixiao.semantics.CheckedBudget> checked() {
    return budgets.stream().map(CompiledBudget::checked).toList();
  }


  /** Checks {@code paths}, with display names relative to {@code base}. */
  public static CheckRun check(List<Path> paths, Path base) {
    return check(paths, base, Progress.NONE);
  }

  /** As {@link #check(List, Path)}, telling {@code progress} of each file read and budget checked. */
  public static CheckRun check(List<Path> paths, Path base, Progress progress) {
    return check(paths, base, progress, false);
  }

  /**
   * As {@link #check(List, Path, Progress)}; {@code streamed}, each project's tree is let go once
   * analysed and made again when an output asks for it ({@link BudgetCompiler#streamed}), as a
   * build does.
   */
  public static CheckRun check(List<Path> paths, Path base, Progress progress, boolean streamed) {
    Workspace workspace = new Workspace(base);
    DiagnosticSink problems = new DiagnosticSink();
    List<BudgetInput> inputs = workspace.budgets(paths, problems);
    BudgetCompiler compiler = streamed ? BudgetCompiler.streamed(workspace) : new BudgetCompiler(workspace);
    List<CompiledBudget> budgets = new ArrayList<>();
    int files = inputs.stream().mapToInt(i -> i.files().size()).sum();
    int[] read = {0};
    for (BudgetInput input : inputs) {
      // Each file as it is read, then the budget while its passes run (they take the rest of the time).
      int[] inBudget = {0};
      int budget = budgets.size() + 1;
      budgets.add(compiler.compile(input, () -> {
        progress.step(Progress.READ, ++read[0], files);
        if (++inBudget[0] == input.files().size()) {
          progress.step(Progress.CHECK, budget, inputs.size());
        }
      }));
    }
    return new CheckRun(budgets, problems.sorted());
  }

  public List<Diagnostic> diagnostics() {
    List<Diagnostic> all = new ArrayList<>(pathProblems);
    budgets.forEach(b -> all.addAll(b.diagnostics()));
    return all;
  }

  /** Warnings silenced by an {@code allow}, with their reasons, in diagnostic order. */
  public List<org.jixiao.semantics.BudgetContext.Silenced> silenced() {
    List<org.jixiao.semantics.BudgetContext.Silenced> all = new ArrayList<>();
    for (CompiledBudget b : budgets) {
      if (b.context() != null) {
        b.context().silenced().stream()
            .filter(s -> b.input().reported().contains(s.diagnostic().file().path()))
            .forEach(all::add);
      }
    }
    all.sort((x, y) -> DiagnosticSink.ORDER.compare(x.diagnostic(), y.diagnostic()));
    return all;
  }

  public long count(Severity severity) {
    return diagnostics().stream().filter(d -> d.severity() == severity).count();
  }

  public int fileCount() {
    return budgets.stream().mapToInt(b -> b.input().reported().size()).sum();
  }

  public int projectCount() {
    int count = 0;
    for (CompiledBudget b : budgets) {
      if (b.context() != null) {
        count += (int) b.context().digests().stream()
            .filter(p -> b.input().reported().contains(p.file().path()))
            .count();
      }
    }
    return count;
  }
}
