package org.jixiao.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jixiao.driver.BudgetInput;
import org.jixiao.driver.BudgetSession;
import org.jixiao.driver.CompiledBudget;
import org.jixiao.driver.Workspace;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.SourceUnit;

/**
 * The budget folders the editor has touched, each with its session and its last check. A folder is
 * one budget, as for {@code jixiao check}: every {@code .jx} file in it, with the editor's unsaved
 * text for the open ones (a new file not yet saved counts too). Used from the server's one
 * checking thread only.
 */
final class Budgets {
  private final Workspace workspace;
  private final Map<Path, BudgetSession> sessions = new HashMap<>();
  private final Map<Path, CompiledBudget> checked = new HashMap<>();
  private final Map<Path, String> open = new HashMap<>();

  /** @param root the folder that file names in messages are relative to (the editor's workspace) */
  Budgets(Path root) {
    this.workspace = new Workspace(root);
  }

  static Path folderOf(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent == null ? file.toAbsolutePath().normalize() : parent;
  }

  void text(Path file, String text) {
    Path key = file.toAbsolutePath().normalize();
    open.put(key, text);
    session(folderOf(key)).overlay(key, text);
  }

  void close(Path file) {
    Path key = file.toAbsolutePath().normalize();
    open.remove(key);
    session(folderOf(key)).dropOverlay(key);
  }

  /** Checks the folder's budget now: the session redoes what changed since its last check. */
  CompiledBudget check(Path folder) {
    CompiledBudget result = session(folder).compile(input(folder));
    checked.put(folder, result);
    return result;
  }

  /** The folder's last check; null before the first. */
  CompiledBudget last(Path folder) {
    return checked.get(folder);
  }

  Iterable<Path> folders() {
    return checked.keySet();
  }

  /** The unit of the file in its folder's last check; null when the file was not in it. */
  SourceUnit unit(Path file) {
    Path key = file.toAbsolutePath().normalize();
    CompiledBudget budget = checked.get(folderOf(key));
    if (budget == null) {
      return null;
    }
    for (SourceUnit unit : budget.units()) {
      if (unit.file().path().toAbsolutePath().normalize().equals(key)) {
        return unit;
      }
    }
    return null;
  }

  SourceFile file(Path file) {
    SourceUnit unit = unit(file);
    return unit == null ? null : unit.file();
  }

  private BudgetSession session(Path folder) {
    return sessions.computeIfAbsent(folder, f -> new BudgetSession(workspace));
  }

  private BudgetInput input(Path folder) {
    Set<Path> files = new TreeSet<>();
    try (Stream<Path> list = Files.list(folder)) {
      list.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(Workspace.EXTENSION))
          .map(p -> p.toAbsolutePath().normalize()).forEach(files::add);
    } catch (IOException e) {
      // A folder gone or unreadable: its open files are still checked from the editor's text.
    }
    open.keySet().stream().filter(p -> folderOf(p).equals(folder)).forEach(files::add);
    return new BudgetInput(folder, workspace.display(folder), java.util.List.copyOf(files), files);
  }
}
