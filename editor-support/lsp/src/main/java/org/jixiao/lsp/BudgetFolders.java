package org.jixiao.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.driver.Workspace;

/** One {@code .jx} file of each budget folder under the workspace, skipping what a build keeps (hidden, target, node_modules). */
final class BudgetFolders {
  private BudgetFolders() {}

  static List<Path> in(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(Workspace.EXTENSION)
              && Files.isRegularFile(p) && !skipped(root, p))
          .map(p -> p.toAbsolutePath().normalize())
          .collect(java.util.stream.Collectors.toMap(Path::getParent, p -> p, (a, b) -> a, java.util.TreeMap::new))
          .values().stream().toList();
    } catch (IOException | RuntimeException e) {
      return List.of(); // an unreadable workspace: folders are still checked as their files are opened
    }
  }

  private static boolean skipped(Path root, Path p) {
    for (Path part : root.relativize(p.getParent() == null ? p : p.getParent())) {
      String name = part.toString();
      if (name.startsWith(".") || name.equals("target") || name.equals("node_modules")) {
        return true;
      }
    }
    return false;
  }
}
