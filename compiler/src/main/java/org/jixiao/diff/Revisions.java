package org.jixiao.diff;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A side of {@code jixiao diff} that names a git revision: its {@code .jx} files under the given
 * paths are read with the git command line into a temporary folder, at the same paths as in the
 * repository. The files are listed with one {@code git ls-tree} and read with one {@code git
 * cat-file --batch} per revision, however many there are; every git process has its output and
 * its errors read at the same time, so that neither can fill up and stop git.
 *
 * <p>The git command line rather than JGit: wherever there is a repository to compare there is
 * git, it reads every repository format and setting the user's git does, and the release stays
 * one small jar.
 */
public final class Revisions {
  private Revisions() {}

  /** Thrown when git fails or does not know the revision; the message is git's own. */
  public static final class GitException extends Exception {
    private static final long serialVersionUID = 1L;

    GitException(String message) {
      super(message);
    }
  }

  /** Thrown when there is no git command to run. */
  public static final class GitMissingException extends Exception {
    private static final long serialVersionUID = 1L;

    GitMissingException(IOException cause) {
      super(cause);
    }
  }

  /** A repository: its top folder, and where the working folder is in it ({@code budgets/}, or ""). */
  public record Repository(Path top, String prefix) {
    /**
     * A path given relative to the working folder (or absolute), as a path in the repository with
     * {@code /} separators: "" for the whole repository; null when it is outside the repository.
     */
    public String pathInRepository(Path workingFolder, String given) {
      Path absolute = workingFolder.resolve(given).toAbsolutePath().normalize();
      Path topFolder = top.toAbsolutePath().normalize();
      if (!absolute.startsWith(topFolder)) {
        return null;
      }
      return topFolder.relativize(absolute).toString().replace('\\', '/');
    }
  }

  /** The repository the folder is in; null when it is in none (or there is no git). */
  public static Repository repository(Path dir) {
    try {
      String top = run(dir, "git", "rev-parse", "--show-toplevel").strip();
      String prefix = run(dir, "git", "rev-parse", "--show-prefix").strip();
      return new Repository(org.jixiao.source.PathText.path(top), prefix);
    } catch (GitException | GitMissingException e) {
      return null;
    }
  }

  /** True when {@code rev} is a commit of the repository at {@code repo}. */
  public static boolean isRevision(Path repo, String rev) {
    try {
      run(repo, "git", "rev-parse", "--verify", "--quiet", rev + "^{commit}");
      return true;
    } catch (GitException | GitMissingException e) {
      return false;
    }
  }

  /**
   * Writes the revision's .jx files under {@code paths} (paths in the repository, "" for all of it)
   * into {@code into}, at their paths in the repository; a path that names a form brings the other
   * files of its folder too (its budget.jx), as a form in the working tree is checked with its
   * folder. Returns the number of files written.
   */
  public static int checkout(Repository repo, String rev, List<String> paths, Path into)
      throws GitException, GitMissingException, IOException {
    Map<String, String> objects = new LinkedHashMap<>();
    Map<String, String> all = sources(repo.top(), rev);
    for (String path : paths) {
      boolean form = all.containsKey(path);
      String folder = parent(path);
      all.forEach((name, object) -> {
        if (under(name, path) || form && parent(name).equals(folder)) {
          objects.put(name, object);
        }
      });
    }
    if (objects.isEmpty()) {
      return 0;
    }
    List<String> names = new ArrayList<>(objects.keySet());
    List<byte[]> contents = catFile(repo.top(), names.stream().map(objects::get).toList());
    for (int i = 0; i < names.size(); i++) {
      Path target = into.resolve(names.get(i));
      Files.createDirectories(target.getParent());
      // The bytes as committed: a file that is not UTF-8 is reported by the check, as in the working tree.
      Files.write(target, contents.get(i));
    }
    return names.size();
  }

  /** Every .jx blob of the revision: path in the repository → object name. */
  private static Map<String, String> sources(Path top, String rev) throws GitException, GitMissingException {
    // -z: names NUL-separated and unquoted, so that Chinese file names come through as they are.
    String listing = run(top, "git", "ls-tree", "-r", "-z", "--full-tree", rev);
    Map<String, String> out = new LinkedHashMap<>();
    for (String entry : listing.split("\u0000")) {
      int tab = entry.indexOf('\t');
      if (tab < 0) {
        continue;
      }
      String[] meta = entry.substring(0, tab).split(" ");
      String name = entry.substring(tab + 1);
      // Blobs only: no submodule (commit) and no symbolic link (mode 120000, whose blob is a path).
      if (meta.length == 3 && meta[1].equals("blob") && !meta[0].equals("120000") && name.endsWith(".jx")) {
        out.put(name, meta[2]);
      }
    }
    return out;
  }

