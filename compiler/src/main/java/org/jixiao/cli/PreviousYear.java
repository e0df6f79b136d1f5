package org.jixiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.diff.Revisions;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Last year's budget for {@code review --previous}: a folder, or a git revision, since last year's
 * files are in git. {@code REV} is this year's folder as it was at that revision (a tag, a branch,
 * HEAD~1); {@code REV:PATH} another folder at it. A revision is read into a temporary folder,
 * removed by {@link #close}.
 */
final class PreviousYear implements AutoCloseable {
  private final Path folder;
  private final Path temp;

  private PreviousYear(Path folder, Path temp) {
    this.folder = folder;
    this.temp = temp;
  }

  /** The folder to check as last year's. */
  Path folder() {
    return folder;
  }

  /** {@code previous} as a folder under {@code base}, else as a revision of {@code current} (or of its PATH). */
  static PreviousYear of(CommandSpec spec, Path base, String previous, Path current) throws IOException {
    Path path = existing(base, previous);
    if (path != null) {
      return new PreviousYear(path, null);
    }
    Revisions.Repository repo = Revisions.repository(base);
    if (repo == null) {
      throw new UsageErrors.UsageError(spec.commandLine(), "review.usage.noGit", previous);
    }
    int colon = previous.indexOf(':');
    String rev = colon < 0 ? previous : previous.substring(0, colon);
    String wanted = colon < 0 ? current.toString() : previous.substring(colon + 1);
    if (rev.isEmpty() || !Revisions.isRevision(base, rev)) {
      throw new UsageErrors.UsageError(spec.commandLine(), "review.usage.neither", previous);
    }
    String inRepository = repo.pathInRepository(base, wanted);
    if (inRepository == null) {
      throw new UsageErrors.UsageError(spec.commandLine(), "diff.usage.outside", wanted, repo.top().toString());
    }
    Path temp = Files.createTempDirectory("jixiao-review-");
    PreviousYear read = new PreviousYear(inRepository.isEmpty() ? temp : temp.resolve(inRepository), temp);
    try {
      Revisions.checkout(repo, rev, List.of(inRepository), temp);
    } catch (Revisions.GitException e) {
      read.close();
      throw new UsageErrors.UsageError(spec.commandLine(), "review.usage.git", rev, e.getMessage());
    } catch (Revisions.GitMissingException e) {
      read.close();
      throw new UsageErrors.UsageError(spec.commandLine(), "diff.usage.gitMissing");
    }
    if (!Files.exists(read.folder)) {
      read.close();
      throw new UsageErrors.UsageError(spec.commandLine(), "review.usage.notInRevision", rev, wanted);
    }
    return read;
  }

  private static Path existing(Path base, String given) {
    try {
      Path path = base.resolve(given);
      return Files.exists(path) ? path : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    if (temp != null) {
      try (var files = Files.walk(temp)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
