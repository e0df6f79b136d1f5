package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.Messages;
import org.jixiao.diff.BudgetDiff;
import org.jixiao.diff.DiffRenderer;
import org.jixiao.diff.Differ;
import org.jixiao.diff.Revisions;
import org.jixiao.driver.CheckRun;
import org.jixiao.driver.Workspace;

/**
 * Runs {@code jixiao diff OLD NEW [-- PATH...]}. Each side is a path (a file, a budget folder, a
 * folder of budgets) or a git revision of the repository the command runs in. PATHs are inside
 * each side: in the repository for a revision (none: the whole repository), inside the folder for
 * a folder. A revision compared with a path reads that path from the revision. Problems with the
 * command line are one line in the reader's language and exit 2.
 */
public final class DiffRunner {
  /** What the command line said; {@code directory} is where it runs (-C), null for here. */
  public record Options(String oldSide, String newSide, List<String> paths, DiffCommand.Format format,
      Messages messages, Path directory) {
    public Options {
      paths = List.copyOf(paths);
    }
  }

  /** A problem with the command line, said in the reader's language. */
  private static final class UsageError extends Exception {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
      super(message);
    }
  }

  private final Options options;
  private final Messages messages;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Path base;
  private Revisions.Repository repository;
  private boolean repositoryLooked;

  public DiffRunner(Options options, PrintWriter out, PrintWriter err) {
    this.options = options;
    this.messages = options.messages();
    this.out = out;
    this.err = err;
    this.base = (options.directory() == null ? Path.of("") : options.directory()).toAbsolutePath().normalize();
  }

  public int run() throws IOException {
    Path temp = Files.createTempDirectory("jixiao-diff-");
    try {
      Checked before = side(options.oldSide(), options.newSide(), temp.resolve("old"));
      Checked after = side(options.newSide(), options.oldSide(), temp.resolve("new"));
      for (int i = 0; i < options.paths().size(); i++) {
        if (!before.found().get(i) && !after.found().get(i)) {
          throw new UsageError(messages.get("diff.usage.nowhere", options.paths().get(i), options.oldSide(), options.newSide()));
        }
      }
      BudgetDiff diff = new Differ(messages).diff(before.side(), after.side());
      DiffRenderer renderer = new DiffRenderer(messages);
      out.print(switch (options.format()) {
        case text -> renderer.text(diff);
        case markdown -> renderer.markdown(diff);
        case json -> DiffRenderer.json(diff);
      });
      out.flush();
      return Main.EXIT_OK;
    } catch (UsageError e) {
      err.println("jixiao diff: " + e.getMessage());
      err.println(messages.get("diff.usage.help"));
      err.flush();
      return Main.EXIT_USAGE;
    } finally {
      delete(temp);
    }
  }

  private static void delete(Path temp) throws IOException {
    try (var files = Files.walk(temp)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** A side checked, and for each PATH whether it is on this side. */
  private record Checked(Differ.Side side, List<Boolean> found) {}

  /** A path as it is, or a git revision read into {@code temp}. */
  private Checked side(String side, String other, Path temp) throws UsageError, IOException {
    Path path = existing(side);
    if (path != null) {
      return folderSide(path);
    }
    Revisions.Repository repo = repository();
    if (repo == null) {
      throw new UsageError(messages.get("diff.usage.noGit", side));
    }
    if (!Revisions.isRevision(base, side)) {
      throw new UsageError(messages.get("diff.usage.neither", side));
    }
    List<String> inRepository = new ArrayList<>();
    String root = "";
    for (String p : options.paths()) {
      inRepository.add(inRepository(repo, p));
    }
    Path otherPath = options.paths().isEmpty() ? existing(other) : null;
    if (otherPath != null) {
      // A revision against a folder: the same folder in the revision, named as the folder side names it.
      String named = inRepository(repo, otherPath.toString());
      inRepository.add(named);
      root = Files.isDirectory(otherPath) ? named : named.substring(0, Math.max(0, named.lastIndexOf('/')));
    } else if (options.paths().isEmpty()) {
      inRepository.add("");
    }
    try {
      Revisions.checkout(repo, side, inRepository, temp);
    } catch (Revisions.GitException e) {
      throw new UsageError(messages.get("diff.usage.git", side, e.getMessage()));
    } catch (Revisions.GitMissingException e) {
      throw new UsageError(messages.get("diff.usage.gitMissing"));
    }
    List<Path> roots = new ArrayList<>();
    List<Boolean> found = new ArrayList<>();
    for (String p : inRepository) {
      Path at = p.isEmpty() ? temp : temp.resolve(p);
      found.add(Files.exists(at));
      if (Files.exists(at)) {
        roots.add(at);
      }
    }
    CheckRun run = roots.isEmpty() ? new CheckRun(List.of(), List.of()) : CheckRun.check(roots, temp);
    return new Checked(new Differ.Side(run.checked(), root), found);
  }

  /** A file or folder, with PATHs inside it; its budgets are named from where the command runs. */
  private Checked folderSide(Path path) {
    Workspace workspace = new Workspace(base);
    Path folder = Files.isDirectory(path) ? path : path.getParent();
    List<Path> roots = new ArrayList<>();
    List<Boolean> found = new ArrayList<>();
    if (options.paths().isEmpty()) {
      roots.add(path);
    }
    for (String p : options.paths()) {
      Path inside = folder.resolve(p).normalize();
      found.add(Files.exists(inside));
      if (Files.exists(inside)) {
        roots.add(inside);
      }
    }
    CheckRun run = roots.isEmpty() ? new CheckRun(List.of(), List.of()) : CheckRun.check(roots, base);
    return new Checked(new Differ.Side(run.checked(), workspace.display(folder)), found);
  }

  /** The side as an existing path, or null (then it may be a revision). */
  private Path existing(String side) {
    try {
      Path path = base.resolve(side);
      return Files.exists(path) ? path : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private String inRepository(Revisions.Repository repo, String path) throws UsageError {
    String in = repo.pathInRepository(base, path);
    if (in == null) {
      throw new UsageError(messages.get("diff.usage.outside", path, repo.top().toString()));
    }
    return in;
  }

  /** The repository the command runs in, asked of git once; null outside one. */
  private Revisions.Repository repository() {
    if (!repositoryLooked) {
      repository = Revisions.repository(base);
      repositoryLooked = true;
    }
    return repository;
  }
}
