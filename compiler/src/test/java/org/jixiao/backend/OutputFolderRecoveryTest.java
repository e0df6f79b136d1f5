package org.jixiao.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds killed mid-way: the next run puts the previous output back and leaves nothing behind;
 * a build that fails leaves no folder it made.
 */
class OutputFolderRecoveryTest {
  @TempDir Path out;

  private void previousBuild() throws IOException {
    try (OutputFolder folder = new OutputFolder(out)) {
      Files.writeString(folder.stage("预算").resolve("previous.txt"), "previous\n", StandardCharsets.UTF_8);
      folder.commit();
    }
  }

  private List<String> entries() throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aBuildKilledInItsCommitWindowIsRolledBackByTheNextRun() throws Exception {
    previousBuild();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        CrashInCommit.class.getName(), out.toString(), "预算")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as("the child halted in the commit window").isEqualTo(9);
    // What the kill left: the previous output moved aside, the new one still staged, no 预算.
    assertThat(entries()).noneMatch(e -> e.equals("预算"));
    assertThat(entries()).anyMatch(e -> e.startsWith(".old-")).anyMatch(e -> e.startsWith(".staging-"));

    new OutputFolder(out).close(); // any later build recovers first

    assertThat(entries()).containsExactly("预算");
    assertThat(Files.readString(out.resolve("预算").resolve("previous.txt"), StandardCharsets.UTF_8)).isEqualTo("previous\n");
    assertThat(out.resolve("预算").resolve("new.txt")).doesNotExist();
  }

  @Test
  void aBuildThatWritesNothingTakesAwayTheFolderItMade() throws IOException {
    Path fresh = out.resolve("新").resolve("输出");
    try (OutputFolder folder = new OutputFolder(fresh)) {
      Files.writeString(folder.stage("预算").resolve("half.txt"), "half\n", StandardCharsets.UTF_8);
    } // failed before commit (out of memory, a write error)
    assertThat(fresh).doesNotExist();
    assertThat(out.resolve("新")).isDirectory(); // only the folder itself: its parents may be anyone's
    try (OutputFolder folder = new OutputFolder(fresh)) {
      Files.writeString(folder.stage("预算").resolve("whole.txt"), "whole\n", StandardCharsets.UTF_8);
      folder.commit();
    }
    assertThat(fresh.resolve("预算").resolve("whole.txt")).exists();
    new OutputFolder(out).close();
    assertThat(out).as("a folder that was there stays").isDirectory();
  }

  @Test
  void stagingFoldersOfDeadBuildsAreRemovedAndLiveOnesKept() throws IOException {
    previousBuild();
    Path dead = Files.createDirectory(out.resolve(".staging-dead"));
    Files.writeString(dead.resolve(".lock"), "");
    Files.createDirectories(dead.resolve("预算"));
    try (OutputFolder live = new OutputFolder(out)) {
      live.stage("其他");
      try (OutputFolder second = new OutputFolder(out)) {
        // The second build ran recovery while the first was still running: only the dead one went.
        assertThat(entries()).doesNotContain(".staging-dead");
        assertThat(entries().stream().filter(e -> e.startsWith(".staging-"))).hasSize(2);
        second.commit();
      }
      live.commit();
    }
    assertThat(entries()).containsExactly("其他", "预算");
    assertThat(String.join(File.pathSeparator, entries())).doesNotContain(".staging-", ".old-");
  }
}
