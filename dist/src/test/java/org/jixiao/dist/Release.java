package org.jixiao.dist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/** The release archive under test, unpacked as a user would (Unix modes kept), and how to run it. */
final class Release {
  static final Path ARCHIVE = Path.of(System.getProperty("jixiao.dist.archive", "target/missing.zip"));
  static final String NAME = System.getProperty("jixiao.dist.name", "jixiao");

  private Release() {}

  /** Unpacks the archive into {@code dir}; returns the installation folder (dir/jixiao-VERSION). */
  static Path unpack(Path dir) throws IOException {
    try (ZipFile zip = ZipFile.builder().setPath(ARCHIVE).get()) {
      for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
        Path target = dir.resolve(entry.getName()).normalize();
        if (!target.startsWith(dir)) {
          throw new IOException("entry outside the folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = zip.getInputStream(entry)) {
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.setPosixFilePermissions(target, permissions(entry.getUnixMode()));
      }
    }
    return dir.resolve(NAME);
  }

  static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] order = {
      PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
      PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
      PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ
    };
    for (int bit = 0; bit < order.length; bit++) {
      if ((mode & (1 << bit)) != 0) {
        set.add(order[bit]);
      }
    }
    return set;
  }

  record Result(int exit, String out, String err) {}

  /**
   * Runs a command with exactly the given environment (nothing inherited), in {@code cwd};
   * stdout and stderr go to files, so a full pipe can never block it.
   */
  static Result run(Path cwd, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("jixiao-out", ".txt");
    Path err = Files.createTempFile("jixiao-err", ".txt");
    try {
      ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
      pb.environment().clear();
      pb.environment().putAll(env);
      pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      Process p = pb.start();
      if (!p.waitFor(180, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      // Decoded leniently: a test should fail on what it asserts, not on a stray byte.
      return new Result(p.exitValue(), new String(Files.readAllBytes(out), StandardCharsets.UTF_8),
          new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /**
   * A folder holding only what the POSIX launcher may use from the PATH (links to the system's
   * tools) and, if {@code java} is given, a link to that Java: the PATH of a machine that has a
   * Java runtime and nothing else of ours (no Maven, no git).
   */
  static Path toolsFolder(Path dir, Path java) throws IOException {
    Files.createDirectories(dir);
    for (String tool : List.of("sh", "readlink", "cksum", "mkdir", "rm", "mv")) {
      Path found = which(tool);
      if (found != null) {
        link(dir.resolve(tool), found);
      }
    }
    if (java != null) {
      link(dir.resolve("java"), java);
    }
    return dir;
  }

  private static final List<Path> LINKS = new ArrayList<>();

  private static synchronized void link(Path link, Path target) throws IOException {
    Files.createSymbolicLink(link, target);
    LINKS.add(link);
  }

  /** Removes the links to the system's tools (before JUnit deletes the folders, and warns). */
  static synchronized void removeLinks() throws IOException {
    for (Path link : LINKS) {
      Files.deleteIfExists(link);
    }
    LINKS.clear();
  }

  static Path which(String tool) {
    for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      Path candidate = Path.of(folder, tool);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** This JVM's java: the runtime the tests run on. */
  static Path java() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  /** {@code unshare -n}: a new network namespace with no interface up, when this user may. */
  static List<String> withoutNetwork(List<String> command) throws IOException, InterruptedException {
    Path unshare = which("unshare");
    if (unshare != null && new ProcessBuilder(unshare.toString(), "-n", "true").start().waitFor() == 0) {
      List<String> wrapped = new ArrayList<>(List.of(unshare.toString(), "-n"));
      wrapped.addAll(command);
      return wrapped;
    }
    return command;
  }
}