  private static boolean under(String name, String path) {
    return path.isEmpty() || name.equals(path) || name.startsWith(path + "/");
  }

  private static String parent(String name) {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? "" : name.substring(0, slash);
  }

  /**
   * The contents of the objects, in order, from one {@code git cat-file --batch}: the object names
   * are written by one thread while this one reads the answers, and the errors are read by a third.
   */
  private static List<byte[]> catFile(Path top, List<String> objects) throws GitException, GitMissingException, IOException {
    Process process = start(top, "git", "cat-file", "--batch", "--buffer");
    FutureTask<byte[]> errors = drain(process.getErrorStream());
    FutureTask<byte[]> requests = background(() -> {
      try (OutputStream in = process.getOutputStream()) {
        for (String object : objects) {
          in.write((object + "\n").getBytes(StandardCharsets.US_ASCII));
        }
      } catch (IOException e) {
        // git stopped reading: its exit code and errors say why.
      }
      return null;
    });
    List<byte[]> out = new ArrayList<>();
    try (InputStream answers = new BufferedInputStream(process.getInputStream())) {
      for (String object : objects) {
        String header = line(answers);
        String[] parts = header.split(" ");
        if (parts.length != 3) {
          throw new GitException(header.isEmpty() ? "git cat-file: " + object : header);
        }
        int size = Integer.parseInt(parts[2]);
        byte[] content = answers.readNBytes(size);
        if (content.length != size) {
          throw new GitException("git cat-file: " + object);
        }
        out.add(content);
        answers.read(); // the newline after each object
      }
    } catch (GitException | IOException | RuntimeException e) {
      process.destroy();
      throw e;
    }
    await(requests);
    finish(process, errors, "git cat-file --batch");
    return out;
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
      line.write(b);
    }
    return line.toString(StandardCharsets.UTF_8);
  }

  /** Runs git and returns its output; its errors are read at the same time. */
  private static String run(Path dir, String... command) throws GitException, GitMissingException {
    Process process = start(dir, command);
    FutureTask<byte[]> errors = drain(process.getErrorStream());
    byte[] out;
    try (InputStream stdout = process.getInputStream()) {
      process.getOutputStream().close();
      out = stdout.readAllBytes();
    } catch (IOException e) {
      throw new GitException(e.getMessage());
    }
    finish(process, errors, String.join(" ", command));
    return new String(out, StandardCharsets.UTF_8);
  }

  private static Process start(Path dir, String... command) throws GitMissingException {
    try {
      return new ProcessBuilder(command).directory(dir.toFile()).start();
    } catch (IOException e) {
      throw new GitMissingException(e);
    }
  }

  private static FutureTask<byte[]> drain(InputStream stream) {
    return background(() -> {
      try (stream) {
        return stream.readAllBytes();
      } catch (IOException e) {
        return new byte[0];
      }
    });
  }

  /** On a thread of its own: a blocking read or write must not wait for a shared pool's worker. */
  private static FutureTask<byte[]> background(Callable<byte[]> work) {
    FutureTask<byte[]> task = new FutureTask<>(work);
    Thread thread = new Thread(task, "jixiao-git");
    thread.setDaemon(true);
    thread.start();
    return task;
  }

  private static void await(FutureTask<byte[]> task) throws GitException {
    try {
      task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GitException("interrupted");
    } catch (ExecutionException e) {
      throw new GitException(String.valueOf(e.getCause()));
    }
  }

  private static void finish(Process process, FutureTask<byte[]> errors, String what) throws GitException {
    try {
      int exit = process.waitFor();
      String err = new String(errors.get(), StandardCharsets.UTF_8).strip();
      if (exit != 0) {
        throw new GitException(err.isEmpty() ? what : err);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GitException("interrupted");
    } catch (ExecutionException e) {
      throw new GitException(e.getMessage());
    }
  }
}
