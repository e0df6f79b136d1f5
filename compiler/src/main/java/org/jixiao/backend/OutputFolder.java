package org.jixiao.backend;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jixiao.source.PathText;

/**
 * Writes a build's outputs whole or not at all: everything is written into a staging folder beside
 * the output folder, and each budget's folder is moved into place only at the end. A folder that
 * jixiao did not write (no marker file) is never replaced.
 */
public final class OutputFolder implements AutoCloseable {
  /** Marks a folder as jixiao's output, which a later build may replace. */
  public static final String MARKER = ".jixiao-build";

  private final Path target;
  private final Path staging;

  public OutputFolder(Path target) throws IOException {
    this.target = target.toAbsolutePath().normalize();
    Files.createDirectories(this.target);
    this.staging = Files.createTempDirectory(this.target, ".staging-");
  }

  /** A fresh folder for one budget's outputs, inside the staging area. */
  public Path stage(String budget) throws IOException {
    Path folder = Files.createDirectories(PathText.resolve(staging, budget));
    Files.writeString(folder.resolve(MARKER), "written by jixiao build; the next build replaces this folder\n");
    return folder;
  }

  /** True when {@code budget} can be written: absent, or written by an earlier build. */
  public boolean replaceable(String budget) {
    Path existing = PathText.resolve(target, budget);
    return !Files.exists(existing) || Files.exists(existing.resolve(MARKER));
  }

  /** Moves every staged budget into place, replacing earlier outputs of the same name. */
  public void commit() throws IOException {
    try (Stream<Path> staged = Files.list(staging)) {
      for (Path folder : staged.sorted().toList()) {
        Path destination = target.resolve(folder.getFileName());
        Path old = null;
        if (Files.exists(destination)) {
          old = PathText.resolve(staging.getParent(),
              ".old-" + PathText.text(staging.getFileName()) + "-" + PathText.text(folder.getFileName()));
          move(destination, old);
        }
        move(folder, destination);
        if (old != null) {
          delete(old);
        }
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  @Override
  public void close() throws IOException {
    delete(staging);
  }

  static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> all = Files.walk(path)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
