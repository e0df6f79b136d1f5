package org.jixiao.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A side of {@code jixiao diff} that names a git revision: its {@code .jx} files under the given
 * paths are read with the git command line into a temporary folder, at the same relative paths.
 */
public final class Revisions {
  private Revisions() {}

  /** Thrown when git cannot be run or does not know the revision. */
  public static final class GitException extends Exception {
    private static final long serialVersionUID = 1L;

    GitException(String message) {
      super(message);
    }
  }

  /** True when {@code rev} is a commit of the repository at {@code repo}. */
  public static boolean isRevision(Path repo, String rev) {
    try {
      run(repo, "git", "rev-parse", "--verify", "--quiet", rev + "^{commit}");
      return true;
    } catch (GitException | IOException e) {
      return false;
    }
  }

  /** Writes the revision's .jx files under {@code paths} into {@code into}; returns the folders. */
  public static List<Path> checkout(Path repo, String rev, List<String> paths, Path into) throws GitException, IOException {
    String top = run(repo, "git", "rev-parse", "--show-toplevel").strip();
    String prefix = run(repo, "git", "rev-parse", "--show-prefix").strip();
    List<String> command = new ArrayList<>(List.of("git", "ls-tree", "-r", "-z", "--name-only", "--full-tree", rev, "--"));
    for (String p : paths.isEmpty() ? List.of(".") : paths) {
      command.add(Path.of(prefix).resolve(p).normalize().toString());
    }
    String listing = run(Path.of(top), command.toArray(String[]::new));
    // -z: names NUL-separated and unquoted, so that Chinese file names come through as they are.
    for (String name : listing.split("\u0000")) {
      if (name.endsWith(".jx")) {
        Path target = into.resolve(name);
        Files.createDirectories(target.getParent());
        Files.writeString(target, run(Path.of(top), "git", "show", rev + ":" + name), StandardCharsets.UTF_8);
      }
    }
    List<Path> roots = new ArrayList<>();
    for (String p : paths.isEmpty() ? List.of(".") : paths) {
      roots.add(into.resolve(Path.of(prefix).resolve(p).normalize().toString()));
    }
    return roots;
  }

  private static String run(Path dir, String... command) throws GitException, IOException {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(false).start();
    byte[] out = process.getInputStream().readAllBytes();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (process.waitFor() != 0) {
        throw new GitException(err.isBlank() ? String.join(" ", command) : err.strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GitException("interrupted");
    }
    return new String(out, StandardCharsets.UTF_8);
  }
}
