package org.jixiao.semantics;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jixiao.diag.Diagnostic;

/**
 * What the backends read of one checked budget folder: the passes' shared context (library,
 * profile, side tables), its diagnostics in order, the files whose projects are to be written (a
 * build of one file writes that file's), and the folder's name as shown to the user. The driver
 * makes it; the backends never see the driver. {@code folder} is the budget folder itself: the
 * outputs name files relative to it, never to the folder the command ran in. {@code projects}
 * gives each project's tree and tables, kept or made again (a streamed check keeps no tree).
 */
public record CheckedBudget(
    BudgetContext context, List<Diagnostic> diagnostics, Set<Path> reported, String displayName, Path folder,
    AnalysedProjects projects) {
  public CheckedBudget {
    diagnostics = List.copyOf(diagnostics);
    reported = Set.copyOf(reported);
  }
}
