package org.jixiao.driver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.source.PathText;
import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;

/**
 * Turns the paths given on the command line into budgets: every folder holding {@code .jx} files
 * is one budget. Folders are walked in code point order, so that runs are deterministic.
 */
public final class Workspace {
  public static final String EXTENSION = ".jx";

  private final Path base;

  /** @param base the folder that display names are relative to (the working directory) */
  public Workspace(Path base) {
    this.base = base.toAbsolutePath().normalize();
  }

  public List<BudgetInput> budgets(List<Path> paths, DiagnosticSink problems) {
    Map<Path, Set<Path>> reportedByFolder = new TreeMap<>();
    for (Path given : paths) {
      Path path = given.toAbsolutePath().normalize();
      if (!Files.exists(path)) {
        problems.report(pathProblem(DiagnosticCode.PATH_NOT_FOUND, given));
      } else if (Files.isDirectory(path)) {
        List<Path> found = walk(path);
        if (found.isEmpty()) {
          problems.report(pathProblem(DiagnosticCode.NO_JX_FILES, given));
        }
        for (Path file : found) {
          reportedByFolder.computeIfAbsent(file.getParent(), k -> new LinkedHashSet<>()).add(file);
        }
      } else {
        reportedByFolder.computeIfAbsent(path.getParent(), k -> new LinkedHashSet<>()).add(path);
      }
    }
    List<BudgetInput> budgets = new ArrayList<>();
    reportedByFolder.forEach(
        (folder, reported) -> budgets.add(new BudgetInput(folder, display(folder), filesIn(folder, reported), reported)));
    return budgets;
  }

  /** A path as the user should see it: relative to the working directory when inside it. */
  public String display(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    String text = PathText.text(shown).replace('\\', '/');
    return text.isEmpty() ? "." : text;
  }

  private Diagnostic pathProblem(DiagnosticCode code, Path given) {
    String shown = PathText.text(given).replace('\\', '/');
    return Diagnostic.of(code, new SourceFile(given, shown, ""), Span.NONE, shown);
  }

  private static List<Path> walk(Path root) {
    try (Stream<Path> stream = Files.walk(root)) {
      return stream
          .filter(p -> isSource(p) && !hiddenBelow(root, p))
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static boolean hiddenBelow(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      String name = part.toString();
      if (name.startsWith(".") || name.equals("target") || name.equals("node_modules")) {
        return true;
      }
    }
    return false;
  }

  private static List<Path> filesIn(Path folder, Set<Path> reported) {
    Set<Path> all = new java.util.TreeSet<>(reported);
    try (Stream<Path> stream = Files.list(folder)) {
      stream.filter(Workspace::isSource).forEach(all::add);
    } catch (IOException e) {
      // The reported files alone are still checked; their own read errors say what is wrong.
    }
    return new ArrayList<>(all);
  }

  private static boolean isSource(Path p) {
    return Files.isRegularFile(p) && p.getFileName().toString().endsWith(EXTENSION);
  }
}
