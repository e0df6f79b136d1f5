package org.jixiao.driver;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The files of one budget folder. All of them are read, since a project file needs its folder's
 * budget declaration and local units; diagnostics are shown for {@code reported} files only.
 */
public record BudgetInput(Path folder, String displayName, List<Path> files, Set<Path> reported) {
  public BudgetInput {
    files = List.copyOf(files);
    reported = Set.copyOf(reported);
  }
}
