package org.jixiao.backend;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.source.PathText;

/**
 * Writes a build's outputs whole or not at all: everything is written into a staging folder beside
 * the output folder, and each budget's folder is moved into place only at the end. A folder that
 * jixiao did not write (no marker file) is never replaced.
 *
 * <p>A build can be killed at any point (kill -9, a power cut), so each run first recovers what
 * killed ones left in the output folder. A build holds an OS lock on its staging folder's {@code
 * .lock} for as long as it runs; the OS drops the lock when the process dies, so a staging folder
 * whose lock can be taken belongs to a dead build. Its staging folder is removed, and where it was
 * killed in the commit window — the previous output moved aside to {@code .old-STAGING-BUDGET}, the
 * new one not yet in place — the previous output is put back. A build never touches the folders of
 * a live one.
 */
public final class OutputFolder implements AutoCloseable {
  /** Marks a folder as jixiao's output, which a later build may replace. */
  public static final String MARKER = ".jixiao-build";

  private static final String STAGING = ".staging-";
  private static final String OLD = ".old-";
  private static final String LOCK = ".lock";

  private final Path target;
  private final Path staging;
  private final FileChannel lockChannel;
  private final FileLock lock;
  /** Runs between moving an old output aside and moving the new one in: tests kill the JVM here. */
  private final Runnable inCommitWindow;
  /** The folder did not exist before this build: a build that writes nothing takes it away again. */
  private final boolean created;
  private boolean committed;

  public OutputFolder(Path target) throws IOException {
    this(target, () -> {});
  }

  OutputFolder(Path target, Runnable inCommitWindow) throws IOException {
    this.target = target.toAbsolutePath().normalize();
    this.inCommitWindow = inCommitWindow;
    this.created = !Files.exists(this.target);
    Files.createDirectories(this.target);
    this.staging = Files.createTempDirectory(this.target, STAGING);
    this.lockChannel = FileChannel.open(staging.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    this.lock = lockChannel.lock();
    recover(this.target, staging);
  }

  /**
   * Removes what dead builds left in {@code target} and puts back outputs they had moved aside;
   * {@code own} is this build's staging folder, left alone.
   */
  static void recover(Path target, Path own) throws IOException {
    List<Path> entries;
    try (Stream<Path> s = Files.list(target)) {
      entries = s.sorted().toList();
    }
    for (Path staging : entries) {
      String name = PathText.text(staging.getFileName());
      if (!name.startsWith(STAGING) || staging.equals(own) || !Files.isDirectory(staging) || alive(staging)) {
        continue;
      }
      String prefix = OLD + name + "-";
      for (Path old : entries) {
        String oldName = PathText.text(old.getFileName());
        if (oldName.startsWith(prefix)) {
          Path destination = PathText.resolve(target, oldName.substring(prefix.length()));
          if (Files.exists(destination)) {
            delete(old); // the new output made it into place: the old one is no longer wanted
          } else {
            move(old, destination); // killed in the window: the previous output comes back
          }
        }
      }
      delete(staging);
    }
  }

  /** True while the build that made {@code staging} still runs (it holds the lock). */
  private static boolean alive(Path staging) throws IOException {
    Path lockFile = staging.resolve(LOCK);
    if (!Files.exists(lockFile)) {
      return false; // a build of an older jixiao, or one killed before it locked: not running
    }
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      FileLock taken = channel.tryLock();
      if (taken == null) {
        return true;
      }
      taken.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true; // held by another build in this JVM
    }
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
    committed = true;
    List<Path> staged;
    try (Stream<Path> s = Files.list(staging)) {
      staged = s.filter(Files::isDirectory).sorted().toList();
    }
    for (Path folder : staged) {
      Path destination = target.resolve(folder.getFileName());
      Path old = null;
      if (Files.exists(destination)) {
        old = PathText.resolve(target, OLD + PathText.text(staging.getFileName()) + "-" + PathText.text(folder.getFileName()));
        move(destination, old);
        inCommitWindow.run();
      }
      move(folder, destination);
      if (old != null) {
        delete(old);
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
    try {
      lock.release();
      lockChannel.close();
    } finally {
      delete(staging);
      if (created && !committed) {
        // Left as it was: not there. (Only if empty: another build may have written into it since.)
        try {
          Files.deleteIfExists(target);
        } catch (java.nio.file.DirectoryNotEmptyException e) {
          // someone else's output is in it now: keep it
        }
      }
    }
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
